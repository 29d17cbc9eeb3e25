/**
 * The shipped tick with the agent actions as they behave at their pinned commits (the rig's
 * stand-ins follow claude-code-action's source: rig/runner/actions/agents.ts, claude-args.ts):
 * the worker may run the install and the tests it is meant to, its commands never see the model
 * key, and a run that failed is charged all the same.
 */
import { describe, expect, it } from '@jest/globals'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopConfig, shippedWorkflows } from '../../rig/runner/repo.js'
import { Actions } from '../../rig/runner/service.js'
import type { AgentResult, AgentTask } from '../../rig/runner/types.js'
import { planInit } from '../../src/init/plan.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const TICK = shippedWorkflows()['.github/workflows/delivery-tick.yml']
const ONE_DOC = '# Docs\n\n## Guides\nWrite them.\n\n- doc: Write the setup guide\n'

async function compiled(config = loopConfig()): Promise<void> {
  const m = rig.github.model
  m.writeFile('main', 'ROADMAP.md', Buffer.from(ONE_DOC))
  m.writeFile('main', '.delivery.yml', Buffer.from(config))
  const compile = new Actions(rig, {
    workflows: {
      '.github/workflows/c.yml': shippedWorkflows()['.github/workflows/delivery-compile.yml']
    }
  })
  compile.trigger({ name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } })
  await compile.settle()
  compile.stop()
}

async function scheduledTick(tick: string, agent: (t: AgentTask) => AgentResult) {
  const actions = new Actions(rig, {
    workflows: { '.github/workflows/delivery-tick.yml': tick },
    agents: { claude: agent }
  })
  actions.trigger({ name: 'schedule', payload: { schedule: '17,47 * * * *' } })
  const runs = await actions.settle()
  actions.stop()
  return runs
}

describe('the Claude worker of the shipped tick', () => {
  it('may run the install and the tests: the quoted tool list reaches the agent whole', async () => {
    await compiled()
    const seen: AgentTask[] = []
    await scheduledTick(TICK, task => {
      seen.push(task)
      return { edits: { 'docs/setup.md': '# Setup\n' } }
    })
    expect(seen).toHaveLength(1)
    expect(seen[0].allowedTools).toEqual(
      expect.arrayContaining(['Bash(npm ci --ignore-scripts)', 'Bash(npm test)', 'Edit'])
    )
    // The model key stays out of the commands the agent runs (install scripts, the tests).
    expect(seen[0].commandEnv?.ANTHROPIC_API_KEY).toBeUndefined()
  })

  it('unquoted, the same list loses its commands, as claude-code-action splits it', async () => {
    await compiled()
    const unquoted = TICK.replace(
      /--allowedTools "([^"]*)"/,
      (_m, list: string) => `--allowedTools ${list}`
    )
    expect(unquoted).not.toBe(TICK)
    const seen: AgentTask[] = []
    await scheduledTick(unquoted, task => {
      seen.push(task)
      return { edits: { 'docs/setup.md': '# Setup\n' } }
    })
    expect(seen[0].allowedTools).not.toContain('Bash(npm test)')
    expect(seen[0].allowedTools).toContain('Bash(npm')
  })

  it('a run that failed is charged: its execution file reaches publish and the cost cap counts it', async () => {
    await compiled(loopConfig('guardrails:\n  budget:\n    max_total_cost_usd: 50\n'))
    const [run] = await scheduledTick(TICK, () => ({ failed: 'out of turns', costUsd: 2.5 }))
    expect(run.jobs.work.result).toBe('failure')
    expect(run.jobs.publish.result).toBe('success')
    const m = rig.github.model
    const refusal = m.comments.find(c => c.body.includes('lc:attest'))
    expect(refusal?.body).toContain('"cost_usd":2.5')
    // The next tick charges it.
    const [next] = await scheduledTick(TICK, () => ({ edits: {} }))
    expect(next.jobs.tick.result).toBe('success')
    const summary = next.jobs.tick.legs[0].summary
    expect(summary).toContain('$2.50')
  })
})

describe('init --worker codex, as written', () => {
  it('dispatches its worker workflow and pays one agent per issue', async () => {
    const plan = planInit({ worker: 'codex', schedule: '17,47 * * * *', force: false }, new Set())
    const file = (p: string) => plan.files.find(f => f.path === p)!.content
    await compiled(
      `${loopConfig()}dispatch:\n  adapter: workflow\n  workflow: delivery-worker.yml\n`
    )
    const calls = { claude: 0, codex: 0 }
    const actions = new Actions(rig, {
      workflows: {
        '.github/workflows/delivery-tick.yml': file('.github/workflows/delivery-tick.yml'),
        '.github/workflows/delivery-worker.yml': file('.github/workflows/delivery-worker.yml')
      },
      agents: {
        claude: () => {
          calls.claude++
          return { edits: { 'docs/setup.md': '# Setup\n' } }
        },
        codex: () => {
          calls.codex++
          return { edits: { 'docs/setup.md': '# Setup\n' } }
        }
      }
    })
    actions.trigger({ name: 'schedule', payload: { schedule: '17,47 * * * *' } })
    const runs = await actions.settle()
    actions.stop()
    const tick = runs.find(r => r.workflow.endsWith('delivery-tick.yml'))!
    expect(tick.jobs.tick.result).toBe('success')
    expect(JSON.parse(tick.jobs.tick.outputs.wave)).toHaveLength(1)
    expect(runs.find(r => r.workflow.endsWith('delivery-worker.yml'))?.conclusion).toBe('success')
    expect(calls).toEqual({ claude: 0, codex: 1 })
    expect(rig.github.model.issues.filter(i => i.pull)).toHaveLength(1)
  })
})

