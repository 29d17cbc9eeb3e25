/**
 * Steering the forecast to a date: the settings tried, each forecast, and the cheapest that
 * delivers by the deadline at p90 recommended — checked against a small roadmap worked out by
 * hand, and bad goals refused before anything runs.
 */
import { describe, expect, it } from '@jest/globals'
import { Writable } from 'node:stream'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../../src/config/load.js'
import { parseModels } from '../../src/forecast/models.js'
import { steer } from '../../src/forecast/steer.js'
import { runForecastCommand } from '../../src/forecast-command.js'

const start = new Date('2027-01-04T09:00:00Z')
const FOUR = [
  '# R',
  '',
  '## A',
  '',
  '- code: One',
  '- code: Two',
  '- code: Three',
  '- code: Four',
  ''
].join('\n')
// Every step fixed, nothing fails, $1 a run: a slice is 30 + 10 + 10 + 10 = 60 minutes when
// ticks follow events at once.
const MODELS = [
  'ticks: { cron_minutes: 30, schedule_delay: 0, events: true, event_delay: 0 }',
  'worker: { duration: 30, failure_rate: 0, cost_usd: 1 }',
  'ci: { duration: 10, failure_rate: 0 }',
  'review: { duration: 10, pass_rate: 1 }',
  'merge: { delay: 10 }'
].join('\n')

