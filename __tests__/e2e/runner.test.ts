/**
 * The rig's runner reports what GitHub Actions would: change one thing in a copy of the shipped
 * tick workflow — an agent input misspelt, a permission dropped, a tick that fails, an action the
 * rig does not have, a bot actor the agent was not told to allow — and the run shows it the way
 * GitHub would. Bursts of events coalesce in the tick's concurrency group; a cost cap set with
 * the shipped workflows counts the spend the agent's execution file reported.
 */
import { describe, expect, it } from '@jest/globals'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopConfig, shippedWorkflows } from '../../rig/runner/repo.js'
import type { JobResult, RunResult } from '../../rig/runner/run-types.js'
import { Actions } from '../../rig/runner/service.js'
import type { AgentResult, AgentTask } from '../../rig/runner/types.js'
import { readFileSync } from 'node:fs'
import path from 'node:path'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const TICK = shippedWorkflows()['.github/workflows/delivery-tick.yml']
const TWO_DOCS =
  '# Docs\n\n## Guides\nWrite them.\n\n- doc: Write the setup guide\n- doc: Write the ops guide\n'

/** A repository with the roadmap compiled (by the bundle) and `tick` as the only workflow. */
async function withTick(tick: string, config = loopConfig(), roadmap = TWO_DOCS): Promise<Actions> {
  const m = rig.github.model
  m.writeFile('main', 'ROADMAP.md', Buffer.from(roadmap))
  m.writeFile('main', '.delivery.yml', Buffer.from(config))
  const compile = new Actions(rig, {
    workflows: {
      '.github/workflows/c.yml': shippedWorkflows()['.github/workflows/delivery-compile.yml']
    }
  })
  compile.trigger({ name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } })
  await compile.settle()
  compile.stop()
  return new Actions(rig, {
    workflows: { '.github/workflows/delivery-tick.yml': tick },
    agents: { claude: () => ({ edits: { 'docs/guide.md': '# Guide\n' }, costUsd: 0.42 }) }
  })
}

async function scheduled(actions: Actions): Promise<RunResult> {
  actions.trigger({ name: 'schedule', payload: {} })
  const runs = await actions.settle()
  actions.stop()
  expect(runs).toHaveLength(1)
  return runs[0]
}

const results = (run: RunResult) =>
  Object.fromEntries(Object.values(run.jobs).map((j: JobResult) => [j.id, j.result]))
const stepError = (run: RunResult, job: string) =>
  run.jobs[job].legs.flatMap(l => l.steps.filter(s => s.error).map(s => s.error)).join('\n')

