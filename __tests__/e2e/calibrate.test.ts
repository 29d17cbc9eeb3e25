/**
 * `delivery-loop forecast --calibrate` against the rig: a history of the loop's merged pull
 * requests generated from known models — each agent run's usage record, the attempts publish
 * noted, CI's check run, the loop's verdict, a person's merge — is read back by the built CLI,
 * which recovers the models within a stated error: each median and 90th percentile within three
 * standard errors of the truth for its sample count and width (a log-normal's median from 60
 * samples: about ±40% for the agent's duration, ×1.9 either way for the long-tailed merge delay), rates
 * within 0.08. Outsiders' pull requests and thin data change nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseModels } from '../../src/forecast/models.js'
import { seeded, type Duration } from '../../src/forecast/random.js'
import { attestMarker } from '../../src/loop/markers.js'
import { runAction, tempDir } from '../../rig/harness.js'
import { forecastCli, mergedPull as mergedPull_ } from '../../rig/history.js'
import { loopWorkspace } from '../../rig/loop.js'
import { writeFileSync } from 'node:fs'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const TRUE = {
  worker: { lognormal: { median: 25, p90: 60 } },
  cost: { lognormal: { median: 0.6, p90: 1.5 } },
  ci: { lognormal: { median: 8, p90: 15 } },
  review: { lognormal: { median: 6, p90: 12 } },
  merge: { lognormal: { median: 45, p90: 240 } },
  ciFailure: 0.15,
  reviewPass: 0.8,
  workerFailure: 0.15
}

const MINUTE = 60_000
const mergedPull = (t: number, rng: () => number) => mergedPull_(rig, TRUE, t, rng)

function calibrate(out: string, since: string) {
  return forecastCli(rig, ['--calibrate', '--since', since, '--out', out])
}

const near = (got: number, want: number, share: number) =>
  expect(Math.abs(got - want) / want).toBeLessThanOrEqual(share)

/**
 * A fitted log-normal against the truth: its median and 90th percentile within three standard
 * errors of a sample quantile from `n` samples (in log space: σ·√(q(1−q)/n) / φ(z_q)).
 */
function withinErrors(
  got: { median: number; p90: number },
  want: { median: number; p90: number },
  n: number
) {
  const sigma = Math.log(want.p90 / want.median) / 1.2816
  const se = (q: number, z: number) =>
    (sigma * Math.sqrt((q * (1 - q)) / n)) / (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI))
  expect(Math.abs(Math.log(got.median / want.median))).toBeLessThanOrEqual(3 * se(0.5, 0))
  expect(Math.abs(Math.log(got.p90 / want.p90))).toBeLessThanOrEqual(3 * se(0.9, 1.2816))
}

