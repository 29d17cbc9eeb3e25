/**
 * The forecast runs the loop's real tick over a simulated GitHub: with deterministic models its
 * makespan is the one worked out by hand, the same seed gives the same forecast, and a models
 * file with a mistake is refused with its file, line and key.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/errors.js'
import { forecast } from '../../src/forecast/forecast.js'
import { defaultModels, parseModels } from '../../src/forecast/models.js'
import { forecastJson } from '../../src/forecast/report.js'
import { simulate } from '../../src/forecast/simulate.js'
import { allowShards, shardCount } from '../../src/forecast/shard.js'
import os from 'node:os'
import { readInputs } from '../../src/inputs.js'

const { config } = parseConfig('version: 1\n')
const start = new Date('2027-01-04T09:00:00Z')
const DAG =
  '# Plan\n\n## Store\nKeep widgets.\n\n- doc: Design the store\n- code: Write the store\n- code: Write the cache\n'

/** Agent 60, CI 10, review 5, merge 30 minutes; nothing fails; events tick at once; no cron. */
const exact = parseModels(
  [
    'ticks: { cron_minutes: 0, events: true, event_delay: 0 }',
    'worker: { duration: 60, failure_rate: 0, cost_usd: 1 }',
    'ci: { duration: 10, failure_rate: 0 }',
    'review: { duration: 5, pass_rate: 1 }',
    'merge: { delay: 30 }',
    'conflicts: { on_overlap: 0, unknown_paths: 0 }'
  ].join('\n'),
  'exact.yml'
)

describe('a forecast with deterministic models', () => {
  it('gives the makespan worked out by hand: two levels of 60 + 10 + 5 + 30 minutes', async () => {
    const run = await simulate({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config,
      models: exact,
      seed: 1,
      start,
      horizonDays: 30
    })
    // t=0 the doc goes; 60 its pull request, 70 CI green (a tick: review), 75 pass, 105 merged
    // (a tick: both code slices go), 165 their pull requests, 175 green, 180 pass, 210 merged.
    expect(run.done).toBe(true)
    expect(run.makespan).toBe(210)
    expect(run.slices.map(s => [s.readyAt, s.dispatchedAt, s.mergedAt])).toEqual([
      [0, 0, 105],
      [105, 105, 210],
      [105, 105, 210]
    ])
    const waves = run.ticks.filter(t => t.wave.length || t.review.length)
    expect(
      waves.map(t => [t.at, t.wave.map(w => `${w.issue}:${w.kind}`), t.review.length])
    ).toEqual([
      [0, ['1:new'], 0],
      [70, [], 1],
      [105, ['2:new', '3:new'], 0],
      [175, [], 2]
    ])
    expect(run.attempts).toBe(3)
    expect(run.spendUsd).toBe(3)
    const f = await forecast({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config,
      models: exact,
      runs: 2,
      seed: 1,
      start,
      horizonDays: 30
    })
    // The ideal path is the critical path here: 2 slices × 105 minutes, and the loop reaches it;
    // with every step fixed, the lower bound is the same.
    expect(f.ideal).toMatchObject({ minutes: 210, binding: 'critical path', depth: 2 })
    expect(f.bound.minutes).toBe(210)
    expect(f.ratio).toBe(1)
  })

  it('counts the daily dispatch cap into the bound, and the loop keeps to it', async () => {
    // An hourly schedule: a wave the cap held goes on a scheduled tick, not on an event.
    const hourly = { ...exact, ticks: { ...exact.ticks, cron_minutes: 60, schedule_delay: 0 } }
    const capped = parseConfig(
      'version: 1\nguardrails:\n  budget:\n    max_dispatches_per_day: 1\n'
    ).config
    const run = await simulate({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config: capped,
      models: hourly,
      seed: 1,
      start,
      horizonDays: 30
    })
    const dispatched = run.ticks.filter(t => t.wave.length).map(t => t.at)
    expect(dispatched).toHaveLength(3)
    for (let i = 1; i < dispatched.length; i++)
      expect(dispatched[i] - dispatched[i - 1]).toBeGreaterThanOrEqual(24 * 60)
    const f = await forecast({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config: capped,
      models: hourly,
      runs: 1,
      seed: 1,
      start,
      horizonDays: 30
    })
    expect(f.bound.binding).toBe('rate')
    expect(f.makespan.median * 60).toBeGreaterThanOrEqual(f.bound.minutes)
  })
})

