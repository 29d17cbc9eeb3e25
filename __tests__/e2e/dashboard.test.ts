/**
 * The dashboard issue end to end: one per repository, rewritten only when it changes, the
 * sections a maintainer acts on, and commands honoured only from people who may write.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { withoutWriteKey } from '../../src/loop/markers.js'
import {
  loopWorkspace as workspace,
  seedClaim,
  seedVerdict,
  unitIssue,
  scheduledTick
} from '../../rig/loop.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})
const unit = (title: string, labels: string[] = []) => unitIssue(rig, title, labels)

let runs = 500
const tick = (ws: string, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  scheduledTick(rig, ws, { runId: runs++, ...extra })

const dashboards = () =>
  rig.github.model.issues.filter(i => i.labels.includes('delivery:dashboard'))
const dashboardWrites = (run: ActionRun, number: number) =>
  run.requests.filter(r => r.write && r.path.endsWith(`/issues/${number}`))
const waveOf = (run: ActionRun) => JSON.parse(run.outputs.wave ?? '[]') as { issue: number }[]

/** Tick a box as `login` would through GitHub's REST API. */
async function tickBox(login: 'maintainer' | 'outsider', id: string): Promise<number> {
  const dash = dashboards()[0]
  const body = dash
    .body!.split('\n')
    .map(l => (l.includes(`<!-- lc:cmd=${id} -->`) ? l.replace('- [ ]', '- [x]') : l))
    .join('\n')
  const token = login === 'maintainer' ? rig.github.tokens.maintainer : rig.github.tokens.outsider
  const res = await fetch(`${rig.github.url}/repos/${rig.github.repo}/issues/${dash.number}`, {
    method: 'PATCH',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body })
  })
  return res.status
}

