/**
 * Which attempt a usage record belongs to, and when it is charged (pure). A record's own dates
 * are the worker's word: a record dated 2020 would fall outside every window and never reach the
 * cost cap, one dated next year would stay in the window for a year. So a record is bound to an
 * attempt the loop dispatched on the issue it was found on, and charged at its end time clamped
 * to [that attempt's dispatch, the moment the loop first saw it]. A record that cannot belong to
 * any such attempt is refused — and, with a cap set, an attempt whose only records were refused
 * has no evidence, so dispatch stops (fail closed).
 */
import { isoAt, timeOf, CLOCK_SKEW_MS } from '../clock.js'
import type { Attestation } from './attestation.js'

/** When the loop dispatched one attempt on an issue. */
export interface AttemptDispatch {
  attempt: number
  at: string
}

export type Binding = { at: string; attempt?: number } | { refused: string }

/** The attempt a record belongs to: the one it names, else the newest dispatched before it ended. */
function attemptOf(
  record: Attestation,
  dispatches: readonly AttemptDispatch[],
  ended: number
): AttemptDispatch | string {
  if (record.attempt !== undefined) {
    const named = dispatches.find(d => d.attempt === record.attempt)
    return named ?? `names attempt ${record.attempt}, which the loop never dispatched on this issue`
  }
  const before = dispatches.filter(d => timeOf(d.at) <= ended + CLOCK_SKEW_MS)
  return before.length
    ? before.reduce((a, b) => (timeOf(b.at) > timeOf(a.at) ? b : a))
    : `ended ${record.ended_at}, before attempt ${Math.min(...dispatches.map(d => d.attempt))} was dispatched`
}

/**
 * Bind `record`, found on `issue` at `now`, to one of the issue's dispatched attempts.
 * Without any known attempt (an issue the loop never dispatched, or whose claims are gone) it is
 * charged now, when the loop first sees it (the ledger keeps that first charge).
 */
export function bindRecord(
  record: Attestation,
  issue: number,
  dispatches: readonly AttemptDispatch[],
  now: Date,
  /** When the loop could first have seen the record (a closed pull request's close), or now. */
  firstSeen: Date = now
): Binding {
  const ended = timeOf(record.ended_at)
  if (record.issue !== undefined && record.issue !== issue)
    return { refused: `names issue #${record.issue}, but was found on #${issue}` }
  if (ended > now.getTime() + CLOCK_SKEW_MS)
    return { refused: `ended_at ${record.ended_at} is in the future` }
  const seen = Math.min(ended, now.getTime())
  // No attempt to bind to (the state and the claims are gone): charged when the loop first sees
  // it, never at a date of the worker's choosing — one back-dated to 2020 would never be charged.
  if (!dispatches.length) return { at: isoAt(firstSeen.getTime()) }
  const attempt = attemptOf(record, dispatches, ended)
  if (typeof attempt === 'string') return { refused: attempt }
  const dispatched = timeOf(attempt.at)
  if (ended + CLOCK_SKEW_MS < dispatched)
    return {
      refused: `ended ${record.ended_at}, before attempt ${attempt.attempt} was dispatched (${attempt.at})`
    }
  return { at: isoAt(Math.max(seen, dispatched)), attempt: attempt.attempt }
}