describe('the cost cap in the forecast', () => {
  it("holds a dispatch the way the action does, from the records of the model's spend", async () => {
    // Each run costs $1; $1.50 a day: the doc, then one code slice, then the other a day later.
    const capped = parseConfig(
      'version: 1\nguardrails:\n  budget:\n    max_total_cost_usd: 1.5\n'
    ).config
    const hourly = { ...exact, ticks: { ...exact.ticks, cron_minutes: 60, schedule_delay: 0 } }
    const run = await simulate({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config: capped,
      models: hourly,
      seed: 1,
      start,
      horizonDays: 30
    })
    expect(run.done).toBe(true)
    const sent = run.ticks.flatMap(t => t.wave.map(w => [w.issue, t.at]))
    expect(sent.slice(0, 2)).toEqual([
      [1, 0],
      [2, 105]
    ])
    // The third waits until the first record leaves the 24-hour window (it was charged at 60).
    expect(sent[2][0]).toBe(3)
    expect(sent[2][1]).toBeGreaterThanOrEqual(60 + 24 * 60)
    expect(
      run.ticks.some(t =>
        t.held.some(h => h.issue === 3 && /cost \$2\.00 of \$1\.50/.test(h.reason))
      )
    ).toBe(true)
  })

  it('says why a run stopped short: no schedule and no event left', async () => {
    const quiet = { ...exact, ticks: { ...exact.ticks, events: false } }
    const run = await simulate({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config,
      models: quiet,
      seed: 1,
      start,
      horizonDays: 30
    })
    expect(run).toMatchObject({ done: false, stuck: expect.stringMatching(/no tick runs again/) })
  })
})

describe('supervised mode in the forecast', () => {
  it('dispatches only what a person approved on the dashboard, each wave 20 minutes later', async () => {
    const supervised = parseConfig('version: 1\ndispatch:\n  approval: wave\n').config
    const models = { ...exact, people: { ...exact.people, approve_delay: 20 } }
    const run = await simulate({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config: supervised,
      models,
      seed: 1,
      start,
      horizonDays: 30
    })
    // Each level waits 20 minutes for its approval: 210 + 2 × 20.
    expect(run.makespan).toBe(250)
    const waves = run.ticks.filter(t => t.wave.length)
    expect(waves.map(t => [t.at, t.wave.map(w => w.issue)])).toEqual([
      [20, [1]],
      [145, [2, 3]]
    ])
    expect(run.ticks[0]).toMatchObject({ status: 'awaiting-approval', wave: [] })
    expect(run.phases.approval).toBe(60)
  })
})

describe('a forecast with the default models', () => {
  it('is the same for the same seed, and another seed tells another story', async () => {
    const input = {
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config,
      models: defaultModels(),
      runs: 3,
      start,
      horizonDays: 60
    }
    const a = forecastJson(await forecast({ ...input, seed: 7 }))
    const b = forecastJson(await forecast({ ...input, seed: 7 }))
    const c = forecastJson(await forecast({ ...input, seed: 8 }))
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    expect(a).toMatchObject({ slices: 3, runs: 3 })
  })
})

describe('a models file', () => {
  it.each([
    ['worker:\n  failure_rte: 0.2\n', 2, 'worker.failure_rte', /unknown key/],
    ['ci:\n  failure_rate: 1.5\n', 2, 'ci.failure_rate', /<= 1/],
    ['review:\n  duration: { lognormal: { median: 5 } }\n', 2, 'review.duration', /./],
    ['worker:\n  cost_usd: .inf\n', 2, 'worker.cost_usd', /./],
    ['worker:\n  duration: 1e9\n', 2, 'worker.duration', /./],
    ['ci:\n  duration: { uniform: [30, 5] }\n', 2, 'ci.duration.uniform', /backwards/],
    [
      'merge:\n  delay: { lognormal: { median: 60, p90: 10 } }\n',
      2,
      'merge.delay.lognormal.p90',
      /below the median/
    ],
    ['merge:\n  working_hours: { start: 17, end: 9 }\n', 2, 'merge.working_hours', /not before/],
    [
      'merge:\n  working_hours: { start: 9, end: 17, timezone: Europe/Berln }\n',
      2,
      'merge.working_hours.timezone',
      /not an IANA time zone/
    ],
    [
      'merge:\n  reviewer: 1\n',
      2,
      'merge.reviewer',
      /unknown key reviewer — did you mean `reviewers`\?/
    ]
  ])('%j is refused with its line and key', (text, line, key, message) => {
    let error: unknown
    try {
      parseModels(text, 'models.yml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).diagnostics[0]).toMatchObject({
      file: 'models.yml',
      line,
      path: key,
      message: expect.stringMatching(message)
    })
  })
})

