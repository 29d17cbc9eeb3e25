/**
 * Typed errors. The split matters to users: a configuration or input error is theirs to fix
 * (and names the file, line or input), an API error is GitHub refusing or failing after retries,
 * an internal error is ours. `main` maps each kind to a clear failure message.
 */

/** One problem in a user-supplied file, with where it is. */
export interface Diagnostic {
  message: string
  file?: string
  line?: number
  column?: number
  /** Dotted key path for configuration problems, e.g. `guardrails.budget.max_in_flight`. */
  path?: string
  /** A warning shown beside errors (it may explain them); errors have none. */
  severity?: 'warning'
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file
    ? `${d.file}${d.line ? `:${d.line}` : ''}${d.column ? `:${d.column}` : ''}: `
    : ''
  const key = d.path ? `${d.path}: ` : ''
  return `${where}${key}${d.message}${d.severity === 'warning' ? ' (warning)' : ''}`
}

/** The user's configuration or roadmap is wrong; carries every problem found, not just the first. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = []
  ) {
    super(
      diagnostics.length ? `${message}\n${diagnostics.map(formatDiagnostic).join('\n')}` : message
    )
  }
}

/** An action input or CLI argument is wrong. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input "${input}": ${message}`)
  }
}

/** GitHub failed or refused, after the client's own retries. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    message: string,
    readonly status?: number,
    readonly route?: string
  ) {
    super(message)
  }
}

/**
 * A creating write (an issue, a comment, a check run, a review, a workflow dispatch, a pull
 * request) failed ambiguously — the connection dropped, it timed out, or GitHub answered 5xx after
 * the request was sent — and reading back could not tell whether GitHub applied it. It is never
 * sent again blindly: the caller treats it as possibly done (a dispatch counts as an attempt).
 */
export class UnconfirmedWriteError extends ApiError {
  override readonly name = 'ApiError'
}

/**
 * GitHub's rate limit answered and the wait is beyond the caps: the run stops early, says when
 * to expect the rest (`resetAt`), and the next run continues.
 */
export class RateLimitedError extends ApiError {
  override readonly name = 'ApiError'
  constructor(
    message: string,
    status: number,
    route: string | undefined,
    readonly resetAt?: string
  ) {
    super(message, status, route)
  }
}

/** A mode that a later piece of work will build; never faked. */
export class NotAvailableError extends Error {
  override readonly name = 'NotAvailableError'
  constructor(readonly mode: string) {
    super(`mode "${mode}" is not available yet in this version of Delivery Loop`)
  }
}

/** A bug in Delivery Loop itself: an error no input, configuration or API answer explains. */
export class InternalError extends Error {
  override readonly name = 'InternalError'
}

const REPORT_BUGS = 'https://github.com/delivery-loop/delivery-loop/issues/new'

/**
 * Errors that only a bug makes: a broken invariant (InternalError), a write in a dry run, or
 * JavaScript's own TypeError / ReferenceError / RangeError. Input, configuration, API and system
 * errors (with a `code` such as ENOENT) are the user's to fix and say how.
 */
export function isBug(error: unknown): boolean {
  return (
    error instanceof InternalError ||
    (error instanceof Error && error.name === 'DryRunWriteError') ||
    error instanceof TypeError ||
    error instanceof ReferenceError ||
    error instanceof RangeError
  )
}

/** What a failed step says: the error, and for a bug that it is one and where to report it. */
export function failureMessage(error: unknown): string {
  const message = errorMessage(error)
  return isBug(error)
    ? `${message} — this is a bug in Delivery Loop, not in your set-up: please report it at ${REPORT_BUGS} with this log (the step's report output holds the run's details)`
    : message
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