describe('the dashboard issue', () => {
  it('is created once, left alone by quiet ticks, and rewritten once when something changes', async () => {
    const m = rig.github.model
    const issue = unit('work')
    const pr = m.openPull({
      head: `loop/issue-${issue.number}`,
      title: 'work',
      body: `Closes #${issue.number}`,
      userId: m.userByLogin('github-actions[bot]')!.id
    })
    // CI is running: the check is in progress.
    const check = m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: 'success' })
    check.status = 'in_progress'
    check.conclusion = null
    const ws = workspace()
    const first = await tick(ws)
    expect(first.code).toBe(0)
    expect(dashboards()).toHaveLength(1)
    const number = dashboards()[0].number
    for (let i = 0; i < 10; i++) {
      const quiet = await tick(ws)
      expect(quiet.code).toBe(0)
      expect(dashboardWrites(quiet, number)).toEqual([])
      expect(quiet.requests.filter(r => r.write)).toEqual([])
    }
    check.status = 'completed'
    check.conclusion = 'success'
    const green = await tick(ws)
    expect(dashboardWrites(green, number)).toHaveLength(1)
    expect(dashboards()[0].body).toContain(
      `- #${issue.number} work — PR #${pr.number}: CI is green`
    )
    expect(dashboardWrites(await tick(ws), number)).toEqual([])
    expect(dashboards()).toHaveLength(1)
  }, 120_000)

  it('lists a PR with green CI and a passing review under "Ready for human merge", and a frozen issue with its retry box', async () => {
    const m = rig.github.model
    const done = unit('done work')
    const pr = m.openPull({
      head: `loop/issue-${done.number}`,
      title: 'done',
      body: `Closes #${done.number}`,
      userId: m.userByLogin('github-actions[bot]')!.id
    })
    m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: 'success' })
    seedVerdict(rig, pr.pull!.headSha, 'success')
    const stuck = unit('stuck', ['status:implementing'])
    for (const attempt of [1, 2]) seedClaim(rig, stuck, attempt, '2026-01-01T00:00:00Z')
    const run = await tick(workspace('guardrails:\n  budget:\n    max_attempts_per_issue: 2\n'))
    expect(run.code).toBe(0)
    const body = dashboards()[0].body!
    const section = (title: string) => body.split(`## ${title}`)[1].split('\n## ')[0]
    expect(section('Ready for human merge')).toContain(
      `- #${done.number} done work — PR #${pr.number}: CI green and the review passed: merge it`
    )
    expect(stuck.labels).toContain('needs-human')
    // Frozen this tick: the next dashboard lists it with a box to retry it.
    await tick(workspace('guardrails:\n  budget:\n    max_attempts_per_issue: 2\n'))
    expect(dashboards()[0].body!.split('## Frozen')[1].split('\n## ')[0]).toContain(
      `- [ ] Retry #${stuck.number} stuck — frozen: the attempt budget is used: attempts 2/2 <!-- lc:cmd=retry:${stuck.number} -->`
    )
    expect(run.summary).toContain('## Ready for human merge (1)')
  }, 60_000)

  it('pause, resume, retry and reset the breaker from the dashboard — only for people who can write', async () => {
    const a = unit('a')
    const ws = workspace(
      'guardrails:\n  budget:\n    max_in_flight: 10\n    max_dispatches_per_tick: 1\n'
    )
    await tick(ws)
    expect(await tickBox('maintainer', 'pause')).toBe(200)
    const paused = await tick(ws)
    expect(paused.outputs.status).toBe('paused')
    expect(waveOf(paused)).toEqual([])
    expect(paused.report!.commands).toEqual([
      expect.objectContaining({ command: 'pause', by: 'maintainer', outcome: 'applied' })
    ])
    const body = dashboards()[0].body!
    expect(body).toMatch(/Status: ⏸ \*\*paused\*\* by @\u200bmaintainer at /)
    expect(body).not.toContain('- [x]')
    expect(body).toContain('<!-- lc:cmd=resume -->')
    unit('b')
    expect(waveOf(await tick(ws))).toEqual([])

    expect(await tickBox('maintainer', 'resume')).toBe(200)
    const resumed = await tick(ws)
    expect(resumed.outputs.status).toBe('dispatched')
    expect(waveOf(resumed)).toHaveLength(1)
    expect(a.labels).toContain('status:implementing')
  }, 120_000)

  it('a box ticked by someone who cannot write is ignored, unticked and reported', async () => {
    unit('a')
    const ws = workspace('guardrails:\n  budget:\n    max_dispatches_per_tick: 1\n')
    await tick(ws)
    // GitHub refuses the outsider's edit of a body they did not write…
    expect(await tickBox('outsider', 'pause')).toBe(403)
    // …so stand in for a user with triage rights (who cannot pause the loop): edit as the model would record it.
    const dash = dashboards()[0]
    dash.body = dash.body!.replace('- [ ] Pause the loop', '- [x] Pause the loop')
    dash.editorId = rig.github.model.userByLogin('outsider')!.id
    unit('b')
    const run = await tick(ws)
    expect(run.outputs.status).toBe('dispatched')
    expect(run.report!.commands).toEqual([
      expect.objectContaining({ command: 'pause', by: 'outsider', outcome: 'ignored' })
    ])
    expect(run.stdout).toContain('who cannot write to the repository: ignored and unticked')
    expect(dashboards()[0].body).not.toContain('- [x]')
  }, 60_000)

  it('retry #N unfreezes N; reset breaker closes an open breaker', async () => {
    const stuck = unit('stuck', ['status:implementing'])
    for (const attempt of [1, 2]) seedClaim(rig, stuck, attempt, '2026-01-01T00:00:00Z')
    const ws = workspace('guardrails:\n  budget:\n    max_attempts_per_issue: 2\n')
    await tick(ws)
    await tick(ws)
    expect(stuck.labels).toContain('needs-human')
    expect(await tickBox('maintainer', `retry:${stuck.number}`)).toBe(200)
    const retried = await tick(ws)
    expect(stuck.labels).not.toContain('needs-human')
    expect(waveOf(retried)).toEqual([expect.objectContaining({ issue: stuck.number, attempt: 3 })])

    // Open the breaker: three ticks whose dispatches fail.
    const wf = workspace('dispatch:\n  adapter: workflow\n  workflow: w.yml\n')
    unit('x')
    rig.github.inject({
      method: 'POST',
      path: /\/dispatches$/,
      status: 422,
      message: "Workflow does not have 'workflow_dispatch' trigger"
    })
    for (let i = 0; i < 3; i++) await tick(wf)
    expect((await tick(wf)).outputs.status).toBe('breaker-open')
    expect(dashboards()[0].body).toContain('<!-- lc:cmd=reset-breaker -->')
    rig.github.clearFaults()
    expect(await tickBox('maintainer', 'reset-breaker')).toBe(200)
    const reset = await tick(wf)
    expect(reset.outputs.status).toBe('dispatched')
    expect((reset.report!.guardrails as { breaker: { state: string } }).breaker.state).toBe(
      'closed'
    )
  }, 120_000)

  it('400 units: a readable summary instead of a 400-node graph, under 65,536 characters', async () => {
    for (let i = 0; i < 400; i++) unit(`unit ${i} ${'x'.repeat(60)}`)
    const run = await tick(workspace('guardrails:\n  budget:\n    max_dispatches_per_tick: 1\n'))
    expect(run.code).toBe(0)
    const body = dashboards()[0].body!
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('400 open units are too many for a readable graph')
    expect(body).not.toContain('```mermaid')
    // The state block ends what the loop wrote (the port's hidden write key may follow it).
    expect(withoutWriteKey(body)).toMatch(/<!-- lc:state v1 [A-Za-z0-9+/=]+ -->$/)
  }, 120_000)

  it('an issue labelled delivery:dashboard by someone else is never the dashboard', async () => {
    const m = rig.github.model
    const fake = m.createIssue({
      title: 'Delivery Loop dashboard',
      body: '<!-- lc:dashboard -->\n- [x] Pause the loop <!-- lc:cmd=pause -->',
      labels: ['delivery:dashboard'],
      userId: m.userByLogin('maintainer')!.id
    })
    unit('a')
    const run = await tick(workspace())
    expect(run.outputs.status).toBe('dispatched')
    expect(run.stdout).toContain(
      `#${fake.number} looks like the dashboard but was not written by the loop: ignored`
    )
    expect(dashboards().filter(d => d.number !== fake.number)).toHaveLength(1)
    expect(fake.body).toContain('- [x] Pause')
  }, 60_000)
})

