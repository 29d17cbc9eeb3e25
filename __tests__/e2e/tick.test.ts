/** tick end to end: the built bundle against the emulator and the cache service. */
import { scheduledTick } from '../../rig/loop.js'
import { withoutWriteKey } from '../../src/loop/markers.js'
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, tempDir } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import type { Issue } from '../../rig/github/model.js'

let rig: Rig
freshRigPerTest(
  started => {
    rig = started
  },
  () => {
    // The loop never merges and never approves.
    expect(rig.github.log.filter(r => /\/merge$|\/reviews/.test(r.path))).toEqual([])
  }
)

interface Dag {
  [name: string]: Issue
}

/** The 8-issue DAG of the acceptance criteria, plus three ready issues. */
function seedDag(): Dag {
  const m = rig.github.model
  const bot = m.userByLogin('github-actions[bot]')!.id
  const maintainer = m.userByLogin('maintainer')!.id
  const outsider = m.userByLogin('outsider')!.id
  const unit = (title: string, labels: string[] = [], userId = bot, marker?: string) =>
    m.createIssue({
      title,
      body: marker ? `<!-- lc:u=${marker} -->\nwork` : 'work',
      labels: ['delivery:unit', ...labels],
      userId
    })
  const done = unit('done')
  done.state = 'closed'
  done.stateReason = 'completed'
  const open = m.createIssue({ title: 'open blocker', userId: maintainer })
  const dropped = m.createIssue({ title: 'dropped blocker', userId: maintainer })
  dropped.state = 'closed'
  dropped.stateReason = 'not_planned'
  const dag: Dag = {
    blockedOpen: unit('blocked by open', [`blocked-by:#${open.number}`]),
    blockedDropped: unit('blocked by not planned', [`blocked-by:#${dropped.number}`]),
    held: unit('held', ['held']),
    human: unit('needs a human', ['needs-human']),
    outside: unit('from outside', [], outsider),
    failing: unit('PR failing'),
    green: unit('PR green'),
    r3: unit('ready three', [], bot, 'lc-ready3'),
    r1: unit('ready one', [`blocked-by:#${done.number}`], maintainer, 'lc-ready1'),
    r2: unit('ready two', [], bot, 'lc-ready2')
  }
  dag.outside.labels = ['delivery:unit'] // outsiders cannot label; a maintainer enrolled it
  for (const [name, issue] of [
    ['failing', dag.failing],
    ['green', dag.green]
  ] as const) {
    const pr = m.openPull({
      head: `loop/issue-${issue.number}`,
      title: `work on ${name}`,
      body: `Closes #${issue.number}`,
      userId: bot
    })
    m.addCheckRun({
      name: 'test',
      headSha: pr.pull!.headSha,
      conclusion: name === 'failing' ? 'failure' : 'success'
    })
  }
  // The roadmap orders the ready issues 1, 2, 3 — not their age (3 is oldest).
  m.writeFile(
    'main',
    'ROADMAP.md',
    Buffer.from(
      '## Work\n- doc: one <!-- lc:u=lc-ready1 -->\n- doc: two <!-- lc:u=lc-ready2 -->\n- doc: three <!-- lc:u=lc-ready3 -->\n'
    )
  )
  return dag
}

function workspace(config: string): string {
  const dir = tempDir('ws')
  mkdirSync(path.join(dir, '.git'))
  writeFileSync(path.join(dir, '.delivery.yml'), `version: 1\n${config}`)
  return dir
}

const BASE =
  'guardrails:\n  budget:\n    max_dispatches_per_tick: 2\n    max_in_flight: 4\ndispatch:\n  fix_wave: false\n'

