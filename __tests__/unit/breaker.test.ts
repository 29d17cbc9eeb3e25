import { describe, expect, it } from '@jest/globals'
import {
  breakerAfterTick,
  breakerAtStart,
  closedBreaker,
  MAX_COOLDOWN_MINUTES
} from '../../src/guardrails/breaker.js'
import type { BreakerState } from '../../src/state/guardrails.js'
import { mergeStates } from '../../src/state/merge.js'

const settings = {
  max_no_progress_attempts: 2,
  max_conflict_attempts: 2,
  trip_after_failed_ticks: 3,
  cooldown_minutes: 60
}
const t = (minutes: number) => new Date(Date.parse('2026-11-24T12:00:00Z') + minutes * 60_000)

describe('the global breaker', () => {
  it('opens after three failed ticks in a row, not before; an idle tick changes nothing', () => {
    let b: BreakerState = closedBreaker(settings, t(0))
    for (const [i, kind] of (['failed', 'idle', 'failed'] as const).entries()) {
      b = breakerAfterTick(b, kind, settings, t(i)).breaker
      expect(b.state).toBe('closed')
    }
    const tripped = breakerAfterTick(b, 'failed', settings, t(3))
    expect(tripped.breaker).toMatchObject({
      state: 'open',
      failed_ticks: 3,
      opened_at: t(3).toISOString()
    })
    expect(tripped.transitions).toEqual([
      expect.objectContaining({
        from: 'closed',
        to: 'open',
        reason: expect.stringContaining('3 consecutive failed ticks')
      })
    ])
  })

  it('a success in between starts the count again', () => {
    let b = closedBreaker(settings, t(0))
    b = breakerAfterTick(b, 'failed', settings, t(1)).breaker
    b = breakerAfterTick(b, 'failed', settings, t(2)).breaker
    b = breakerAfterTick(b, 'succeeded', settings, t(3)).breaker
    b = breakerAfterTick(b, 'failed', settings, t(4)).breaker
    expect(b).toMatchObject({ state: 'closed', failed_ticks: 1 })
  })

  it('stays open through the cooldown, then allows exactly one probe', () => {
    const open: BreakerState = {
      state: 'open',
      failed_ticks: 3,
      opened_at: t(0).toISOString(),
      cooldown_minutes: 60,
      updated_at: t(0).toISOString()
    }
    expect(breakerAtStart(open, settings, t(59)).allowance).toEqual({
      kind: 'none',
      reason: 'breaker open until 13:00 UTC (cooldown 60 min)'
    })
    const half = breakerAtStart(open, settings, t(60))
    expect(half.allowance).toEqual({ kind: 'probe' })
    expect(half.breaker.state).toBe('half-open')
    expect(half.transitions[0]).toMatchObject({ from: 'open', to: 'half-open' })
  })

  it('a failed probe re-opens with the cooldown doubled, at most 24 h; a good one closes', () => {
    let b: BreakerState = {
      state: 'half-open',
      failed_ticks: 3,
      cooldown_minutes: 60,
      updated_at: t(0).toISOString()
    }
    b = breakerAfterTick(b, 'failed', settings, t(61)).breaker
    expect(b).toMatchObject({ state: 'open', cooldown_minutes: 120 })
    const big: BreakerState = { ...b, state: 'half-open', cooldown_minutes: 1000 }
    expect(breakerAfterTick(big, 'failed', settings, t(2000)).breaker.cooldown_minutes).toBe(
      MAX_COOLDOWN_MINUTES
    )
    const closed = breakerAfterTick({ ...b, state: 'half-open' }, 'succeeded', settings, t(300))
    expect(closed.breaker).toMatchObject({ state: 'closed', failed_ticks: 0, cooldown_minutes: 60 })
    expect(closed.transitions[0]).toMatchObject({ from: 'half-open', to: 'closed' })
  })
})

