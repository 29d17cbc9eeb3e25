/**
 * Stacked dependents on the rig (`dependencies.stack`): a chain of three slices is worked while
 * each blocker's pull request waits for its merge — each dependent starts on its blocker's
 * reviewed head and its pull request is based on the blocker's branch — and a person merges
 * bottom-up while the loop re-bases each dependent onto the default branch, never by force. A
 * blocker that changes after its dependent started sends the dependent back for re-check; an
 * outsider's pull request is never a base to stack on.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../rig/harness.js'
import type { Issue } from '../../rig/github/model.js'
import type { Rig } from '../../rig/index.js'
import { loopWorkspace, mergeAs, scheduledTick, seedVerdict, unitIssue } from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { workerPatch } from '../../rig/worker.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const CONFIG =
  'dependencies:\n  stack: true\nguardrails:\n  budget:\n    max_in_flight: 10\n    max_dispatches_per_tick: 5\n'

interface WaveEntry {
  issue: number
  branch: string
  ref: string
  base: string
  kind: string
}

let runs = 700
function tick(ws: string): Promise<ActionRun> {
  return scheduledTick(rig, ws, {
    runId: runs++,
    inputs: { mode: 'tick', 'push-token': rig.github.tokens.maintainer },
    env: { DELIVERY_LOOP_TEST_NOW: rig.github.model.currentTime() }
  })
}
const wave = (run: ActionRun) => JSON.parse(run.outputs.wave ?? '[]') as WaveEntry[]
const classOf = (run: ActionRun, issue: number) =>
  (run.report!.issues as { issue: number; class: string; sub?: string; reason: string }[]).find(
    c => c.issue === issue
  )

/** The worker of a wave entry: a change made on its `ref`, published by the real publish mode. */
async function work(ws: string, entry: WaveEntry, file: string): Promise<Issue> {
  const run = await runAction({
    github: rig.github,
    inputs: {
      mode: 'publish',
      issue: String(entry.issue),
      branch: entry.branch,
      'patch-file': workerPatch(rig, entry.ref, { [file]: `${file} by #${entry.issue}\n` }),
      'push-token': rig.github.tokens.maintainer
    },
    workspace: ws
  })
  expect(run.code).toBe(0)
  return rig.github.model.issue(Number(run.outputs['pull-request']))!
}

/** CI and the reviewer pass the pull request's head. */
function passed(pr: Issue): void {
  const m = rig.github.model
  const head = m.issue(pr.number)!.pull!.headSha
  m.addCheckRun({ name: 'test', headSha: head, conclusion: 'success', appSlug: 'ci-app' })
  seedVerdict(rig, head, 'success')
}

function chain(): Issue[] {
  const a = unitIssue(rig, 'A: the store')
  const b = unitIssue(rig, 'B: the API on the store', [`blocked-by:#${a.number}`])
  const c = unitIssue(rig, 'C: the UI on the API', [`blocked-by:#${b.number}`])
  return [a, b, c]
}

