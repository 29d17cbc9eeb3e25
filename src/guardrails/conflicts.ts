/**
 * Conflict tasks, pure: when a sibling's merge makes a loop pull request conflict with its base,
 * the loop sends it back to its worker to bring it up to date. That is not the worker's failure,
 * so the no-progress breaker does not count such an attempt (progress.ts); it is bounded instead,
 * by `max_conflict_attempts` per pull request, and then the issue waits for a human.
 */
import { timeOf } from '../clock.js'
import type { DeliveryConfig } from '../config/types.js'
import type { PullFacts } from '../loop/pulls.js'
import type { AttemptRecord } from '../state/tick.js'

export type ConflictDecision =
  | { action: 'send' }
  /** A conflict attempt on this head is still within its lease. */
  | { action: 'wait'; reason: string }
  /** The cap is used and the pull request still conflicts: needs-human. */
  | { action: 'freeze'; reason: string }

/**
 * The conflict attempts made on a pull request's branch, oldest first — since `since`, when a
 * person last removed needs-human: their reset gives the pull request its attempts afresh.
 */
export function conflictAttempts(
  pull: Pick<PullFacts, 'headRef'>,
  attempts: readonly AttemptRecord[],
  since?: string
): AttemptRecord[] {
  const from = since ? timeOf(since) : -Infinity
  return attempts.filter(
    a => a.kind === 'conflict' && a.branch === pull.headRef && timeOf(a.at) > from
  )
}

export function conflictDecision(
  pull: Pick<PullFacts, 'number' | 'headRef' | 'headSha'>,
  attempts: readonly AttemptRecord[],
  config: DeliveryConfig,
  now: Date,
  since?: string
): ConflictDecision {
  const sent = conflictAttempts(pull, attempts, since)
  const last = sent.at(-1)
  const lease = config.dispatch.lease_minutes
  // The worker of the last one has not pushed yet: its lease is the time it has.
  if (last?.head_sha === pull.headSha && now.getTime() - timeOf(last.at) < lease * 60_000)
    return {
      action: 'wait',
      reason: `conflict attempt ${last.attempt} on #${pull.number} is under way`
    }
  const cap = config.guardrails.circuit_breaker.max_conflict_attempts
  if (sent.length >= cap)
    return {
      action: 'freeze',
      reason: `#${pull.number} still conflicts with its base after ${sent.length} conflict attempt(s) (max_conflict_attempts ${cap}): a human resolves it`
    }
  return { action: 'send' }
}
