/**
 * The forecast is faithful: replay what happened outside the loop in a simulated run — agents
 * publishing or refused, CI, verdicts, merges, a person unfreezing — against the built action on
 * the rig, at the same times, and the real action decides exactly as the simulation did: the same
 * waves and review waves, the same freezes and holds, tick after tick, and the same claims.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseConfig } from '../../src/config/load.js'
import { defaultModels } from '../../src/forecast/models.js'
import { simulate } from '../../src/forecast/simulate.js'
import type { TickRecord, TraceEvent } from '../../src/forecast/simulation-types.js'
import { claimsIn } from '../../src/loop/claims.js'
import { verdictCheckId, type ClaimMarker } from '../../src/loop/markers.js'
import { runAction } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { loopWorkspace } from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const ROADMAP =
  '# Plan\n\n## Store\nKeep widgets.\n\n- doc: Design the store\n- code: Write the store (files: src/store.ts)\n- code: Write the cache (files: src/store.ts)\n'
const START = new Date('2027-01-04T09:00:00Z')
/**
 * A six-hourly schedule and a seed whose run has a refused agent, a red CI run, a failed review,
 * a freeze a person lifts, and holds — in 14 ticks, each one a run of the built action.
 */
const SEED = 384
const models = () => {
  const m = defaultModels()
  m.ticks.cron_minutes = 360
  return m
}

type Decisions = Pick<TickRecord, 'wave' | 'review' | 'frozen'> & { held: number[] }

const decisionsOf = (t: TickRecord): Decisions => ({
  wave: t.wave,
  review: t.review,
  frozen: t.frozen,
  held: t.held.map(h => h.issue)
})

/** The rig, driven by the simulation's trace: the built action ticks; the world does the rest. */
class Replay {
  readonly ticks: Decisions[] = []
  private readonly m = rig.github.model
  private readonly bot = this.m.userByLogin('github-actions[bot]')!.id
  private readonly declared = new Map<number, string[]>([
    [2, ['src/store.ts']],
    [3, ['src/store.ts']]
  ])
  private edits = 0

  constructor(private readonly ws: string) {}

  private clock(minutes: number): string {
    const at = new Date(START.getTime() + minutes * 60_000).toISOString()
    this.m.setClock(at)
    return at
  }

  private pullOf(issue: number) {
    return this.m.issues.find(
      i => i.pull && i.state === 'open' && i.pull.head.startsWith(`loop/issue-${issue}`)
    )!
  }

  async apply(e: TraceEvent): Promise<void> {
    const at = this.clock(e.at)
    switch (e.kind) {
      case 'tick':
        return this.tick(e.run, at)
      case 'run-end': {
        const run = this.m.runs.find(r => r.id === e.run)!
        run.status = 'completed'
        run.conclusion = 'success'
        return
      }
      case 'worker':
        return this.worker(e, at)
      case 'ci':
        this.m.addCheckRun({
          name: 'test',
          headSha: this.pullOf(e.issue).pull!.headSha,
          conclusion: e.ok ? 'success' : 'failure',
          appSlug: 'ci-app'
        })
        return
      case 'review': {
        const head = this.pullOf(e.issue).pull!.headSha
        this.m.addCheckRun({
          name: 'loopreview',
          headSha: head,
          conclusion: e.pass ? 'success' : 'failure',
          appSlug: 'github-actions',
          externalId: verdictCheckId(head)
        })
        return
      }
      case 'merge':
        return this.merge(e.issue, e.conflicts)
      case 'unfreeze': {
        const issue = this.m.issue(e.issue)!
        issue.labels = issue.labels.filter(l => l !== 'needs-human')
        this.m.touch(issue)
        return
      }
    }
  }

  private async tick(run: number, at: string): Promise<void> {
    this.m.addRun({ id: run, name: 'delivery-loop tick', status: 'in_progress', jobs: [] })
    const result = await runAction({
      github: rig.github,
      cache: rig.cache,
      inputs: { mode: 'tick' },
      workspace: this.ws,
      eventName: 'schedule',
      runId: run,
      env: { DELIVERY_LOOP_TEST_NOW: at }
    })
    expect(result.code).toBe(0)
    const report = result.report as {
      skipped: { issue: number }[]
      guardrails: { frozen: { issue: number }[] }
    }
    this.ticks.push({
      wave: (JSON.parse(result.outputs.wave) as Decisions['wave']).map(t => ({
        issue: t.issue,
        kind: t.kind,
        attempt: t.attempt
      })),
      review: (JSON.parse(result.outputs['review-wave']) as { pull: number }[]).map(r => r.pull),
      frozen: report.guardrails.frozen.map(f => f.issue),
      held: report.skipped.map(s => s.issue)
    })
  }

