/**
 * What the emulator's REST routes share: the request and response shapes, GitHub's error bodies,
 * the permission checks, pagination, and the look-ups every resource's routes make
 * (`routeContext`). The routes themselves are in one file per resource (rest-*.ts).
 */
import { execFileSync } from 'node:child_process'
import type { CheckRun, Issue, Model, User } from './model.js'
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

export const DOCS = 'https://docs.github.com/rest'

export function errorBody(error: HttpError): Record<string, unknown> {
  return {
    message: error.message,
    documentation_url: DOCS,
    status: String(error.status),
    ...error.extra
  }
}

export function validationFailed(message: string, field?: string, code = 'invalid'): HttpError {
  return new HttpError(422, 'Validation Failed', {
    errors: [{ resource: 'Issue', field: field ?? '', code, message }]
  })
}

export function canWrite(user: User): boolean {
  return user.permission === 'write' || user.permission === 'admin'
}

export function requireWrite(user: User): void {
  if (!canWrite(user)) throw new HttpError(403, 'Resource not accessible by integration')
}

/** `git check-ref-format`, as GitHub applies it to a new ref. */
export function validRefName(ref: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', ref], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export function paginate<T>(
  items: T[],
  req: RestRequest,
  path: string
): RestResponse & { items: T[] } {
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
export function appOf(actor: User): string {
  if (actor.type !== 'Bot') throw new HttpError(403, 'You must authenticate via a GitHub App.')
  return actor.login.replace(/\[bot\]$/, '')
}

export const CHECK_STATUSES = ['queued', 'in_progress', 'completed']

/** Apply a create or update body to a check run: queued → in_progress → completed, as on GitHub. */
export function moveCheckRun(run: CheckRun, b: Record<string, unknown>, now: string): void {
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

/** The look-ups and writes the routes of several resources make, over one model. */
export function routeContext(model: Model, rep: Representer) {
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
  return {
    model,
    rep,
    repoPath,
    checkRunOr404,
    pullOr404,
    issueOr404,
    plainIssueOr404,
    dependenciesApi,
    applyLabels,
    applyAssignees
  }
}

export type RouteContext = ReturnType<typeof routeContext>
