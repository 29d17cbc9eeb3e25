/**
 * The loop's spine, end to end on the built bundle: dry runs of every mode write nothing and plan
 * what the real run does; two ticks racing dispatch each issue once; a tick that dies after its
 * claim costs nothing; one marker is one dispatch.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseClaim } from '../../src/loop/markers.js'
import { failedRunEvent } from '../../rig/events.js'
import { runAction, tempDir, type ActionRun } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

function workspace(config: string, roadmap?: string): string {
  const dir = tempDir('ws')
  mkdirSync(path.join(dir, '.git'))
  writeFileSync(path.join(dir, '.delivery.yml'), `version: 1\n${config}`)
  if (roadmap) writeFileSync(path.join(dir, 'ROADMAP.md'), roadmap)
  return dir
}

function ready(count: number, title = 'ready') {
  const m = rig.github.model
  const bot = m.userByLogin('github-actions[bot]')!.id
  return Array.from({ length: count }, (_, i) =>
    m.createIssue({ title: `${title} ${i}`, body: 'work', labels: ['delivery:unit'], userId: bot })
  )
}

const tick = (ws: string, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({
    github: rig.github,
    inputs: { mode: 'tick' },
    workspace: ws,
    eventName: 'schedule',
    ...extra
  })

const waveOf = (run: ActionRun) =>
  (JSON.parse(run.outputs.wave ?? '[]') as { issue: number; kind: string; attempt: number }[]).map(
    w => `${w.kind}#${w.issue}@${w.attempt}`
  )

/** Claims on an issue that still hold (not released). */
function holdingClaims(issue: number) {
  return rig.github.model.comments
    .filter(c => c.issueNumber === issue)
    .map(c => parseClaim(c.body))
    .filter(c => c && c.phase !== 'released')
}

describe('dry run is the plan alone', () => {
  it('tick: zero writes, and the wave the real run then dispatches', async () => {
    ready(3)
    const ws = workspace('')
    const dry = await tick(ws, { inputs: { mode: 'tick', 'dry-run': 'true' } })
    expect(dry.code).toBe(0)
    expect(dry.requests.filter(r => r.write)).toEqual([])
    const real = await tick(ws)
    expect(real.code).toBe(0)
    expect(waveOf(dry)).toHaveLength(3)
    expect(waveOf(dry)).toEqual(waveOf(real))
    expect(dry.report!.issues).toEqual(real.report!.issues)
  })

  it('compile: zero writes, and the creates the real run then makes', async () => {
    const ws = workspace(
      '',
      '## A\n- doc: one\n- code: two\n\n## B\n- code: three (needs: a/code-1)\n'
    )
    const compile = (dryRun: boolean) =>
      runAction({
        github: rig.github,
        inputs: { mode: 'compile', ...(dryRun ? { 'dry-run': 'true' } : {}) },
        workspace: ws,
        eventName: 'push'
      })
    const dry = await compile(true)
    expect(dry.code).toBe(0)
    expect(dry.requests.filter(r => r.write)).toEqual([])
    const real = await compile(false)
    expect(real.code).toBe(0)
    const planned = (dry.report!.plan as { id: string; action: string }[]).filter(
      p => p.action === 'create'
    )
    const created = real.report!.created as { id: string }[]
    expect(planned.map(p => p.id).sort()).toEqual(created.map(c => c.id).sort())
    expect(created).toHaveLength(3)
  })

  it('discover: zero writes, and the outcomes the real run then files', async () => {
    const run = rig.github.model.addRun({
      name: 'CI',
      path: '.github/workflows/ci.yml',
      jobs: [{ name: 'test', log: '2026-11-20T10:00:00.0000000Z ##[error]boom' }]
    })
    const discover = (dryRun: boolean) =>
      runAction({
        github: rig.github,
        inputs: { mode: 'discover', ...(dryRun ? { 'dry-run': 'true' } : {}) },
        eventName: 'workflow_run',
        event: failedRunEvent(run)
      })
    const dry = await discover(true)
    expect(dry.code).toBe(0)
    expect(dry.requests.filter(r => r.write)).toEqual([])
    const real = await discover(false)
    const shape = (r: ActionRun) =>
      ['created', 'updated', 'reopened', 'skipped'].map(k =>
        (r.report![k] as { signature: string }[]).map(o => o.signature)
      )
    expect(shape(dry)).toEqual(shape(real))
    expect((real.report!.created as unknown[]).length).toBe(1)
  })

  it('prompt: zero writes in a dry run', async () => {
    const [issue] = ready(1)
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'prompt', issue: String(issue.number), 'dry-run': 'true' }
    })
    expect(run.code).toBe(0)
    expect(run.requests.filter(r => r.write)).toEqual([])
  })

  it('a configuration the dispatch cannot run with fails the dry run as it fails the real run', async () => {
    ready(1)
    const ws = workspace('dispatch:\n  adapter: workflow\n')
    for (const dryRun of [true, false]) {
      const run = await tick(ws, {
        inputs: { mode: 'tick', ...(dryRun ? { 'dry-run': 'true' } : {}) }
      })
      expect(run.code).not.toBe(0)
      expect(run.stdout).toContain(
        'dispatch.workflow: is required when dispatch.adapter is workflow'
      )
      expect(run.requests.filter(r => r.write)).toEqual([])
    }
  })
})