describe('a workflow bumped on the default branch under the loop', () => {
  it('the shipped tick brings a loop branch up to date through it (the App token has workflows: write)', async () => {
    await compiled()
    const m = rig.github.model
    m.requireUpToDate = true
    await scheduledTick(TICK, () => ({ edits: { 'docs/setup.md': '# Setup\n' } }))
    const pr = m.issues.find(i => i.pull)!
    m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: 'success' })
    // Dependabot's bump, merged: a workflow file changes on main.
    m.writeFile('main', '.github/workflows/ci.yml', Buffer.from('name: ci # bumped\n'))
    expect(m.mergeStateOf(pr.pull!)).toBe('BEHIND')
    const head = pr.pull!.headSha
    await scheduledTick(TICK, () => ({ edits: {} }))
    expect(pr.pull!.headSha).not.toBe(head)
    expect(m.mergeStateOf(pr.pull!)).not.toBe('BEHIND')
  })

  it('without workflows: write the App token’s branch update is refused, as GitHub refuses it', async () => {
    await compiled()
    const m = rig.github.model
    m.requireUpToDate = true
    await scheduledTick(TICK, () => ({ edits: { 'docs/setup.md': '# Setup\n' } }))
    const pr = m.issues.find(i => i.pull)!
    m.writeFile('main', '.github/workflows/ci.yml', Buffer.from('name: ci # bumped\n'))
    const without = TICK.replace(
      /\n\s+# "Update branch" merges[^\n]*\n[^\n]*\n\s+permission-workflows: write/,
      ''
    )
    expect(without).not.toBe(TICK)
    const head = pr.pull!.headSha
    const [run] = await scheduledTick(without, () => ({ edits: {} }))
    expect(pr.pull!.headSha).toBe(head)
    const refused = run.jobs.tick.legs[0].requests.find(r => r.path.endsWith('/update-branch'))
    expect(refused).toMatchObject({ status: 422, denied: 'workflows: write' })
  })
})

describe('Dependabot closing its own superseded pull request', () => {
  /** Dependabot's pull request from a branch of this repository, closed by Dependabot. */
  async function closedByDependabot(tick: string) {
    await compiled()
    const m = rig.github.model
    const pr = m.openPull({
      head: 'dependabot/github_actions/actions/checkout-7.0.2',
      title: 'Bump actions/checkout',
      body: '',
      userId: m.userByLogin('maintainer')!.id
    })
    pr.state = 'closed'
    const actions = new Actions(rig, {
      workflows: { '.github/workflows/delivery-tick.yml': tick }
    })
    actions.deliver({
      name: 'pull_request',
      action: 'closed',
      actor: 'dependabot[bot]',
      issue: pr.number
    })
    const runs = await actions.settle()
    actions.stop()
    return runs
  }

  it('starts no tick job: its run has a read-only token and no secrets', async () => {
    const [run] = await closedByDependabot(TICK)
    expect(run.jobs.tick.result).toBe('skipped')
    expect(run.conclusion).toBe('success')
  })

  it('without the shipped guard the tick turns red at the App token step, as on GitHub', async () => {
    const unguarded = TICK.replace("github.actor != 'dependabot[bot]' && (", '(')
    expect(unguarded).not.toBe(TICK)
    const [run] = await closedByDependabot(unguarded)
    expect(run.jobs.tick.result).toBe('failure')
    const error = run.jobs.tick.legs[0].steps.find(s => s.error)?.error
    expect(error).toContain('private-key')
  })
})

describe('a pull request from a fork', () => {
  it('runs with a read-only token and no secrets, whatever the workflow asks for', async () => {
    const m = rig.github.model
    const pr = m.openPull({
      head: 'feature',
      title: 'A fork’s change',
      body: '',
      userId: m.userByLogin('outsider')!.id,
      fork: 'outsider/widgets'
    })
    const workflow = [
      'on: pull_request',
      'permissions:',
      '  issues: write',
      'jobs:',
      '  probe:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: s',
      '        env:',
      '          KEY: ${{ secrets.ANTHROPIC_API_KEY }}',
      '        run: echo "key=${KEY:-none}" >> "$GITHUB_OUTPUT"',
      ''
    ].join('\n')
    const actions = new Actions(rig, { workflows: { '.github/workflows/probe.yml': workflow } })
    actions.deliver({ name: 'pull_request', action: 'opened', actor: 'outsider', issue: pr.number })
    const [run] = await actions.settle()
    actions.stop()
    expect(run.jobs.probe.legs[0].steps[0].outputs).toEqual({ key: 'none' })
    const tokens = [...m.scopedTokens.values()].filter(t => t.label.includes(`run ${run.id} `))
    expect(tokens.map(t => t.grants)).toEqual([{ issues: 'read' }])
  })
})
