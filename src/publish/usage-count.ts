/**
 * Reading the numbers of an agent's own report of a run. A count that is missing where the
 * report always has it, renamed, negative, fractional nonsense or a string cannot be read: the
 * run then has no usage record (a cost or token cap holds dispatch for want of evidence), never a
 * record of zero.
 */

/** A count the report must have: undefined when it is not a finite number ≥ 0. */
export function readableCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
}

/**
 * A count the report may leave out: undefined when absent, null when present but unreadable
 * (so a corrupt optional field still means "no record").
 */
export function optionalCount(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined
  return readableCount(value) ?? null
}

/** The longest run a report's duration may claim: longer is not a run's duration, it is noise. */
export const MAX_RUN_MS = 7 * 24 * 3600 * 1000
