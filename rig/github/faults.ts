/**
 * Faults the emulator injects, as a test or a `POST /_rig/faults` asks (docs/rig.md): a status
 * (5xx, a secondary rate limit with `retry-after`), latency, a field dropped from an answer, or a
 * write applied whose answer is lost — each for matching requests, a number of times.
 */

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

/** The faults in force, each with how often it has struck. */
export class Faults {
  private readonly list: (Fault & { used: number })[] = []

  get size(): number {
    return this.list.length
  }

  inject(fault: Fault): void {
    this.list.push({ ...fault, used: 0 })
  }

  clear(): void {
    this.list.length = 0
  }

  /** The first fault that matches this request and has strikes left, counted as struck. */
  take(method: string, path: string, body: unknown): Fault | undefined {
    const fault = this.list.find(
      f =>
        f.used < (f.times ?? Infinity) &&
        (!f.method || f.method === method) &&
        (!f.path || f.path.test(path)) &&
        (!f.body || f.body.test(JSON.stringify(body)))
    )
    if (fault) fault.used++
    return fault
  }
}

/** A fault as `POST /_rig/faults` describes it (patterns as strings). */
export function faultFromRequest(f: Record<string, unknown>): Fault {
  return {
    ...(typeof f.method === 'string' ? { method: f.method.toUpperCase() } : {}),
    ...(typeof f.path === 'string' ? { path: new RegExp(f.path) } : {}),
    ...(typeof f.body === 'string' ? { body: new RegExp(f.body) } : {}),
    ...(typeof f.status === 'number' ? { status: f.status } : {}),
    ...(typeof f.retryAfter === 'number' ? { retryAfter: f.retryAfter } : {}),
    ...(typeof f.latencyMs === 'number' ? { latencyMs: f.latencyMs } : {}),
    ...(typeof f.times === 'number' ? { times: f.times } : {}),
    ...(typeof f.message === 'string' ? { message: f.message } : {}),
    ...(f.afterApply === true ? { afterApply: true } : {})
  }
}

/** What GitHub says with the fault's status: a secondary rate limit's words when it has a wait. */
export function faultMessage(fault: Fault): string {
  return (
    fault.message ??
    (fault.retryAfter !== undefined
      ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      : `emulator fault ${fault.status}`)
  )
}
