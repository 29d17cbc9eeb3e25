/**
 * Review-aware pacing on the rig (`guardrails.review`): a burst of finished work holds the next
 * waves, the dashboard says why, and a person's merge lets new work go — while a fix for work
 * already open is never held; the pace comes from the loop's own merged pull requests on GitHub,
 * and an outsider can influence neither the queue nor the pace.
 */
import { describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import type { Issue } from '../../rig/github/model.js'
import {
  loopWorkspace as workspace,
  mergeAs,
  scheduledTick,
  seedVerdict,
  unitIssue,
  waveOf
} from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

let runs = 900
const tick = (ws: string) =>
  scheduledTick(rig, ws, {
    runId: runs++,
    env: { DELIVERY_LOOP_TEST_NOW: rig.github.model.currentTime() }
  })
const review = (run: ActionRun) =>
  (run.report!.guardrails as { review: Record<string, unknown> }).review
const dashboard = () =>
  rig.github.model.issues.find(i => i.labels.includes('delivery:dashboard'))!.body!

/** A unit issue with the loop's pull request: CI `ci`, and the loop's pass when `passed`. */
function worked(
  title: string,
  ci: 'success' | 'failure',
  passed: boolean,
  author = 'github-actions[bot]'
) {
  const m = rig.github.model
  const issue = unitIssue(rig, title)
  const pr = m.openPull({
    head: `loop/issue-${issue.number}`,
    title,
    body: `Closes #${issue.number}`,
    userId: m.userByLogin(author)!.id
  })
  m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: ci, appSlug: 'ci-app' })
  if (passed) seedVerdict(rig, pr.pull!.headSha, 'success')
  return { issue, pr }
}

const merge = (pr: Issue, token?: string) => mergeAs(rig, pr.number, token)

const CONFIG =
  'guardrails:\n  review:\n    max_waiting: 2\n  budget:\n    max_in_flight: 10\n    max_dispatches_per_tick: 5\n'

describe('review-aware pacing', () => {
  it('holds new work while two pull requests wait for a person, says why, and lets one go per merge; a fix is never held', async () => {
    const m = rig.github.model
    m.setClock('2026-12-02T09:00:00Z')
    const ready = [worked('ready one', 'success', true), worked('ready two', 'success', true)]
    const red = worked('red', 'failure', false)
    const fresh = [unitIssue(rig, 'new a'), unitIssue(rig, 'new b'), unitIssue(rig, 'new c')]
    const ws = workspace(CONFIG)
    m.setClock('2026-12-02T10:00:00Z')
    const first = await tick(ws)
    expect(first.code).toBe(0)
    // The fix for the red pull request goes; no new work: 2 wait, the fix is on its way.
    expect(waveOf(first)).toEqual([
      expect.objectContaining({ issue: red.issue.number, kind: 'fix' })
    ])
    expect(first.report!.skipped).toContainEqual({
      issue: fresh[0].number,
      reason: expect.stringContaining(
        'review queue full: 2 pull request(s) ready for a person to merge'
      )
    })
    expect(review(first)).toMatchObject({
      waiting: [
        { pull: ready[0].pr.number, ready_since: expect.stringMatching(/^2026-12-02T09:00/) },
        { pull: ready[1].pr.number, ready_since: expect.any(String) }
      ],
      max_waiting: 2
    })
    const body = dashboard()
    const readyRow = body.split('\n').find(l => l.startsWith(`- #${fresh[0].number} `))
    expect(readyRow).toContain(
      'paced: people are busy reviewing what the loop sent (`guardrails.review`)'
    )
    expect(body).toContain('| review queue | ')
    expect(body).toContain('(ready since 2026-12-02 09:00 UTC)')
    // Then quiet ticks (after the one that judges the fix's progress): nothing written, nothing sent.
    expect(waveOf(await tick(ws))).toEqual([])
    const quiet = await tick(ws)
    expect(waveOf(quiet)).toEqual([])
    expect(quiet.requests.filter(r => r.write)).toEqual([])

    // The person merges both; the fix's pull request is still on its way: one new slice goes.
    m.setClock('2026-12-02T11:00:00Z')
    for (const r of ready) expect(await merge(r.pr)).toBe(200)
    const after = await tick(ws)
    expect(waveOf(after).map(w => w.issue)).toEqual([fresh[0].number])
    expect(after.report!.skipped).toContainEqual({
      issue: fresh[1].number,
      reason: expect.stringContaining('review queue full: 0 pull request(s) ready')
    })
  }, 120_000)

  it("learns the pace from the loop's merged pull requests, not an outsider's, and an outsider cannot merge to move it", async () => {
    const m = rig.github.model
    const ws = workspace('guardrails:\n  review:\n    max_wait_hours: 4\n')
    // Three of the loop's pull requests merged an hour after their pass, on weekday mornings.
    for (const day of [25, 26, 27]) {
      m.setClock(`2026-11-${day}T09:00:00Z`)
      const { pr } = worked(`done ${day}`, 'success', true)
      m.setClock(`2026-11-${day}T10:00:00Z`)
      expect(await merge(pr)).toBe(200)
    }
    // An outsider's pull request on a loop-looking branch, merged by the maintainer: not the loop's.
    m.setClock('2026-11-30T09:00:00Z')
    const theirs = worked('theirs', 'success', false, 'outsider')
    expect(await merge(theirs.pr)).toBe(200)
    // An outsider cannot merge the loop's waiting pull request to make room.
    const waiting = worked('waiting', 'success', true)
    expect(await merge(waiting.pr, rig.github.tokens.outsider)).toBe(403)
    unitIssue(rig, 'next')
    m.setClock('2026-12-02T09:30:00Z')
    const run = await tick(ws)
    expect(run.code).toBe(0)
    expect(review(run)).toMatchObject({
      merges: 3,
      by_reviewer: { maintainer: 3 },
      median_wait_hours: 1,
      max_wait_hours: 4
    })
    // The one waiting since 09:00 (Monday 30th) has waited two days: over 4 h, new work waits.
    expect(run.report!.skipped).toContainEqual({
      issue: expect.any(Number),
      reason: expect.stringContaining(
        'the oldest pull request ready to merge has waited 2 days, over max_wait_hours 4'
      )
    })
    expect(waveOf(run)).toEqual([])
  }, 120_000)
})