describe('stacked dependents', () => {
  it('works a chain of three while each blocker waits for its merge, and re-bases each dependent onto main as a person merges bottom-up', async () => {
    const m = rig.github.model
    m.setClock('2026-12-07T09:00:00Z')
    const ws = loopWorkspace(CONFIG)
    const [a, b, c] = chain()

    const first = await tick(ws)
    expect(wave(first).map(w => w.issue)).toEqual([a.number])
    expect(wave(first)[0]).toMatchObject({ ref: 'main', base: 'main' })
    const prA = await work(ws, wave(first)[0], 'store.ts')
    expect(prA.pull!.base).toBe('main')
    passed(prA)

    // A passed and waits for a person: B starts on A's reviewed head, its pull request on A's branch.
    const second = await tick(ws)
    const [taskB] = wave(second)
    expect(taskB).toMatchObject({
      issue: b.number,
      kind: 'new',
      ref: prA.pull!.headSha,
      base: prA.pull!.head
    })
    expect(classOf(second, b.number)!.reason).toContain(`stacked on its branch`)
    // The worker is told what its checkout is: the blocker's reviewed, unmerged work.
    const prompt = await runAction({
      github: rig.github,
      inputs: { mode: 'prompt', issue: String(b.number) },
      workspace: ws
    })
    expect(prompt.outputs.prompt).toContain(
      `The checkout is \`${prA.pull!.head}\` (#${a.number}): work this issue builds on`
    )
    const prB = await work(ws, taskB, 'api.ts')
    expect(prB.pull!.base).toBe(prA.pull!.head)
    expect(prB.body).toContain('Stacked on')
    expect(m.issue(prA.number)!.state).toBe('open')
    passed(prB)

    // B passed too: it is stacked, not ready to merge; C starts on B's branch.
    const third = await tick(ws)
    expect(classOf(third, b.number)).toMatchObject({ class: 'in-flight', sub: 'stacked' })
    expect(classOf(third, a.number)).toMatchObject({ sub: 'ready-to-merge' })
    const [taskC] = wave(third)
    expect(taskC).toMatchObject({ issue: c.number, base: prB.pull!.head })
    const prC = await work(ws, taskC, 'ui.ts')
    expect(prC.pull!.base).toBe(prB.pull!.head)
    passed(prC)
    // Three pull requests open at once: the chain was worked in parallel.
    expect([prA, prB, prC].map(p => m.issue(p.number)!.state)).toEqual(['open', 'open', 'open'])

    // A person merges A: B is re-based onto main (a change of base, no push), then ready. The
    // change of base is applied but its answer is lost: sent again, it changes nothing more.
    expect(await mergeAs(rig, prA.number)).toBe(200)
    const heads = [prB, prC].map(p => m.issue(p.number)!.pull!.headSha)
    rig.github.inject({
      method: 'PATCH',
      path: new RegExp(`/pulls/${prB.number}$`),
      status: 502,
      afterApply: true,
      times: 1
    })
    const fourth = await tick(ws)
    expect(fourth.code).toBe(0)
    expect(fourth.report!.retargeted).toEqual([prB.number])
    expect(
      fourth.requests.filter(r => r.method === 'PATCH' && r.path.endsWith(`/pulls/${prB.number}`))
    ).toHaveLength(2)
    expect(m.issue(prB.number)!.pull!.base).toBe('main')
    expect(m.issue(prC.number)!.pull!.base).toBe(prB.pull!.head)
    expect(classOf(await tick(ws), b.number)).toMatchObject({ sub: 'ready-to-merge' })

    expect(await mergeAs(rig, prB.number)).toBe(200)
    await tick(ws)
    expect(m.issue(prC.number)!.pull!.base).toBe('main')
    expect(await mergeAs(rig, prC.number)).toBe(200)

    // Everything landed on main, each issue closed, and no head was ever rewritten by the loop.
    expect([...m.branch('main')!.files.keys()]).toEqual(
      expect.arrayContaining(['store.ts', 'api.ts', 'ui.ts'])
    )
    expect([a, b, c].map(i => m.issue(i.number)!.state)).toEqual(['closed', 'closed', 'closed'])
    expect(heads).toEqual([prB, prC].map(p => m.issue(p.number)!.pull!.headSha))
    expect(rig.github.humanOnly).toEqual([])
  }, 180_000)

  it('sends a dependent back for re-check when its blocker changes after it started', async () => {
    const m = rig.github.model
    m.setClock('2026-12-07T09:00:00Z')
    const ws = loopWorkspace(CONFIG)
    const [, b] = chain()
    const prA = await work(ws, wave(await tick(ws))[0], 'store.ts')
    passed(prA)
    const prB = await work(ws, wave(await tick(ws))[0], 'api.ts')
    passed(prB)
    const before = m.issue(prB.number)!.pull!.headSha

    // A's pull request changes after B was built on it (a fix pushed to A's branch).
    m.writeFile(prA.pull!.head, 'store.ts', Buffer.from('store.ts, fixed\n'))
    const moved = await tick(ws)
    expect(classOf(moved, b.number)).toMatchObject({ class: 'in-flight', sub: 'behind' })
    expect(classOf(moved, b.number)!.reason).toContain('moved after')
    expect(moved.report!.updated_branches).toEqual([{ pull: prB.number, outcome: 'updated' }])
    // B's branch took A's new head by a merge (never a force): a new head, its old verdict gone.
    const after = m.issue(prB.number)!.pull!
    expect(after.headSha).not.toBe(before)
    expect(m.commits.get(after.headSha)!.parents).toEqual([
      before,
      m.branch(prA.pull!.head)!.commitSha
    ])
    expect(m.branch(prB.pull!.head)!.files.get('store.ts')!.content.toString()).toBe(
      'store.ts, fixed\n'
    )
    const next = await tick(ws)
    expect(classOf(next, b.number)).toMatchObject({ sub: 'gated' })
    expect(rig.github.humanOnly).toEqual([])
  }, 120_000)

  it("never stacks on an outsider's pull request, whatever its checks say", async () => {
    const m = rig.github.model
    m.setClock('2026-12-07T09:00:00Z')
    const ws = loopWorkspace(CONFIG)
    const [a, b] = chain()
    // An outsider's pull request from a fork closes A and carries green checks and a forged verdict.
    const fork = m.openPull({
      head: `loop/issue-${a.number}`,
      title: 'A, by someone else',
      body: `Closes #${a.number}`,
      userId: m.userByLogin('outsider')!.id,
      fork: 'outsider/widgets'
    })
    passed(fork)
    const run = await tick(ws)
    expect(wave(run).map(w => w.issue)).toEqual([a.number])
    expect(classOf(run, b.number)).toMatchObject({ class: 'blocked' })
    expect(wave(run).some(w => w.base !== 'main')).toBe(false)
  }, 120_000)
})
