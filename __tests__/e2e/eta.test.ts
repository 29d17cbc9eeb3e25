/**
 * The dashboard's ETA end to end on the built bundle: the first tick after compile forecasts
 * the open slices and shows p50/p90 and the burn-up; a quiet tick forecasts nothing again; a
 * merged slice moves it; a deadline p90 misses is said, with why; a models file that is not
 * there is said, and the tick goes on.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, type ActionRun } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopWorkspace, mergeAs, scheduledTick } from '../../rig/loop.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const ROADMAP = `# Plan

## Search
Find things.

- code: Index the documents
- code: Query the index (needs: code-1)
- doc: Describe the search
`

function workspace(config: string): string {
  const ws = loopWorkspace(config)
  writeFileSync(path.join(ws, 'ROADMAP.md'), ROADMAP)
  return ws
}

const at = () => ({ env: { DELIVERY_LOOP_TEST_NOW: rig.github.model.currentTime() } })
let runs = 700
const tick = (ws: string) => scheduledTick(rig, ws, { runId: runs++, ...at() })
const compile = (ws: string) =>
  runAction({
    github: rig.github,
    cache: rig.cache,
    inputs: { mode: 'compile' },
    workspace: ws,
    eventName: 'push',
    ...at()
  })
const dashboard = () =>
  rig.github.model.issues.find(i => i.labels.includes('delivery:dashboard'))?.body ?? ''
const forecastRan = (run: ActionRun) => /ETA: p50 \S+, p90 \S+ for \d+ open slice/.test(run.stdout)

/** A person merges the loop's pull request for the slice titled `title`. */
async function deliver(title: string): Promise<void> {
  const m = rig.github.model
  const issue = m.issues.find(i => i.title.includes(title) && i.state === 'open')!
  const pr = m.openPull({
    head: `loop/issue-${issue.number}`,
    title,
    body: `Closes #${issue.number}`,
    userId: m.userByLogin('github-actions[bot]')!.id
  })
  expect(await mergeAs(rig, pr.number)).toBe(200)
}

describe("the dashboard's ETA", () => {
  it('appears after compile, stays put on a quiet tick and moves when a slice merges', async () => {
    rig.github.model.setClock('2027-03-01T09:00:00Z')
    const ws = workspace('forecast:\n  runs: 3\n')
    expect((await compile(ws)).code).toBe(0)
    const first = await tick(ws)
    expect(first.code).toBe(0)
    expect(forecastRan(first)).toBe(true)
    const board = dashboard()
    expect(board).toMatch(
      /### ETA\n\n\*\*p50 2027-03-\d\d · p90 2027-03-\d\d\*\* for the 3 open slice/
    )
    expect(board).toContain('0/3 slices delivered')
    expect(board).toContain('default models')
    expect(first.summary).toContain('### ETA')

    rig.github.model.setClock('2027-03-01T09:10:00Z')
    const quiet = await tick(ws)
    expect(forecastRan(quiet)).toBe(false)
    expect(quiet.requests.filter(r => r.write)).toEqual([])

    rig.github.model.setClock('2027-03-01T10:10:00Z')
    await deliver('Index the documents')
    const after = await tick(ws)
    expect(forecastRan(after)).toBe(true)
    const moved = dashboard()
    expect(moved).toContain('for the 2 open slice')
    expect(moved).toContain('1/3 slices delivered')
    // The burn-up: the first forecast (0 delivered) and this one (1).
    expect(moved).toMatch(/\| 2027-03-01 09:\d\d UTC \| 0\/3 \|/)
    expect(moved).toMatch(/\| 2027-03-01 10:\d\d UTC \| 1\/3 \|/)
  })

  it('says when p90 is past forecast.deadline, and why', async () => {
    rig.github.model.setClock('2027-03-01T09:00:00Z')
    const ws = workspace('forecast:\n  runs: 3\n  deadline: 2027-03-01\n')
    await compile(ws)
    const run = await tick(ws)
    expect(run.code).toBe(0)
    expect(dashboard()).toMatch(/⚠️ \*\*p90 2027-03-\d\d is past the deadline 2027-03-01\.\*\* /)
    expect(dashboard()).toMatch(/Most of the open slices' time goes to [a-z ]+ \(\d+%\)/)
  })

  it('is on track for a deadline far away', async () => {
    rig.github.model.setClock('2027-03-01T09:00:00Z')
    const ws = workspace('forecast:\n  runs: 3\n  deadline: 2027-06-01\n')
    await compile(ws)
    await tick(ws)
    expect(dashboard()).toContain('On track for the deadline 2027-06-01 at p90.')
  })

  it('names a models file that is not there, and the tick goes on', async () => {
    const ws = workspace('forecast:\n  models: forecast-models.yml\n')
    await compile(ws)
    const run = await tick(ws)
    expect(run.code).toBe(0)
    expect(dashboard()).toContain(
      '_No forecast: forecast.models: forecast-models.yml is not on main._'
    )
  })

  it('uses the models file of the default branch', async () => {
    rig.github.model.setClock('2027-03-01T09:00:00Z')
    const ws = workspace('forecast:\n  runs: 3\n  models: forecast-models.yml\n')
    // Every step takes a day: the ETA is weeks away.
    writeFileSync(
      path.join(ws, 'forecast-models.yml'),
      'worker:\n  duration: 1440\n  failure_rate: 0\nci:\n  failure_rate: 0\nreview:\n  pass_rate: 1\n'
    )
    await compile(ws)
    await tick(ws)
    expect(dashboard()).toContain('models of forecast-models.yml')
    expect(dashboard()).toMatch(/\*\*p50 2027-03-0[3-9]/)
  })

  it('is not there with forecast.eta off', async () => {
    const ws = workspace('forecast:\n  eta: false\n')
    await compile(ws)
    const run = await tick(ws)
    expect(run.code).toBe(0)
    expect(dashboard()).not.toContain('### ETA')
    expect(forecastRan(run)).toBe(false)
  })
})
