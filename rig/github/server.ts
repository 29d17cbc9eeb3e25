/**
 * The GitHub API emulator: a stateful HTTP server on 127.0.0.1 that speaks the REST routes and
 * GraphQL the action uses. It authenticates by token (bot, maintainer, outsider), holds scoped
 * tokens to their permissions (token-check.ts), keeps each token's budgets (rate-limits.ts),
 * logs every request (request-log.ts: "zero writes" and cost assertions), records what only a
 * person may send (human-only.ts), injects faults (faults.ts), and reports every exchange to an
 * optional observer (the OpenAPI conformance check in the test suite).
 */
import { webSetup, type WebAnswer } from './web-setup.js'
import { SecretsBox } from './apps.js'
import { rawReleaseRequest } from './rest-releases.js'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { GraphQLEndpoint } from './graphql.js'
import { graphqlCost } from './graphql-cost.js'
import { Model } from './model.js'
import type { Exchange, LoggedRequest } from './request-log.js'
import type { RigClock } from '../clock.js'
import { checkScopedToken } from './token-check.js'
import { humanOnlyRequest, releaseWrite } from './human-only.js'
import { Faults, faultFromRequest, faultMessage, type Fault } from './faults.js'
import { exceededAnswer, RateLimits, type RateResource } from './rate-limits.js'
import { seedRunRequest } from './seed-run.js'
import { Representer } from './represent.js'
import { buildRoutes, errorBody, HttpError, routePatterns, type RoutePattern } from './rest.js'
import { settingsRoutes } from './rest-settings.js'

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

function variablesOf(body: Record<string, unknown>): Record<string, unknown> {
  const v = body.variables
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
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
  private readonly routes: RoutePattern[]
  private readonly graphqlEndpoint: GraphQLEndpoint
  private readonly faults = new Faults()
  private readonly rates: RateLimits
  private server?: http.Server
  private dieAfter?: number
  private writesServed = 0
  private observers: ((exchange: Exchange) => void)[] = []
  url = ''

  constructor(private readonly options: EmulatorOptions = {}) {
    this.model = new Model(options.clock)
    this.rates = new RateLimits(options, () => Math.floor(this.model.clock.peek() / 1000))
    this.rep = new Representer(this.model, () => this.url)
    this.routes = routePatterns([
      ...buildRoutes(this.model, this.rep),
      ...settingsRoutes(this.model, this.rep)
    ])
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
    this.faults.inject(fault)
  }

  clearFaults(): void {
    this.faults.clear()
    this.dieAfter = undefined
  }

  /** After `n` more write requests every request fails with 503, like a process dying mid-run. */
  dieAfterWrites(n: number): void {
    this.dieAfter = this.writesServed + n
  }

  /** A new rate-limit hour for every token (long tests that stand for many hours). */
  resetQuota(): void {
    this.rates.reset()
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
      if (method === 'DELETE') this.clearFaults()
      else this.inject(faultFromRequest(body))
      return this.send(res, entry, method === 'DELETE' ? 200 : 201, { faults: this.faults.size })
    }

    const resource: RateResource = isGraphql ? 'graphql' : 'core'
    const rate = this.rates.rateFor(actor, resource)
    const usage = this.rates.usageOf(actor, resource)
    const cost = isGraphql ? graphqlCost(String(body.query ?? ''), variablesOf(body)) : 1
    if (isGraphql) entry.points = cost
    const rateHeaders = () => this.rates.headers(actor, resource)
    if (usage.remaining < cost && path !== '/rate_limit') {
      const { status, body: answer } = exceededAnswer(resource, actor)
      return this.send(res, entry, status, answer, rateHeaders())
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

    const fault = this.faults.take(method, path, body)
    if (fault?.latencyMs) await new Promise(r => setTimeout(r, fault.latencyMs))
    if (fault?.status && !fault.afterApply) {
      const headers: Record<string, string> = { ...rateHeaders() }
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
      return this.send(
        res,
        entry,
        fault.status,
        { message: faultMessage(fault), documentation_url: 'https://docs.github.com/rest' },
        headers
      )
    }

    // A job's GITHUB_TOKEN or an App token: only what its permissions grant (rig/github/scopes.ts).
    const scoped = checkScopedToken(this.model, token!, { method, path, body, isGraphql })
    if (scoped) {
      entry.credential = scoped.credential
      entry.needs = scoped.needs
      if (scoped.refusal) {
        entry.denied = scoped.refusal.denied
        const { status, message } = scoped.refusal
        const answer = { message, documentation_url: 'https://docs.github.com/rest' }
        return this.send(res, entry, status, answer, rateHeaders())
      }
    }

    // Test-only seeding of workflow runs (GitHub has no API to create them); see docs/rig.md.
    const seeded = seedRunRequest(this.model, this.rep, { method, path, body, actor })
    if (seeded) {
      entry.route = 'rig:seed-run'
      entry.write = false
      return this.send(res, entry, seeded.status, seeded.body)
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
              this.rates.rateFor(actor, 'graphql')
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
