/**
 * The one Octokit client of a run: retries for 5xx (plugin-retry), secondary rate limits honoured
 * through `retry-after` (plugin-throttling), and writes spaced out so a long compile stays within
 * GitHub's content-creation limits (80 per minute). Everything else talks to GitHub through the
 * port in `port.ts`; only the adapter sees this object.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import type { Logger } from '../logging.js'

export type Octokit = ReturnType<typeof getOctokit>

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
}

export function pacingFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ClientOptions> {
  const pacing = env.DELIVERY_LOOP_WRITE_PACING_MS
  const retryBase = env.DELIVERY_LOOP_RETRY_BASE_MS
  return {
    ...(pacing !== undefined && /^\d+$/.test(pacing) ? { writePacingMs: Number(pacing) } : {}),
    ...(retryBase !== undefined && /^\d+$/.test(retryBase)
      ? { retryBaseMs: Number(retryBase) }
      : {})
  }
}

export function createClient(options: ClientOptions): Octokit {
  const pacing = options.writePacingMs ?? 1000
  const maxRetries = options.maxRateLimitRetries ?? 3
  const { logger } = options
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: 'delivery-loop',
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
        ) => {
          logger.warning(
            `GitHub rate limit reached for ${request.method} ${request.url}; ${retryCount < 1 ? `retrying after ${retryAfter}s` : 'giving up'}`
          )
          return retryCount < 1
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          retryCount: number
        ) => {
          logger.warning(
            `GitHub secondary rate limit for ${request.method} ${request.url}; ${retryCount < maxRetries ? `retrying after ${retryAfter}s` : 'giving up'}`
          )
          return retryCount < maxRetries
        }
      }
    },
    retry,
    throttling
  )
}
