/**
 * What every Octokit adapter shares: the client, the repository, request counting, the GraphQL
 * pager, and the one mapping of failures to `ApiError`.
 */
import { now } from '../../clock.js'
import { ApiError, RateLimitedError } from '../../errors.js'
import type { Octokit } from '../client.js'
import type { RateLimit, RelationOutcome, RepoRef } from '../port.js'

export interface RequestFailure {
  status?: number
  message?: string
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | undefined> }
}

/** When the limit a 403/429 names lifts: `retry-after`, else the primary quota's reset. */
function resetOf(e: RequestFailure): string | undefined {
  const h = e.response?.headers ?? {}
  if (h['retry-after'] && /^\d+$/.test(h['retry-after']))
    return new Date(now().getTime() + Number(h['retry-after']) * 1000).toISOString()
  if (h['x-ratelimit-reset'] && /^\d+$/.test(h['x-ratelimit-reset']))
    return new Date(Number(h['x-ratelimit-reset']) * 1000).toISOString()
  return undefined
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as RequestFailure)?.status
  return typeof status === 'number' ? status : undefined
}

/** What a network failure's code means, for people. */
const NETWORK_FAILURES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'no such host (DNS)',
  EAI_AGAIN: 'the DNS lookup failed',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection broke',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host'
}

/** The code of a network failure behind an Octokit error (fetch's cause chain), if it is one. */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 6) return undefined
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown[] }
  if (typeof e.code === 'string' && NETWORK_FAILURES[e.code]) return e.code
  for (const inner of [e.cause, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const code = networkCode(inner, depth + 1)
    if (code) return code
  }
  return undefined
}

/** Turn an Octokit failure into an ApiError that says what was asked and what GitHub answered. */
export function toApiError(error: unknown, what: string): ApiError {
  if (error instanceof ApiError) return error
  const e = error as RequestFailure
  const status = statusOf(error)
  const route = e?.request ? `${e.request.method} ${e.request.url}` : undefined
  const network = networkCode(error)
  // Not an answer at all: the request never reached GitHub (Octokit reports it as a 500).
  if (network)
    return new ApiError(
      `could not reach GitHub while trying to ${what}${e?.request?.url ? ` (${e.request.url})` : ''}: ${NETWORK_FAILURES[network]} (${network}) — check the API URL (--api-url, GITHUB_API_URL) and the runner's network or proxy`,
      undefined,
      route
    )
  const message = e?.message ?? String(error)
  // GitHub's answer when the workflow's `permissions:` do not grant what a call needs.
  const hint = /Resource not accessible by integration/i.test(message)
    ? ' — the token lacks a permission this needs: check the `permissions:` of the workflow job (see docs/permissions.md)'
    : ''
  const text = `GitHub API error while trying to ${what}${status ? ` (HTTP ${status})` : ''}: ${message}${hint}`
  // A GraphQL query beyond the points left is answered 200 with a RATE_LIMITED error.
  const graphqlLimited = (
    e?.response as { data?: { errors?: { type?: string }[] } } | undefined
  )?.data?.errors?.some(x => x?.type === 'RATE_LIMITED')
  if ((status === 403 || status === 429 || graphqlLimited) && /rate limit/i.test(message)) {
    const reset = resetOf(e)
    return new RateLimitedError(
      `${text} — the run stopped early instead of waiting${reset ? `; the limit lifts at ${reset}` : ''}, and the next run continues`,
      status ?? 200,
      route,
      reset
    )
  }
  return new ApiError(text, status, route)
}

/** Run `call`; map any failure to an ApiError naming `what`. */
export async function attempt<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toApiError(error, what)
  }
}

/**
 * Relationships (issue dependencies, sub-issues) are newer APIs: missing on older GitHub
 * Enterprise (404/410) or refused for the token (403) means "unavailable", not a failed run.
 */
export function relationFailure(error: unknown, what: string): RelationOutcome {
  const status = statusOf(error)
  if (status === 404 || status === 403 || status === 410) return 'unavailable'
  if (status === 422 && /already/i.test((error as RequestFailure).message ?? '')) return 'exists'
  throw toApiError(error, what)
}

function isMutation(options: { query?: unknown; data?: unknown }): boolean {
  const query =
    typeof options.query === 'string'
      ? options.query
      : typeof (options.data as { query?: unknown })?.query === 'string'
        ? (options.data as { query: string }).query
        : ''
  return /^\s*mutation\b/.test(query)
}

type Page<T> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: T[] }

