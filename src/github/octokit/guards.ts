/**
 * Guards against an API that is not GitHub's, or not behaving: a proxy's HTML page answered for
 * an API call is an error that says so (never read as a file that is "not a file"), and a
 * listing whose pages never end — a `Link: next` to the same page, or more pages than any
 * repository has — stops with an error instead of following it for ever.
 */
import { ApiError } from '../../errors.js'

/** More pages of 100 than any listing the loop reads can have (30,000 items). */
export const MAX_REST_PAGES = 300

interface PageResponse {
  url?: string
  headers: Record<string, unknown>
  data: unknown
}
type Iterator = (route: unknown, params?: unknown) => AsyncIterable<PageResponse>
interface Paginating {
  paginate: { iterator: Iterator }
  hook: {
    after(name: 'request', hook: (response: PageResponse, options: { url: string }) => void): void
  }
}

/** Each page once, and at most `MAX_REST_PAGES`: the check a listing runs on every page. */
function pageGuard(): (url: string | undefined) => void {
  const seen = new Set<string>()
  return url => {
    if (url !== undefined && seen.has(url))
      throw new ApiError(
        `the API answered a listing with a link to a page it had already sent (${url}): stopped rather than follow it without end — is GITHUB_API_URL a GitHub API?`
      )
    if (url !== undefined) seen.add(url)
    if (seen.size > MAX_REST_PAGES)
      throw new ApiError(
        `the API answered a listing with more than ${MAX_REST_PAGES} pages: stopped — is GITHUB_API_URL a GitHub API?`
      )
  }
}

/** An Octokit plugin: the guards above on every request and every `paginate`. */
export function apiGuards(octokit: unknown): Record<string, unknown> {
  const o = octokit as Paginating
  o.hook.after('request', (response, options) => {
    const type = String(response.headers['content-type'] ?? '')
    if (/^text\/html\b/i.test(type))
      throw new ApiError(
        `${options.url} answered with an HTML page, not GitHub's JSON: a proxy, a login page or a wrong GITHUB_API_URL is in the way`,
        502
      )
  })
  const original = o.paginate.iterator
  async function* iterator(route: unknown, params?: unknown): AsyncGenerator<PageResponse> {
    const check = pageGuard()
    for await (const response of original(route, params)) {
      check(response.url)
      yield response
    }
  }
  async function paginate(
    route: unknown,
    params?: unknown,
    map?: (response: PageResponse, done: () => void) => unknown
  ): Promise<unknown[]> {
    let stop = false
    const out: unknown[] = []
    for await (const response of iterator(
      route,
      typeof params === 'function' ? undefined : params
    )) {
      const mapper = typeof params === 'function' ? params : map
      const items = mapper ? mapper(response, () => (stop = true)) : response.data
      out.push(...(Array.isArray(items) ? items : [items]))
      if (stop) break
    }
    return out
  }
  return { paginate: Object.assign(paginate, { iterator }) }
}
