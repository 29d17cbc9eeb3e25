/**
 * Every whole workflow a team may copy — examples/workflows/*.yml and each complete workflow in
 * the README and docs/ — runs on the rig's runner for each event it declares, as GitHub Actions
 * would run it: the jobs that should run, run and succeed, with no input the action does not
 * declare and no request beyond the job's permissions. (The tick example's whole cycle is the
 * story: __tests__/e2e/story.test.ts.)
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopConfig, shippedWorkflows } from '../../rig/runner/repo.js'
import { runText } from '../../rig/runner/report.js'
import type { RunResult } from '../../rig/runner/run-types.js'
import { Actions } from '../../rig/runner/service.js'
import { triggersOf } from '../../rig/runner/triggers.js'
import { STORY_ROADMAP } from '../../rig/story.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

/** Complete workflows in the README and docs/: ```yaml blocks with `on:` and `jobs:`. */
function docRecipes(): Record<string, string> {
  const files = [
    'README.md',
    ...readdirSync('docs')
      .filter(f => f.endsWith('.md'))
      .map(f => `docs/${f}`)
  ]
  const out: Record<string, string> = {}
  for (const file of files.concat(readdirSync('docs/reference').map(f => `docs/reference/${f}`))) {
    if (!file.endsWith('.md')) continue
    let i = 0
    for (const m of readFileSync(file, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g))
      if (/^on:/m.test(m[1]) && /^jobs:/m.test(m[1])) out[`${file}#${++i}`] = m[1]
  }
  return out
}

const RECIPES = docRecipes()
const SHIPPED = shippedWorkflows()

/** The team's own worker scripts the script-worker recipes call. */
const WORKER_SCRIPT =
  '#!/usr/bin/env bash\nset -e\nmkdir -p work\necho "done: $(head -1 "$1")" > work/script-note.md\n'

function seedRepo(): void {
  const m = rig.github.model
  m.writeFile('main', 'ROADMAP.md', Buffer.from(STORY_ROADMAP))
  m.writeFile('main', '.delivery.yml', Buffer.from(loopConfig()))
  for (const name of ['scripts/loop-worker.sh', 'scripts/agent']) {
    m.writeFile('main', name, Buffer.from(WORKER_SCRIPT)).mode = '100755'
  }
}

/** One workflow in the repository, with the issues compile makes (written by the bundle itself). */
async function repoWith(file: string, text: string): Promise<Actions> {
  seedRepo()
  if (/^\s+mode: (compile|discover)\s*$/m.test(text))
    return new Actions(rig, { workflows: { [`.github/workflows/${file}`]: text } })
  const compile = new Actions(rig, {
    workflows: {
      '.github/workflows/compile.yml': SHIPPED['.github/workflows/delivery-compile.yml']
    }
  })
  compile.trigger({ name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } })
  await compile.settle()
  compile.stop()
  return new Actions(rig, { workflows: { [`.github/workflows/${file}`]: text } })
}

/** A loop pull request for the first unit issue, published by the App, with CI green. */
function greenLoopPull(): { pull: number; issue: number } {
  const m = rig.github.model
  const unit = m.issues.find(i => i.labels.includes('delivery:unit'))!
  const pr = m.openPull({
    head: `loop/issue-${unit.number}`,
    title: unit.title,
    body: `Closes #${unit.number}`,
    userId: m.userByLogin('loop-app[bot]')!.id
  })
  m.writeFile(pr.pull!.head, 'docs/storage.md', Buffer.from('# Storage\n'))
  pr.pull!.headSha = m.branch(pr.pull!.head)!.commitSha
  m.addCheckRun({
    name: 'test',
    headSha: pr.pull!.headSha,
    conclusion: 'success',
    appSlug: 'ci-app'
  })
  return { pull: pr.number, issue: unit.number }
}

/** A run that did what it should: no red job, something ran, no warning, nothing refused. */
function expectClean(runs: RunResult[], why: string): void {
  expect({ why, runs: runs.length }).toEqual({ why, runs: expect.any(Number) })
  for (const run of runs) {
    const refused = Object.values(run.jobs).flatMap(j =>
      j.legs.flatMap(l => l.requests.filter(r => r.denied))
    )
    const ran = Object.values(run.jobs).filter(j => j.result !== 'skipped')
    expect({ why, run: run.conclusion === 'success' ? 'ok' : runText(run) }).toEqual({
      why,
      run: 'ok'
    })
    expect({ why, warnings: run.warnings, refused }).toEqual({ why, warnings: [], refused: [] })
    expect(ran.length).toBeGreaterThan(0)
  }
  expect(runs.length).toBeGreaterThan(0)
}