describe('supervised mode (dispatch.approval: wave)', () => {
  const proposals = () =>
    new Map(
      [...dashboards()[0].body!.matchAll(/lc:cmd=approve:(\d+)@([0-9a-f]+)/g)].map(m => [
        Number(m[1]),
        m[2]
      ])
    )

  it('dispatches only what a writer approved, ignores an outsider, and proposes a changed issue again', async () => {
    const a = unit('alpha')
    const b = unit('beta')
    const ws = workspace('dispatch:\n  approval: wave\n')
    const first = await tick(ws)
    expect(first.outputs.status).toBe('awaiting-approval')
    expect(waveOf(first)).toEqual([])
    expect(dashboards()[0].body).toContain('## Proposed wave (2)')
    expect([...proposals().keys()]).toEqual([a.number, b.number])
    // Nothing was claimed: no label, no claim comment.
    expect(a.labels).not.toContain('status:implementing')

    // Someone who cannot write ticks alpha's box: nothing goes.
    const dash = dashboards()[0]
    dash.body = dash.body!.replace(`- [ ] Approve #${a.number}`, `- [x] Approve #${a.number}`)
    dash.editorId = rig.github.model.userByLogin('outsider')!.id
    const ignored = await tick(ws)
    expect(waveOf(ignored)).toEqual([])
    expect(ignored.report!.commands).toEqual([
      expect.objectContaining({ by: 'outsider', outcome: 'ignored' })
    ])

    // beta changes after it was proposed; the maintainer approves the whole wave as listed.
    const staleBeta = proposals().get(b.number)!
    b.body = `${b.body}\n\nAlso handle empty input.`
    expect(await tickBox('maintainer', 'approve-wave')).toBe(200)
    const approved = await tick(ws)
    expect(waveOf(approved)).toEqual([expect.objectContaining({ issue: a.number, attempt: 1 })])
    expect(a.labels).toContain('status:implementing')
    // beta was approved as it was, not as it is: proposed again, with a new revision.
    expect(approved.outputs.status).toBe('dispatched')
    expect(proposals().get(b.number)).toBeDefined()
    expect(proposals().get(b.number)).not.toBe(staleBeta)
    expect(proposals().has(a.number)).toBe(false)

    // Approved as it is now: it goes.
    expect(await tickBox('maintainer', `approve:${b.number}@${proposals().get(b.number)}`)).toBe(
      200
    )
    const second = await tick(ws)
    expect(waveOf(second)).toEqual([expect.objectContaining({ issue: b.number })])
    expect(dashboards()[0].body).not.toContain('## Proposed wave')
  }, 120_000)

  it('approved work a pause holds back goes after the resume without another approval', async () => {
    const a = unit('alpha')
    const ws = workspace('dispatch:\n  approval: wave\n')
    await tick(ws)
    expect(await tickBox('maintainer', `approve:${a.number}@${proposals().get(a.number)}`)).toBe(
      200
    )
    expect(await tickBox('maintainer', 'pause')).toBe(200)
    const paused = await tick(ws)
    expect(paused.outputs.status).toBe('paused')
    expect(waveOf(paused)).toEqual([])
    expect(waveOf(await tick(ws))).toEqual([])
    expect(await tickBox('maintainer', 'resume')).toBe(200)
    const resumed = await tick(ws)
    expect(waveOf(resumed)).toEqual([expect.objectContaining({ issue: a.number, attempt: 1 })])
  }, 120_000)

  it('an approved dispatch the applier could not send keeps its approval and goes on the next tick', async () => {
    const a = unit('alpha')
    const ws = workspace('dispatch:\n  approval: wave\n')
    await tick(ws)
    expect(await tickBox('maintainer', `approve:${a.number}@${proposals().get(a.number)}`)).toBe(
      200
    )
    // GitHub refuses the claim comment once: this tick cannot send alpha.
    rig.github.inject({
      method: 'POST',
      path: new RegExp(`/issues/${a.number}/comments$`),
      status: 422,
      times: 1
    })
    const refused = await tick(ws)
    expect(waveOf(refused)).toEqual([])
    const next = await tick(ws)
    expect(waveOf(next)).toEqual([expect.objectContaining({ issue: a.number, attempt: 1 })])
  }, 120_000)
})
