/**
 * The ETA's pure parts: the roadmap less what is delivered, the key that decides a new forecast,
 * the state a forecast leaves (its history bounded), and why p90 is past a deadline.
 */
import { describe, expect, it } from '@jest/globals'
import { etaKey, nextEta, whyLate } from '../../src/forecast/eta.js'
import type { Forecast } from '../../src/forecast/forecast.js'
import { roadmapToDeliver } from '../../src/forecast/remaining.js'
import { ETA_HISTORY, type EtaState } from '../../src/state/eta.js'

const ROADMAP = `# Plan

## A
- code: One
- code: Two (needs: code-1)
- code: Three (needs: code-2)
`

describe('the roadmap to deliver', () => {
  it('drops delivered slices and the needs on them', () => {
    const all = roadmapToDeliver(ROADMAP, 'ROADMAP.md')
    const [one, two, three] = all.order
    const rest = roadmapToDeliver(ROADMAP, 'ROADMAP.md', [one])
    expect(rest.order).toEqual([two, three])
    expect(rest.roadmap.blockers.get(two)).toEqual([])
    expect(rest.roadmap.blockers.get(three)).toEqual([{ type: 'slice', id: two }])
    expect(rest.roadmap.slices.map(s => s.id)).toEqual([two, three])
  })
})

describe('the key', () => {
  const parts = {
    roadmap: ROADMAP,
    models: '',
    config: { forecast: { runs: 20 } },
    open: ['a', 'b']
  }
  it('changes with the open slices, the models and the configuration, not their order', () => {
    expect(etaKey({ ...parts, open: ['b', 'a'] })).toBe(etaKey(parts))
    expect(etaKey({ ...parts, open: ['a'] })).not.toBe(etaKey(parts))
    expect(etaKey({ ...parts, models: 'worker: {}' })).not.toBe(etaKey(parts))
    expect(etaKey({ ...parts, config: { forecast: { runs: 5 } } })).not.toBe(etaKey(parts))
  })
  it('does not change with the deadline: it changes what is said, not the forecast', () => {
    expect(etaKey({ ...parts, config: { forecast: { runs: 20, deadline: '2027-01-01' } } })).toBe(
      etaKey(parts)
    )
  })
})

const forecastOf = (slices: number, median: number, p90: number) =>
  ({
    runs: 10,
    done: 10,
    slices,
    makespan: { median, p90 },
    phases: [
      { phase: 'merge', hours: 30, share: 0.6 },
      { phase: 'agent', hours: 20, share: 0.4 },
      { phase: 'human', hours: 0, share: 0 }
    ]
  }) as unknown as Forecast

describe('the state a forecast leaves', () => {
  const at = new Date('2027-03-01T09:00:00Z')
  it('dates p50 and p90 from its time and counts the delivered slices', () => {
    const eta = nextEta(forecastOf(3, 10, 24), at, { key: 'k'.repeat(64), total: 5 }, undefined)
    expect(eta).toMatchObject({
      delivered: 2,
      total: 5,
      p50: '2027-03-01T19:00:00.000Z',
      p90: '2027-03-02T09:00:00.000Z',
      phases: { merge: 30, agent: 20 },
      history: []
    })
  })
  it('moves the one before into a bounded history', () => {
    let eta: EtaState | undefined
    for (let i = 0; i < ETA_HISTORY + 5; i++)
      eta = nextEta(
        forecastOf(3, 10, 24),
        new Date(at.getTime() + i * 3_600_000),
        { key: 'k'.repeat(64), total: 5 },
        eta
      )
    expect(eta!.history).toHaveLength(ETA_HISTORY - 1)
    expect(eta!.history.at(-1)!.at).toBe(
      new Date(at.getTime() + (ETA_HISTORY + 3) * 3_600_000).toISOString()
    )
  })
})

describe('why p90 is past the deadline', () => {
  const before: EtaState = {
    key: 'k'.repeat(64),
    at: '2027-03-01T00:00:00.000Z',
    delivered: 0,
    total: 10,
    p50: '2027-03-11T00:00:00.000Z',
    p90: '2027-03-15T00:00:00.000Z',
    runs: 10,
    done: 10,
    phases: { merge: 50, agent: 50 },
    history: []
  }
  it('says how p90 moved, what was delivered against what was expected and which phase grew', () => {
    const now: EtaState = {
      ...before,
      at: '2027-03-06T00:00:00.000Z',
      delivered: 1,
      p50: '2027-03-16T00:00:00.000Z',
      p90: '2027-03-20T00:00:00.000Z',
      // 9 open: merge 90 h is 10 h a slice, was 5.
      phases: { merge: 90, agent: 45 },
      history: [before]
    }
    const why = whyLate(now, before.phases)
    expect(why).toEqual([
      'p90 moved from 2027-03-15 since the forecast of 2027-03-01.',
      '1 slice(s) delivered since then; that forecast expected about 5 by now.',
      'waiting for a human merge grew from 5.0 to 10.0 hours a slice.',
      "Most of the open slices' time goes to waiting for a human merge (67%)."
    ])
  })
  it('names where the time goes when there is no forecast before', () => {
    expect(whyLate(before)).toEqual([
      "Most of the open slices' time goes to waiting for a human merge (50%)."
    ])
  })
})
