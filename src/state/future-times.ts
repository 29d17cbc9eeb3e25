/**
 * Times the stored state holds that lie in the future — written by a tick whose clock ran ahead,
 * or by a copy of the state from elsewhere — are taken as now. Left as they were, one such tick
 * would hold the dispatch window, the spend window or the breaker's cooldown for as long as its
 * clock was ahead (years, with a clock set wrong); as now, they age out like any other.
 */
import type { GuardrailsState } from './guardrails.js'
import type { TickState } from './tick.js'
// How far ahead a time may be and still be believed: runners' clocks differ a little.
import { timeOf, CLOCK_SKEW_MS } from '../clock.js'

export function notAfter(iso: string, now: Date): string {
  const at = timeOf(iso)
  return Number.isNaN(at) || at > now.getTime() + CLOCK_SKEW_MS ? now.toISOString() : iso
}

/** Whether `iso` is taken as now (a time ahead, or none). */
const ahead = (iso: string, now: Date) => notAfter(iso, now) !== iso

export function tickWithoutFuture(state: TickState, now: Date): TickState {
  // Mostly nothing is ahead: the state as it is, not a copy (a tick reads it on every run).
  if (!Object.values(state.attempts).some(list => list.some(a => ahead(a.at, now)))) return state
  const attempts = Object.fromEntries(
    Object.entries(state.attempts).map(([issue, list]) => [
      issue,
      list.map(a => ({ ...a, at: notAfter(a.at, now) }))
    ])
  )
  return { ...state, attempts }
}

export function guardrailsWithoutFuture(g: GuardrailsState, now: Date): GuardrailsState {
  const b0 = g.breaker
  if (
    !Object.values(g.usage).some(r => ahead(r.at, now)) &&
    !(b0 && (ahead(b0.updated_at, now) || (b0.opened_at && ahead(b0.opened_at, now))))
  )
    return g
  const usage = Object.fromEntries(
    Object.entries(g.usage).map(([id, r]) => [id, { ...r, at: notAfter(r.at, now) }])
  )
  const b = g.breaker
  return {
    ...g,
    usage,
    ...(b
      ? {
          breaker: {
            ...b,
            updated_at: notAfter(b.updated_at, now),
            ...(b.opened_at ? { opened_at: notAfter(b.opened_at, now) } : {})
          }
        }
      : {})
  }
}
