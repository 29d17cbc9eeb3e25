/**
 * The oracle scheduler, worked by hand, and the loop's own overhead against it: a scheduler that
 * knows every slice's work and never waits is what the forecast measures the loop against.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { forecast } from '../../src/forecast/forecast.js'
import { defaultModels } from '../../src/forecast/models.js'
import { oracleMakespan } from '../../src/forecast/oracle.js'
import { roadmapToDeliver } from '../../src/forecast/remaining.js'

const ROADMAP = `# Plan

## A
- code: First
- code: Second (needs: code-1)
- code: Third
- code: Fourth
`

describe('the oracle scheduler', () => {
  const compiled = roadmapToDeliver(ROADMAP, 'ROADMAP.md')
  const [first, second, third, fourth] = compiled.order
  const hour = new Map(compiled.order.map(id => [id, 60]))

  it('starts each slice when its blockers are merged and a slot is free, the longest chain first', () => {
    // Two slots: First and Third at 0; Second after First, Fourth after Third: two hours.
    expect(oracleMakespan(compiled, hour, { maxInFlight: 2, perDay: 100 })).toBe(120)
    // One slot: one after the other.
    expect(oracleMakespan(compiled, hour, { maxInFlight: 1, perDay: 100 })).toBe(240)
    // A long Third goes first when it heads the longest chain.
    const long = new Map(hour).set(third, 300)
    expect(oracleMakespan(compiled, long, { maxInFlight: 2, perDay: 100 })).toBe(300)
    expect([first, second, fourth]).toHaveLength(3)
  })

  it('keeps the daily dispatch cap, every dispatch of a slice counted', () => {
    const ten = new Map(compiled.order.map(id => [id, 10]))
    // Two a day: First and Third at once, Fourth and Second (after First) a day later.
    expect(oracleMakespan(compiled, ten, { maxInFlight: 4, perDay: 2 })).toBe(24 * 60 + 10)
    // First took two dispatches (a fix): it alone fills the first day, Third and Fourth the
    // second, Second the third.
    const twice = new Map([[first, 2]])
    expect(oracleMakespan(compiled, ten, { maxInFlight: 4, perDay: 2 }, twice)).toBe(
      24 * 60 + 24 * 60 + 10
    )
  })
})

describe("the loop's own overhead", () => {
  it('is at least the oracle, and close to it on event triggers', async () => {
    const models = defaultModels()
    models.worker.failure_rate = 0
    models.ci.failure_rate = 0
    models.review.pass_rate = 1
    const f = await forecast({
      roadmap: ROADMAP,
      roadmapFile: 'ROADMAP.md',
      config: parseConfig('version: 1\n').config,
      models,
      runs: 5,
      seed: 1,
      start: new Date('2027-01-04T09:00:00Z'),
      horizonDays: 365
    })
    expect(f.overhead.median).toBeGreaterThanOrEqual(1)
    expect(f.overhead.median).toBeLessThan(1.3)
    expect(f.overhead.p90).toBeGreaterThanOrEqual(f.overhead.median)
  })
})
