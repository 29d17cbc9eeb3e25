/**
 * The GitHub API emulator: a stateful HTTP server on 127.0.0.1 that speaks the REST routes and
 * GraphQL the action uses. It authenticates by token (bot, maintainer, outsider), sends rate-limit
 * headers, paginates with `Link`, logs every request (for "zero writes" and cost assertions), can
 * inject faults, and reports every exchange to an optional observer (the OpenAPI conformance
 * check in the test suite).
 */
/* eslint-disable max-lines -- to split: rate limits and fault injection from request handling */
import { webSetup, type WebAnswer } from './web-setup.js'
import { SecretsBox } from './apps.js'
import { rawReleaseRequest } from './rest-releases.js'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GraphQLEndpoint } from './graphql.js'
import { graphqlCost } from './graphql-cost.js'
import { Model, type User } from './model.js'
import type { RigClock } from '../clock.js'
import { allows, requestNeeds } from './scopes.js'
import { mayWriteWorkflows, workflowWrite } from './workflow-guard.js'
import { Representer } from './represent.js'
import { buildRoutes, errorBody, HttpError, type Route } from './rest.js'
import { settingsRoutes } from './rest-settings.js'

export interface LoggedRequest {
  method: string
  path: string
  /** OpenAPI template of the matched route, or `graphql`, or undefined when nothing matched. */
  route?: string
  status: number
  actor?: string
  /** True for requests that change something (any non-GET REST call, GraphQL mutations). */
  write: boolean
  body?: unknown
  /** The job a scoped token belongs to (rig/runner), when the request carried one. */
  credential?: string
  /** What the request needed from a scoped token (`issues: write`…), for least-privilege checks. */
  needs?: string[]
  /** The permission a scoped token lacked (`issues: write`), when the request was refused. */
  denied?: string
  /** GraphQL only: the points GitHub would charge for the query (rig/github/graphql-cost.ts). */
  points?: number
}

export interface Exchange {
  method: string
  template: string
  status: number
  requestBody: unknown
  responseBody: unknown
}

export interface Fault {
  /** Which requests: method and a regular expression on the path. Omitted = every request. */
  method?: string
  path?: RegExp
  /** Only requests whose JSON body (as text) matches this. */
  body?: RegExp
  /** Answer with this status (e.g. 500, 502, 404, 403 for a secondary rate limit). */
  status?: number
  /** For secondary rate limits: the `retry-after` header in seconds. */
  retryAfter?: number
  /** Extra latency in ms before answering. */
  latencyMs?: number
  /** How many matching requests it applies to; Infinity by default. */
  times?: number
  /** Drop this top-level field from a successful JSON response (to prove conformance checks). */
  omitField?: string
  /**
   * Apply the request first, then fail it: answer `status` (a 5xx) or, without one, drop the
   * connection with no answer. What a real network does when the answer is lost after GitHub
   * applied a write.
   */
  afterApply?: boolean
  message?: string
}

export interface EmulatorOptions {
  /** Requests per hour per token; GitHub gives GITHUB_TOKEN 1,000 per repository. */
  rateLimit?: number
  /**
   * GraphQL points per hour per token, a budget of its own (GITHUB_TOKEN: 1,000 per repository);
   * default: `rateLimit`, else 1,000 for bots and 5,000 for people.
   */
  graphqlRateLimit?: number
  port?: number
  /** The rig's clock; default a simulated one (rig/clock.ts). Share it with the cache service. */
  clock?: RigClock
}

type RateResource = 'core' | 'graphql'

function variablesOf(body: Record<string, unknown>): Record<string, unknown> {
  const v = body.variables
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
}

interface TokenUsage {
  remaining: number
  reset: number
}

const HUMAN_ONLY_MUTATIONS =
  /\b(mergePullRequest|enablePullRequestAutoMerge|dismissPullRequestReview|approvePullRequestReview)\b|event:\s*(APPROVE|REQUEST_CHANGES)\b/

/** A tag or release write: the release workflow's, never the loop's. */
function releaseWrite(method: string, path: string, body: Record<string, unknown>): boolean {
  if (method === 'GET') return false
  return (
    /\/git\/refs\/tags\//.test(path) ||
    /\/releases(\/|$)/.test(path) ||
    (/\/git\/refs$/.test(path) && String(body.ref ?? '').startsWith('refs/tags/'))
  )
}

