/** The emulator's REST routes for check runs and commit statuses. */
import { type CheckRun } from './model.js'
import {
  HttpError,
  type Route,
  type RouteContext,
  appOf,
  moveCheckRun,
  paginate,
  requireWrite,
  validationFailed
} from './rest-common.js'

export function checkRoutes(ctx: RouteContext): Route[] {
  const { model, rep, repoPath, checkRunOr404 } = ctx
  return [
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/check-runs',
      handler: req => {
        requireWrite(req.actor)
        const app = appOf(req.actor)
        const b = req.body
        if (typeof b.name !== 'string' || typeof b.head_sha !== 'string') {
          throw validationFailed('name and head_sha are required', 'name', 'missing_field')
        }
        const now = model.now()
        const run: CheckRun = {
          id: model.id(),
          name: b.name,
          headSha: b.head_sha,
          status: 'queued',
          conclusion: null,
          startedAt: now,
          completedAt: null,
          title: null,
          summary: null,
          appSlug: app,
          externalId: typeof b.external_id === 'string' ? b.external_id : '',
          annotations: [],
          detailsUrl: typeof b.details_url === 'string' ? b.details_url : null
        }
        moveCheckRun(run, b, now)
        model.checkRuns.push(run)
        return { status: 201, body: rep.checkRun(run) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
      handler: req => ({ status: 200, body: rep.checkRun(checkRunOr404(req)) })
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
      handler: req => {
        requireWrite(req.actor)
        const run = checkRunOr404(req)
        // As on GitHub: only the app that created a check run may change it.
        if (appOf(req.actor) !== run.appSlug)
          throw new HttpError(
            403,
            'Invalid app_id `' +
              appOf(req.actor) +
              '` - check run can only be modified by its creator'
          )
        moveCheckRun(run, req.body, model.now())
        return { status: 200, body: rep.checkRun(run) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
      handler: req => {
        const run = checkRunOr404(req)
        const page = paginate(
          run.annotations,
          req,
          `${repoPath()}/check-runs/${run.id}/annotations`
        )
        return { ...page, body: page.items.map(a => rep.annotation(run, a)) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
      handler: req => {
        const name = req.query.get('check_name')
        const runs = model.checkRuns.filter(
          r => r.headSha === req.params.ref && (name === null || r.name === name)
        )
        const page = paginate(runs, req, `${repoPath()}/commits/${req.params.ref}/check-runs`)
        return {
          ...page,
          body: { total_count: runs.length, check_runs: page.items.map(r => rep.checkRun(r)) }
        }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/statuses/{sha}',
      handler: req => {
        requireWrite(req.actor)
        const state = String(req.body.state ?? '')
        if (!['error', 'failure', 'pending', 'success'].includes(state))
          throw validationFailed('state is invalid', 'state')
        const status = {
          id: model.id(),
          sha: req.params.sha,
          context: typeof req.body.context === 'string' ? req.body.context : 'default',
          state: state as 'error' | 'failure' | 'pending' | 'success',
          description: typeof req.body.description === 'string' ? req.body.description : null,
          createdAt: model.now(),
          creatorId: req.actor.id
        }
        model.statuses.push(status)
        return { status: 201, body: rep.status(status) }
      }
    }
  ]
}
