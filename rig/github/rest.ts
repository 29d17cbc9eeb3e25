/**
 * REST routes of the emulator. Paths are written as GitHub's OpenAPI templates, so the router and
 * the conformance check agree on which operation a request is.
 */
import { execFileSync } from 'node:child_process'
import {
  gitBlobSha,
  type CheckRun,
  type CommitSnapshot,
  type Issue,
  type Model,
  type User
} from './model.js'
import type { Representer } from './represent.js'

export interface RestRequest {
  method: string
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown>
  actor: User
  baseUrl: string
}

export interface RestResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type RestHandler = (req: RestRequest) => RestResponse

export interface Route {
  method: string
  /** OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  template: string
  handler: RestHandler
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

const DOCS = 'https://docs.github.com/rest'

export function errorBody(error: HttpError): Record<string, unknown> {
  return {
    message: error.message,
    documentation_url: DOCS,
    status: String(error.status),
    ...error.extra
  }
}

function validationFailed(message: string, field?: string, code = 'invalid'): HttpError {
  return new HttpError(422, 'Validation Failed', {
    errors: [{ resource: 'Issue', field: field ?? '', code, message }]
  })
}

function canWrite(user: User): boolean {
  return user.permission === 'write' || user.permission === 'admin'
}

function requireWrite(user: User): void {
  if (!canWrite(user)) throw new HttpError(403, 'Resource not accessible by integration')
}

/** `git check-ref-format`, as GitHub applies it to a new ref. */
function validRefName(ref: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', ref], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function paginate<T>(items: T[], req: RestRequest, path: string): RestResponse & { items: T[] } {
  const perPage = Math.min(Math.max(Number(req.query.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(req.query)
    q.set('page', String(p))
    q.set('per_page', String(perPage))
    return `<${req.baseUrl}${path}?${q.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
  return { status: 200, items: slice, headers: links.length ? { link: links.join(', ') } : {} }
}

/** The app a token acts as: only GitHub Apps (bots) can create check runs, as on GitHub. */
function appOf(actor: User): string {
  if (actor.type !== 'Bot') throw new HttpError(403, 'You must authenticate via a GitHub App.')
  return actor.login.replace(/\[bot\]$/, '')
}

const CHECK_STATUSES = ['queued', 'in_progress', 'completed']

/** Apply a create or update body to a check run: queued → in_progress → completed, as on GitHub. */
function moveCheckRun(run: CheckRun, b: Record<string, unknown>, now: string): void {
  const conclusion = typeof b.conclusion === 'string' ? b.conclusion : undefined
  const status = conclusion ? 'completed' : (b.status as string | undefined)
  if (status !== undefined && !CHECK_STATUSES.includes(status))
    throw validationFailed(`status ${status} is invalid`, 'status')
  if (status === 'completed' && !conclusion && !run.conclusion)
    throw validationFailed('conclusion is required when completed', 'conclusion')
  if (run.status === 'completed' && status && status !== 'completed') {
    // GitHub lets an app re-open its own check run (a re-run); the conclusion goes away.
    run.conclusion = null
    run.completedAt = null
  }
  if (status) run.status = status as CheckRun['status']
  if (conclusion) {
    run.conclusion = conclusion
    run.completedAt = now
  }
  if (typeof b.details_url === 'string') run.detailsUrl = b.details_url
  const output = b.output as
    { title?: string; summary?: string; annotations?: Record<string, unknown>[] } | undefined
  if (output) {
    if (typeof output.title === 'string') run.title = output.title
    if (typeof output.summary === 'string') run.summary = output.summary
    const annotations = output.annotations ?? []
    if (annotations.length > 50)
      throw validationFailed('Only 50 annotations are allowed per request', 'annotations')
    for (const a of annotations)
      run.annotations.push({
        path: String(a.path),
        startLine: Number(a.start_line),
        endLine: Number(a.end_line),
        level: String(a.annotation_level),
        message: String(a.message),
        title: typeof a.title === 'string' ? a.title : null
      })
  }
}

export function buildRoutes(model: Model, rep: Representer): Route[] {
  const repoPath = () => `/repos/${model.owner}/${model.name}`
  const checkRunOr404 = (req: RestRequest): CheckRun => {
    const run = model.checkRuns.find(r => r.id === Number(req.params.check_run_id))
    if (!run) throw new HttpError(404, 'Not Found')
    return run
  }
  const pullOr404 = (req: RestRequest): Issue => {
    const issue = model.issue(Number(req.params.pull_number))
    if (!issue?.pull) throw new HttpError(404, 'Not Found')
    return issue
  }

  const issueOr404 = (req: RestRequest): Issue => {
    const issue = model.issue(Number(req.params.issue_number))
    if (!issue) throw new HttpError(404, 'Not Found')
    return issue
  }
  const plainIssueOr404 = (req: RestRequest): Issue => {
    const issue = issueOr404(req)
    if (issue.pull) throw new HttpError(404, 'Not Found')
    return issue
  }
  const dependenciesApi = () => {
    if (!model.dependenciesApi) throw new HttpError(404, 'Not Found')
  }

  const applyLabels = (issue: Issue, names: unknown): void => {
    if (!Array.isArray(names)) throw validationFailed('labels must be an array', 'labels')
    issue.labels = []
    for (const n of names) {
      const name = typeof n === 'string' ? n : String((n as { name?: string }).name ?? '')
      const label = model.ensureLabel(name)
      if (!issue.labels.includes(label.name)) issue.labels.push(label.name)
    }
  }
  const applyAssignees = (issue: Issue, logins: unknown): void => {
    if (!Array.isArray(logins)) throw validationFailed('assignees must be an array', 'assignees')
    issue.assignees = []
    for (const login of logins) {
      const user = model.userByLogin(String(login))
      // GitHub silently drops assignees who cannot be assigned.
      if (user && user.permission !== 'none' && !issue.assignees.includes(user.id)) {
        issue.assignees.push(user.id)
      }
    }
  }

  const routes: Route[] = [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}',
      handler: () => ({ status: 200, body: rep.repository() })
    },
    {
      method: 'GET',
      template: '/rate_limit',
      handler: () => ({ status: 200, body: undefined }) // filled in by the server (per token)
    },
    {
      method: 'GET',
      template: '/user',
      handler: req => {
        // Installation tokens (GITHUB_TOKEN) may not read /user, as on GitHub.
        if (req.actor.type === 'Bot')
          throw new HttpError(403, 'Resource not accessible by integration')
        return { status: 200, body: rep.user(req.actor) }
      }
    },
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
      template: '/repos/{owner}/{repo}/collaborators/{username}/permission',
      handler: req => {
        const user = model.userByLogin(req.params.username)
        if (!user) throw new HttpError(404, 'Not Found')
        const permission = user.permission === 'none' ? 'none' : user.permission
        return {
          status: 200,
          body: {
            permission,
            role_name: permission,
            user: { ...rep.user(user), role_name: permission }
          }
        }
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
      method: 'GET',
      template: '/repos/{owner}/{repo}/contents/{path}',
      handler: req => {
        // A branch name or a commit sha, as on GitHub.
        const ref = req.query.get('ref') ?? model.defaultBranch
        const name = ref.replace(/^refs\/heads\//, '')
        const files = model.branch(name)?.files ?? model.commitFiles(ref)
        const entry = files?.get(req.params.path)
        if (!entry) throw new HttpError(404, 'Not Found')
        return { status: 200, body: rep.content(name, req.params.path, entry) }
      }
    },
    {
      method: 'PUT',
      template: '/repos/{owner}/{repo}/contents/{path}',
      handler: req => {
        requireWrite(req.actor)
        const b = req.body
        const branch = model.branch(String(b.branch ?? model.defaultBranch))
        if (!branch) throw new HttpError(404, 'Branch not found')
        if (typeof b.message !== 'string' || typeof b.content !== 'string') {
          throw validationFailed('message and content are required', 'content', 'missing_field')
        }
        const path = req.params.path
        const existing = branch.files.get(path)
        if (existing && b.sha === undefined) {
          throw new HttpError(422, '"sha" wasn\'t supplied.')
        }
        if (existing && b.sha !== existing.sha) {
          throw new HttpError(409, `${path} does not match ${String(b.sha)}`)
        }
        if (branch.protected) {
          throw new HttpError(
            409,
            'Repository rule violations found\n\nChanges must be made through a pull request.'
          )
        }
        const entry = model.writeFile(branch.name, path, Buffer.from(b.content, 'base64'))
        return {
          status: existing ? 200 : 201,
          body: rep.fileCommit(branch, path, entry, b.message, req.actor)
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/ref/{ref}',
      handler: req => {
        const name = req.params.ref.replace(/^heads\//, '')
        const branch = req.params.ref.startsWith('heads/') ? model.branch(name) : undefined
        if (!branch) throw new HttpError(404, 'Not Found')
        return { status: 200, body: rep.ref(branch) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
      handler: req => {
        // A branch name or the branch's commit sha; files only (blobs), as with recursive=1.
        const branch =
          model.branch(req.params.tree_sha) ??
          [...model.branches.values()].find(b => b.commitSha === req.params.tree_sha)
        if (!branch) throw new HttpError(404, 'Not Found')
        const tree = [...branch.files.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([path, entry]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: entry.sha,
            size: entry.content.length,
            url: `${req.baseUrl}${repoPath()}/git/blobs/${entry.sha}`
          }))
        return {
          status: 200,
          body: {
            sha: branch.commitSha,
            url: `${req.baseUrl}${repoPath()}/git/trees/${branch.commitSha}`,
            tree,
            truncated: false
          }
        }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/refs',
      handler: req => {
        requireWrite(req.actor)
        const ref = String(req.body.ref ?? '')
        const sha = String(req.body.sha ?? '')
        if (!ref.startsWith('refs/heads/'))
          throw new HttpError(422, 'Reference name must start with refs/heads/')
        const name = ref.slice('refs/heads/'.length)
        // GitHub refuses what git would refuse, with this message.
        if (!validRefName(ref)) throw new HttpError(422, `${ref} is not a valid ref name.`)
        if (model.branch(name)) throw new HttpError(422, 'Reference already exists')
        const files = model.commitFiles(sha)
        if (!files) throw new HttpError(422, 'Object does not exist')
        // It forks where it leaves the branches it came from: at an existing head, or at the
        // parent of a commit made for it (publish's first commit on the base head).
        const onBranch = [...model.branches.values()].some(b => b.commitSha === sha)
        const parent = onBranch ? undefined : model.commits.get(sha)?.parents[0]
        const branch = {
          name,
          commitSha: sha,
          files: new Map(files),
          protected: false,
          forkFiles: new Map((parent && model.commitFiles(parent)) || files)
        }
        model.branches.set(name, branch)
        return { status: 201, body: rep.ref(branch) }
      }
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/git/refs/{ref}',
      handler: req => {
        requireWrite(req.actor)
        const name = req.params.ref.replace(/^heads\//, '')
        const branch = model.branch(name)
        if (!branch) throw new HttpError(422, 'Reference does not exist')
        const sha = String(req.body.sha ?? '')
        const files = model.commitFiles(sha)
        if (!files) throw new HttpError(422, 'Object does not exist')
        // Fast-forward: the new commit descends from the branch's head (one step is enough here).
        const forward =
          sha === branch.commitSha || model.commits.get(sha)?.parents.includes(branch.commitSha)
        if (req.body.force !== true && !forward) {
          throw new HttpError(422, 'Update is not a fast forward')
        }
        // A commit that also descends from another one (a merge of the base into this branch):
        // that commit is now where the branch forks from, as git's merge base would say.
        const merged = model.commits.get(sha)?.parents.find(p => p !== branch.commitSha)
        const mergedFiles = merged ? model.commitFiles(merged) : undefined
        if (mergedFiles) branch.forkFiles = new Map(mergedFiles)
        model.moveBranch(branch, sha, files)
        return { status: 200, body: rep.ref(branch) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
      handler: req => {
        const sha = req.params.file_sha
        const content =
          model.blobs.get(sha) ??
          [...model.branches.values(), ...model.commits.values()]
            .flatMap(b => [...b.files.values()])
            .find(e => e.sha === sha)?.content
        if (!content) throw new HttpError(404, 'Not Found')
        return {
          status: 200,
          body: {
            sha,
            node_id: `B_${sha.slice(0, 12)}`,
            size: content.length,
            url: `${req.baseUrl}${repoPath()}/git/blobs/${sha}`,
            content: content.toString('base64'),
            encoding: 'base64'
          }
        }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/blobs',
      handler: req => {
        requireWrite(req.actor)
        if (typeof req.body.content !== 'string')
          throw validationFailed('content is required', 'content', 'missing_field')
        const content = Buffer.from(
          req.body.content,
          req.body.encoding === 'base64' ? 'base64' : 'utf8'
        )
        const sha = gitBlobSha(content)
        model.blobs.set(sha, content)
        return { status: 201, body: { sha, url: `${req.baseUrl}${repoPath()}/git/blobs/${sha}` } }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/trees',
      handler: req => {
        requireWrite(req.actor)
        const base = typeof req.body.base_tree === 'string' ? req.body.base_tree : undefined
        const files = new Map(base ? (model.trees.get(base) ?? []) : [])
        if (base && !model.trees.has(base))
          throw validationFailed('base_tree is not a tree', 'base_tree')
        for (const e of (req.body.tree ?? []) as Record<string, unknown>[]) {
          const path = String(e.path ?? '')
          if (!path || path.startsWith('/') || path.split('/').includes('..'))
            throw validationFailed(`tree.path ${path} is invalid`, 'tree')
          if (e.sha === null) {
            files.delete(path)
            continue
          }
          const content = model.blobs.get(String(e.sha))
          if (!content) throw validationFailed(`tree.sha ${String(e.sha)} is not a blob`, 'tree')
          files.set(path, { content, sha: String(e.sha), mode: String(e.mode ?? '100644') })
        }
        const sha = model.treeOf(files)
        return { status: 201, body: rep.tree(sha, files) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/commits',
      handler: req => {
        requireWrite(req.actor)
        const tree = String(req.body.tree ?? '')
        const files = model.trees.get(tree)
        if (!files) throw validationFailed('tree is not a tree', 'tree')
        const parents = ((req.body.parents ?? []) as string[]).map(String)
        if (parents.some(p => !model.commitFiles(p)))
          throw validationFailed('a parent is not a commit', 'parents')
        const message = String(req.body.message ?? '')
        const at = model.now()
        const sha = model.commitSha(`${tree}:${parents.join(',')}:${message}`)
        const commit = { sha, tree, parents, message, files, authorId: req.actor.id, at }
        model.commits.set(sha, commit)
        return { status: 201, body: rep.commit(commit) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/compare/{basehead}',
      handler: req => {
        const [from, to] = req.params.basehead.split('...')
        const base = from ? model.snapshot(from) : undefined
        const head = to ? model.snapshot(to) : undefined
        if (!base || !head) throw new HttpError(404, 'Not Found')
        // Where base's branch forked: the emulator keeps that branch's fork point as files.
        const fork =
          [...model.branches.values()].find(b => b.commitSha === base.sha || b.name === from)
            ?.forkFiles ?? base.files
        const forkTree = model.treeOf(fork)
        // head's commits since then: its first parents back to the commit with the fork's tree.
        const commits: CommitSnapshot[] = []
        let at: CommitSnapshot | undefined = head
        while (at && at.tree !== forkTree) {
          commits.unshift(at)
          at = at.parents[0] ? model.snapshot(at.parents[0]) : undefined
        }
        const files = [...new Set([...fork.keys(), ...head.files.keys()])]
          .sort()
          .filter(f => fork.get(f)?.sha !== head.files.get(f)?.sha)
          .map(filename => ({
            filename,
            status: !fork.has(filename)
              ? 'added'
              : !head.files.has(filename)
                ? 'removed'
                : 'modified'
          }))
        return {
          status: 200,
          body: rep.comparison(req.params.basehead, base, at ?? base, commits, files)
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
      handler: req => {
        const sha = req.params.commit_sha
        const known = model.commits.get(sha)
        if (known) return { status: 200, body: rep.commit(known) }
        const files = model.commitFiles(sha)
        if (!files) throw new HttpError(404, 'Not Found')
        const commit = {
          sha,
          tree: model.treeOf(files),
          parents: [],
          message: 'commit',
          files,
          authorId: model.userByLogin('maintainer')!.id,
          at: model.createdAt
        }
        return { status: 200, body: rep.commit(commit) }
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
    },
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
    },
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
        requireWrite(req.actor)
        const issue = model.issue(Number(req.params.pull_number))
        if (!issue?.pull) throw new HttpError(404, 'Not Found')
        if (typeof req.body.title === 'string') issue.title = req.body.title
        if (typeof req.body.body === 'string') issue.body = req.body.body
        if (req.body.state === 'closed' && issue.state === 'open') {
          issue.state = 'closed'
          issue.closedAt = model.now()
        }
        model.touch(issue)
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
  return routes
}
