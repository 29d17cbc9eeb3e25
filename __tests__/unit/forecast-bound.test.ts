/**
 * The forecast's two bounds: the lower bound — every step at the least its model can draw — is
 * never beaten by a simulated run, whatever the seed (a property test over seeds, roadmaps and
 * configurations); the ideal path at the medians sits above it.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { leastOf } from '../../src/forecast/bound.js'
import { forecast } from '../../src/forecast/forecast.js'
import { defaultModels } from '../../src/forecast/models.js'
import { sample, seeded } from '../../src/forecast/random.js'
import { simulate } from '../../src/forecast/simulate.js'
import { lowerBound } from '../../src/forecast/bound.js'
import { compileRoadmap } from '../../src/roadmap/compile-roadmap.js'

const start = new Date('2027-01-04T09:00:00Z')
const CHAIN = [
  '# R',
  '',
  '## Store',
  '',
  '- doc: Design it',
  '- code: Build it',
  '- code: Wire it (needs: code-1)',
  '',
  '## UI',
  '',
  '- code: Screens (needs: store/code-2)',
  '- code: Polish (needs: code-1)',
  ''
].join('\n')
const WIDE = [
  '# W',
  '',
  '## A',
  '',
  ...Array.from({ length: 8 }, (_, i) => `- code: Part ${i}`),
  ''
].join('\n')

describe('the lower bound', () => {
  it('is the least a model can draw: a fixed step, a range start, a log-normal below any sample', () => {
    expect(leastOf(7)).toBe(7)
    expect(leastOf({ uniform: [3, 9] })).toBe(3)
    const d = { lognormal: { median: 25, p90: 60 } }
    const least = leastOf(d)
    expect(least).toBeGreaterThan(0)
    expect(least).toBeLessThan(1)
    const rng = seeded(7)
    for (let i = 0; i < 20_000; i++) expect(sample(d, rng)).toBeGreaterThanOrEqual(least)
  })

  it('is never beaten by a simulated run, over seeds, roadmaps and configurations', async () => {
    const configs = [
      'version: 1\n',
      'version: 1\ndependencies:\n  stack: true\n',
      'version: 1\nguardrails:\n  budget:\n    max_in_flight: 2\n    max_dispatches_per_day: 3\n'
    ]
    const models = defaultModels()
    for (const roadmap of [CHAIN, WIDE])
      for (const text of configs) {
        const { config } = parseConfig(text)
        const bound = lowerBound(compileRoadmap(roadmap, 'ROADMAP.md'), config, models)
        for (let seed = 1; seed <= 12; seed++) {
          const run = await simulate({
            roadmap,
            roadmapFile: 'ROADMAP.md',
            config,
            models,
            seed,
            start,
            horizonDays: 60
          })
          expect(run.done).toBe(true)
          expect(run.makespan).toBeGreaterThanOrEqual(bound.minutes)
        }
      }
  }, 60_000)

  it('is never beaten with a quicker agent on some kinds of slice', async () => {
    const models = defaultModels()
    models.agents = { quick: { duration: { lognormal: { median: 5, p90: 12 } } } }
    models.agent_by_kind = { doc: 'quick' }
    const { config } = parseConfig('version: 1\n')
    const bound = lowerBound(compileRoadmap(CHAIN, 'ROADMAP.md'), config, models)
    // The quick agent's floor is below the worker's: the bound takes it.
    expect(bound.minutes).toBeLessThan(
      lowerBound(compileRoadmap(CHAIN, 'ROADMAP.md'), config, defaultModels()).minutes
    )
    for (let seed = 1; seed <= 12; seed++) {
      const run = await simulate({
        roadmap: CHAIN,
        roadmapFile: 'ROADMAP.md',
        config,
        models,
        seed,
        start,
        horizonDays: 60
      })
      expect(run.done).toBe(true)
      expect(run.makespan).toBeGreaterThanOrEqual(bound.minutes)
    }
  }, 60_000)

  it('is below the ideal path at the medians', async () => {
    const f = await forecast({
      roadmap: CHAIN,
      roadmapFile: 'ROADMAP.md',
      config: parseConfig('version: 1\n').config,
      models: defaultModels(),
      runs: 20,
      seed: 1,
      start,
      horizonDays: 60
    })
    expect(f.bound.minutes).toBeLessThan(f.ideal.minutes)
    expect(f.bound.binding).toBe('critical path')
    expect(f.ideal.depth).toBe(5)
  })
})