  /** An agent's change published on its branch, or refused by the real publish (no patch). */
  private async worker(e: Extract<TraceEvent, { kind: 'worker' }>, at: string): Promise<void> {
    if (e.outcome === 'refused') {
      const empty = path.join(this.ws, 'empty.patch')
      writeFileSync(empty, '')
      const run = await runAction({
        github: rig.github,
        inputs: {
          mode: 'publish',
          issue: String(e.issue),
          branch: e.branch,
          kind: e.task,
          'patch-file': empty
        },
        workspace: this.ws,
        env: { DELIVERY_LOOP_TEST_NOW: at }
      })
      expect(run.outputs.status).toBe('refused')
      return
    }
    if (e.outcome === 'opened') {
      const pr = this.m.openPull({
        head: e.branch,
        title: `#${e.issue}`,
        body: `Closes #${e.issue}`,
        userId: this.bot
      })
      // The paths it changes are the ones its slice declared, as in the simulation; the bytes go
      // to a file of their own, so that git's merge agrees with the conflict model's draw.
      pr.pull!.mergeable = 'MERGEABLE'
      pr.pull!.files = (this.declared.get(e.issue) ?? []).map(filename => ({
        filename,
        status: 'modified',
        additions: 1,
        deletions: 0
      }))
    } else if (e.task === 'conflict') this.pullOf(e.issue).pull!.mergeable = 'MERGEABLE'
    this.m.writeFile(e.branch, `work/edit-${++this.edits}.md`, Buffer.from('edit\n'))
  }

  private async merge(issue: number, conflicts: number[]): Promise<void> {
    const pr = this.pullOf(issue)
    const merged = await fetch(
      `${rig.github.url}/repos/${rig.github.repo}/pulls/${pr.number}/merge`,
      {
        method: 'PUT',
        headers: {
          authorization: `token ${rig.github.tokens.maintainer}`,
          'content-type': 'application/json'
        },
        body: '{}'
      }
    )
    expect(merged.status).toBe(200)
    for (const other of conflicts) this.pullOf(other).pull!.mergeable = 'CONFLICTING'
  }
}

describe('the forecast against the real action', () => {
  it('makes the same decisions, in the same order, as the built action on the rig', async () => {
    const { config } = parseConfig('version: 1\n')
    const sim = await simulate({
      roadmap: ROADMAP,
      roadmapFile: 'ROADMAP.md',
      config,
      models: models(),
      seed: SEED,
      start: START,
      horizonDays: 30
    })
    expect(sim.done).toBe(true)
    // The run is worth replaying: something failed at every step the loop recovers from.
    const kinds = sim.trace.map(e =>
      e.kind === 'worker'
        ? e.outcome
        : e.kind === 'ci'
          ? `ci:${e.ok}`
          : e.kind === 'review'
            ? `review:${e.pass}`
            : e.kind
    )
    expect(kinds).toEqual(
      expect.arrayContaining(['refused', 'ci:false', 'review:false', 'unfreeze'])
    )

    const ws = loopWorkspace()
    writeFileSync(path.join(ws, 'ROADMAP.md'), ROADMAP)
    rig.github.model.setClock(START.toISOString())
    const compiled = await runAction({
      github: rig.github,
      inputs: { mode: 'compile' },
      workspace: ws,
      env: { DELIVERY_LOOP_TEST_NOW: START.toISOString() }
    })
    expect(compiled.code).toBe(0)
    const replay = new Replay(ws)
    for (const event of sim.trace) await replay.apply(event)

    // Pull request numbers differ (the rig also has the dashboard issue): reviews by issue.
    const byIssue = (ticks: Decisions[], pullIssue: (pull: number) => number) =>
      ticks.map(t => ({ ...t, review: t.review.map(pullIssue) }))
    const rigIssue = (pull: number) =>
      rig.github.model.closingReferences(rig.github.model.issue(pull)!)[0].number
    expect(byIssue(replay.ticks, rigIssue)).toEqual(
      byIssue(sim.ticks.map(decisionsOf), pull => sim.pullIssues[pull])
    )
    // The claims the loop left on each issue: the same attempts, branches, kinds and phases.
    for (const n of [1, 2, 3]) {
      const onRig = rig.github.model.comments
        .filter(c => c.issueNumber === n)
        .map((c, i) => ({
          id: i + 1,
          body: c.body,
          author: rig.github.model.user(c.userId).login,
          createdAt: '',
          authorAssociation: 'NONE'
        }))
      // Commit SHAs are each world's own: a claim names a head, which one is not a decision.
      const decided = (m: ClaimMarker) => ({ ...m, head: m.head !== undefined })
      expect(claimsIn(onRig).map(c => decided(c.marker))).toEqual(sim.claims[n].map(decided))
    }
  })
})