/** A request that would merge, approve or dismiss: what the loop must never send. */
function humanOnlyRequest(
  method: string,
  path: string,
  body: Record<string, unknown>,
  isGraphql: boolean,
  defaultBranch: string
): string | undefined {
  const line = `${method} ${path}`
  // Pushes the loop never makes: a ref update of the default branch, or any forced one.
  if (method === 'PATCH' && path.endsWith(`/git/refs/heads/${defaultBranch}`))
    return `${line} (push to the default branch)`
  // A tag is moved by force by a release workflow (the major tag): releases are not the loop's,
  // and the loop's own client writing any tag or release is caught apart (`releaseWrite`).
  if (method === 'PATCH' && /\/git\/refs\/(?!tags\/)/.test(path) && body.force === true)
    return `${line} (force update)`
  if (method === 'DELETE' && /\/git\/refs\//.test(path)) return `${line} (branch deletion)`
  if (isGraphql)
    return HUMAN_ONLY_MUTATIONS.test(String(body.query ?? '')) ? `${line} (mutation)` : undefined
  if (method === 'PUT' && /\/pulls\/\d+\/(merge|reviews\/\d+\/dismissals)$/.test(path)) return line
  if (
    method === 'POST' &&
    /\/pulls\/\d+\/reviews(\/\d+\/events)?$/.test(path) &&
    ['APPROVE', 'REQUEST_CHANGES'].includes(String(body.event ?? ''))
  )
    return `${line} (event ${String(body.event)})`
  return undefined
}

export class GitHubEmulator {
  readonly model: Model
  readonly log: LoggedRequest[] = []
  /**
   * Requests only a human may make — merge, approve, request changes, dismiss a review, enable
   * auto-merge — as `METHOD path` lines. Kept apart from `log` (tests clear the log) so that
   * `startRig().stop()` can fail any test file where one ever reached the emulator.
   */
  readonly humanOnly: string[] = []
  private readonly rep: Representer
  private readonly routes: { route: Route; pattern: RegExp; names: string[] }[]
  private readonly graphqlEndpoint: GraphQLEndpoint
  private readonly faults: (Fault & { used: number })[] = []
  private readonly usage = new Map<string, TokenUsage>()
  private server?: http.Server
  private dieAfter?: number
  private writesServed = 0
  private observers: ((exchange: Exchange) => void)[] = []
  url = ''

  constructor(private readonly options: EmulatorOptions = {}) {
    this.model = new Model(options.clock)
    this.rep = new Representer(this.model, () => this.url)
    this.routes = [
      ...buildRoutes(this.model, this.rep),
      ...settingsRoutes(this.model, this.rep)
    ].map(route => {
      const names: string[] = []
      const source = route.template
        .split(/(\{[^}]+\})/)
        .map(part => {
          const m = /^\{([^}]+)\}$/.exec(part)
          if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          names.push(m[1])
          // `path` and `ref` may contain slashes, as on GitHub.
          return m[1] === 'path' || m[1] === 'ref' ? '(.+)' : '([^/]+)'
        })
        .join('')
      return { route, pattern: new RegExp(`^${source}$`), names }
    })
    this.graphqlEndpoint = new GraphQLEndpoint(this.model)
  }

  get tokens(): { bot: string; maintainer: string; outsider: string; ci: string } {
    const user = (login: string) => this.model.userByLogin(login)!.token
    return {
      bot: user('github-actions[bot]'),
      maintainer: user('maintainer'),
      outsider: user('outsider'),
      ci: user('ci-app[bot]')
    }
  }

  get repo(): string {
    return `${this.model.owner}/${this.model.name}`
  }

  /** Called with every REST exchange; returns a function that stops observing. */
  observe(fn: (exchange: Exchange) => void): () => void {
    this.observers.push(fn)
    return () => {
      this.observers = this.observers.filter(o => o !== fn)
    }
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, used: 0 })
  }

  clearFaults(): void {
    this.faults.length = 0
    this.dieAfter = undefined
  }

  /** After `n` more write requests every request fails with 503, like a process dying mid-run. */
  dieAfterWrites(n: number): void {
    this.dieAfter = this.writesServed + n
  }

  /** A new rate-limit hour for every token (long tests that stand for many hours). */
  resetQuota(): void {
    this.usage.clear()
  }

  revive(): void {
    this.dieAfter = undefined
  }

  writes(): LoggedRequest[] {
    return this.log.filter(r => r.write)
  }

  clearLog(): void {
    this.log.length = 0
  }

  async start(): Promise<string> {
    // The secrets routes open sealed boxes synchronously: libsodium is ready first.
    await SecretsBox.ready
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch(error => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: `emulator bug: ${(error as Error).stack}` }))
      })
    })
    this.server.keepAliveTimeout = 1000
    await new Promise<void>(resolve =>
      this.server!.listen(this.options.port ?? 0, '127.0.0.1', resolve)
    )
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server!.close(() => resolve()))
    this.server = undefined
  }

  /** The budget `resource` of `actor`'s token: REST (`core`) and GraphQL are counted apart. */
  private rateFor(
    actor: User,
    resource: RateResource = 'core'
  ): { limit: number; remaining: number; reset: number } {
    const fallback = this.options.rateLimit ?? (actor.type === 'Bot' ? 1000 : 5000)
    const limit = resource === 'graphql' ? (this.options.graphqlRateLimit ?? fallback) : fallback
    const now = Math.floor(this.model.clock.peek() / 1000)
    const key = `${resource}:${actor.token}`
    let usage = this.usage.get(key)
    if (!usage || usage.reset <= now) {
      usage = { remaining: limit, reset: now + 3600 }
      this.usage.set(key, usage)
    }
    return { limit, remaining: usage.remaining, reset: usage.reset }
  }

  /** A release asset's raw bytes, up or down (rest-releases.ts); a scoped token needs contents: write. */
  private rawRelease(
    req: http.IncomingMessage,
    method: string,
    url: URL,
    bytes: Buffer
  ): WebAnswer | undefined {
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const scoped = token ? this.model.scopedTokens.get(token) : undefined
    const user = token ? this.model.userByToken(token) : undefined
    const actor =
      user && scoped && scoped.grants.contents !== 'write'
        ? { ...user, permission: 'read' as const }
        : user
    const answer = rawReleaseRequest(this.model, {
      method,
      path: url.pathname,
      query: url.searchParams,
      bytes,
      ...(actor ? { actor } : {}),
      contentType: String(req.headers['content-type'] ?? 'application/octet-stream')
    })
    if (!answer) return undefined
    return Buffer.isBuffer(answer.body)
      ? {
          status: answer.status,
          headers: { 'content-type': 'application/octet-stream' },
          body: answer.body
        }
      : { status: answer.status, body: answer.body }
  }

  /** A web page or a token-free answer (web-setup.ts), logged like every request. */
  private sendWeb(res: http.ServerResponse, method: string, path: string, web: WebAnswer): void {
    this.log.push({ method, path, status: web.status, write: method !== 'GET', route: 'web' })
    const json = typeof web.body !== 'string' && !Buffer.isBuffer(web.body)
    res.writeHead(web.status, {
      ...(json ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...web.headers
    })
    res.end(json ? JSON.stringify(web.body) : (web.body as string | Buffer))
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const web = webSetup(this.model, {
      method,
      path: decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/',
      query: url.searchParams,
      raw,
      baseUrl: this.url
    })
    if (web) return this.sendWeb(res, method, url.pathname, web)
    const bytes = this.rawRelease(req, method, url, Buffer.concat(chunks))
    if (bytes) return this.sendWeb(res, method, url.pathname, bytes)
    let body: Record<string, unknown> = {}
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>
      } catch {
        return this.send(
          res,
          { method, path: url.pathname, status: 400, write: method !== 'GET' },
          400,
          {
            message: 'Problems parsing JSON'
          }
        )
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/'
    const isGraphql = path === '/graphql' && method === 'POST'
    const write = isGraphql
      ? /^\s*mutation\b/.test(String(body.query ?? ''))
      : method !== 'GET' && method !== 'HEAD'
    const entry: LoggedRequest = { method, path, status: 0, write, ...(raw ? { body } : {}) }
    const humanOnly = humanOnlyRequest(method, path, body, isGraphql, this.model.defaultBranch)
    // A person may merge (a test's maintainer, through plain HTTP); the action never may, with
    // any token: its client names itself (`delivery-loop` user agent), and bots are never people.
    const fromAction = /^delivery-loop\b/.test(String(req.headers['user-agent'] ?? ''))

    // The signed log URL GitHub redirects to: no token needed, plain text.
    const logMatch = /^\/_rig\/logs\/(\d+)$/.exec(path)
    if (logMatch && method === 'GET') {
      const job = this.model.runs.flatMap(r => r.jobs).find(j => j.id === Number(logMatch[1]))
      entry.status = job ? 200 : 404
      this.log.push(entry)
      res.writeHead(entry.status, { 'content-type': 'text/plain; charset=utf-8' })
      return void res.end(job?.log ?? '')
    }

    const auth = req.headers.authorization ?? ''
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1]
    const actor = token ? this.model.userByToken(token) : undefined
    if (!actor) {
      if (humanOnly) this.humanOnly.push(humanOnly)
      return this.send(res, entry, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      })
    }
    entry.actor = actor.login
    if (humanOnly && (fromAction || actor.type === 'Bot')) this.humanOnly.push(humanOnly)
    if (fromAction && releaseWrite(method, path, body))
      this.humanOnly.push(`${method} ${path} (a tag or a release: the loop never makes one)`)

    // Fault injection from outside the process (docs/rig.md): the maintainer token only.
    if (path === '/_rig/faults' && (method === 'POST' || method === 'DELETE')) {
      entry.route = 'rig:faults'
      entry.write = false
      if (actor.permission !== 'admin')
        return this.send(res, entry, 403, { message: 'faults need the maintainer token' })
      if (method === 'DELETE') {
        this.clearFaults()
        return this.send(res, entry, 200, { faults: 0 })
      }
      const f = body as Record<string, unknown>
      this.inject({
        ...(typeof f.method === 'string' ? { method: f.method.toUpperCase() } : {}),
        ...(typeof f.path === 'string' ? { path: new RegExp(f.path) } : {}),
        ...(typeof f.body === 'string' ? { body: new RegExp(f.body) } : {}),
        ...(typeof f.status === 'number' ? { status: f.status } : {}),
        ...(typeof f.retryAfter === 'number' ? { retryAfter: f.retryAfter } : {}),
        ...(typeof f.latencyMs === 'number' ? { latencyMs: f.latencyMs } : {}),
        ...(typeof f.times === 'number' ? { times: f.times } : {}),
        ...(typeof f.message === 'string' ? { message: f.message } : {}),
        ...(f.afterApply === true ? { afterApply: true } : {})
      })
      return this.send(res, entry, 201, { faults: this.faults.length })
    }

    const resource: RateResource = isGraphql ? 'graphql' : 'core'
    const rate = this.rateFor(actor, resource)
    const usage = this.usage.get(`${resource}:${actor.token}`)!
    const cost = isGraphql ? graphqlCost(String(body.query ?? ''), variablesOf(body)) : 1
    if (isGraphql) entry.points = cost
    const rateHeaders = () => ({
      'x-ratelimit-limit': String(rate.limit),
      'x-ratelimit-remaining': String(usage.remaining),
      'x-ratelimit-used': String(rate.limit - usage.remaining),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-resource': resource
    })
    if (usage.remaining < cost && path !== '/rate_limit') {
      // GitHub answers a GraphQL query beyond its points with 200 and a RATE_LIMITED error.
      if (isGraphql)
        return this.send(
          res,
          entry,
          200,
          {
            errors: [
              { type: 'RATE_LIMITED', message: `API rate limit exceeded for user ID ${actor.id}.` }
            ]
          },
          rateHeaders()
        )
      return this.send(
        res,
        entry,
        403,
        {
          message: 'API rate limit exceeded',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
        },
        rateHeaders()
      )
    }
    if (path !== '/rate_limit') usage.remaining -= cost

    if (this.dieAfter !== undefined && this.writesServed >= this.dieAfter) {
      return this.send(
        res,
        entry,
        503,
        { message: 'emulator: the run died here (dieAfterWrites)' },
        rateHeaders()
      )
    }

    const fault = this.faults.find(
      f =>
        f.used < (f.times ?? Infinity) &&
        (!f.method || f.method === method) &&
        (!f.path || f.path.test(path)) &&
        (!f.body || f.body.test(JSON.stringify(body)))
    )
    if (fault) fault.used++
    if (fault?.latencyMs) await new Promise(r => setTimeout(r, fault.latencyMs))
    if (fault?.status && !fault.afterApply) {
      const headers: Record<string, string> = { ...rateHeaders() }
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
      const message =
        fault.message ??
        (fault.retryAfter !== undefined
          ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
          : `emulator fault ${fault.status}`)
      return this.send(
        res,
        entry,
        fault.status,
        { message, documentation_url: 'https://docs.github.com/rest' },
        headers
      )
    }

    // A job's GITHUB_TOKEN or an App token: only what its permissions grant (rig/github/scopes.ts).
    const scoped = this.model.scopedTokens.get(token!)
    if (scoped) {
      entry.credential = scoped.label
      const isPull = (n: number) => !!this.model.issue(n)?.pull
      const needs = requestNeeds(method, path, body, isGraphql, this.repo, isPull)
      entry.needs = needs.map(n => `${n.scopes.join('|')}: ${n.level}`)
      const missing = needs.find(need => !allows(scoped.grants, need))
      if (missing) {
        entry.denied = `${missing.scopes.join('|')}: ${missing.level}`
        return this.send(
          res,
          entry,
          403,
          {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest'
          },
          rateHeaders()
        )
      }
      const workflow = mayWriteWorkflows(scoped.grants)
        ? undefined
        : workflowWrite(this.model, method, path, body, this.repo)
      if (workflow) {
        entry.denied = 'workflows: write'
        return this.send(
          res,
          entry,
          422,
          {
            message: `refusing to allow a GitHub App to create or update workflow \`${workflow}\` without \`workflows\` permission`,
            documentation_url: 'https://docs.github.com/rest'
          },
          rateHeaders()
        )
      }
    }

    // Test-only seeding of workflow runs (GitHub has no API to create them); see docs/rig.md.
    if (
      path === `/_rig/repos/${this.model.owner}/${this.model.name}/actions/runs` &&
      method === 'POST'
    ) {
      entry.route = 'rig:seed-run'
      entry.write = false
      if (actor.permission !== 'admin')
        return this.send(res, entry, 403, { message: 'seeding needs the maintainer token' })
      try {
        const run = this.model.addRun(body as unknown as Parameters<Model['addRun']>[0])
        return this.send(res, entry, 201, this.rep.workflowRun(run))
      } catch (error) {
        return this.send(res, entry, 422, { message: (error as Error).message })
      }
    }

    if (isGraphql) {
      entry.route = 'graphql'
      const result = await this.graphqlEndpoint.execute(actor, body, {
        ...rate,
        remaining: usage.remaining,
        cost
      })
      if (write) this.writesServed++
      if (fault?.afterApply) return this.lose(res, entry, fault, rateHeaders())
      return this.send(res, entry, 200, result, rateHeaders())
    }

    const matches = this.routes.filter(r => r.pattern.test(path))
    const match = matches.find(r => r.route.method === method)
    if (!match) {
      return this.send(
        res,
        entry,
        404,
        { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
        rateHeaders()
      )
    }
    entry.route = match.route.template
    const values = match.pattern.exec(path)!.slice(1)
    const params = Object.fromEntries(match.names.map((n, i) => [n, values[i]]))
    if (
      params.owner !== undefined &&
      (params.owner.toLowerCase() !== this.model.owner ||
        params.repo.toLowerCase() !== this.model.name)
    ) {
      return this.send(
        res,
        entry,
        404,
        { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
        rateHeaders()
      )
    }

    let status: number
    let responseBody: unknown
    let headers: Record<string, string> = {}
    try {
      const out = match.route.handler({
        method,
        params,
        query: url.searchParams,
        body,
        actor,
        baseUrl: this.url
      })
      status = out.status
      responseBody =
        match.route.template === '/rate_limit'
          ? this.rep.rateLimit(
              { ...rate, remaining: usage.remaining },
              this.rateFor(actor, 'graphql')
            )
          : out.body
      headers = out.headers ?? {}
      if (write && status < 400) this.writesServed++
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      status = error.status
      responseBody = errorBody(error)
    }
    if (fault?.omitField && status < 300 && responseBody && typeof responseBody === 'object') {
      const strip = (o: Record<string, unknown>) => delete o[fault.omitField!]
      if (Array.isArray(responseBody)) responseBody.forEach(strip)
      else strip(responseBody as Record<string, unknown>)
    }
    if (fault?.afterApply) return this.lose(res, entry, fault, rateHeaders())
    for (const observe of this.observers) {
      observe({
        method,
        template: match.route.template,
        status,
        requestBody: raw ? body : undefined,
        responseBody
      })
    }
    return this.send(res, entry, status, responseBody, { ...rateHeaders(), ...headers })
  }

  /** The request was applied; its answer is lost: a 5xx, or a connection dropped unanswered. */
  private lose(
    res: http.ServerResponse,
    entry: LoggedRequest,
    fault: Fault,
    headers: Record<string, string>
  ): void {
    if (fault.status)
      return this.send(
        res,
        entry,
        fault.status,
        { message: fault.message ?? `emulator fault ${fault.status} (applied)` },
        headers
      )
    entry.status = 0
    this.log.push(entry)
    res.socket?.destroy()
  }

  private send(
    res: http.ServerResponse,
    entry: LoggedRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    entry.status = status
    this.log.push(entry)
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `RIG:${this.log.length}`,
      ...headers,
      ...(status === 204 ? {} : { 'content-length': String(Buffer.byteLength(text)) })
    })
    res.end(status === 204 ? undefined : text)
  }
}
