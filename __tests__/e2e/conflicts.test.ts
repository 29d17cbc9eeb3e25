/**
 * Parallel work that collides. A loop pull request that conflicts with its base (GitHub's `mergeable: CONFLICTING`, merge
 * state `DIRTY`) is never "Ready for human merge", never reviewed or fixed as it stands, and is
 * listed under "Conflicts" on the dashboard; `UNKNOWN` (not computed yet) is no conflict. Slices
 * that declare the same files (`(files: …)`) never go in one wave.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, type ActionRun } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import type { Issue } from '../../rig/github/model.js'
import { loopWorkspace, seedClaim, seedVerdict, unitIssue, scheduledTick } from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const tick = (ws: string): Promise<ActionRun> => scheduledTick(rig, ws)

function loopPull(issue: Issue): Issue {
  const m = rig.github.model
  seedClaim(rig, issue, 1, m.now())
  const pr = m.openPull({
    head: `loop/issue-${issue.number}`,
    title: `Work on #${issue.number}`,
    body: `Closes #${issue.number}`,
    userId: m.userByLogin('github-actions[bot]')!.id
  })
  m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: 'success' })
  return pr
}

const classOf = (run: ActionRun, issue: Issue) =>
  (run.report!.issues as { issue: number; class: string; sub?: string; reason: string }[]).find(
    c => c.issue === issue.number
  )
const dashboard = () =>
  rig.github.model.issues.find(i => i.labels.includes('delivery:dashboard'))!.body!
const section = (title: string) => dashboard().split(`## ${title}`)[1]?.split('\n## ')[0] ?? ''

describe('conflicting loop pull requests', () => {
  it('are never ready for merge, never reviewed, and listed under Conflicts', async () => {
    const ws = loopWorkspace()
    const ready = unitIssue(rig, 'Add paging')
    const waiting = unitIssue(rig, 'Add sorting')
    const readyPr = loopPull(ready)
    const waitingPr = loopPull(waiting)
    seedVerdict(rig, readyPr.pull!.headSha, 'success')

    const before = await tick(ws)
    expect(classOf(before, ready)).toMatchObject({ sub: 'ready-to-merge' })
    expect(JSON.parse(before.outputs['review-wave'])).toEqual([
      expect.objectContaining({ pull: waitingPr.number })
    ])
    expect(dashboard()).not.toContain('## Conflicts')

    // A sibling merged into main: both now conflict with it.
    readyPr.pull!.mergeable = 'CONFLICTING'
    waitingPr.pull!.mergeable = 'CONFLICTING'
    const after = await tick(ws)
    for (const issue of [ready, waiting])
      expect(classOf(after, issue)).toMatchObject({
        class: 'in-flight',
        sub: 'conflicting',
        reason: expect.stringContaining('conflicts with its base branch')
      })
    expect(JSON.parse(after.outputs['review-wave'])).toEqual([])
    // Each goes back to its worker, once: a conflict task on its own branch, with its brief.
    expect(JSON.parse(after.outputs.wave)).toEqual(
      [readyPr, waitingPr].map(p =>
        expect.objectContaining({
          kind: 'conflict',
          pull: p.number,
          ref: p.pull!.head,
          base: 'main'
        })
      )
    )
    const brief = rig.github.model.comments.filter(
      c => c.issueNumber === ready.number && c.body.includes('lc:recovery')
    )
    expect(brief.at(-1)!.body).toContain('conflicts with `main`')
    expect(JSON.parse((await tick(ws)).outputs.wave)).toEqual([])
    expect(section('Ready for human merge')).toContain('_none_')
    expect(section('Conflicts (2)')).toContain(`PR #${readyPr.number}`)
    expect(section('Conflicts (2)')).toContain(`PR #${waitingPr.number}`)

    // Not computed yet is not a conflict: GitHub says UNKNOWN while it works it out.
    readyPr.pull!.mergeable = 'UNKNOWN'
    const unknown = await tick(ws)
    expect(classOf(unknown, ready)).toMatchObject({ sub: 'ready-to-merge' })
  })
})

describe('the conflict brief is a nicety', () => {
  it('a compare GitHub cannot answer sends the task without it: the tick succeeds and the breaker holds', async () => {
    const ws = loopWorkspace()
    const issue = unitIssue(rig, 'Add paging')
    const pr = loopPull(issue)
    pr.pull!.mergeable = 'CONFLICTING'
    rig.github.inject({ method: 'GET', path: /\/compare\//, status: 502 })
    const run = await tick(ws)
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('dispatched')
    expect(JSON.parse(run.outputs.wave)).toEqual([
      expect.objectContaining({ kind: 'conflict', pull: pr.number })
    ])
    expect(run.stdout).toContain(`#${pr.number}: could not compare`)
    const brief = rig.github.model.comments.filter(
      c => c.issueNumber === issue.number && c.body.includes('lc:recovery')
    )
    expect(brief.at(-1)!.body).toContain('conflicts with `main`')
    expect(JSON.stringify(run.report!.guardrails)).not.toContain('"state":"open"')
  })
})

describe('waves that do not collide', () => {
  it('never puts two slices declaring the same files in one wave, nor one whose files a pull request in flight changed', async () => {
    const m = rig.github.model
    const roadmap = [
      '## API',
      '- doc: Users endpoint (files: src/api/**)',
      '- doc: Users model (files: src/api/users.ts, src/model/**)',
      '- doc: Guide (files: docs/guide.md)',
      ''
    ].join('\n')
    m.writeFile('main', 'ROADMAP.md', Buffer.from(roadmap))
    const ws = loopWorkspace()
    writeFileSync(path.join(ws, 'ROADMAP.md'), roadmap)
    const compile = await runAction({
      github: rig.github,
      inputs: { mode: 'compile' },
      workspace: ws,
      eventName: 'push'
    })
    expect(compile.code).toBe(0)
    const byTitle = (t: string) => m.issues.find(i => i.title === t)!
    const endpoint = byTitle('Doc: Users endpoint')
    const model = byTitle('Doc: Users model')
    const guide = byTitle('Doc: Guide')
    // The declared paths never reach the title.
    expect(m.issues.map(i => i.title).join()).not.toContain('files:')

    const first = await tick(loopWorkspace())
    const wave = (run: ActionRun) =>
      (JSON.parse(run.outputs.wave) as { issue: number }[]).map(t => t.issue)
    expect(wave(first)).toEqual([endpoint.number, guide.number])
    const reason = `waits: touches src/api/users.ts like #${endpoint.number}, in this wave`
    expect(first.report!.skipped).toContainEqual({ issue: model.number, reason })
    expect(dashboard()).toContain(reason)

    // The endpoint's worker opened its pull request, changing src/api/users.ts: still waits.
    const pr = m.openPull({
      head: `loop/issue-${endpoint.number}`,
      title: 'Users endpoint',
      body: `Closes #${endpoint.number}`,
      userId: m.userByLogin('github-actions[bot]')!.id
    })
    m.writeFile(`loop/issue-${endpoint.number}`, 'src/api/users.ts', Buffer.from('export {}\n'))
    const second = await tick(loopWorkspace())
    expect(wave(second)).toEqual([])
    expect(second.report!.skipped).toContainEqual({
      issue: model.number,
      reason: `waits: touches src/api/users.ts like #${endpoint.number} (pull request #${pr.number}), in flight`
    })

    // Merged and closed: the model goes.
    pr.state = 'closed'
    pr.pull!.merged = true
    endpoint.state = 'closed'
    endpoint.stateReason = 'completed'
    const third = await tick(loopWorkspace())
    expect(wave(third)).toEqual([model.number])
  })
})

describe('a merge, as GitHub makes it', () => {
  /** A person merges through the REST API, as the maintainer would in the browser. */
  async function merge(pull: Issue): Promise<number> {
    const res = await fetch(
      `${rig.github.url}/repos/${rig.github.repo}/pulls/${pull.number}/merge`,
      {
        method: 'PUT',
        headers: {
          authorization: `token ${rig.github.tokens.maintainer}`,
          'content-type': 'application/json'
        },
        body: JSON.stringify({ sha: pull.pull!.headSha })
      }
    )
    return res.status
  }

  it('makes the sibling that changed the same file CONFLICTING: listed under Conflicts, never ready', async () => {
    const m = rig.github.model
    const ws = loopWorkspace()
    const first = unitIssue(rig, 'Add paging')
    const second = unitIssue(rig, 'Add sorting')
    const prs = [first, second].map(issue => {
      const pr = loopPull(issue)
      m.writeFile(pr.pull!.head, 'src/list.ts', Buffer.from(`// ${issue.title}\n`))
      m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: 'success' })
      seedVerdict(rig, pr.pull!.headSha, 'success')
      return pr
    })
    const before = await tick(ws)
    for (const issue of [first, second])
      expect(classOf(before, issue)).toMatchObject({ sub: 'ready-to-merge' })
    // The merge order warns of the pair before anyone merges.
    expect(section('Ready for human merge (2)')).toContain(
      `merge PR #${prs[0].number} first: both change src/list.ts, rebase after`
    )

    expect(await merge(prs[0])).toBe(200)
    expect(first.state).toBe('closed')
    expect(m.branch('main')!.files.get('src/list.ts')!.content.toString()).toBe('// Add paging\n')
    // GitHub refuses to merge the conflicting one.
    expect(await merge(prs[1])).toBe(405)

    const after = await tick(ws)
    expect(classOf(after, second)).toMatchObject({ class: 'in-flight', sub: 'conflicting' })
    expect(section('Ready for human merge')).toContain('_none_')
    expect(section('Conflicts (1)')).toContain(`PR #${prs[1].number}`)
    expect(rig.github.humanOnly).toEqual([])
  })

  it('reports BEHIND when the base moved and protection wants branches up to date; not a conflict', async () => {
    const m = rig.github.model
    m.requireUpToDate = true
    const issue = unitIssue(rig, 'Add paging')
    const pr = loopPull(issue)
    m.writeFile(pr.pull!.head, 'src/paging.ts', Buffer.from('// paging\n'))
    m.writeFile('main', 'README.md', Buffer.from('# widgets, moved on\n'))
    expect(m.mergeableOf(pr.pull!)).toBe('MERGEABLE')
    expect(m.mergeStateOf(pr.pull!)).toBe('BEHIND')
    expect(await merge(pr)).toBe(405)
  })
})