const tick = (ws: string, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  scheduledTick(rig, ws, extra)

describe('tick', () => {
  it('classifies every issue with a reason and dispatches the first two ready issues in roadmap order', async () => {
    const dag = seedDag()
    const ws = workspace(BASE)
    const run = await tick(ws)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('dispatched')
    const classes = Object.fromEntries(
      (run.report!.issues as { issue: number; class: string; sub?: string; reason: string }[]).map(
        c => [c.issue, c]
      )
    )
    const of = (name: string) => classes[dag[name].number]
    expect(of('blockedOpen')).toMatchObject({
      class: 'blocked',
      reason: expect.stringContaining('is open')
    })
    expect(of('blockedDropped')).toMatchObject({
      class: 'blocked',
      reason: expect.stringContaining('not planned')
    })
    expect(of('held').class).toBe('held')
    expect(of('human').class).toBe('needs-human')
    expect(of('outside').class).toBe('untrusted')
    expect(of('failing')).toMatchObject({
      class: 'in-flight',
      sub: 'fixing',
      reason: 'required check(s) failed: test'
    })
    expect(of('green')).toMatchObject({ class: 'in-flight', sub: 'awaiting-review' })
    for (const r of ['r1', 'r2', 'r3']) expect(of(r).class).toBe('ready')

    const wave = JSON.parse(run.outputs.wave)
    expect(wave).toEqual([
      {
        issue: dag.r1.number,
        branch: `loop/issue-${dag.r1.number}`,
        // New work starts from the default branch: said, since a scheduled run cannot tell.
        ref: 'main',
        base: 'main',
        attempt: 1,
        kind: 'new',
        title: 'ready one'
      },
      {
        issue: dag.r2.number,
        branch: `loop/issue-${dag.r2.number}`,
        // New work starts from the default branch: said, since a scheduled run cannot tell.
        ref: 'main',
        base: 'main',
        attempt: 1,
        kind: 'new',
        title: 'ready two'
      }
    ])
    expect(JSON.parse(run.outputs['review-wave'])).toEqual([
      expect.objectContaining({ issue: dag.green.number })
    ])
    for (const issue of [dag.r1, dag.r2]) {
      expect(issue.labels).toContain('status:implementing')
      const claim = rig.github.model.comments.filter(c => c.issueNumber === issue.number)
      expect(claim).toHaveLength(1)
      expect(claim[0].body.split('\n')[0]).toMatch(
        new RegExp(
          `^<!-- lc:claim attempt=1 branch=loop/issue-${issue.number} run=\\d+ kind=new phase=dispatched -->$`
        )
      )
    }
    expect(dag.r3.labels).not.toContain('status:implementing')
    expect(run.summary).toContain('## Delivery Loop · tick')

    // Immediately again: the claims hold, nothing new goes out.
    const again = await tick(ws)
    expect(again.outputs.status).not.toBe('dispatched')
    expect(JSON.parse(again.outputs.wave)).toEqual([])
    expect(again.requests.filter(r => r.write)).toEqual([])

    // The lease runs out with no pull request: stalled, and dispatchable again as attempt 2.
    for (const c of rig.github.model.comments) c.createdAt = '2026-01-01T00:00:00Z'
    const later = await tick(ws)
    const stalled = (later.report!.issues as { issue: number; class: string }[])
      .filter(c => c.class === 'stalled')
      .map(c => c.issue)
    expect(stalled.sort()).toEqual([dag.r1.number, dag.r2.number].sort())
    expect(JSON.parse(later.outputs.wave)).toEqual([
      expect.objectContaining({
        issue: dag.r1.number,
        attempt: 2,
        branch: `loop/issue-${dag.r1.number}-retry-1`
      }),
      expect.objectContaining({ issue: dag.r2.number, attempt: 2 })
    ])
  })

  it('computes the same report in a dry run and writes nothing', async () => {
    seedDag()
    const ws = workspace(BASE)
    const run = await tick(ws, { inputs: { mode: 'tick', 'dry-run': 'true' } })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.wave)).toHaveLength(2)
    expect(run.requests.filter(r => r.write)).toEqual([])
  })

  it('sends a pull request with failing checks back to its worker with a recovery brief, once per head', async () => {
    const dag = seedDag()
    // The failing check is an Actions job (check run id = job id): its log feeds the brief.
    const m = rig.github.model
    const run = m.addRun({
      name: 'CI',
      jobs: [
        {
          name: 'test',
          log: '2026-11-20T10:00:00.0000000Z npm test\n2026-11-20T10:00:01.0000000Z ##[error]expected 200, received 500'
        }
      ]
    })
    const failingSha = m.issues.find(i => i.pull && i.body === `Closes #${dag.failing.number}`)!
      .pull!.headSha
    m.addCheckRun({ id: run.jobs[0].id, name: 'test', headSha: failingSha, conclusion: 'failure' })
    const ws = workspace(
      'guardrails:\n  budget:\n    max_dispatches_per_tick: 3\n    max_in_flight: 2\n'
    )
    const first = await tick(ws)
    expect(first.code).toBe(0)
    const recovery = rig.github.model.comments.filter(c => c.issueNumber === dag.failing.number)
    // The claim is the lock, so it comes first; the brief follows once the lock is held.
    expect(recovery.map(c => c.body.split('\n')[0])).toEqual([
      expect.stringMatching(
        /^<!-- lc:claim attempt=1 branch=loop\/issue-\d+ run=\d+ kind=fix phase=dispatched head=[0-9a-f]{40} -->$/
      ),
      '<!-- lc:recovery -->'
    ])
    expect(recovery[1].body).toContain('failed its required checks: `test`')
    expect(recovery[1].body).toMatch(
      /```text\nnpm test\n##\[error\]expected 200, received 500\n```/
    )
    expect((first.report!.fix_wave as unknown[]).length).toBe(1)
    // With the default matrix adapter the fix reaches a worker through the wave output.
    expect(JSON.parse(first.outputs.wave)).toContainEqual(
      expect.objectContaining({
        issue: dag.failing.number,
        kind: 'fix',
        branch: `loop/issue-${dag.failing.number}`,
        attempt: 1
      })
    )
    const again = await tick(ws)
    expect((again.report!.fix_wave as unknown[]).length).toBe(0)
  })

  describe('adapters', () => {
    const one = () => {
      const m = rig.github.model
      const issue = m.createIssue({
        title: 'only',
        body: 'x',
        labels: ['delivery:unit'],
        userId: m.userByLogin('maintainer')!.id
      })
      return { issue, ws: workspace.bind(null) }
    }

    it('workflow: dispatches the worker workflow with issue, branch, attempt, kind and pull', async () => {
      const { issue } = one()
      const run = await tick(workspace('dispatch:\n  adapter: workflow\n  workflow: worker.yml\n'))
      expect(run.code).toBe(0)
      expect(rig.github.model.dispatches).toEqual([
        {
          workflow: 'worker.yml',
          ref: 'main',
          inputs: {
            issue: String(issue.number),
            branch: `loop/issue-${issue.number}`,
            attempt: '1',
            kind: 'new',
            pull: ''
          }
        }
      ])
    })

    it('comment: posts the template', async () => {
      const { issue } = one()
      const run = await tick(
        workspace(
          'dispatch:\n  adapter: comment\n  comment_template: "@claude implement #{issue} on {branch}"\n'
        )
      )
      expect(run.code).toBe(0)
      // What the agent reads is the template; the hidden write key follows it.
      expect(rig.github.model.comments.map(c => withoutWriteKey(c.body))).toContain(
        `@claude implement #${issue.number} on loop/issue-${issue.number}`
      )
    })

    it('label: adds the trigger label', async () => {
      const { issue } = one()
      const run = await tick(workspace('dispatch:\n  adapter: label\n  label: fix-me\n'))
      expect(run.code).toBe(0)
      expect(issue.labels).toContain('fix-me')
    })

    it('assign: assigns Copilot with a user token, and says exactly why it cannot with GITHUB_TOKEN', async () => {
      const { issue } = one()
      const config = 'dispatch:\n  adapter: assign\n  assignee: copilot-swe-agent[bot]\n'
      const refused = await tick(workspace(config))
      expect(refused.code).not.toBe(0)
      expect(refused.stdout).toContain(
        'Copilot coding agent can only be assigned with a user token, not GITHUB_TOKEN'
      )
      expect(issue.labels).not.toContain('status:implementing')
      const ok = await tick(workspace(config), { token: rig.github.tokens.maintainer })
      expect(ok.code).toBe(0)
      expect(issue.assignees).toEqual([rig.github.model.userByLogin('copilot-swe-agent[bot]')!.id])
    })

    it('matrix: writes only the claim; the wave output feeds the worker job', async () => {
      const { issue } = one()
      const run = await tick(workspace(''))
      expect(JSON.parse(run.outputs.wave)).toEqual([
        expect.objectContaining({ issue: issue.number })
      ])
      expect(
        run.requests
          .filter(r => r.write)
          .map(r => `${r.method} ${r.route}`)
          .sort()
      ).toEqual(
        [
          // The claim (phase=claiming), its label, then phase=dispatching (the attempt counts
          // from here, whatever fails next) and its confirmation (phase=dispatched).
          'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
          'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
          'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
          'POST /repos/{owner}/{repo}/labels',
          // The first tick creates the dashboard issue that mirrors the state (and its label).
          'POST /repos/{owner}/{repo}/issues',
          'POST /repos/{owner}/{repo}/labels'
        ].sort()
      )
    })
  })
})
