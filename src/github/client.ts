/**
 * The one Octokit client of a run: retries for 5xx (plugin-retry), secondary rate limits honoured
 * through `retry-after` (plugin-throttling), and writes spaced out so a long compile stays within
 * GitHub's content-creation limits (80 per minute). Everything else talks to GitHub through the
 * port in `port.ts`; only the adapter sees this object.
 */
import { ENV } from '../environment.js'
import { HttpClient } from '@actions/http-client'
import { Octokit as OctokitCore } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { apiGuards } from './octokit/guards.js'
import Bottleneck from 'bottleneck/light.js'
import type { Logger } from '../logging.js'

/**
 * Octokit with the REST methods and pagination — what `@actions/github`'s `getOctokit` builds,
 * without that package: it would bundle a second `@actions/http-client` and load undici on every
 * run, where only a proxied runner needs it (`runnerFetch`).
 */
const RestOctokit = OctokitCore.plugin(restEndpointMethods, paginateRest)
export type Octokit = InstanceType<typeof RestOctokit>

export interface ClientOptions {
  token: string
  baseUrl: string
  logger: Logger
  /**
   * Minimum spacing of write requests in ms. GitHub asks for about one second between
   * mutations and at most 80 content-creating requests a minute; 1000 ms honours both.
   * Tests against the local emulator set `DELIVERY_LOOP_WRITE_PACING_MS=0`.
   */
  writePacingMs?: number
  /** Base delay of retries in ms (plugin-retry squares the attempt number times this). */
  retryBaseMs?: number
  /** How many times a secondary rate limit is waited out before the request fails. */
  maxRateLimitRetries?: number
  /** Longest single rate-limit wait in seconds; a longer `retry-after` is not slept out. */
  maxWaitSeconds?: number
  /** All rate-limit waits of one run together, in seconds. */
  maxTotalWaitSeconds?: number
  /** A request that has not answered after this many ms fails (and 5xx-like, is retried). */
  requestTimeoutMs?: number
}

/** Documented caps (docs/reference/configuration.md#limits-and-waits). */
export const MAX_WAIT_SECONDS = 60
export const MAX_TOTAL_WAIT_SECONDS = 180
export const REQUEST_TIMEOUT_MS = 30_000

/**
 * `fetch` with a deadline (a stalled server fails the request instead of holding the run) and
 * through the runner's proxy: `https_proxy` / `http_proxy` / `no_proxy` as every `@actions/*`
 * client honours them (self-hosted runners often reach GitHub only through one).
 */
function runnerFetch(ms: number, baseUrl: string): typeof fetch {
  const dispatcher = new HttpClient('delivery-loop').getAgentDispatcher(baseUrl)
  return (input, init) => {
    const deadline = AbortSignal.timeout(ms)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    // `dispatcher` is undici's option of Node's fetch; the DOM RequestInit type does not name it.
    return fetch(input, { ...init, signal, ...(dispatcher ? { dispatcher } : {}) } as RequestInit)
  }
}

export function pacingFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ClientOptions> {
  const pacing = env[ENV.writePacingMs.name]
  const retryBase = env[ENV.retryBaseMs.name]
  const timeout = env[ENV.requestTimeoutMs.name]
  return {
    ...(pacing !== undefined && /^\d+$/.test(pacing) ? { writePacingMs: Number(pacing) } : {}),
    ...(retryBase !== undefined && /^\d+$/.test(retryBase)
      ? { retryBaseMs: Number(retryBase) }
      : {}),
    ...(timeout !== undefined && /^\d+$/.test(timeout) ? { requestTimeoutMs: Number(timeout) } : {})
  }
}

export function createClient(options: ClientOptions): Octokit {
  const pacing = options.writePacingMs ?? 1000
  const maxRetries = options.maxRateLimitRetries ?? 3
  const maxWait = options.maxWaitSeconds ?? MAX_WAIT_SECONDS
  let waitLeft = options.maxTotalWaitSeconds ?? MAX_TOTAL_WAIT_SECONDS
  const { logger } = options
  /** Wait `retryAfter` seconds only within the caps; otherwise the request fails now. */
  const mayWait = (retryAfter: number, what: string, request: { method: string; url: string }) => {
    if (retryAfter > maxWait || retryAfter > waitLeft) {
      logger.warning(
        `GitHub ${what} for ${request.method} ${request.url}: retry-after ${retryAfter}s is beyond the wait cap (${Math.min(maxWait, waitLeft)}s left); not waiting — this run stops early and the next run continues`
      )
      return false
    }
    waitLeft -= retryAfter
    logger.warning(
      `GitHub ${what} for ${request.method} ${request.url}; retrying after ${retryAfter}s`
    )
    return true
  }
  const Client = RestOctokit.plugin(retry, throttling, apiGuards)
  return new Client({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'delivery-loop',
    request: {
      fetch: runnerFetch(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, options.baseUrl)
    },
    retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      // Custom groups only to set the spacing; plugin-throttling still does the queueing.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: pacing }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: pacing }),
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number
      ) => retryCount < 1 && mayWait(retryAfter, 'rate limit reached', request),
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number
      ) => retryCount < maxRetries && mayWait(retryAfter, 'secondary rate limit', request)
    }
  })
}
