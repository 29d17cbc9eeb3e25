/**
 * The whole loop as one story, on the rig with the built bundle: compile a roadmap → tick's wave
 * → a script worker's patch → publish opens the pull request → CI goes green → the review wave →
 * a `pass` verdict → the dashboard lists it under "Ready for human merge" → a maintainer merges →
 * the next tick dispatches the dependents → CI fails on the default branch → discover files it →
 * the next tick dispatches its fix. `npm run demo` prints it; `__tests__/e2e/story.test.ts`
 * runs it as a test. Every step checks what a user would see, and throws when it is not so.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { failedRunEvent } from './events.js'
import { runAction, tempDir, type ActionRun } from './harness.js'
import type { Issue } from './github/model.js'
import type { Rig } from './index.js'
import { loopWorkspace } from './loop.js'
import { workerPatch } from './worker.js'

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

interface Task {
  issue: number
  branch: string
  kind: string
  attempt: number
  pull?: number
}

export async function runStory(rig: Rig, say: (step: StoryStep) => void = () => {}): Promise<void> {
  const m = rig.github.model
  const ws = loopWorkspace('ci:\n  checks: [test]\n')
  m.writeFile('main', 'ROADMAP.md', Buffer.from(STORY_ROADMAP))
  const action = (
    inputs: Record<string, string>,
    more: Partial<Parameters<typeof runAction>[0]> = {}
  ) => runAction({ github: rig.github, cache: rig.cache, inputs, workspace: ws, ...more })
  const ok = (run: ActionRun, what: string) => {
    check(run.code === 0, `${what} failed: ${run.stdout.slice(-600)}`)
    return run
  }
  const tick = async () => ok(await action({ mode: 'tick' }, { eventName: 'schedule' }), 'tick')
  const dashboard = () => m.issues.find(i => i.labels.includes('delivery:dashboard'))?.body ?? ''

  // 1. compile
  const compiled = ok(await action({ mode: 'compile' }, { eventName: 'push' }), 'compile')
  check(
    compiled.outputs.created === '3',
    `compile created ${compiled.outputs.created} issues, not 3`
  )
  say({
    title: '1. compile: ROADMAP.md became 3 issues with their dependencies',
    show: compiled.summary
  })
  const byTitle = (t: string) => m.issues.find(i => i.title === t)!
  const doc = byTitle('Doc: Design the storage schema')
  const store = byTitle('Code: Implement the widget store')

  // 2. tick: the first wave
  const first = await tick()
  const wave = JSON.parse(first.outputs.wave) as Task[]
  check(
    wave.length === 1 && wave[0].issue === doc.number,
    `the first wave is ${first.outputs.wave}`
  )
  say({ title: '2. tick: the first wave (only the doc slice is ready)', show: first.summary })

  // 3. the worker: a read-only job edits a checkout and hands over a patch; publish pushes it
  const prompt = ok(await action({ mode: 'prompt', issue: String(doc.number) }), 'prompt')
  say({ title: '3a. the worker prompt', show: prompt.outputs.prompt })
  const patch = workerPatch(rig, 'main', { 'docs/storage.md': '# Storage schema\n\nOne table.\n' })
  const published = ok(
    await action({
      mode: 'publish',
      issue: String(doc.number),
      branch: wave[0].branch,
      kind: wave[0].kind,
      'patch-file': patch,
      'push-token': rig.github.tokens.maintainer
    }),
    'publish'
  )
  const pr = m.issue(Number(published.outputs['pull-request']))!
  check(pr.body?.includes(`Closes #${doc.number}`) === true, 'the pull request closes the issue')
  say({
    title: '3b. publish: the change checked and pushed; the pull request opened',
    show: published.summary
  })

  // 4. CI (a third-party app) goes green on the head
  m.addCheckRun({
    name: 'test',
    headSha: pr.pull!.headSha,
    conclusion: 'success',
    appSlug: 'ci-app'
  })
  const green = await tick()
  const reviewWave = JSON.parse(green.outputs['review-wave']) as {
    pull: number
    head_sha: string
  }[]
  check(reviewWave[0]?.pull === pr.number, `the review wave is ${green.outputs['review-wave']}`)
  say({
    title: '4. CI is green: tick puts the pull request in the review wave',
    show: green.summary
  })

  // 5. the independent reviewer: the packet, then a pass verdict for that head
  const packet = ok(await action({ mode: 'prompt', 'pull-request': String(pr.number) }), 'packet')
  const verdictFile = path.join(tempDir('verdict'), 'verdict.json')
  writeFileSync(
    verdictFile,
    JSON.stringify({
      verdict: 'pass',
      findings: [{ severity: 'info', file: 'docs/storage.md', line: 1, note: 'clear and short' }],
      evidence: 'Read docs/storage.md against the issue: the schema is described.',
      spec_conformance: 'not-applicable',
      reviewer: { provider: 'openai', model: 'gpt-5' },
      head_sha: reviewWave[0].head_sha
    })
  )
  const verdict = ok(
    await action({
      mode: 'verdict',
      'pull-request': String(pr.number),
      'verdict-file': verdictFile
    }),
    'verdict'
  )
  check(verdict.outputs.verdict === 'pass', `the verdict is ${verdict.outputs.verdict}`)
  say({
    title: '5. review: the packet, and the loopreview check published',
    show: `${packet.summary}\n\n${verdict.summary}`
  })

  // 6. the dashboard: ready for a human to merge
  await tick()
  const board = dashboard()
  const ready = board.slice(board.indexOf('Ready for human merge'))
  check(
    ready.includes(`#${pr.number}`),
    'the dashboard lists the pull request under Ready for human merge'
  )
  say({ title: '6. the dashboard: ready for human merge', show: board })

  // 7. a maintainer merges (on the emulator: the action has no way to)
  mergeAsMaintainer(rig, pr, doc)
  const next = await tick()
  const wave2 = JSON.parse(next.outputs.wave) as Task[]
  check(
    wave2.some(t => t.issue === store.number),
    `after the merge the wave is ${next.outputs.wave}`
  )
  say({
    title: '7. merged by a human: the next tick dispatches the dependent slice',
    show: next.summary
  })

  // 8. CI fails on the default branch: discover files it, and the next tick sends a worker
  const run = m.addRun({
    name: 'ci',
    jobs: [
      { name: 'test', log: '2026-11-24T10:00:00Z Error: widgets.test.ts expected 3 rows, got 2\n' }
    ]
  })
  const discovered = ok(
    await action({ mode: 'discover' }, { eventName: 'workflow_run', event: failedRunEvent(run) }),
    'discover'
  )
  check(discovered.outputs.created === '1', `discover created ${discovered.outputs.created}`)
  const filed = m.issues.find(i => i.labels.includes('delivery:discovered'))!
  say({
    title: '8. CI failed on main: discover filed an issue in the DAG',
    show: discovered.summary
  })
  const fix = await tick()
  check(
    (JSON.parse(fix.outputs.wave) as Task[]).some(t => t.issue === filed.number),
    `the discovered issue joins the wave: ${fix.outputs.wave}`
  )
  say({ title: '9. the next tick: the failure goes to a worker', show: fix.summary })
  check(m.issues.filter(i => i.pull?.merged).length === 1, 'only the maintainer merged')
}

/** What a maintainer's merge does on GitHub: main gets the branch, the PR and its issue close. */
export function mergeAsMaintainer(rig: Rig, pr: Issue, closes: Issue): void {
  const m = rig.github.model
  const branch = m.branch(pr.pull!.head)!
  const main = m.branch('main')!
  main.files = new Map(branch.files)
  main.commitSha = m.commitSha('merge')
  pr.state = 'closed'
  pr.closedAt = m.now()
  pr.pull!.merged = true
  closes.state = 'closed'
  closes.stateReason = 'completed'
  closes.closedAt = m.now()
  closes.labels = closes.labels.filter(l => l !== 'status:implementing')
}
