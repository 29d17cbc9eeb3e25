/**
 * A guardrail rule: `(candidate, context, tally) → undefined (allow) | reason (skip)`. The tick
 * plan runs every candidate of the wave — new work first, then fixes — through the rules in
 * order; the first that answers a reason skips the candidate, and the reason (with the numbers
 * behind it) goes into the report.
 */
import type { DeliveryConfig } from '../../config/types.js'
import type { TaskKind } from '../../loop/markers.js'
import type { Allowance } from '../breaker.js'
import type { UsageTotals } from '../usage.js'

export interface Candidate {
  issue: number
  kind: TaskKind
  /** Attempts used since the issue's last human reset. */
  attempts: number
}

export interface GuardContext {
  config: DeliveryConfig
  breaker: Allowance
  usage: UsageTotals
  /** Attempts in flight that have no usage record yet. */
  unattested: number
  /** Worker pull requests with no usage record at all (fail closed when a cap is set). */
  missingEvidence: { pull: number; issue: number }[]
  /** Open claims and pull requests. */
  busy: number
  /** Dispatches in the rolling window before this tick. */
  recent: number
  /** Dispatches the API quota leaves room for. */
  apiRoom: number
  remaining: number
}

/** What the wave has taken so far in this tick. */
export interface Tally {
  all: number
  new: number
}

export interface Rule {
  name: string
  check(c: Candidate, ctx: GuardContext, tally: Tally): string | undefined
}
