/**
 * The whole loop as one story, driven through the shipped workflows (examples/workflows/*.yml)
 * on the rig's runner, as GitHub Actions would run them for a team that copied them: a push of
 * the roadmap starts compile → the schedule starts tick, its worker (claude-code-action's
 * stand-in) and publish → CI on the loop branch starts tick's review wave, the reviewer
 * (codex-action's stand-in), the verdict and `next` → the dashboard lists the pull request under
 * "Ready for human merge" → a maintainer merges, and that merge alone starts the tick that
 * dispatches the dependents → CI fails on the default branch: discover files it → the schedule
 * sends a worker. `npm run demo` prints it; `__tests__/e2e/story.test.ts` runs it as a test.
 * Every step checks what a user would see, and throws when it is not so.
 */
import type { Issue } from './github/model.js'
import type { Rig } from './index.js'
import { loopConfig, shippedWorkflows } from './runner/repo.js'
import { runText } from './runner/report.js'
import type { RunResult } from './runner/run-types.js'
import { Actions } from './runner/service.js'
import type { AgentTask } from './runner/types.js'

export const STORY_ROADMAP = `# Widgets

## Storage
Persist widgets so restarts lose nothing.

- doc: Design the storage schema
- code: Implement the widget store

## HTTP API
Expose widgets over HTTP.

- code: Add the widgets endpoint (needs: storage/code-1)
`

export interface StoryStep {
  title: string
  /** What a user would look at: a summary, a prompt, the dashboard. */
  show: string
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`story: ${what}`)
}

/** The worker the story's agent stands for: the doc slice writes the schema, code a module. */
function storyAgent(task: AgentTask) {
  if (task.sandbox === 'read-only')
    return {
      finalMessage: JSON.stringify({
        verdict: 'pass',
        findings: [{ severity: 'info', file: 'docs/storage.md', line: 1, note: 'clear and short' }],
        evidence: 'Read docs/storage.md against the issue: the schema is described.',
        spec_conformance: 'not-applicable',
        reviewer: { provider: 'openai', model: 'gpt-5' }
      })
    }
  const doc = task.prompt.includes('Design the storage schema')
  const number = /#(\d+)/.exec(task.prompt)?.[1] ?? 'x'
  return {
    edits: doc
      ? { 'docs/storage.md': '# Storage schema\n\nOne table.\n' }
      : { [`src/slice-${number}.ts`]: 'export const done = true\n' },
    costUsd: 0.42,
    turns: 9
  }
}