/** The event each declared trigger stands for, made the way it happens on GitHub. */
async function fire(
  actions: Actions,
  file: string,
  event: string,
  inputs: Record<string, string>
): Promise<RunResult[]> {
  const m = rig.github.model
  switch (event) {
    case 'push':
      actions.push({ 'ROADMAP.md': `${STORY_ROADMAP}\n- doc: Write the operations guide\n` })
      break
    case 'pull_request': {
      const pr = m.openPull({
        head: 'roadmap-change',
        title: 'Plan more',
        body: 'More slices.',
        userId: m.userByLogin('maintainer')!.id
      })
      m.writeFile(
        'roadmap-change',
        'ROADMAP.md',
        Buffer.from(`${STORY_ROADMAP}\n- doc: Write the runbook\n`)
      )
      pr.pull!.headSha = m.branch('roadmap-change')!.commitSha
      actions.deliver({
        name: 'pull_request',
        action: 'opened',
        actor: 'maintainer',
        issue: pr.number
      })
      break
    }
    case 'workflow_dispatch':
      actions.deliver({
        name: 'workflow_dispatch',
        actor: 'maintainer',
        workflow: file,
        ref: 'refs/heads/main',
        inputs
      })
      break
    case 'schedule':
      actions.trigger({ name: 'schedule', payload: {} })
      break
    case 'workflow_run':
      m.addRun({
        name: 'ci',
        conclusion: 'failure',
        jobs: [{ name: 'test', log: 'Error: widgets.test.ts expected 3 rows, got 2\n' }]
      })
      break
    case 'issues': {
      const human = m.createIssue({
        title: 'Add a CSV export',
        body: 'Please.',
        userId: m.userByLogin('maintainer')!.id
      })
      const res = await fetch(
        `${rig.github.url}/repos/${rig.github.repo}/issues/${human.number}/labels`,
        {
          method: 'POST',
          headers: {
            authorization: `token ${rig.github.tokens.maintainer}`,
            'content-type': 'application/json'
          },
          body: JSON.stringify({ labels: ['delivery:unit'] })
        }
      )
      expect(res.status).toBe(200)
      break
    }
    default:
      throw new Error(`no scenario for ${event}`)
  }
  return actions.settle()
}

/** Inputs a dispatch of a worker recipe gets from tick: the first unit issue's new task. */
function workerInputs(): Record<string, string> {
  const unit = rig.github.model.issues.find(i => i.labels.includes('delivery:unit'))
  if (!unit) return {}
  return {
    issue: String(unit.number),
    branch: `loop/issue-${unit.number}`,
    attempt: '1',
    kind: 'new',
    pull: '',
    'dry-run': 'false'
  }
}

const ALL = { ...SHIPPED, ...RECIPES }
const CASES = Object.entries(ALL)
  .filter(([name]) => !name.endsWith('delivery-tick.yml'))
  .flatMap(([name, text]) =>
    Object.keys(triggersOf((parseYaml(text) as { on: unknown }).on)).map(
      event => [name, event, text] as const
    )
  )

describe('every workflow a team may copy runs on the rig runner', () => {
  it('finds the shipped workflows and the recipes in the docs', () => {
    expect(Object.keys(SHIPPED).sort()).toEqual([
      '.github/workflows/delivery-compile.yml',
      '.github/workflows/delivery-discover.yml',
      '.github/workflows/delivery-tick.yml',
      '.github/workflows/delivery-worker.yml'
    ])
    expect(Object.keys(RECIPES).length).toBeGreaterThanOrEqual(5)
  })

  it.each(CASES)(
    '%s on %s',
    async (name, event, text) => {
      const file = `${name.replace(/\W+/g, '-')}.yml`
      const actions = await repoWith(file, text)
      try {
        const before = rig.github.model.issues.length
        if (/^\s+mode: verdict/m.test(text)) greenLoopPull()
        const runs = await fire(actions, file, event, workerInputs())
        expectClean(runs, `${name} on ${event}`)
        const m = rig.github.model
        // What a user sees afterwards, by what the workflow is for.
        if (/compile/.test(text) && event === 'push')
          expect(m.issues.length).toBeGreaterThan(before)
        if (/^\s+mode: publish/m.test(text))
          expect(m.issues.some(i => i.pull?.head === `loop/issue-${workerInputs().issue}`)).toBe(
            true
          )
        if (/^\s+mode: verdict/m.test(text))
          expect(m.checkRuns.some(c => c.name === 'loopreview' && c.conclusion === 'success')).toBe(
            true
          )
        if (/^\s+mode: forecast/m.test(text))
          expect(
            runs
              .flatMap(r => Object.values(r.jobs))
              .some(j =>
                j.legs.some(l =>
                  /Delivery Loop · forecast[\s\S]*calendar time, median/.test(l.summary)
                )
              )
          ).toBe(true)
        if (/^\s+mode: discover/m.test(text) && event === 'workflow_run')
          expect(m.issues.some(i => i.labels.includes('delivery:discovered'))).toBe(true)
      } finally {
        actions.stop()
      }
    },
    120_000
  )
})