describe('a copy of the shipped tick with one thing changed', () => {
  it('a misspelt agent input: GitHub warns, and the agent step fails for want of its key', async () => {
    const run = await scheduled(
      await withTick(TICK.replace('anthropic_api_key:', 'anthropic-api-key:'))
    )
    expect(run.warnings.join('\n')).toMatch(
      /anthropics\/claude-code-action@\w+: Unexpected input\(s\) 'anthropic-api-key', valid inputs are \[.*'anthropic_api_key'/
    )
    expect(results(run)).toMatchObject({ tick: 'success', work: 'failure', publish: 'success' })
    expect(stepError(run, 'work')).toContain(
      'Either ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN is required'
    )
    // publish ran after the worker whatever it did, and refused: no patch, no pull request.
    expect(rig.github.model.issues.some(i => i.pull)).toBe(false)
  })

  it('a permission dropped: the request gets GitHub 403, tick fails, and only tick is red', async () => {
    const run = await scheduled(
      await withTick(TICK.replace(/\n\s+issues: write # claim label[^\n]*/, ''))
    )
    expect(results(run)).toEqual({
      tick: 'failure',
      work: 'skipped',
      publish: 'skipped',
      review: 'skipped',
      verdict: 'skipped',
      next: 'skipped'
    })
    const refused = run.jobs.tick.legs[0].requests.filter(r => r.status === 403)
    expect(refused.length).toBeGreaterThan(0)
    expect(refused[0].denied).toMatch(/^issues: (read|write)$/)
    expect(stepError(run, 'tick')).toContain('Resource not accessible by integration')
  })

  it('a tick that fails on bad configuration: publish and verdict are skipped, not red', async () => {
    const actions = await withTick(TICK)
    rig.github.model.writeFile('main', '.delivery.yml', Buffer.from('version: 1\nguardrails: [\n'))
    const run = await scheduled(actions)
    expect(results(run)).toMatchObject({
      tick: 'failure',
      publish: 'skipped',
      verdict: 'skipped',
      next: 'skipped'
    })
    expect(stepError(run, 'tick')).toContain('.delivery.yml')
  })

  it('an action the rig has no stand-in for fails its step, naming it', async () => {
    const run = await scheduled(
      await withTick(
        TICK.replace(
          '      - id: tick\n',
          '      - uses: actions/cache@v4\n        with: { path: x, key: y }\n      - id: tick\n'
        )
      )
    )
    expect(results(run).tick).toBe('failure')
    expect(stepError(run, 'tick')).toContain('the rig has no stand-in for actions/cache')
  })

  it('a tick started by github-actions: claude-code-action refuses it unless allowed_bots names it', async () => {
    const refusing = TICK.replace(/\n\s+allowed_bots: [^\n]*/, '')
    const actions = await withTick(refusing)
    actions.deliver({
      name: 'workflow_dispatch',
      actor: 'github-actions[bot]',
      workflow: 'delivery-tick.yml',
      ref: 'refs/heads/main'
    })
    const [run] = await actions.settle()
    actions.stop()
    expect(run.actor).toBe('github-actions[bot]')
    expect(stepError(run, 'work')).toContain(
      'Workflow initiated by non-human actor: github-actions (type: Bot)'
    )
  })
})

describe('events, as GitHub Actions delivers them', () => {
  it('a burst of 50 dashboard edits makes at most two ticks; the others are cancelled, and the quiet one writes nothing', async () => {
    const actions = await withTick(TICK)
    // The first tick dispatches both slices; afterwards nothing is ready, so ticks are quiet.
    actions.trigger({ name: 'schedule', payload: {} })
    await actions.settle()
    const m = rig.github.model
    const dashboard = m.issues.find(i => i.labels.includes('delivery:dashboard'))!
    const edits = Array.from({ length: 50 }, (_, i) =>
      fetch(`${rig.github.url}/repos/${rig.github.repo}/issues/${dashboard.number}`, {
        method: 'PATCH',
        headers: {
          authorization: `token ${rig.github.tokens.maintainer}`,
          'content-type': 'application/json'
        },
        // A person fiddles with the title and leaves it as it was.
        body: JSON.stringify({ title: `${dashboard.title}${' '.repeat((i + 1) % 2)}` })
      })
    )
    expect((await Promise.all(edits)).every(r => r.status === 200)).toBe(true)
    const runs = await actions.settle()
    actions.stop()
    const ticked = runs.filter(r => r.jobs.tick.result === 'success')
    const cancelled = runs.filter(r => r.jobs.tick.result === 'cancelled')
    expect(ticked.length).toBeGreaterThanOrEqual(1)
    expect(ticked.length).toBeLessThanOrEqual(2)
    expect(ticked.length + cancelled.length).toBe(runs.length)
    // The coalesced last tick finds nothing changed: it writes nothing.
    const last = ticked.at(-1)!.jobs.tick.legs[0]
    const writes = last.requests.filter(r => r.write && r.actor === 'github-actions[bot]')
    expect(writes.map(w => `${w.method} ${w.path}`)).toEqual([])
  })

  it('an edit by GITHUB_TOKEN starts no run; a dispatch by it does', async () => {
    const actions = await withTick(TICK)
    const m = rig.github.model
    const unit = m.issues.find(i => i.labels.includes('delivery:unit'))!
    expect(
      actions.deliver({
        name: 'issues',
        action: 'closed',
        actor: 'github-actions[bot]',
        issue: unit.number
      })
    ).toEqual([])
    expect(
      actions.deliver({ name: 'issues', action: 'closed', actor: 'maintainer', issue: unit.number })
    ).toHaveLength(1)
    expect(
      actions.deliver({
        name: 'workflow_dispatch',
        actor: 'github-actions[bot]',
        workflow: 'delivery-tick.yml',
        ref: 'refs/heads/main'
      })
    ).toHaveLength(1)
    await actions.settle()
    actions.stop()
  })
})

describe('spend measured from what the agent reports', () => {
  it("with a cost cap, the shipped workflows count the execution file's cost and dispatch stops at the cap", async () => {
    const config = loopConfig(
      'guardrails:\n  budget:\n    max_in_flight: 1\n    max_total_cost_usd: 0.4\n'
    )
    const actions = await withTick(TICK, config)
    actions.trigger({ name: 'schedule', payload: {} })
    const [first] = await actions.settle()
    expect(JSON.parse(first.jobs.tick.outputs.wave)).toHaveLength(1)
    expect(rig.github.model.issues.filter(i => i.pull)).toHaveLength(1)
    // A tick sees the pull request (with the shipped workflows, the one its CI run starts): the
    // record its publish attached, made from the execution file, is charged.
    actions.trigger({ name: 'schedule', payload: {} })
    await actions.settle()
    // The pull request is the slot; its merge frees it. The cap still holds the next slice.
    const pr = rig.github.model.issues.find(i => i.pull)!
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
    const after = await actions.settle()
    actions.stop()
    const ticks = after.filter(r => r.jobs.tick.result === 'success')
    expect(ticks.length).toBeGreaterThan(0)
    for (const t of ticks) expect(JSON.parse(t.jobs.tick.outputs.wave)).toEqual([])
    const board = rig.github.model.issues.find(i => i.labels.includes('delivery:dashboard'))!.body!
    expect(board).toContain('$0.42')
    expect(ticks.at(-1)!.jobs.tick.legs[0].summary).toMatch(/cost/i)
  })
})

describe("Codex's own report", () => {
  it('the shipped Codex worker hands its session log to publish, which prices it into the record', async () => {
    const worker = shippedWorkflows()['.github/workflows/delivery-worker.yml']
    const prices =
      '    prices:\n      gpt-5.1-codex: { input: 1.25, cached_input: 0.125, output: 10 }\n'
    ;(
      await withTick(
        TICK,
        loopConfig(`guardrails:\n  budget:\n    max_total_cost_usd: 5\n${prices}`)
      )
    ).stop()
    const m = rig.github.model
    const unit = m.issues.find(i => i.labels.includes('delivery:unit'))!
    const actions = new Actions(rig, {
      workflows: { '.github/workflows/delivery-worker.yml': worker }
    })
    const inputs = {
      issue: String(unit.number),
      branch: `loop/issue-${unit.number}`,
      attempt: '1',
      kind: 'new',
      pull: ''
    }
    actions.deliver({
      name: 'workflow_dispatch',
      actor: 'github-actions[bot]',
      workflow: 'delivery-worker.yml',
      ref: 'refs/heads/main',
      inputs
    })
    const [run] = await actions.settle()
    actions.stop()
    expect(run.conclusion).toBe('success')
    const pr = m.issues.find(i => i.pull?.head === `loop/issue-${unit.number}`)!
    const record = JSON.parse(/<!-- lc:attest (\{.*?\}) -->/s.exec(pr.body!)![1]) as Record<
      string,
      unknown
    >
    // The stand-in's log: 24,000 input (12,000 cached), 3,100 output, by the rig's Codex model.
    expect(record).toMatchObject({
      provider: 'openai',
      model: 'gpt-5.1-codex',
      tokens: { input: 24000, output: 3100 },
      cost_usd: 0.0475,
      issue: unit.number,
      attempt: 1
    })
  })
})

describe("one model provider's key", () => {
  it('is enough for the shipped tick: without OPENAI_API_KEY, Claude reviews and the verdict is published', async () => {
    const actions = await withTick(TICK)
    actions.stop()
    const m = rig.github.model
    const unit = m.issues.find(i => i.labels.includes('delivery:unit'))!
    const pr = m.openPull({
      head: `loop/issue-${unit.number}`,
      title: unit.title,
      body: `Closes #${unit.number}`,
      userId: m.userByLogin('loop-app[bot]')!.id
    })
    m.addCheckRun({
      name: 'test',
      headSha: pr.pull!.headSha,
      conclusion: 'success',
      appSlug: 'ci-app'
    })
    const oneKey = new Actions(rig, {
      workflows: { '.github/workflows/delivery-tick.yml': TICK },
      secrets: { OPENAI_API_KEY: '' }
    })
    oneKey.trigger({ name: 'schedule', payload: {} })
    const run = (await oneKey.settle()).find(r => r.event === 'schedule')!
    oneKey.stop()
    const steps = run.jobs.review.legs[0].steps.map(s => `${s.name}: ${s.conclusion}`)
    expect(steps).toEqual(
      expect.arrayContaining([
        'Review with Codex (read-only sandbox): skipped',
        'Review with Claude (read-only tools): success'
      ])
    )
    expect(run.jobs.verdict.result).toBe('success')
    expect(m.checkRuns.find(c => c.name === 'loopreview')?.conclusion).toBe('success')
  })
})

describe('a worker run that ended without a pull request', () => {
  it('settles at once on the shipped workflows: the next tick dispatches attempt 2, no wait for the lease', async () => {
    const setup = await withTick(
      TICK,
      loopConfig(),
      '# D\n\n## G\nW.\n\n- doc: Write the setup guide\n'
    )
    setup.stop()
    // An agent that changes nothing: publish refuses the empty change, and no pull request opens.
    const idle = new Actions(rig, {
      workflows: { '.github/workflows/delivery-tick.yml': TICK },
      agents: { claude: () => ({ edits: {}, costUsd: 0.1 }) }
    })
    idle.trigger({ name: 'schedule', payload: {} })
    const [first] = await idle.settle()
    expect(JSON.parse(first.jobs.tick.outputs.wave)).toMatchObject([{ attempt: 1 }])
    expect(rig.github.model.issues.some(i => i.pull)).toBe(false)
    // Minutes later, far inside the 120-minute lease.
    rig.github.model.setClock(
      new Date(Date.parse(rig.github.model.currentTime()) + 5 * 60_000).toISOString()
    )
    idle.trigger({ name: 'schedule', payload: {} })
    const [second] = await idle.settle()
    idle.stop()
    expect(JSON.parse(second.jobs.tick.outputs.wave)).toMatchObject([{ attempt: 2, kind: 'new' }])
    expect(rig.github.model.issues.find(i => i.number === 1)?.labels).not.toContain('needs-human')
  })
})

describe('two loop pull requests touching one file', () => {
  /** Each worker writes the same new file its own way; a conflict task strips git's markers. */
  const agent = (task: AgentTask): AgentResult => {
    if (/conflicts with `main`/.test(task.prompt)) {
      const merged = readFileSync(path.join(task.workspace, 'docs/shared.md'), 'utf8')
      const resolved = merged
        .split('\n')
        .filter(l => !/^(<{7}|={7}|>{7})/.test(l))
        .join('\n')
      return { edits: { 'docs/shared.md': resolved }, costUsd: 0.1 }
    }
    const slice = /Write the (\w+) guide/.exec(task.prompt)![1]
    return { edits: { 'docs/shared.md': `# Guides\n\nThe ${slice} guide.\n` }, costUsd: 0.3 }
  }
  const green = (sha: string) =>
    rig.github.model.addCheckRun({
      name: 'test',
      headSha: sha,
      conclusion: 'success',
      appSlug: 'ci-app'
    })

  it('a person pushes to the branch while its conflict task runs: publish refuses and keeps their commit', async () => {
    ;(await withTick(TICK)).stop()
    const m = rig.github.model
    let pushed: string | undefined
    const actions = new Actions(rig, {
      workflows: { '.github/workflows/delivery-tick.yml': TICK },
      agents: {
        claude: task => {
          const result = agent(task)
          if (/conflicts with `main`/.test(task.prompt)) {
            const branch = m.issues.find(i => i.pull && i.state === 'open')!.pull!.head
            m.writeFile(branch, 'docs/person.md', Buffer.from('A person’s note\n'))
            pushed = m.branch(branch)!.commitSha
          }
          return result
        }
      }
    })
    actions.trigger({ name: 'schedule', payload: {} })
    await actions.settle()
    const [first, second] = m.issues.filter(i => i.pull)
    for (const p of [first, second]) green(p.pull!.headSha)
    const merged = await fetch(
      `${rig.github.url}/repos/${rig.github.repo}/pulls/${first.number}/merge`,
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
    await actions.settle()
    actions.stop()
    expect(pushed).toBeDefined()
    // Nothing was published over the person's commit: it is the head, or an ancestor of a head
    // the loop published later for it (a conflict task sent for the new head), their file kept.
    const ancestors = (sha: string): string[] => [
      sha,
      ...(m.commits.get(sha)?.parents ?? []).flatMap(ancestors)
    ]
    expect(ancestors(second.pull!.headSha)).toContain(pushed)
    expect(m.commits.get(second.pull!.headSha)!.files.has('docs/person.md')).toBe(true)
    const issueOf = m.closingReferences(second)[0].number
    const refusal = m.comments.find(
      c => c.issueNumber === issueOf && c.body.includes('**branch moved**')
    )
    expect(refusal?.body).toContain('publishing would drop a commit the loop did not make')
  })

  it('a resolution that undoes the sibling’s merged change is published with a warning on the pull request', async () => {
    ;(await withTick(TICK)).stop()
    const m = rig.github.model
    const actions = new Actions(rig, {
      workflows: { '.github/workflows/delivery-tick.yml': TICK },
      agents: {
        // Resolves by putting back the file as it was before main changed it.
        claude: task =>
          /conflicts with `main`/.test(task.prompt)
            ? { edits: { 'docs/shared.md': null }, costUsd: 0.1 }
            : agent(task)
      }
    })
    actions.trigger({ name: 'schedule', payload: {} })
    await actions.settle()
    const [first, second] = m.issues.filter(i => i.pull)
    for (const p of [first, second]) green(p.pull!.headSha)
    const merged = await fetch(
      `${rig.github.url}/repos/${rig.github.repo}/pulls/${first.number}/merge`,
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
    await actions.settle()
    actions.stop()
    expect(second.body).toContain(
      'This resolution undoes what `main` changed since the branch forked in `docs/shared.md`'
    )
  })

  it('merge one: the other conflicts, goes back to its worker, and returns as a fast-forward of its branch with CI green', async () => {
    ;(await withTick(TICK)).stop()
    const m = rig.github.model
    const actions = new Actions(rig, {
      workflows: { '.github/workflows/delivery-tick.yml': TICK },
      agents: { claude: agent }
    })
    actions.trigger({ name: 'schedule', payload: {} })
    await actions.settle()
    const pulls = m.issues.filter(i => i.pull)
    expect(pulls).toHaveLength(2)
    for (const p of pulls) green(p.pull!.headSha)
    const [first, second] = pulls
    const before = second.pull!.headSha
    // A maintainer merges the first: the second now conflicts (both added docs/shared.md).
    const merged = await fetch(
      `${rig.github.url}/repos/${rig.github.repo}/pulls/${first.number}/merge`,
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
    const afterMerge = await actions.settle()
    // The merge's own events started the tick that sent it back: no scheduled run in between.
    const sent = afterMerge.filter(
      r => (JSON.parse(r.jobs.tick?.outputs.wave || '[]') as { kind: string }[]).length
    )
    expect(sent).toHaveLength(1)
    expect(sent[0].event).not.toBe('schedule')
    const task = (JSON.parse(sent[0].jobs.tick.outputs.wave) as Record<string, unknown>[])[0]
    expect(task).toMatchObject({
      kind: 'conflict',
      pull: second.number,
      ref: second.pull!.head,
      base: 'main'
    })
    expect(sent[0].jobs.publish.result).toBe('success')
    // The brief names the file both sides changed and what merged on main meanwhile.
    const issueOf = m.closingReferences(second)[0].number
    const brief = m.comments.filter(
      c => c.issueNumber === issueOf && c.body.startsWith('<!-- lc:recovery -->')
    )
    expect(brief).toHaveLength(1)
    expect(brief[0].body).toContain('The files both sides changed:\n- `docs/shared.md`')
    expect(brief[0].body).toContain(`Merge pull request #${first.number}`)
    // Published as a fast-forward: a commit whose parents are the old head and main's head.
    const head = second.pull!.headSha
    expect(head).not.toBe(before)
    expect(m.commits.get(head)!.parents).toEqual([before, m.branch('main')!.commitSha])
    expect(m.commits.get(head)!.files.get('docs/shared.md')!.content.toString()).toMatch(
      /^# Guides\n\nThe (setup|ops) guide\.\nThe (setup|ops) guide\.\n$/
    )
    expect(m.mergeableOf(second.pull!)).toBe('MERGEABLE')
    // It was never offered for merge while it conflicted; the dashboard said why.
    const board = () => m.issues.find(i => i.labels.includes('delivery:dashboard'))!.body!
    expect(board()).not.toMatch(new RegExp(`Ready for human merge[^#]*#${second.number}\\b`))
    // CI green on the new head: the next tick sends it to review, not to its worker again.
    green(head)
    actions.trigger({ name: 'schedule', payload: {} })
    const [next] = await actions.settle()
    actions.stop()
    expect(JSON.parse(next.jobs.tick.outputs.wave)).toEqual([])
    expect(JSON.parse(next.jobs.tick.outputs['review-wave'])).toMatchObject([
      { pull: second.number, head_sha: head }
    ])
  })
})
