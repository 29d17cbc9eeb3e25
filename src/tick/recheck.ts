/**
 * When a tick's answer can next change by the clock alone (pure). Between two ticks that read
 * the same issues, pull requests, runs and state, only time differs; every rule that reads the
 * time compares it with an instant the facts or the state hold, plus a configured span. The
 * earliest such instant still to come is when the answer may change. The forecast skips a tick
 * whose inputs did not change before then (it is re-planned, identically, for nothing).
 *
 * Every rule that reads `now` has its instants here — a rule added without them would be
 * skipped over; the forecast's skip test replays runs with every skip checked against the tick
 * it replaced (`verifySkips`), over configurations that exercise each rule.
 */
import { timeOf } from '../clock.js'
import type { DeliveryConfig } from '../config/types.js'
import type { ApiBudgets } from '../github/port.js'
import { apiRoom } from '../guardrails/api-room.js'
import { reopensAt } from '../guardrails/breaker.js'
import { hasLabel, LABEL_CLAIM } from '../loop/labels.js'
import type { TickRun } from './mode.js'

const MINUTE = 60_000

/**
 * The earliest instant after the tick's `now` at which a rule reading the time may decide
 * otherwise; undefined when the answer depends on the time throughout (review pacing by
 * waiting hours), or when it is unsafe to say (records the ledger refused as from the future).
 */
export function recheckAt(
  run: Pick<TickRun, 'facts' | 'plan' | 'state'>,
  config: DeliveryConfig
): number | undefined {
  const { facts, plan } = run
  const now = facts.now.getTime()
  // The pace rule compares hours waited with max_wait_hours continuously.
  if (config.guardrails.review.max_wait_hours !== undefined) return undefined
  if (plan.guardrails.usage.invalid.some(r => r.reason.includes('in the future'))) return undefined
  const lease = config.dispatch.lease_minutes * MINUTE
  const window = config.guardrails.budget.window_hours * 60 * MINUTE
  const reviewLease = config.verification.review_lease_minutes * MINUTE
  const noChecks = config.ci.no_checks_after_minutes * MINUTE
  const instants: number[] = []
  const add = (iso: string | undefined, ...spans: number[]) => {
    const at = iso ? timeOf(iso) : NaN
    if (!Number.isNaN(at)) for (const span of spans) instants.push(at + span)
  }
  // Claims and attempts: their lease (stalled, over, a conflict or fix still at work) and the
  // rolling dispatch window they count in.
  for (const claims of facts.claims.values())
    for (const c of claims) add(c.createdAt, lease, window)
  const tick = run.state.tick as { attempts?: Record<string, { at: string }[]> } | undefined
  for (const list of Object.values(tick?.attempts ?? {}))
    for (const a of list) add(a.at, lease, window)
  // An issue claimed with no claim in sight is aged from its last update.
  for (const i of facts.scan.issues) if (hasLabel(i.labels, LABEL_CLAIM)) add(i.updatedAt, lease)
  // Charged usage leaves the rolling window.
  const guardrails = run.state.guardrails as
    | { usage?: Record<string, { at: string }>; breaker?: Parameters<typeof reopensAt>[0] }
    | undefined
  for (const r of Object.values(guardrails?.usage ?? {})) add(r.at, window)
  // The breaker's cooldown.
  if (guardrails?.breaker) add(reopensAt(guardrails.breaker), 0)
  // A review sent is not sent again within its lease.
  const reviews = (tick as { reviews?: Record<string, { sent: { at: string }[] }> } | undefined)
    ?.reviews
  for (const r of Object.values(reviews ?? {})) for (const s of r.sent) add(s.at, reviewLease)
  // A head with no checks, or without a required one, is overdue after no_checks_after_minutes.
  for (const p of facts.scan.pulls)
    if (!p.checks.length || config.ci.checks.some(name => !p.checks.some(c => c.name === name))) {
      add(p.createdAt, noChecks)
      add(p.headCommittedAt, noChecks)
    }
  let next = Infinity
  for (const at of instants) if (at > now && at < next) next = at
  return next
}

/**
 * Whether GitHub's budgets leave the API rule nothing to hold this tick: then how much is left
 * does not change the answer (it changes with every request, so it is checked at each tick).
 */
export function apiRoomIsAmple(budgets: ApiBudgets, config: DeliveryConfig): boolean {
  return (
    apiRoom(budgets, config.api.reserve).dispatches >
    config.guardrails.budget.max_dispatches_per_tick
  )
}
