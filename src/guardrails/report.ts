/**
 * The guardrails as a tick reports them: the breaker, the budgets with the numbers behind them,
 * every rule's decision, progress events and freezes, and the usage charged. The tick's plan
 * carries it; the report, the job summary and the dashboard render it.
 */
import type { InvalidRecord } from './attestation.js'
import type { BreakerTransition } from './breaker.js'
import type { Decision } from './rules/index.js'
import type { ReviewReport } from './review-pace.js'
import type { BreakerPosition } from '../state/guardrails.js'
import type { UsageTotals } from './usage.js'

/** The usage ledger's totals, the records charged in this tick and those refused. */
export type ChargedUsage = UsageTotals & { charged: string[]; invalid: InvalidRecord[] }

export interface GuardrailsReport {
  breaker: {
    state: BreakerPosition
    failed_ticks: number
    cooldown_minutes: number
    reopens_at?: string
    transitions: BreakerTransition[]
  }
  budgets: Record<string, string>
  /** The numbers behind the budget lines. */
  counts: {
    in_flight: number
    max_in_flight: number
    recent: number
    max_recent: number
    window_hours: number
  }
  /** The review queue and pace, when `guardrails.review` paces dispatch. */
  review?: ReviewReport
  decisions: Decision[]
  events: { issue: number; event: string }[]
  frozen: { issue: number; reason: string }[]
  unfrozen: number[]
  usage: ChargedUsage
}
