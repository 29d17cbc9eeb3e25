/**
 * What every Octokit adapter shares: the client, the repository, request counting, the GraphQL
 * pager, and the one mapping of failures to `ApiError`.
 */
import { now } from '../../clock.js'
import { ApiError, RateLimitedError } from '../../errors.js'
import type { Octokit } from '../client.js'
import type { RelationOutcome, RepoRef } from '../port.js'

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

/** Turn an Octokit failure into an ApiError that says what was asked and what GitHub answered. */
export function toApiError(error: unknown, what: string): ApiError {
  if (error instanceof ApiError) return error
  const e = error as RequestFailure
  const status = statusOf(error)
  const route = e?.request ? `${e.request.method} ${e.request.url}` : undefined
  const message = e?.message ?? String(error)
  // GitHub's answer when the workflow's `permissions:` do not grant what a call needs.
  const hint = /Resource not accessible by integration/i.test(message)
    ? ' — the token lacks a permission this needs: check the `permissions:` of the workflow job (see docs/permissions.md)'
    : ''
  const text = `GitHub API error while trying to ${what}${status ? ` (HTTP ${status})` : ''}: ${message}${hint}`
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    const reset = resetOf(e)
    return new RateLimitedError(
      `${text} — the run stopped early instead of waiting${reset ? `; the limit lifts at ${reset}` : ''}, and the next run continues`,
      status,
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

export class OctokitApi {
  reads = 0
  writes = 0
  /** The core rate limit as the last REST response's headers told it (saves a request). */
  lastRate?: { limit: number; remaining: number; resetAt: string }

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
    octokit.hook.after('request', (response, options) => {
      // GraphQL answers carry its own (point-based) limit; only REST headers are the core quota.
      if (options.url === '/graphql') return
      const h = response.headers as Record<string, string | undefined>
      const limit = Number(h['x-ratelimit-limit'])
      const remaining = Number(h['x-ratelimit-remaining'])
      const reset = Number(h['x-ratelimit-reset'])
      if (h['x-ratelimit-resource'] && h['x-ratelimit-resource'] !== 'core') return
      if (Number.isFinite(limit) && Number.isFinite(remaining) && Number.isFinite(reset))
        this.lastRate = { limit, remaining, resetAt: new Date(reset * 1000).toISOString() }
    })
  }

  /**
   * Every node of a repository connection, page by page (100 per request): `connection` names
   * the field under `repository` that the query paginates with `$cursor`.
   */
  async allPages<T>(
    query: string,
    connection: string,
    variables: Record<string, unknown>
  ): Promise<T[]> {
    const out: T[] = []
    let cursor: string | null = null
    do {
      const data: { repository: Record<string, Page<T>> } = await this.octokit.graphql(query, {
        owner: this.repo.owner,
        name: this.repo.repo,
        cursor,
        ...variables
      })
      const page = data.repository[connection]
      out.push(...page.nodes)
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (cursor)
    return out
  }

  graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.octokit.graphql<T>(query, {
      owner: this.repo.owner,
      name: this.repo.repo,
      ...variables
    })
  }
}
