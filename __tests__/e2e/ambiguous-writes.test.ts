/**
 * Writes GitHub applied whose answer was lost (built bundle, emulator, real `@actions/cache`).
 * The emulator applies the request, then drops the connection or answers 5xx: the loop must read
 * back instead of sending again, so every creating write it makes happens once — after the fault
 * and after a re-run — and each paid dispatch happens once and is charged.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, tempDir, type ActionRun } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import type { Issue } from '../../rig/github/model.js'
import { failedRunEvent } from '../../rig/events.js'
import { loopWorkspace, unitIssue, scheduledTick } from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { workerPatch } from '../../rig/worker.js'
import { parseClaim } from '../../src/loop/markers.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const tick = (ws: string, runId?: number): Promise<ActionRun> =>
  scheduledTick(rig, ws, runId ? { runId } : {})

const recent = (run: ActionRun) =>
  (run.report!.guardrails as { counts: { recent: number } }).counts.recent

const comments = (issue: Issue) =>
  rig.github.model.comments.filter(c => c.issueNumber === issue.number)
const claims = (issue: Issue) =>
  comments(issue)
    .map(c => parseClaim(c.body))
    .filter(c => c !== undefined)
const posts = (path: RegExp) =>
  rig.github.log.filter(r => r.method === 'POST' && path.test(r.path)).length

describe('a write applied whose answer was lost', () => {
  it('the comment adapter posts its trigger once: read back, not re-sent, and a later tick does not send it again', async () => {
    const ws = loopWorkspace(
      "dispatch:\n  adapter: comment\n  comment_template: '@claude implement #{issue} on {branch}'\n"
    )
    const issue = unitIssue(rig, 'Add paging')
    // The trigger comment is applied, then the connection drops before GitHub answers.
    rig.github.inject({
      method: 'POST',
      path: /\/comments$/,
      body: /@claude implement/,
      afterApply: true,
      times: 1
    })
    const run = await tick(ws)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.dispatched).toBe('1')
    const triggers = () => comments(issue).filter(c => c.body.startsWith('@claude implement'))
    expect(triggers()).toHaveLength(1)
    expect(posts(/\/comments$/)).toBe(2) // the claim, and the trigger exactly once
    expect(claims(issue)).toEqual([expect.objectContaining({ attempt: 1, phase: 'dispatched' })])
    // Nobody sees the key: the comment reads as the template wrote it.
    expect(triggers()[0].body).toMatch(
      /^@claude implement #\d+ on loop\/issue-\d+\n\n<!-- lc:write-key=/
    )

    const again = await tick(ws)
    expect(again.outputs.dispatched).toBe('0')
    expect(triggers()).toHaveLength(1)
  })

  it('a claim comment whose answer was lost is found by its key: one claim, one dispatch', async () => {
    const ws = loopWorkspace()
    const issue = unitIssue(rig, 'Add paging')
    rig.github.inject({
      method: 'POST',
      path: /\/comments$/,
      body: /lc:claim/,
      status: 502,
      afterApply: true,
      times: 1
    })
    const run = await tick(ws)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.wave)).toHaveLength(1)
    expect(claims(issue)).toEqual([expect.objectContaining({ attempt: 1, phase: 'dispatched' })])
  })

  it('a workflow dispatch whose answer was lost is never sent again: the attempt is charged and the claim holds', async () => {
    const ws = loopWorkspace('dispatch:\n  adapter: workflow\n  workflow: worker.yml\n')
    const issue = unitIssue(rig, 'Add paging')
    rig.github.inject({ method: 'POST', path: /\/dispatches$/, afterApply: true, times: 1 })
    const run = await tick(ws)
    expect(posts(/\/dispatches$/)).toBe(1)
    expect(rig.github.model.dispatches).toHaveLength(1)
    expect(run.report!.unconfirmed).toEqual([
      expect.objectContaining({
        issue: issue.number,
        reason: expect.stringContaining('counted as attempt 1, not sent again')
      })
    ])
    // GitHub did not answer: a failed tick for the breaker, and the run says why.
    expect(run.code).not.toBe(0)
    expect(claims(issue)).toEqual([expect.objectContaining({ attempt: 1, phase: 'dispatching' })])

    // The next tick does not dispatch it again, and does not release the claim for free.
    const next = await tick(ws)
    expect(next.code).toBe(0)
    expect(posts(/\/dispatches$/)).toBe(1)
    expect(
      (next.report!.issues as { issue: number; class: string }[]).find(
        c => c.issue === issue.number
      )?.class
    ).toBe('claimed')
    expect(next.report!.released_claims).toEqual([])
    expect(recent(next)).toBe(1)
  })

  it('a dispatch that went out is charged even when the claim cannot say so afterwards', async () => {
    const ws = loopWorkspace('dispatch:\n  adapter: workflow\n  workflow: worker.yml\n')
    const issue = unitIssue(rig, 'Add paging')
    // Rewriting the claim to `dispatched` fails for good after the dispatch succeeded.
    rig.github.inject({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      body: /phase=dispatched/,
      status: 500
    })
    const run = await tick(ws, 4242)
    expect(run.code).toBe(0)
    expect(rig.github.model.dispatches).toHaveLength(1)
    expect(run.stdout).toContain('the claim could not say "dispatched"')
    expect(claims(issue)).toEqual([expect.objectContaining({ attempt: 1, phase: 'dispatching' })])
    rig.github.clearFaults()
    // The run that dispatched it ended in failure: the claim is still not released for free.
    rig.github.model.addRun({
      id: 4242,
      name: 'Delivery Loop',
      conclusion: 'failure',
      jobs: [{ name: 'tick', conclusion: 'failure', log: '' }]
    })
    const next = await tick(ws)
    expect(rig.github.model.dispatches).toHaveLength(1)
    expect(next.report!.released_claims).toEqual([])
    expect(recent(next)).toBe(1)
  })

  it('discover files one issue for a failure when the create answer is lost, and after a re-run', async () => {
    const run = rig.github.model.addRun({
      name: 'CI',
      path: '.github/workflows/ci.yml',
      jobs: [
        {
          name: 'test',
          steps: [{ name: 'Run tests', conclusion: 'failure' }],
          log: '2026-11-20T10:11:12.1234567Z ##[error]Expected 200, received 500'
        }
      ]
    })
    const discover = () =>
      runAction({
        github: rig.github,
        inputs: { mode: 'discover' },
        eventName: 'workflow_run',
        event: failedRunEvent(run)
      })
    rig.github.inject({
      method: 'POST',
      path: /\/issues$/,
      status: 502,
      afterApply: true,
      times: 1
    })
    const first = await discover()
    expect(first.stderr).toBe('')
    expect(first.outputs.created).toBe('1')
    const filed = () =>
      rig.github.model.issues.filter(i => i.labels.includes('delivery:discovered') && !i.pull)
    expect(filed()).toHaveLength(1)
    expect(posts(/\/issues$/)).toBe(1)
    expect(filed()[0].body).toContain('Expected 200, received 500')

    await discover() // a redelivered event: counted already, nothing new
    expect(filed()).toHaveLength(1)
  })

  it('two discovers of the same failed run at once leave one open issue; the later copy is closed as a duplicate', async () => {
    const run = rig.github.model.addRun({
      name: 'CI',
      path: '.github/workflows/ci.yml',
      jobs: [
        {
          name: 'lint',
          steps: [{ name: 'Lint', conclusion: 'failure' }],
          log: '2026-11-20T10:11:12.1234567Z ##[error]src/a.ts: no-unused-vars'
        }
      ]
    })
    // Both runs read before either files: the emulator holds issue creation back a little.
    rig.github.inject({ method: 'POST', path: /\/issues$/, latencyMs: 2500 })
    const discover = () =>
      runAction({
        github: rig.github,
        inputs: { mode: 'discover' },
        eventName: 'workflow_run',
        event: failedRunEvent(run)
      })
    const runs = await Promise.all([discover(), discover()])
    for (const r of runs) expect(r.code).toBe(0)
    const filed = rig.github.model.issues.filter(
      i => i.labels.includes('delivery:discovered') && !i.pull
    )
    // Both filed (the race is real), and one copy is gone.
    expect(filed).toHaveLength(2)
    expect(filed.filter(i => i.state === 'open')).toHaveLength(1)
    const keeper = filed.find(i => i.state === 'open')!
    for (const copy of filed.filter(i => i.state === 'closed')) {
      expect(copy.number).toBeGreaterThan(keeper.number)
      expect(copy.stateReason).toBe('duplicate')
      expect(comments(copy).at(-1)!.body).toContain(`duplicate of #${keeper.number}`)
    }
  })

  it('verdict publishes one loopreview check and one review when their answers are lost', async () => {
    const ws = loopWorkspace()
    const issue = unitIssue(rig, 'Add paging')
    const m = rig.github.model
    const pr = m.openPull({
      head: `loop/issue-${issue.number}`,
      title: `Work on #${issue.number}`,
      body: `Closes #${issue.number}`,
      userId: m.userByLogin('github-actions[bot]')!.id
    })
    const sha = pr.pull!.headSha
    const file = path.join(tempDir('verdict'), 'verdict.json')
    writeFileSync(
      file,
      JSON.stringify({
        verdict: 'fail',
        findings: [{ severity: 'major', file: 'src/a.ts', line: 3, note: 'off by one' }],
        evidence: 'Read src/a.ts; ran npm test.',
        spec_conformance: 'partial',
        reviewer: { provider: 'openai', model: 'gpt-5' },
        head_sha: sha
      })
    )
    rig.github.inject({ method: 'POST', path: /\/check-runs$/, afterApply: true, times: 1 })
    rig.github.inject({
      method: 'POST',
      path: /\/reviews$/,
      status: 504,
      afterApply: true,
      times: 1
    })
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'verdict', 'pull-request': String(pr.number), 'verdict-file': file },
      workspace: ws
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(m.checkRuns.filter(r => r.name === 'loopreview' && r.headSha === sha)).toHaveLength(1)
    expect(m.reviews.filter(r => r.pullNumber === pr.number)).toHaveLength(1)
    expect(posts(/\/check-runs$/)).toBe(1)
  })

  it('publish creates its branch and opens one pull request when their answers are lost', async () => {
    const ws = loopWorkspace()
    const issue = unitIssue(rig, 'Add paging')
    const first = await tick(ws)
    const [task] = JSON.parse(first.outputs.wave) as { branch: string }[]
    rig.github.inject({ method: 'POST', path: /\/pulls$/, afterApply: true, times: 1 })
    // The branch is made, its answer lost: the retry finds it made at this very commit.
    rig.github.inject({
      method: 'POST',
      path: /\/git\/refs$/,
      status: 502,
      afterApply: true,
      times: 1
    })
    const run = await runAction({
      github: rig.github,
      inputs: {
        mode: 'publish',
        'push-token': rig.github.tokens.maintainer,
        issue: String(issue.number),
        branch: task.branch,
        'patch-file': workerPatch(rig, 'main', { 'src/paging.ts': 'export const size = 1\n' })
      },
      workspace: ws
    })
    expect(run.stderr).toBe('')
    expect(run.outputs.status).toBe('published')
    const pulls = rig.github.model.issues.filter(i => i.pull)
    expect(pulls).toHaveLength(1)
    expect(run.outputs['pull-request']).toBe(String(pulls[0].number))
  })
})
