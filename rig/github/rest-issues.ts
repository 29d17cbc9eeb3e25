/** The emulator's REST routes for issues, their labels, comments, assignees, dependencies and sub-issues, and the repository labels. */
import {
  HttpError,
  type Route,
  type RouteContext,
  canWrite,
  paginate,
  requireWrite,
  validationFailed
} from './rest-common.js'

export function issueRoutes(ctx: RouteContext): Route[] {
  const {
    model,
    rep,
    repoPath,
    issueOr404,
    plainIssueOr404,
    dependenciesApi,
    applyLabels,
    applyAssignees
  } = ctx
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues',
      handler: req => {
        const state = req.query.get('state') ?? 'open'
        const labels = (req.query.get('labels') ?? '')
          .split(',')
          .map(s => s.trim().toLowerCase())
          .filter(Boolean)
        const direction = req.query.get('direction') ?? 'desc'
        let items = model.issues.filter(
          i =>
            (state === 'all' || i.state === state) &&
            labels.every(l => i.labels.some(n => n.toLowerCase() === l))
        )
        items = [...items].sort((a, b) =>
          direction === 'asc' ? a.number - b.number : b.number - a.number
        )
        const page = paginate(items, req, `${repoPath()}/issues`)
        return { ...page, body: page.items.map(i => rep.issue(i)) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues',
      handler: req => {
        const title = req.body.title
        if (typeof title !== 'string' || !title.trim()) {
          throw validationFailed('title is missing', 'title', 'missing_field')
        }
        const body = req.body.body
        if (typeof body === 'string' && body.length > 65536) {
          throw validationFailed('body is too long (maximum is 65536 characters)', 'body')
        }
        const issue = model.createIssue({
          title,
          body: typeof body === 'string' ? body : null,
          userId: req.actor.id
        })
        // Labels and assignees from users without push access are silently dropped.
        if (canWrite(req.actor)) {
          if (req.body.labels) applyLabels(issue, req.body.labels)
          if (req.body.assignees) applyAssignees(issue, req.body.assignees)
        }
        return { status: 201, body: rep.issue(issue) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}',
      handler: req => ({ status: 200, body: rep.issue(issueOr404(req)) })
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/issues/{issue_number}',
      handler: req => {
        const issue = issueOr404(req)
        const isAuthor = issue.userId === req.actor.id
        if (!canWrite(req.actor) && !isAuthor)
          throw new HttpError(403, 'Must have admin rights to Repository.')
        const b = req.body
        const was = { body: issue.body, title: issue.title, state: issue.state }
        if (typeof b.title === 'string') issue.title = b.title
        if (b.body !== undefined) {
          if (typeof b.body === 'string' && b.body.length > 65536) {
            throw validationFailed('body is too long (maximum is 65536 characters)', 'body')
          }
          const body = b.body === null ? null : String(b.body)
          if (body !== issue.body) {
            issue.editorId = req.actor.id
            issue.lastEditedAt = model.now()
          }
          issue.body = body
        }
        if (b.labels !== undefined && canWrite(req.actor)) applyLabels(issue, b.labels)
        if (b.assignees !== undefined && canWrite(req.actor)) applyAssignees(issue, b.assignees)
        if (b.state === 'closed' && issue.state === 'open') {
          issue.state = 'closed'
          issue.closedAt = model.now()
          issue.stateReason =
            b.state_reason === 'not_planned' || b.state_reason === 'duplicate'
              ? b.state_reason
              : 'completed'
        } else if (b.state === 'open' && issue.state === 'closed') {
          issue.state = 'open'
          issue.closedAt = null
          issue.stateReason = 'reopened'
        } else if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') {
          throw validationFailed('state must be open or closed', 'state')
        }
        const actor = req.actor.login
        if (issue.state !== was.state)
          model.emit({
            name: 'issues',
            action: issue.state === 'closed' ? 'closed' : 'reopened',
            actor,
            issue: issue.number
          })
        else if (issue.body !== was.body || issue.title !== was.title)
          model.emit({ name: 'issues', action: 'edited', actor, issue: issue.number })
        model.touch(issue)
        return { status: 200, body: rep.issue(issue) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/labels',
      handler: req => {
        const page = paginate(model.labels, req, `${repoPath()}/labels`)
        return { ...page, body: page.items.map(l => rep.label(l)) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/labels',
      handler: req => {
        requireWrite(req.actor)
        const name = String(req.body.name ?? '').trim()
        if (!name) throw validationFailed('name is missing', 'name', 'missing_field')
        if (model.label(name)) {
          throw new HttpError(422, 'Validation Failed', {
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
          })
        }
        const color = String(req.body.color ?? 'ededed').replace(/^#/, '')
        if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed('color is invalid', 'color')
        const label = {
          id: model.id(),
          name,
          color,
          description: typeof req.body.description === 'string' ? req.body.description : null
        }
        model.labels.push(label)
        return { status: 201, body: rep.label(label) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      handler: req => {
        requireWrite(req.actor)
        const issue = issueOr404(req)
        const names = Array.isArray(req.body.labels) ? req.body.labels : []
        for (const n of names) {
          const label = model.ensureLabel(String(n))
          if (issue.labels.includes(label.name)) continue
          issue.labels.push(label.name)
          model.emit({
            name: 'issues',
            action: 'labeled',
            actor: req.actor.login,
            issue: issue.number,
            label: label.name
          })
        }
        model.touch(issue)
        return { status: 200, body: issue.labels.map(n => rep.label(model.ensureLabel(n))) }
      }
    },
    {
      method: 'DELETE',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
      handler: req => {
        requireWrite(req.actor)
        const issue = issueOr404(req)
        const name = req.params.name.toLowerCase()
        const before = issue.labels.length
        issue.labels = issue.labels.filter(n => n.toLowerCase() !== name)
        if (issue.labels.length === before) throw new HttpError(404, 'Label does not exist')
        model.touch(issue)
        return { status: 200, body: issue.labels.map(n => rep.label(model.ensureLabel(n))) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      handler: req => {
        const issue = issueOr404(req)
        // `since`: only comments updated at or after this time (GitHub's filter).
        const since = req.query.get('since')
        const from = since ? Date.parse(since) : NaN
        const items = model.comments.filter(
          c =>
            c.issueNumber === issue.number &&
            (Number.isNaN(from) || Date.parse(c.updatedAt) >= from)
        )
        const page = paginate(items, req, `${repoPath()}/issues/${issue.number}/comments`)
        return { ...page, body: page.items.map(c => rep.comment(c)) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      handler: req => {
        const issue = issueOr404(req)
        const body = req.body.body
        if (typeof body !== 'string' || !body)
          throw validationFailed('body is missing', 'body', 'missing_field')
        if (body.length > 65536)
          throw validationFailed('body is too long (maximum is 65536 characters)', 'body')
        const now = model.now()
        const comment = {
          id: model.id(),
          issueNumber: issue.number,
          body,
          userId: req.actor.id,
          createdAt: now,
          updatedAt: now
        }
        model.comments.push(comment)
        return { status: 201, body: rep.comment(comment) }
      }
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: req => {
        const comment = model.comments.find(c => c.id === Number(req.params.comment_id))
        if (!comment) throw new HttpError(404, 'Not Found')
        if (comment.userId !== req.actor.id && !canWrite(req.actor))
          throw new HttpError(403, 'Forbidden')
        const body = req.body.body
        if (typeof body !== 'string' || !body)
          throw validationFailed('body is missing', 'body', 'missing_field')
        comment.body = body
        comment.updatedAt = model.now()
        return { status: 200, body: rep.comment(comment) }
      }
    },
    {
      method: 'DELETE',
      template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: req => {
        const at = model.comments.findIndex(c => c.id === Number(req.params.comment_id))
        if (at < 0) throw new HttpError(404, 'Not Found')
        if (model.comments[at].userId !== req.actor.id && !canWrite(req.actor))
          throw new HttpError(403, 'Forbidden')
        model.comments.splice(at, 1)
        return { status: 204 }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
      handler: req => {
        dependenciesApi()
        const issue = plainIssueOr404(req)
        const items = issue.blockedBy.map(id => model.issueById(id)!).filter(Boolean)
        const page = paginate(
          items,
          req,
          `${repoPath()}/issues/${issue.number}/dependencies/blocked_by`
        )
        return { ...page, body: page.items.map(i => rep.issue(i)) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
      handler: req => {
        dependenciesApi()
        requireWrite(req.actor)
        const issue = plainIssueOr404(req)
        const blocker = model.issueById(Number(req.body.issue_id))
        if (!blocker || blocker.pull) throw validationFailed('blocking issue not found', 'issue_id')
        if (blocker.id === issue.id)
          throw validationFailed('an issue cannot block itself', 'issue_id')
        if (issue.blockedBy.includes(blocker.id)) {
          throw validationFailed('this dependency already exists', 'issue_id', 'already_exists')
        }
        issue.blockedBy.push(blocker.id)
        model.touch(issue)
        return {
          status: 201,
          body: rep.issue(blocker),
          headers: {
            location: `${req.baseUrl}${repoPath()}/issues/${issue.number}/dependencies/blocked_by`
          }
        }
      }
    },
    {
      method: 'DELETE',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}',
      handler: req => {
        dependenciesApi()
        requireWrite(req.actor)
        const issue = plainIssueOr404(req)
        const id = Number(req.params.issue_id)
        if (!issue.blockedBy.includes(id)) throw new HttpError(404, 'Not Found')
        issue.blockedBy = issue.blockedBy.filter(b => b !== id)
        model.touch(issue)
        return { status: 200, body: rep.issue(model.issueById(id)!) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues',
      handler: req => {
        const issue = plainIssueOr404(req)
        const items = issue.subIssues.map(id => model.issueById(id)!).filter(Boolean)
        const page = paginate(items, req, `${repoPath()}/issues/${issue.number}/sub_issues`)
        return { ...page, body: page.items.map(i => rep.issue(i)) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues',
      handler: req => {
        requireWrite(req.actor)
        const parent = plainIssueOr404(req)
        const child = model.issueById(Number(req.body.sub_issue_id))
        if (!child || child.pull) throw validationFailed('sub-issue not found', 'sub_issue_id')
        if (child.id === parent.id)
          throw validationFailed('an issue cannot be its own sub-issue', 'sub_issue_id')
        if (parent.subIssues.includes(child.id)) {
          throw validationFailed(
            'already a sub-issue of this issue',
            'sub_issue_id',
            'already_exists'
          )
        }
        if (parent.subIssues.length >= 100) {
          throw validationFailed(
            'parent issue already has the maximum of 100 sub-issues',
            'sub_issue_id'
          )
        }
        if (child.parentId !== null) {
          if (req.body.replace_parent !== true) {
            throw validationFailed('sub-issue already has a parent', 'sub_issue_id')
          }
          const old = model.issueById(child.parentId)
          if (old) old.subIssues = old.subIssues.filter(id => id !== child.id)
        }
        parent.subIssues.push(child.id)
        child.parentId = parent.id
        model.touch(parent)
        return { status: 201, body: rep.issue(parent) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/assignees',
      handler: req => {
        const issue = issueOr404(req)
        if (canWrite(req.actor)) {
          for (const login of (req.body.assignees as string[] | undefined) ?? []) {
            const user = model.userByLogin(String(login))
            // Like GitHub: logins that cannot be assigned are dropped silently; Copilot's agent
            // can only be assigned with a user's token, never with an installation token.
            const copilotRefused =
              user?.login === 'copilot-swe-agent[bot]' && req.actor.type === 'Bot'
            if (
              user &&
              user.permission !== 'none' &&
              !copilotRefused &&
              !issue.assignees.includes(user.id)
            )
              issue.assignees.push(user.id)
          }
          model.touch(issue)
        }
        return { status: 201, body: rep.issue(issue) }
      }
    }
  ]
}
