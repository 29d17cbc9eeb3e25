/**
 * `delivery-loop forecast --backtest` against the rig, on synthetic histories generated from
 * known models: 40 merged pull requests of an earlier stretch (what calibration reads), the
 * roadmap committed before the date, its first slice delivered before it, and the rest delivered
 * after it as a run of the loop under the same known models plays out (the simulation with the
 * real tick, another seed). Over ten such histories the backtest's p90 covers what happened in at
 * least eight; a date before the roadmap existed, or with everything delivered, is refused.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { desiredContent, planItems } from '../../src/compile/plan.js'
import { defaultModels, type ForecastModels } from '../../src/forecast/models.js'
import { seeded } from '../../src/forecast/random.js'
import { roadmapToDeliver } from '../../src/forecast/remaining.js'
import { simulate } from '../../src/forecast/simulate.js'
import type { Rig } from '../../rig/index.js'
import { forecastCli, mergedPull, type TrueModels } from '../../rig/history.js'
import { freshRigPerTest } from '../../rig/per-test.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const ROADMAP = `# Plan

## Store
- code: Schema
- code: Writes (needs: code-1)
- code: Reads (needs: code-1)

## Search
- code: Index (needs: store/code-2)
- code: Query (needs: code-1)
- doc: Guide (needs: code-2)
`

/** The known models: slower agents and people than the defaults, so calibration matters. */
const TRUTH: TrueModels = {
  worker: { lognormal: { median: 50, p90: 120 } },
  cost: { lognormal: { median: 1, p90: 2 } },
  ci: { lognormal: { median: 12, p90: 25 } },
  review: { lognormal: { median: 8, p90: 15 } },
  merge: { lognormal: { median: 90, p90: 360 } },
  ciFailure: 0.2,
  reviewPass: 0.75,
  workerFailure: 0.1
}
const MODELS: ForecastModels = (() => {
  const m = defaultModels()
  m.worker.duration = TRUTH.worker
  m.worker.cost_usd = TRUTH.cost
  m.worker.failure_rate = TRUTH.workerFailure!
  m.ci.duration = TRUTH.ci
  m.ci.failure_rate = TRUTH.ciFailure
  m.review.duration = TRUTH.review
  m.review.pass_rate = TRUTH.reviewPass
  m.merge.delay = TRUTH.merge
  return m
})()

const HOUR = 3_600_000
const AT = Date.parse('2026-11-16T09:00:00Z')
const iso = (t: number) => new Date(t).toISOString()

/** One synthetic history; the realised makespan in hours. */
async function history(seed: number): Promise<number> {
  const m = rig.github.model
  const rng = seeded(seed)
  // The stretch before: 40 merged pull requests in the four weeks up to the date.
  for (let i = 0; i < 40; i++) mergedPull(rig, TRUTH, AT - 28 * 24 * HOUR + i * 14 * HOUR, rng)
  m.setClock(iso(AT - 2 * 24 * HOUR))
  m.writeFile('main', 'ROADMAP.md', Buffer.from(ROADMAP))
  const compiled = roadmapToDeliver(ROADMAP, 'ROADMAP.md')
  const numbers = new Map<string, number>()
  const bot = m.userByLogin('github-actions[bot]')!.id
  const issues = planItems(compiled)
    .filter(i => i.kind !== 'epic')
    .map(item => {
      const want = desiredContent({ ...item, externalBlockers: [] }, k => numbers.get(k), {})
      const issue = m.createIssue({
        title: want.title,
        body: want.body,
        labels: want.labels,
        userId: bot
      })
      numbers.set(item.key, issue.number)
      return issue
    })
  // The first slice was delivered the day before.
  Object.assign(issues[0], {
    state: 'closed',
    stateReason: 'completed',
    closedAt: iso(AT - 20 * HOUR)
  })
  // What happened after: a run of the loop under the known models, from the date.
  const run = await simulate({
    roadmap: ROADMAP,
    roadmapFile: 'ROADMAP.md',
    config: parseConfig('version: 1\n').config,
    models: MODELS,
    seed: 1000 + seed,
    start: new Date(AT),
    horizonDays: 365,
    delivered: [compiled.order[0]]
  })
  expect(run.done).toBe(true)
  run.slices.forEach((s, i) => {
    Object.assign(issues[i + 1], {
      state: 'closed',
      stateReason: 'completed',
      closedAt: iso(AT + s.mergedAt! * 60_000)
    })
  })
  m.setClock(iso(AT + run.makespan * 60_000 + 24 * HOUR))
  return Math.round((run.makespan / 60) * 10) / 10
}

interface Report {
  realised: { hours: number }
  p50: { hours: number }
  p90: { hours: number }
  covered: boolean
  slices: { open: number; delivered: number }
  calibration: { pulls: number }
}

const covered: boolean[] = []

describe('forecast --backtest', () => {
  for (let seed = 1; seed <= 10; seed++)
    it(`sets p50/p90 against what happened (history ${seed})`, async () => {
      const realised = await history(seed)
      const run = await forecastCli(rig, ['--backtest', '--at', iso(AT), '--runs', '20', '--json'])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout) as Report
      expect(report.slices).toEqual({ open: 5, delivered: 1 })
      expect(report.calibration.pulls).toBe(40)
      expect(report.realised.hours).toBe(realised)
      expect(report.p50.hours).toBeLessThanOrEqual(report.p90.hours)
      expect(report.covered).toBe(realised <= report.p90.hours)
      covered.push(report.covered)
    }, 60_000)

  it('covers what happened with p90 in at least 8 of the 10 histories', () => {
    expect(covered).toHaveLength(10)
    expect(covered.filter(Boolean).length).toBeGreaterThanOrEqual(8)
  })

  it('says so in words', async () => {
    await history(1)
    const run = await forecastCli(rig, ['--backtest', '--at', iso(AT), '--runs', '5'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/## Delivery Loop · backtest of .* at 2026-11-16 09:00 UTC/)
    expect(run.stdout).toMatch(
      /5 slice\(s\) open, 1 delivered\. Models calibrated on the 40 pull request/
    )
    expect(run.stdout).toMatch(/\| forecast p90 \| [\d.]+ \|/)
  }, 60_000)

  it('refuses a date before the roadmap existed, and one after everything was delivered', async () => {
    await history(2)
    const before = await forecastCli(rig, ['--backtest', '--at', iso(AT - 10 * 24 * HOUR)])
    expect(before.code).not.toBe(0)
    expect(before.stderr).toContain('ROADMAP.md was not on the default branch at 2026-11-06')
    const after = await forecastCli(rig, ['--backtest', '--at', rig.github.model.currentTime()])
    expect(after.code).not.toBe(0)
    expect(after.stderr).toContain('--at')
  }, 60_000)

  it('needs a past date', async () => {
    const run = await forecastCli(rig, ['--backtest', '--at', '2999-01-01'])
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('is not a past date')
  })
})