describe('dispatch cannot happen twice', () => {
  it('two ticks started together dispatch each issue at most once (12 trials, no concurrency group)', async () => {
    const ws = workspace(
      'guardrails:\n  budget:\n    max_in_flight: 100\n    max_dispatches_per_tick: 3\n    max_dispatches_per_day: 1000\n'
    )
    for (let trial = 0; trial < 12; trial++) {
      const issues = ready(3, `trial ${trial}`)
      rig.github.resetQuota()
      const [a, b] = await Promise.all([tick(ws), tick(ws)])
      expect([a.code, b.code]).toEqual([0, 0])
      const union = [...waveOf(a), ...waveOf(b)]
      expect(new Set(union).size).toBe(union.length)
      expect(union.sort()).toEqual(issues.map(i => `new#${i.number}@1`).sort())
      for (const i of issues) expect(holdingClaims(i.number)).toHaveLength(1)
    }
  }, 240_000)

  it('one marker, one dispatch: the younger copy of a unit is reported, never dispatched', async () => {
    const m = rig.github.model
    const bot = m.userByLogin('github-actions[bot]')!.id
    const older = m.createIssue({
      title: 'Doc: one',
      body: '<!-- lc:u=lc-abc -->\nx',
      labels: ['delivery:unit'],
      userId: bot
    })
    const younger = m.createIssue({
      title: 'Doc: one',
      body: '<!-- lc:u=lc-abc -->\nx',
      labels: ['delivery:unit'],
      userId: bot
    })
    const run = await tick(workspace(''))
    expect(waveOf(run)).toEqual([`new#${older.number}@1`])
    expect(run.report!.duplicates).toEqual([
      { issue: younger.number, of: older.number, marker: 'lc-abc' }
    ])
    expect(run.summary).toContain(`#${younger.number} repeats #${older.number}`)
  })
})

describe('claims are bound to their run', () => {
  it.each([
    ['after its claim comment', 2],
    ['after its claim comment and label', 3]
  ])(
    'a tick that dies %s: the next tick releases the claim, charges no attempt and dispatches again',
    async (_what, writes) => {
      const [issue] = ready(1)
      const ws = workspace('')
      rig.github.dieAfterWrites(writes)
      const dead = await tick(ws, { runId: 4242 })
      expect(dead.code).not.toBe(0)
      rig.github.revive()
      const claims = rig.github.model.comments.filter(c => c.issueNumber === issue.number)
      expect(claims.map(c => parseClaim(c.body)?.phase)).toEqual(['claiming'])
      // GitHub now reports the claiming run as failed.
      rig.github.model.addRun({ id: 4242, name: 'delivery-loop', conclusion: 'failure', jobs: [] })

      const next = await tick(ws, { runId: 4343 })
      expect(next.code).toBe(0)
      expect(waveOf(next)).toEqual([`new#${issue.number}@1`])
      expect(holdingClaims(issue.number)).toEqual([
        expect.objectContaining({
          attempt: 1,
          run: '4343',
          phase: 'dispatched',
          branch: `loop/issue-${issue.number}`
        })
      ])
      if (writes === 3)
        expect(next.report!.released_claims).toEqual([
          expect.objectContaining({
            issue: issue.number,
            run: '4242',
            reason: expect.stringContaining('no attempt charged')
          })
        ])
    }
  )

  it('a claim of a run that is still going holds the issue', async () => {
    const [issue] = ready(1)
    const ws = workspace('')
    rig.github.dieAfterWrites(3)
    await tick(ws, { runId: 5151 })
    rig.github.revive()
    rig.github.model.addRun({ id: 5151, name: 'delivery-loop', status: 'in_progress', jobs: [] })
    const next = await tick(ws, { runId: 5252 })
    expect(next.code).toBe(0)
    expect(waveOf(next)).toEqual([])
    expect((next.report!.issues as { issue: number; class: string }[])[0]).toMatchObject({
      issue: issue.number,
      class: 'claimed'
    })
  })
})
