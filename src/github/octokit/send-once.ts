/**
 * Creating writes are sent once. plugin-retry re-sends a request that failed with a 5xx or a
 * dropped connection — right for reads and for writes that land on the same result twice (a
 * label, an assignee, a git blob), wrong for a write that creates something new each time it is
 * applied: a second `@claude implement` comment is a second paid agent run, a second discovered
 * issue is dispatched too. Such a write goes out with plugin-retry off; when it fails
 * ambiguously, the adapter reads back whether GitHub applied it (by the hidden write key the
 * text carries, or by what can exist only once) and sends it again only when it did not.
 */
import { randomUUID } from 'node:crypto'
import { UnconfirmedWriteError } from '../../errors.js'
import { statusOf, toApiError } from './api.js'

/** Request options that turn plugin-retry off for one request. */
export const SEND_ONCE = { request: { retries: 0 } } as const

/** A fresh idempotency key for one creating write. */
export function newWriteKey(): string {
  return randomUUID()
}

/**
 * GitHub may have applied the request: no answer (connection reset, timeout) or a server error
 * after it was sent. A 4xx is a refusal: nothing was created.
 */
export function isAmbiguous(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500
}

/**
 * Send a creating write at most twice: once, and again only after `readBack` found that the
 * first did not take effect. `readBack` returns what GitHub holds for this write, or undefined.
 * Without a way to read back, an ambiguous failure is an UnconfirmedWriteError (never re-sent).
 */
export async function createOnce<T>(
  what: string,
  send: () => Promise<T>,
  readBack?: () => Promise<T | undefined>
): Promise<T> {
  for (let sent = 1; ; sent++) {
    try {
      return await send()
    } catch (error) {
      if (!isAmbiguous(error)) throw toApiError(error, what)
      const reason = toApiError(error, what).message
      if (!readBack)
        throw new UnconfirmedWriteError(
          `${reason} — GitHub may have applied it and it cannot be read back, so it was not sent again`,
          statusOf(error)
        )
      let found: T | undefined
      try {
        found = await readBack()
      } catch (readError) {
        throw new UnconfirmedWriteError(
          `${reason} — and reading back whether GitHub applied it failed too (${(readError as Error).message}), so it was not sent again`,
          statusOf(error)
        )
      }
      if (found !== undefined) return found
      if (sent >= 2)
        throw new UnconfirmedWriteError(
          `${reason} — sent twice, and reading back found neither applied`,
          statusOf(error)
        )
    }
  }
}