/** Runs the story; resolves to every workflow run it made, for the tests that read them. */
export async function runStory(
  rig: Rig,
  say: (step: StoryStep) => void = () => {}
): Promise<RunResult[]> {
  const m = rig.github.model
  const actions = new Actions(rig, {
    workflows: shippedWorkflows(),
    agents: { claude: storyAgent, codex: storyAgent }
  })
  const settle = async (what: string) => {
    const runs = await actions.settle()
    for (const run of runs) check(run.conclusion !== 'failure', `${what}: ${runText(run)}`)
    return runs
  }
  const ticks = (runs: RunResult[]) => runs.filter(r => r.workflow.endsWith('delivery-tick.yml'))
  const leg = (run: RunResult | undefined, job: string) => run?.jobs[job]?.legs[0]
  const wave = (run: RunResult | undefined, key = 'wave') =>
    JSON.parse(run?.jobs.tick.outputs[key] ?? '[]') as { issue: number; pull?: number }[]
  const dashboard = () => m.issues.find(i => i.labels.includes('delivery:dashboard'))?.body ?? ''
  try {
    // 1. a maintainer pushes the roadmap: compile runs on the push
    actions.push({
      'ROADMAP.md': STORY_ROADMAP,
      '.delivery.yml': loopConfig(),
      ...shippedWorkflows()
    })
    const compiled = (await settle('compile')).find(r =>
      r.workflow.endsWith('delivery-compile.yml')
    )
    const apply = compiled?.jobs.apply
    check(apply?.result === 'success', `compile's apply job: ${apply?.result}`)
    check(
      m.issues.filter(i => i.labels.includes('delivery:unit')).length === 3,
      'compile made 3 unit issues'
    )
    say({
      title: '1. compile: the push of ROADMAP.md became 3 issues with their dependencies',
      show: leg(compiled, 'apply')!.summary
    })
    const byTitle = (t: string) => m.issues.find(i => i.title === t)!
    const doc = byTitle('Doc: Design the storage schema')
    const store = byTitle('Code: Implement the widget store')

    // 2. the schedule: tick's wave, its worker, publish
    actions.trigger({ name: 'schedule', payload: { schedule: '17,47 * * * *' } })
    const scheduled = ticks(await settle('the scheduled tick'))[0]
    const first = wave(scheduled)
    check(
      first.length === 1 && first[0].issue === doc.number,
      `the first wave is ${JSON.stringify(first)}`
    )
    say({
      title: '2. tick: the first wave (only the doc slice is ready)',
      show: leg(scheduled, 'tick')!.summary
    })
    const prompt = leg(scheduled, 'work')!.steps.find(s => s.id === 'prompt')!.outputs.prompt
    say({ title: '3a. the worker prompt', show: prompt })
    const pr = m.issues.find(i => i.pull && i.pull.head === `loop/issue-${doc.number}`)
    check(
      pr?.body?.includes(`Closes #${doc.number}`) === true,
      'publish opened the pull request that closes the issue'
    )
    say({
      title:
        '3b. publish: the change checked and pushed with the App token; the pull request opened',
      show: leg(scheduled, 'publish')!.summary
    })

    // 3. CI on the loop branch (the App pushed, so it ran): the review wave, the verdict, `next`
    m.addCheckRun({
      name: 'test',
      headSha: pr!.pull!.headSha,
      conclusion: 'success',
      appSlug: 'ci-app'
    })
    m.addRun({
      name: 'ci',
      headBranch: pr!.pull!.head,
      headSha: pr!.pull!.headSha,
      event: 'pull_request',
      conclusion: 'success',
      actor: 'loop-app[bot]',
      jobs: [{ name: 'test', conclusion: 'success' }]
    })
    const afterCi = ticks(await settle('the tick CI started'))
    const reviewing = afterCi.find(r => wave(r, 'review-wave').some(w => w.pull === pr!.number))
    check(!!reviewing, 'CI going green started a tick with the pull request in its review wave')
    say({
      title:
        '4. CI is green: its workflow_run starts tick, which puts the pull request in the review wave',
      show: leg(reviewing, 'tick')!.summary
    })
    check(
      leg(reviewing, 'verdict')?.conclusion === 'success',
      'the verdict job published the loopreview check'
    )
    say({
      title: '5. review: Codex read the packet, the verdict job published the loopreview check',
      show: `${leg(reviewing, 'review')!
        .steps.map(s => `${s.name}: ${s.conclusion}`)
        .join('\n')}\n\n${leg(reviewing, 'verdict')!.summary}`
    })

    // 4. `next` dispatched tick once more: ready for a human
    const board = dashboard()
    check(
      board.slice(board.indexOf('Ready for human merge')).includes(`#${pr!.number}`),
      'the dashboard lists the pull request under Ready for human merge'
    )
    check(
      afterCi.some(r => r.event === 'workflow_dispatch' && r.actor === 'github-actions[bot]'),
      "the `next` job's dispatch ran tick again"
    )
    say({
      title: '6. the dashboard: ready for human merge, with no scheduled run in between',
      show: board
    })

    // 5. a maintainer merges (a person's request; the action never sends one)
    await mergeAsMaintainer(rig, pr!)
    const afterMerge = ticks(await settle('the tick the merge started'))
    const dispatching = afterMerge.find(r => wave(r).some(w => w.issue === store.number))
    check(
      !!dispatching,
      `the merge alone started a tick dispatching the dependent: ${afterMerge.map(r => r.jobs.tick.outputs.wave).join(' ')}`
    )
    say({
      title:
        '7. merged by a human: the merge event starts the tick that dispatches the dependent slice',
      show: leg(dispatching, 'tick')!.summary
    })

    // 6. CI fails on the default branch: discover files it; the schedule sends a worker
    m.addRun({
      name: 'ci',
      conclusion: 'failure',
      jobs: [
        {
          name: 'test',
          log: '2026-11-24T10:00:00Z Error: widgets.test.ts expected 3 rows, got 2\n'
        }
      ]
    })
    const discovered = (await settle('discover')).find(r =>
      r.workflow.endsWith('delivery-discover.yml')
    )
    const filed = m.issues.find(i => i.labels.includes('delivery:discovered'))
    check(discovered?.jobs.discover.result === 'success' && !!filed, 'discover filed the failure')
    say({
      title:
        '8. CI failed on main: its workflow_run started discover, which filed an issue in the DAG',
      show: leg(discovered, 'discover')!.summary
    })
    actions.trigger({ name: 'schedule', payload: { schedule: '17,47 * * * *' } })
    const fix = ticks(await settle('the next scheduled tick'))[0]
    check(
      wave(fix).some(t => t.issue === filed!.number),
      `the discovered issue joins the wave: ${fix?.jobs.tick.outputs.wave}`
    )
    say({
      title: '9. the next tick: the failure goes to a worker',
      show: leg(fix, 'tick')!.summary
    })
    check(m.issues.filter(i => i.pull?.merged).length === 1, 'only the maintainer merged')
    return actions.runs
  } finally {
    actions.stop()
  }
}

/** A maintainer presses "Merge" (the REST call a person's browser makes): the rig merges as GitHub does. */
export async function mergeAsMaintainer(rig: Rig, pr: Issue): Promise<void> {
  const res = await fetch(`${rig.github.url}/repos/${rig.github.repo}/pulls/${pr.number}/merge`, {
    method: 'PUT',
    headers: {
      authorization: `token ${rig.github.tokens.maintainer}`,
      'content-type': 'application/json'
    },
    body: JSON.stringify({ merge_method: 'merge' })
  })
  check(res.status === 200, `the maintainer's merge answered ${res.status}: ${await res.text()}`)
}