describe("mode: forecast's inputs", () => {
  const read = (values: Record<string, string>) => (name: string) => values[name] ?? ''
  it('reads runs, seed and the models file, and refuses what is not a whole number', () => {
    expect(
      readInputs(read({ mode: 'forecast', runs: '50', seed: '0', models: 'models.yml' }))
    ).toMatchObject({ mode: 'forecast', runs: 50, seed: 0, modelsPath: 'models.yml' })
    expect(() => readInputs(read({ mode: 'forecast', runs: '0' }))).toThrow(/runs.*from 1 to 1000/)
    for (const runs of ['1e9', '1001', '99999999999'])
      expect(() => readInputs(read({ mode: 'forecast', runs }))).toThrow(/runs.*from 1 to 1000/)
    expect(() => readInputs(read({ mode: 'forecast', seed: 'one' }))).toThrow(/seed/)
  })
})

describe('spreading runs over processes', () => {
  it('spreads only from the bundle, over the workers asked for or the cores, never more than runs', () => {
    allowShards(undefined)
    expect(shardCount(8, { DELIVERY_LOOP_FORECAST_WORKERS: '4' })).toBe(1)
    allowShards('/action/dist/index.js')
    try {
      expect(shardCount(8, { DELIVERY_LOOP_FORECAST_WORKERS: '4' })).toBe(4)
      expect(shardCount(3, { DELIVERY_LOOP_FORECAST_WORKERS: '4' })).toBe(3)
      expect(shardCount(1, { DELIVERY_LOOP_FORECAST_WORKERS: '4' })).toBe(1)
      expect(shardCount(64, {})).toBe(Math.min(64, os.availableParallelism()))
      expect(shardCount(8, { DELIVERY_LOOP_FORECAST_WORKERS: 'many' })).toBe(
        Math.min(8, os.availableParallelism())
      )
    } finally {
      allowShards(undefined)
    }
  })
})

describe('people who merge one at a time (merge.reviewers)', () => {
  it('queues passed pull requests for the one reviewer, and reports the waits', async () => {
    const run = (reviewers?: number) =>
      simulate({
        roadmap: DAG,
        roadmapFile: 'ROADMAP.md',
        config,
        models: {
          ...exact,
          merge: { ...exact.merge, ...(reviewers ? { reviewers } : {}) }
        },
        seed: 1,
        start,
        horizonDays: 30
      })
    // The doc merges alone (30 min after its pass); the two code slices pass together (both
    // dispatched when the doc merged, same durations): without a queue both wait 30 minutes,
    // with one reviewer the second waits for the first — 60.
    const free = await run()
    expect(free.mergeWaits).toEqual([30, 30, 30])
    const one = await run(1)
    expect(one.mergeWaits).toEqual([30, 30, 60])
    expect(one.makespan - free.makespan).toBe(30)
  })
})

describe('a person unfreezing a slice', () => {
  it('resets what a person resetting resets: every run ends, however often the agent fails', async () => {
    // Nine runs in ten come to nothing: each slice is frozen after its attempt budget (3), a
    // person unfreezes it, and the loop tries again with the budget afresh — never for ever.
    const models = defaultModels()
    models.worker.failure_rate = 0.9
    models.people.unfreeze_delay = 30
    for (let seed = 1; seed <= 5; seed++) {
      const run = await simulate({
        roadmap: DAG,
        roadmapFile: 'ROADMAP.md',
        config,
        models,
        seed,
        start,
        horizonDays: 60
      })
      expect(run.done).toBe(true)
      expect(run.trace.some(t => t.kind === 'unfreeze')).toBe(true)
      expect(run.slices.every(s => s.attempts > 0)).toBe(true)
    }
  })

  it('is waited for when it takes over a week: the run is slow, not stuck', async () => {
    const models = defaultModels()
    models.worker.failure_rate = 0.9
    models.people.unfreeze_delay = 8 * 24 * 60
    const run = await simulate({
      roadmap: DAG,
      roadmapFile: 'ROADMAP.md',
      config,
      models,
      seed: 1,
      start,
      horizonDays: 365
    })
    expect(run.stuck).toBeUndefined()
    expect(run.done).toBe(true)
    expect(run.trace.some(t => t.kind === 'unfreeze')).toBe(true)
    // The frozen week is the person's, not the schedule's.
    expect(run.phases.human).toBeGreaterThanOrEqual(8 * 24 * 60)
    expect(run.phases.tick).toBeLessThan(run.phases.human)
  })
})
