/**
 * The global circuit breaker (docs/specs/0000-product.md §7), pure: closed → open after `trip_after_failed_ticks`
 * consecutive failed ticks → half-open after the cooldown (exactly one probe dispatch) → closed
 * when the probe succeeds, or open again with the cooldown doubled (at most 24 h).
 */
import { timeOf } from '../clock.js'
import type { DeliveryConfig } from '../config/types.js'
import type { BreakerPosition, BreakerState } from '../state/guardrails.js'

export const MAX_COOLDOWN_MINUTES = 24 * 60

export interface BreakerTransition {
  from: BreakerPosition
  to: BreakerPosition
  at: string
  reason: string
}

/** How much a tick may dispatch under the breaker. */
export type Allowance = { kind: 'all' } | { kind: 'probe' } | { kind: 'none'; reason: string }

/** What a tick came to, for the breaker. `idle`: it tried no dispatch. */
export type TickOutcomeKind = 'succeeded' | 'failed' | 'idle'

type Settings = DeliveryConfig['guardrails']['circuit_breaker']

export function closedBreaker(settings: Settings, now: Date): BreakerState {
  return {
    state: 'closed',
    failed_ticks: 0,
    cooldown_minutes: settings.cooldown_minutes,
    updated_at: now.toISOString()
  }
}

const hhmm = (iso: string) => `${iso.slice(11, 16)} UTC`

export function reopensAt(b: BreakerState): string | undefined {
  if (!b.opened_at) return undefined
  return new Date(timeOf(b.opened_at) + b.cooldown_minutes * 60_000).toISOString()
}

/** The breaker as this tick starts: an open breaker whose cooldown is over turns half-open. */
export function breakerAtStart(
  previous: BreakerState | undefined,
  settings: Settings,
  now: Date
): { breaker: BreakerState; transitions: BreakerTransition[]; allowance: Allowance } {
  const breaker = previous ?? closedBreaker(settings, now)
  if (breaker.state === 'closed') return { breaker, transitions: [], allowance: { kind: 'all' } }
  if (breaker.state === 'half-open')
    return { breaker, transitions: [], allowance: { kind: 'probe' } }
  const until = reopensAt(breaker) ?? now.toISOString()
  if (now.getTime() < timeOf(until)) {
    const reason = `breaker open until ${hhmm(until)} (cooldown ${breaker.cooldown_minutes} min)`
    return { breaker, transitions: [], allowance: { kind: 'none', reason } }
  }
  const at = now.toISOString()
  return {
    breaker: { ...breaker, state: 'half-open', updated_at: at },
    transitions: [
      {
        from: 'open',
        to: 'half-open',
        at,
        reason: `cooldown of ${breaker.cooldown_minutes} min over: one probe dispatch`
      }
    ],
    allowance: { kind: 'probe' }
  }
}

/** The breaker after the tick, from what its dispatches came to. */
export function breakerAfterTick(
  breaker: BreakerState,
  outcome: TickOutcomeKind,
  settings: Settings,
  now: Date
): { breaker: BreakerState; transitions: BreakerTransition[] } {
  const at = now.toISOString()
  if (outcome === 'idle') return { breaker, transitions: [] }
  if (outcome === 'succeeded') {
    const next = closedBreaker(settings, now)
    return breaker.state === 'closed' && breaker.failed_ticks === 0
      ? { breaker, transitions: [] }
      : {
          breaker: next,
          transitions:
            breaker.state === 'closed'
              ? []
              : [{ from: breaker.state, to: 'closed', at, reason: 'a dispatch succeeded' }]
        }
  }
  if (breaker.state === 'half-open') {
    const cooldown = Math.min(breaker.cooldown_minutes * 2, MAX_COOLDOWN_MINUTES)
    return {
      breaker: {
        ...breaker,
        state: 'open',
        opened_at: at,
        cooldown_minutes: cooldown,
        failed_ticks: breaker.failed_ticks + 1,
        updated_at: at
      },
      transitions: [
        {
          from: 'half-open',
          to: 'open',
          at,
          reason: `the probe failed: cooldown doubled to ${cooldown} min`
        }
      ]
    }
  }
  const failed = breaker.failed_ticks + 1
  if (breaker.state === 'closed' && failed >= settings.trip_after_failed_ticks) {
    return {
      breaker: {
        state: 'open',
        failed_ticks: failed,
        opened_at: at,
        cooldown_minutes: settings.cooldown_minutes,
        updated_at: at
      },
      transitions: [
        {
          from: 'closed',
          to: 'open',
          at,
          reason: `${failed} consecutive failed ticks (trip_after_failed_ticks ${settings.trip_after_failed_ticks})`
        }
      ]
    }
  }
  return { breaker: { ...breaker, failed_ticks: failed, updated_at: at }, transitions: [] }
}