describe('a pull request behind a base it must be up to date with', () => {
  it('is never ready for merge, and tick brings it up to date with its push token, no agent needed', async () => {
    const m = rig.github.model
    m.requireUpToDate = true
    const ws = loopWorkspace()
    const issue = unitIssue(rig, 'Add paging')
    const pr = loopPull(issue)
    m.writeFile(pr.pull!.head, 'src/paging.ts', Buffer.from('// paging\n'))
    m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: 'success' })
    seedVerdict(rig, pr.pull!.headSha, 'success')
    // Someone merged other work: main moved on.
    m.writeFile('main', 'README.md', Buffer.from('# widgets, moved on\n'))

    const without = await tick(ws)
    expect(classOf(without, issue)).toMatchObject({ class: 'in-flight', sub: 'behind' })
    expect(section('Ready for human merge')).toContain('_none_')
    expect(without.report!.notices).toContainEqual(
      expect.stringContaining('give tick a push-token')
    )
    expect(without.requests.filter(r => r.path.endsWith('/update-branch'))).toEqual([])

    const head = pr.pull!.headSha
    const withToken = await runAction({
      github: rig.github,
      cache: rig.cache,
      inputs: { mode: 'tick', 'push-token': rig.github.tokens.ci },
      workspace: ws,
      eventName: 'schedule'
    })
    expect(withToken.code).toBe(0)
    expect(withToken.report!.updated_branches).toEqual([{ pull: pr.number, outcome: 'updated' }])
    const update = withToken.requests.find(r => r.path.endsWith('/update-branch'))!
    expect(update).toMatchObject({ method: 'PUT', actor: 'ci-app[bot]', status: 202 })
    // A merge commit on the head, never a force push; the base's change is in, CI runs again.
    expect(pr.pull!.headSha).not.toBe(head)
    expect(m.commits.get(pr.pull!.headSha)!.parents).toEqual([head, m.branch('main')!.commitSha])
    expect(m.mergeStateOf(pr.pull!)).toBe('CLEAN')
    const next = await tick(ws)
    expect(classOf(next, issue)).toMatchObject({ sub: 'gated' })
  })
})
