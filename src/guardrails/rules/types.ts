/**
 * A guardrail rule: `(candidate, context, tally) → undefined (allow) | reason (skip)`. The tick
 * plan runs every candidate of the wave — new work first, then fixes — through the rules in
 * order; the first that answers a reason skips the candidate, and the reason (with the numbers
 * behind it) goes into the report.
 */
import type { DeliveryConfig } from '../../config/types.js'
import type { TaskKind } from '../../loop/markers.js'
import type { ApiRoom } from '../api-room.js'
import type { Allowance } from '../breaker.js'
import type { ReviewPace } from '../review-pace.js'
import type { UsageTotals } from '../usage.js'

export interface Candidate {
  issue: number
  kind: TaskKind
  /** Attempts used since the issue's last human reset. */
  attempts: number
  /** The paths its slice declares with `(files: …)`, when it does. */
  files?: readonly string[]
}

/** Work in flight and what it touches: declared paths, and the paths its pull request changed. */
export interface Touching {
  issue: number
  pull?: number
  declared?: readonly string[]
  changed?: { paths: readonly string[]; complete: boolean }
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
  /** Dispatches GitHub's two API budgets leave room for, and which binds. */
  api: ApiRoom
  /** In-flight work (claims, loop and humans' pull requests) and the files it touches. */
  touching: Touching[]
  /** The review queue and the pace people merge at (`guardrails.review`). */
  review: ReviewPace
}

/** What the wave has taken so far in this tick. */
export interface Tally {
  all: number
  new: number
  /** The declared paths of the new work admitted so far. */
  files: { issue: number; files: readonly string[] }[]
}

export interface Rule {
  name: string
  check(c: Candidate, ctx: GuardContext, tally: Tally): string | undefined
}