describe('forecast --calibrate', () => {
  it('recovers the models a history was generated from, within the stated error', async () => {
    const rng = seeded(11)
    const start = Date.parse('2026-10-05T09:00:00Z')
    for (let i = 0; i < 60; i++) mergedPull(start + i * 17 * 60 * MINUTE, rng)
    // An outsider's merged pull request from a fork, wildly slow: not the loop's, not counted.
    const m = rig.github.model
    const fork = m.openPull({
      head: 'loop/issue-9999',
      title: 'not ours',
      body: attestMarker({
        role: 'worker',
        provider: 'x',
        model: 'x',
        exit_code: 0,
        started_at: '2026-11-01T00:00:00Z',
        ended_at: '2026-11-30T00:00:00Z',
        tokens: { input: 1, output: 1 },
        cost_usd: 999
      }),
      userId: m.userByLogin('outsider')!.id,
      fork: 'outsider/widgets'
    })
    Object.assign(fork.pull!, { merged: true, mergedAt: '2026-11-30T01:00:00Z' })
    Object.assign(fork, { state: 'closed', updatedAt: '2026-11-30T01:00:00Z' })
    m.setClock('2026-12-07T12:00:00Z')

    const out = path.join(tempDir('calibrate'), 'models.yml')
    const run = await calibrate(out, '2026-10-01')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("60 of the loop's pull requests since 2026-10-01, 60 merged")
    const text = readFileSync(out, 'utf8')
    const models = parseModels(text, 'models.yml')
    const fit = (d: Duration) => (d as { lognormal: { median: number; p90: number } }).lognormal
    for (const [got, want] of [
      [fit(models.worker.duration), TRUE.worker.lognormal],
      [fit(models.worker.cost_usd), TRUE.cost.lognormal],
      [fit(models.ci.duration), TRUE.ci.lognormal],
      [fit(models.review.duration), TRUE.review.lognormal],
      [fit(models.merge.delay), TRUE.merge.lognormal]
    ]) {
      withinErrors(got, want, 60)
    }
    expect(Math.abs(models.ci.failure_rate - TRUE.ciFailure)).toBeLessThanOrEqual(0.08)
    expect(Math.abs(models.review.pass_rate - TRUE.reviewPass)).toBeLessThanOrEqual(0.08)
    // Runs claimed and never published: the agent's failure rate, from the loop's claims.
    expect(Math.abs(models.worker.failure_rate - TRUE.workerFailure)).toBeLessThanOrEqual(0.08)
    expect(text).toMatch(
      /failure_rate: [\d.]+ # \d+ runs with nothing published in the loop's claims in \d+/
    )
    // Each value says what it rests on; what history cannot show keeps its default, said so.
    expect(text).toMatch(/duration: \{ lognormal: .* # 60 agent runs \(usage records\)/)
    expect(text).toMatch(/delay: \{ lognormal: .* # 60 merges after the loop's pass/)
  }, 120_000)

  it('fits an agent for each provider with enough runs, which steering then chooses between', async () => {
    const rng = seeded(7)
    const quick = { ...TRUE, worker: { lognormal: { median: 10, p90: 25 } }, provider: 'openai' }
    const t0 = Date.parse('2026-11-02T09:00:00Z')
    for (let i = 0; i < 30; i++) mergedPull_(rig, TRUE, t0 + i * 10 * 3600_000, rng)
    for (let i = 0; i < 30; i++) mergedPull_(rig, quick, t0 + i * 10 * 3600_000 + 3600_000, rng)
    rig.github.model.setClock('2026-12-07T12:00:00Z')
    const out = path.join(tempDir('calibrate'), 'models.yml')
    const run = await calibrate(out, '2026-11-01')
    expect(run.code).toBe(0)
    const models = parseModels(readFileSync(out, 'utf8'), 'models.yml')
    const median = (d: Duration | undefined) =>
      (d as { lognormal: { median: number } }).lognormal.median
    near(median(models.agents!.anthropic.duration), 25, 0.35)
    near(median(models.agents!.openai.duration), 10, 0.35)
    expect(readFileSync(out, 'utf8')).toMatch(
      /\nagents:\n[\s\S]*\n {2}anthropic:\n {4}duration: .*# 30 anthropic runs/
    )
  }, 120_000)

  it('keeps the defaults where the history is too thin, and says so', async () => {
    const rng = seeded(3)
    for (let i = 0; i < 3; i++) mergedPull(Date.parse('2026-11-20T09:00:00Z') + i * 3600_000, rng)
    rig.github.model.setClock('2026-12-07T12:00:00Z')
    const out = path.join(tempDir('calibrate'), 'models.yml')
    const run = await calibrate(out, '2026-11-01')
    expect(run.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).toContain('# duration: default kept: 3 agent runs (usage records) (5 needed)')
    expect(parseModels(text, 'models.yml').worker.duration).toEqual({
      lognormal: { median: 25, p90: 60 }
    })
  }, 60_000)

  it('calibrates in a workflow too: mode forecast with calibrate forecasts with the fitted models', async () => {
    const rng = seeded(5)
    for (let i = 0; i < 12; i++)
      mergedPull(Date.parse('2026-11-02T09:00:00Z') + i * 20 * 3600_000, rng)
    rig.github.model.setClock('2026-12-07T12:00:00Z')
    const ws = loopWorkspace()
    writeFileSync(path.join(ws, 'ROADMAP.md'), '# R\n\n## A\n\n- code: One\n- code: Two\n')
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'forecast', calibrate: 'true', since: '2026-11-01', runs: '3' },
      workspace: ws,
      env: { DELIVERY_LOOP_TEST_NOW: rig.github.model.currentTime() }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('forecast')
    const models = readFileSync(run.outputs['models-file'], 'utf8')
    expect(models).toContain('# 12 agent runs (usage records)')
    expect((run.report!.calibration as { pulls: number }).pulls).toBe(12)
    expect(run.summary).toContain("Models fitted to this repository's history")
    // It reads, and writes nothing to GitHub.
    expect(run.requests.filter(r => r.write)).toEqual([])
  }, 60_000)
})
