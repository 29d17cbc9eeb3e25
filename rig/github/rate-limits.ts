/**
 * GitHub's primary rate limits as the emulator keeps them: each token has an hourly budget of
 * REST requests (`core`) and, apart, of GraphQL points — GITHUB_TOKEN 1,000 each, people 5,000 —
 * renewed an hour after its first use, and reported in the `x-ratelimit-*` headers.
 */
import type { User } from './model.js'

export type RateResource = 'core' | 'graphql'

export interface TokenUsage {
  remaining: number
  reset: number
}

export interface RateOptions {
  /** Requests per hour per token; GitHub gives GITHUB_TOKEN 1,000 per repository. */
  rateLimit?: number
  /** GraphQL points per hour per token; default `rateLimit`, else 1,000 for bots, 5,000 for people. */
  graphqlRateLimit?: number
}

export class RateLimits {
  private readonly usage = new Map<string, TokenUsage>()

  constructor(
    private readonly options: RateOptions,
    /** The rig clock's time, in seconds. */
    private readonly nowSeconds: () => number
  ) {}

  /** The budget `resource` of `actor`'s token now: its limit, what is left, when it renews. */
  rateFor(
    actor: User,
    resource: RateResource = 'core'
  ): { limit: number; remaining: number; reset: number } {
    const usage = this.usageOf(actor, resource)
    return { limit: this.limitOf(actor, resource), remaining: usage.remaining, reset: usage.reset }
  }

  /** The token's live usage, which a request spends from. */
  usageOf(actor: User, resource: RateResource): TokenUsage {
    const now = this.nowSeconds()
    const key = `${resource}:${actor.token}`
    let usage = this.usage.get(key)
    if (!usage || usage.reset <= now) {
      usage = { remaining: this.limitOf(actor, resource), reset: now + 3600 }
      this.usage.set(key, usage)
    }
    return usage
  }

  /** A new hour for every token. */
  reset(): void {
    this.usage.clear()
  }

  /** The `x-ratelimit-*` headers of an answer to `actor`. */
  headers(actor: User, resource: RateResource): Record<string, string> {
    const { limit, remaining, reset } = this.rateFor(actor, resource)
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(limit - remaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': resource
    }
  }

  private limitOf(actor: User, resource: RateResource): number {
    const fallback = this.options.rateLimit ?? (actor.type === 'Bot' ? 1000 : 5000)
    return resource === 'graphql' ? (this.options.graphqlRateLimit ?? fallback) : fallback
  }
}

/**
 * GitHub's answer to a request its token's budget cannot pay for: REST says 403; GraphQL says
 * 200 with a RATE_LIMITED error.
 */
export function exceededAnswer(
  resource: RateResource,
  actor: User
): { status: number; body: unknown } {
  if (resource === 'graphql')
    return {
      status: 200,
      body: {
        errors: [
          { type: 'RATE_LIMITED', message: `API rate limit exceeded for user ID ${actor.id}.` }
        ]
      }
    }
  return {
    status: 403,
    body: {
      message: 'API rate limit exceeded',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
    }
  }
}