/** What every query asks of GitHub's GraphQL budget alongside its data (costs nothing more). */
const RATE_FIELD = 'rateLimit { cost limit remaining resetAt }'
interface RateField {
  cost: number
  limit: number
  remaining: number
  resetAt: string
}

/**
 * `query` asking for `rateLimit` too: inserted at the top of the operation's selection (the first
 * `{`; the loop's queries declare no input-object defaults before it). Mutations have no such field.
 */
export function withRateField(query: string): string {
  if (/^\s*mutation\b/.test(query) || query.includes('rateLimit')) return query
  const open = query.indexOf('{')
  return open < 0 ? query : `${query.slice(0, open + 1)} ${RATE_FIELD}${query.slice(open + 1)}`
}

/** The budget a response's `x-ratelimit-*` headers describe, with the resource they name. */
function budgetOf(
  headers: Record<string, string | undefined>
): (RateLimit & { resource: string }) | undefined {
  const limit = Number(headers['x-ratelimit-limit'])
  const remaining = Number(headers['x-ratelimit-remaining'])
  const reset = Number(headers['x-ratelimit-reset'])
  if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset))
    return undefined
  const resource = headers['x-ratelimit-resource'] ?? 'core'
  return { limit, remaining, resetAt: new Date(reset * 1000).toISOString(), resource }
}

export class OctokitApi {
  reads = 0
  writes = 0
  /** GraphQL points this run spent, as GitHub reported each query's cost. */
  points = 0
  /** The core rate limit as the last REST response's headers told it (saves a request). */
  lastRate?: RateLimit
  /** The GraphQL budget (points) as the last GraphQL answer told it. */
  lastGraphql?: RateLimit

  constructor(
    readonly octokit: Octokit,
    readonly repo: RepoRef
  ) {
    octokit.hook.before('request', options => {
      const read =
        (options.method ?? 'GET') === 'GET' || (options.url === '/graphql' && !isMutation(options))
      if (read) this.reads++
      else this.writes++
    })
    octokit.hook.after('request', response => {
      const budget = budgetOf(response.headers as Record<string, string | undefined>)
      if (!budget) return
      const { resource, ...rate } = budget
      if (resource === 'core') this.lastRate = rate
      else if (resource === 'graphql') this.lastGraphql = rate
    })
  }

  /**
   * Run a query with its `rateLimit`, keep what it says of the budget, return the rest. Plain
   * `variables`: `graphql` adds the repository's.
   */
  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const data = await this.octokit.graphql<T & { rateLimit?: RateField }>(
      withRateField(query),
      variables
    )
    const { rateLimit, ...rest } = data
    if (rateLimit) this.recordRate(rateLimit)
    return rest as T
  }

  /** What a query's `rateLimit` says: its cost, and the GraphQL budget left. */
  private recordRate(rate: RateField): void {
    this.points += rate.cost
    this.lastGraphql = { limit: rate.limit, remaining: rate.remaining, resetAt: rate.resetAt }
  }

  /**
   * Every node of a repository connection, page by page (100 per request), each mapped by `map`
   * as its page arrives: `connection` names the field under `repository` that the query
   * paginates with `$cursor`. Mapping per page lets each answer go as soon as it is read — a
   * 20,000-issue scan held all 200 answers until the last arrived.
   */
  async allPages<N, T>(
    query: string,
    connection: string,
    variables: Record<string, unknown>,
    map: (node: N) => T
  ): Promise<T[]> {
    const out: T[] = []
    let cursor: string | null = null
    do {
      const data: { repository: Record<string, Page<N>> } = await this.graphql(query, {
        cursor,
        ...variables
      })
      const page = data.repository[connection]
      for (const node of page.nodes) out.push(map(node))
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (cursor)
    return out
  }

  /**
   * A query of aliased repository fields, each of which may fail alone (a number that is no
   * issue): GitHub answers the others beside the errors, and those are what this returns.
   */
  async aliased<T>(query: string, what: string): Promise<Record<string, T | null>> {
    type Result = { repository: Record<string, T | null> }
    try {
      return (await this.graphql<Result>(query)).repository
    } catch (error) {
      const partial = (error as { data?: Partial<Result> & { rateLimit?: RateField } }).data
      if (!partial?.repository) throw toApiError(error, what)
      if (partial.rateLimit) this.recordRate(partial.rateLimit)
      return partial.repository
    }
  }

  /** A query about the repository: `$owner` and `$name` are supplied. */
  graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.query<T>(query, { owner: this.repo.owner, name: this.repo.repo, ...variables })
  }
}