describe('merging two copies of the state', () => {
  const base = { version: 1 as const, updated_at: t(0).toISOString() }
  const attempt = (run: string, n: number) => ({
    at: t(n).toISOString(),
    attempt: n,
    branch: 'b',
    adapter: 'matrix',
    run,
    kind: 'new' as const
  })
  it('unites attempts and usage, keeps the newer guard and breaker, and the higher seq', () => {
    const a = {
      ...base,
      seq: 4,
      tick: { attempts: { '1': [attempt('A', 1)] } },
      guardrails: {
        issues: { '1': { streak: 2, judged: 2, attempts_base: 0, updated_at: t(5).toISOString() } },
        usage: {
          x: {
            at: t(1).toISOString(),
            issue: 1,
            role: 'worker',
            provider: 'p',
            model: 'm',
            tokens: 1,
            cost_usd: 1
          }
        }
      }
    }
    const b = {
      ...base,
      seq: 7,
      tick: { attempts: { '1': [attempt('A', 1)], '2': [attempt('B', 1)] } },
      guardrails: {
        issues: { '1': { streak: 0, judged: 0, attempts_base: 0, updated_at: t(1).toISOString() } },
        usage: {
          y: {
            at: t(2).toISOString(),
            issue: 2,
            role: 'worker',
            provider: 'p',
            model: 'm',
            tokens: 2,
            cost_usd: 2
          }
        }
      }
    }
    const m = mergeStates(a, b)
    expect(m.seq).toBe(7)
    expect(m.tick!.attempts).toEqual({ '1': [attempt('A', 1)], '2': [attempt('B', 1)] })
    expect(m.guardrails!.issues['1'].streak).toBe(2)
    expect(Object.keys(m.guardrails!.usage).sort()).toEqual(['x', 'y'])
  })
})

describe('the mirror of a big state', () => {
  it('compacts to fit the dashboard, keeping what the next tick needs', async () => {
    const { bigState } = await import('../../bench/start-and-state.js')
    const { compactForMirror, encodeState, MIRROR_LIMIT } =
      await import('../../src/state/mirror.js')
    const state = bigState(5000)
    expect(encodeState(state).length).toBeGreaterThan(MIRROR_LIMIT)
    const { state: small, compacted } = compactForMirror(state)
    expect(encodeState(small).length).toBeLessThanOrEqual(MIRROR_LIMIT)
    expect(compacted).toBeDefined()
    // Every guard with a streak survives; guards that say nothing are left out.
    const streaky = Object.entries(state.guardrails!.issues).filter(([, g]) => g.streak > 0)
    expect(Object.keys(small.guardrails!.issues).sort()).toEqual(streaky.map(([n]) => n).sort())
  })

  it('leaves out review sends older than a day, never a frozen head', async () => {
    const { compactForMirror, encodeState, MIRROR_LIMIT } =
      await import('../../src/state/mirror.js')
    const { emptyState } = await import('../../src/state/document.js')
    const now = Date.parse('2026-12-07T12:00:00Z')
    const { createHash } = await import('node:crypto')
    const hex = (n: number) => createHash('sha1').update(String(n)).digest('hex')
    const reviews = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [
        String(i + 1),
        {
          head: hex(i * 7919),
          sent: [
            {
              at: new Date(now - (i < 100 ? 3600_000 : 3 * 86400_000)).toISOString(),
              run: String(9e9 + i)
            }
          ],
          ...(i === 2999 ? { frozen: true } : {})
        }
      ])
    )
    const state = {
      ...emptyState(),
      updated_at: new Date(now).toISOString(),
      tick: { attempts: {}, reviews }
    }
    expect(encodeState(state).length).toBeGreaterThan(MIRROR_LIMIT)
    const { state: small, compacted } = compactForMirror(state)
    expect(encodeState(small).length).toBeLessThanOrEqual(MIRROR_LIMIT)
    expect(compacted).toMatch(/review sends older than a day/)
    const kept = Object.keys(small.tick!.reviews!).map(Number)
    expect(kept).toHaveLength(101)
    expect(kept).toContain(3000)
    expect(kept.filter(n => n <= 100)).toHaveLength(100)
  })
})