describe('steering to a deadline', () => {
  it('recommends the cheapest setting that delivers by the deadline at p90, worked out by hand', async () => {
    const result = await steer(
      {
        roadmap: FOUR,
        roadmapFile: 'ROADMAP.md',
        config: parseConfig('version: 1\n').config,
        models: parseModels(MODELS, 'models.yml'),
        runs: 2,
        seed: 1,
        start,
        horizonDays: 30
      },
      { deadline: new Date('2027-01-04T11:30:00Z') }
    )
    const row = (label: string) => result.rows.find(r => r.label === label)!
    // Events: one at a time 4 h; two or three at a time 2 h (two rounds: the next goes on the
    // merge's tick). Four at a time: three go on the first tick (max_dispatches_per_tick is 3),
    // the fourth on the 09:30 schedule, done an hour later.
    expect(row('max_in_flight 1, events + schedule').p90At).toBe('2027-01-04T13:00:00.000Z')
    expect(row('max_in_flight 2, events + schedule').p90At).toBe('2027-01-04T11:00:00.000Z')
    expect(row('max_in_flight 3, events + schedule').p90At).toBe('2027-01-04T11:00:00.000Z')
    expect(row('max_in_flight 4, events + schedule').p90At).toBe('2027-01-04T10:30:00.000Z')
    // The schedule alone waits for the half-hour ticks: two at a time misses 11:30.
    expect(row('max_in_flight 2, schedule only').meets).toBe(false)
    expect(row('max_in_flight 4, schedule only').meets).toBe(true)
    // Every setting spends $4 (four runs): the fewest agents at once that meet it wins.
    expect(result.rows.every(r => r.spendUsd === 4)).toBe(true)
    expect(result.recommended).toMatchObject({
      label: 'max_in_flight 2, events + schedule',
      maxInFlight: 2,
      events: true
    })
  })

  it('chooses the agent for each kind of slice, worked out by hand', async () => {
    // Compile puts a unit's doc before its code: Three first, then One and Two side by side.
    const mixed = ['# R', '', '## A', '', '- code: One', '- code: Two', '- doc: Three', ''].join(
      '\n'
    )
    // `quick` needs no time but costs $3 a run: its slices take 30 minutes, the worker's 60.
    const models = parseModels(
      `${MODELS}\nagents:\n  quick: { duration: 0, cost_usd: 3 }\n`,
      'models.yml'
    )
    const result = await steer(
      {
        roadmap: mixed,
        roadmapFile: 'ROADMAP.md',
        config: parseConfig('version: 1\n').config,
        models,
        runs: 1,
        seed: 1,
        start,
        horizonDays: 30
      },
      { deadline: new Date('2027-01-04T10:45:00Z') }
    )
    const row = (width: number, agents: Record<string, string>) =>
      result.rows.find(
        r =>
          r.maxInFlight === width && r.events && JSON.stringify(r.agents) === JSON.stringify(agents)
      )!
    // The worker throughout: Three 09:00–10:00, One and Two 10:00–11:00, $3: too late.
    expect(row(2, { code: 'worker', doc: 'worker' })).toMatchObject({
      p90At: '2027-01-04T11:00:00.000Z',
      spendUsd: 3,
      meets: false
    })
    // Three by quick (09:30), then One and Two by the worker (10:30): $5.
    expect(row(2, { code: 'worker', doc: 'quick' })).toMatchObject({
      p90At: '2027-01-04T10:30:00.000Z',
      spendUsd: 5,
      meets: true
    })
    // One and Two by quick after Three by the worker: as soon, $7; quick throughout: 10:00, $9.
    expect(row(2, { code: 'quick', doc: 'worker' })).toMatchObject({ spendUsd: 7, meets: true })
    expect(row(2, { code: 'quick', doc: 'quick' })).toMatchObject({
      p90At: '2027-01-04T10:00:00.000Z',
      spendUsd: 9
    })
    // One at a time misses it whatever the agents; the cheapest that meets it is $5 at two.
    expect(row(1, { code: 'worker', doc: 'quick' }).meets).toBe(false)
    expect(result.recommended!.label).toBe(
      'max_in_flight 2, events + schedule, code by worker, doc by quick'
    )
  })

  it('refuses an agent the models do not have', () => {
    expect(() =>
      parseModels('agents:\n  quick: { duration: 5 }\nagent_by_kind:\n  doc: quik\n', 'models.yml')
    ).toThrow(/agent_by_kind\.doc|no agent "quik"/)
  })

  it('says when no setting meets the goal, and honours a budget', async () => {
    const base = {
      roadmap: FOUR,
      roadmapFile: 'ROADMAP.md',
      config: parseConfig('version: 1\n').config,
      models: parseModels(MODELS, 'models.yml'),
      runs: 1,
      seed: 1,
      start,
      horizonDays: 30
    }
    const tooSoon = await steer(base, { deadline: new Date('2027-01-04T09:30:00Z') })
    expect(tooSoon.recommended).toBeUndefined()
    const tight = await steer(base, { deadline: new Date('2027-01-05T09:00:00Z'), budgetUsd: 3 })
    expect(tight.recommended).toBeUndefined()
    expect(tight.rows[0].misses).toContain('over the budget')
  })

  it('refuses a goal it cannot read before any forecast runs', async () => {
    const dir = mkdtempSync(path.join(process.env.DELIVERY_LOOP_TEST_TMP ?? os.tmpdir(), 'steer-'))
    try {
      const roadmapPath = path.join(dir, 'ROADMAP.md')
      writeFileSync(roadmapPath, FOUR)
      const out = new Writable({ write: (_c, _e, done) => done() })
      const run = (more: { deadline?: string; budget?: string }) =>
        runForecastCommand({
          roadmapPath,
          configPath: undefined,
          json: false,
          out,
          start: start.toISOString(),
          ...more
        })
      await expect(run({ deadline: 'next week' })).rejects.toThrow('is not a date')
      await expect(run({ deadline: '2027-01-01' })).rejects.toThrow('is not after the start')
      await expect(run({ deadline: '2027-02-01', budget: 'lots' })).rejects.toThrow(
        'is not an amount in US dollars'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('calibrating: bad input', () => {
  it('says what is missing before it reads anything', async () => {
    const { runCalibrateCommand } = await import('../../src/forecast-command.js')
    const { MemoryLogger } = await import('../../src/logging.js')
    const out = new Writable({ write: (_c, _e, done) => done() })
    const base = { apiUrl: 'http://127.0.0.1:9', json: false, out, logger: new MemoryLogger() }
    await expect(runCalibrateCommand({ ...base, token: 't' })).rejects.toThrow('--repo')
    await expect(runCalibrateCommand({ ...base, repo: 'acme/widgets' })).rejects.toThrow(
      'GITHUB_TOKEN'
    )
    await expect(
      runCalibrateCommand({ ...base, repo: 'acme/widgets', token: 't', since: 'last spring' })
    ).rejects.toThrow('is not a past date')
  })
})
