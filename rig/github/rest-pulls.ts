/** The emulator's REST routes for pull requests, their files and reviews. */
import {
  HttpError,
  type Route,
  type RouteContext,
  paginate,
  requireWrite,
  validationFailed
} from './rest-common.js'

export function pullRoutes(ctx: RouteContext): Route[] {
  const { model, rep, repoPath, pullOr404 } = ctx
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/pulls',
      handler: req => {
        const state = req.query.get('state') ?? 'open'
        const head = req.query.get('head')
        const base = req.query.get('base')
        const items = model.issues.filter(
          i =>
            i.pull &&
            (state === 'all' || i.state === state) &&
            (!head || `${model.owner}:${i.pull.head}` === head) &&
            (!base || i.pull.base === base)
        )
        const page = paginate(items, req, `${repoPath()}/pulls`)
        return { ...page, body: page.items.map(i => rep.pull(i)) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/pulls',
      handler: req => {
        const b = req.body
        const head = String(b.head ?? '').replace(new RegExp(`^${model.owner}:`), '')
        const base = String(b.base ?? '')
        const headBranch = model.branch(head)
        if (!headBranch || !model.branch(base))
          throw validationFailed('head or base branch not found', 'head')
        if (
          model.issues.some(
            i => i.pull && i.state === 'open' && i.pull.head === head && i.pull.base === base
          )
        ) {
          throw validationFailed(
            `A pull request already exists for ${model.owner}:${head}.`,
            'head',
            'custom'
          )
        }
        if (typeof b.title !== 'string' || !b.title)
          throw validationFailed('title is missing', 'title', 'missing_field')
        const issue = model.createIssue({
          title: b.title,
          body: typeof b.body === 'string' ? b.body : null,
          userId: req.actor.id,
          pull: {
            head,
            headSha: headBranch.commitSha,
            base,
            draft: b.draft === true,
            merged: false
          }
        })
        return { status: 201, body: rep.pull(issue) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}',
      handler: req => {
        const issue = model.issue(Number(req.params.pull_number))
        if (!issue?.pull) throw new HttpError(404, 'Not Found')
        return { status: 200, body: rep.pull(issue) }
      }
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}',
      handler: req => {
        const issue = model.issue(Number(req.params.pull_number))
        if (!issue?.pull) throw new HttpError(404, 'Not Found')
        // As on GitHub, the author may edit and close their own pull request without write access.
        if (issue.userId !== req.actor.id) requireWrite(req.actor)
        if (typeof req.body.title === 'string') issue.title = req.body.title
        if (typeof req.body.body === 'string') issue.body = req.body.body
        // A new base (a stack re-based): it must exist and differ from the head.
        const base = typeof req.body.base === 'string' ? req.body.base : undefined
        if (base !== undefined && (!model.branch(base) || base === issue.pull.head))
          throw validationFailed(`Proposed base branch '${base}' was not found`, 'base')
        const retargeted = base !== undefined && base !== issue.pull.base
        if (retargeted) issue.pull.base = base
        const closing = req.body.state === 'closed' && issue.state === 'open'
        if (closing) {
          issue.state = 'closed'
          issue.closedAt = model.now()
        }
        model.touch(issue)
        if (retargeted)
          model.emit({
            name: 'pull_request',
            action: 'edited',
            actor: req.actor.login,
            issue: issue.number
          })
        if (closing)
          model.emit({
            name: 'pull_request',
            action: 'closed',
            actor: req.actor.login,
            issue: issue.number
          })
        return { status: 200, body: rep.pull(issue) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      handler: req => {
        const issue = pullOr404(req)
        const files = model.pullFiles(issue.pull!).slice(0, 3000)
        const page = paginate(files, req, `${repoPath()}/pulls/${issue.number}/files`)
        return { ...page, body: page.items.map(f => rep.pullFile(issue.pull!, f)) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      handler: req => {
        const issue = pullOr404(req)
        const reviews = model.reviews.filter(r => r.pullNumber === issue.number)
        const page = paginate(reviews, req, `${repoPath()}/pulls/${issue.number}/reviews`)
        return { ...page, body: page.items.map(r => rep.review(r)) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      handler: req => {
        const issue = pullOr404(req)
        // A public repository: anyone signed in may review (an outsider's review counts for
        // nothing on GitHub, and must count for nothing in the loop).
        const event = String(req.body.event ?? '')
        const states: Record<string, string> = {
          COMMENT: 'COMMENTED',
          APPROVE: 'APPROVED',
          REQUEST_CHANGES: 'CHANGES_REQUESTED',
          '': 'PENDING'
        }
        if (!(event in states)) throw validationFailed(`event ${event} is invalid`, 'event')
        const body = typeof req.body.body === 'string' ? req.body.body : ''
        if (event !== 'APPROVE' && event !== '' && !body)
          throw validationFailed('Body is required for this event', 'body', 'missing_field')
        const review = {
          id: model.id(),
          pullNumber: issue.number,
          userId: req.actor.id,
          body,
          state: states[event],
          commitId:
            typeof req.body.commit_id === 'string' ? req.body.commit_id : issue.pull!.headSha,
          submittedAt: model.now()
        }
        model.reviews.push(review)
        return { status: 200, body: rep.review(review) }
      }
    },
    {
      method: 'PUT',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}',
      handler: req => {
        const issue = pullOr404(req)
        const review = model.reviews.find(
          r => r.id === Number(req.params.review_id) && r.pullNumber === issue.number
        )
        if (!review) throw new HttpError(404, 'Not Found')
        if (review.userId !== req.actor.id)
          throw new HttpError(403, 'You can only update your own review')
        if (typeof req.body.body !== 'string' || !req.body.body)
          throw validationFailed('body is required', 'body', 'missing_field')
        review.body = req.body.body
        return { status: 200, body: rep.review(review) }
      }
    }
  ]
}
