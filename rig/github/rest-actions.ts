/** The emulator's REST routes for workflow dispatch, runs, jobs and logs. */
import {
  HttpError,
  type Route,
  type RouteContext,
  paginate,
  requireWrite,
  validationFailed
} from './rest-common.js'

/** Listing secrets or variables takes admin (a job's GITHUB_TOKEN never may): GitHub's 403. */
function requireAdmin(actor: { permission: string }): void {
  if (actor.permission !== 'admin')
    throw new HttpError(403, 'Resource not accessible by integration')
}

export function actionRoutes(ctx: RouteContext): Route[] {
  const { model, rep, repoPath } = ctx
  const stamp = model.createdAt
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/secrets',
      handler: req => {
        requireAdmin(req.actor)
        const secrets = [...model.actionsSecrets.keys()]
          .sort()
          .map(name => ({ name, created_at: stamp, updated_at: stamp }))
        return { status: 200, body: { total_count: secrets.length, secrets } }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/variables',
      handler: req => {
        requireAdmin(req.actor)
        const variables = [...model.actionsVariables.entries()]
          .sort()
          .map(([name, value]) => ({ name, value, created_at: stamp, updated_at: stamp }))
        return { status: 200, body: { total_count: variables.length, variables } }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      handler: req => {
        requireWrite(req.actor)
        const ref = String(req.body.ref ?? '')
        if (!model.branch(ref.replace(/^refs\/heads\//, '')))
          throw validationFailed(`No ref found for: ${ref}`, 'ref')
        model.dispatches.push({
          workflow: req.params.workflow_id,
          ref,
          inputs: (req.body.inputs ?? {}) as Record<string, unknown>
        })
        model.emit({
          name: 'workflow_dispatch',
          actor: req.actor.login,
          workflow: req.params.workflow_id,
          ref,
          inputs: (req.body.inputs ?? {}) as Record<string, unknown>
        })
        if (req.body.return_run_details !== true) return { status: 204 }
        // As GitHub since 2026: the run the dispatch started, queued.
        const file = req.params.workflow_id
        const run = model.addRun({
          name: file.replace(/\.ya?ml$/, ''),
          path: `.github/workflows/${file}`,
          headBranch: ref.replace(/^refs\/heads\//, ''),
          event: 'workflow_dispatch',
          status: 'queued',
          jobs: []
        })
        const html = `https://github.com/${model.owner}/${model.name}/actions/runs/${run.id}`
        return {
          status: 200,
          body: {
            workflow_run_id: run.id,
            run_url: `${req.baseUrl}/repos/${model.owner}/${model.name}/actions/runs/${run.id}`,
            html_url: html
          }
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/runs/{run_id}',
      handler: req => {
        const run = model.runs.find(r => r.id === Number(req.params.run_id))
        if (!run) throw new HttpError(404, 'Not Found')
        return { status: 200, body: rep.workflowRun(run) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      handler: req => {
        const run = model.runs.find(r => r.id === Number(req.params.run_id))
        if (!run) throw new HttpError(404, 'Not Found')
        const page = paginate(run.jobs, req, `${repoPath()}/actions/runs/${run.id}/jobs`)
        return {
          ...page,
          body: { total_count: run.jobs.length, jobs: page.items.map(j => rep.job(run, j)) }
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
      handler: req => {
        const id = Number(req.params.job_id)
        if (!model.runs.some(r => r.jobs.some(j => j.id === id)))
          throw new HttpError(404, 'Not Found')
        // As on GitHub: a redirect to a short-lived, signed URL of the plain-text log.
        return { status: 302, headers: { location: `${req.baseUrl}/_rig/logs/${id}?sig=rig` } }
      }
    }
  ]
}
