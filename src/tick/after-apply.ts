/**
 * What a tick decides once its writes are done (pure): the breaker moved by how the dispatches
 * went, a guard opened for each issue that got an attempt (it is judged from what it looked like
 * then), the attempts recorded and pruned to the window, and the tick's status. The mode applies
 * nothing here; it saves `next` and reports `outcome` with `plan`.
 */
import { reopensAt, type BreakerTransition } from '../guardrails/breaker.js'
import type { BreakerState, GuardrailsState } from '../state/guardrails.js'
import type { TickApplyResult } from './apply.js'
import { unspentApprovals } from './approval.js'
import { tickStatus, type TickPlan } from './plan.js'
import type { TickOutcome } from './report.js'
import { pruneAttempts, withAttempts, type TickState } from '../state/tick.js'

export interface AfterApplyInput {
  plan: TickPlan
  applied: TickApplyResult
  /** The attempts the state knew, with those GitHub's claims showed. */
  known: TickState
  /** The breaker after this tick, and the transitions that moved it. */
  moved: { breaker: BreakerState; transitions: BreakerTransition[] }
  defaultBranch: string
  windowHours: number
  now: Date
}

export function afterApply(input: AfterApplyInput): {
  plan: TickPlan
  next: { tick: TickState; guardrails: GuardrailsState }
  outcome: TickOutcome
} {
  const { plan, applied, known, moved, now } = input
  const b = moved.breaker
  const reopens = b.state === 'open' ? reopensAt(b) : undefined
  const reported: TickPlan = {
    ...plan,
    guardrails: {
      ...plan.guardrails,
      breaker: {
        state: b.state,
        failed_ticks: b.failed_ticks,
        cooldown_minutes: b.cooldown_minutes,
        ...(reopens ? { reopens_at: reopens } : {}),
        transitions: [...plan.guardrails.breaker.transitions, ...moved.transitions]
      }
    }
  }
  const guards = { ...plan.nextGuardrails.issues }
  // Judge from here: what the issue looked like when this attempt went out.
  for (const t of applied.dispatched)
    guards[String(t.issue)] ??= {
      streak: 0,
      judged: 0,
      attempts_base: 0,
      last: {},
      updated_at: now.toISOString()
    }
  const went = new Set([...applied.dispatched, ...applied.unconfirmed].map(t => t.issue))
  const approved = unspentApprovals(known.approved, plan.approvalsUsed, went)
  const { approved: _spent, ...rest } = known
  const next = {
    tick: pruneAttempts(
      withAttempts({ ...rest, ...(approved ? { approved } : {}) }, applied.attempts),
      new Set(plan.issues.map(i => i.issue)),
      now.getTime() - input.windowHours * 3600_000
    ),
    guardrails: { ...plan.nextGuardrails, issues: guards, breaker: b }
  }
  const outcome: TickOutcome = {
    defaultBranch: input.defaultBranch,
    status: tickStatus(
      plan.nextTick.paused === true,
      b.state === 'open',
      applied.dispatched.length,
      plan.issues,
      plan.proposals.length
    ),
    dryRun: false,
    sent: applied.dispatched,
    skipped: [...plan.skipped, ...applied.skipped, ...applied.failed, ...applied.unconfirmed],
    applied
  }
  return { plan: reported, next, outcome }
}
