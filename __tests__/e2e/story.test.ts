/**
 * The whole loop as one story, through the shipped workflows on the rig's runner (see
 * rig/story.ts): compile on the push → tick on the schedule, its worker and publish → CI starts
 * the review wave, the verdict and `next` → ready for human merge → the merge alone starts the
 * tick that dispatches the dependents → CI fails on main: discover → the fix is dispatched.
 * The rig fails the file if the action ever merged, approved or pushed to the default branch.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { jobGrants } from '../../rig/runner/permissions.js'
import { shippedWorkflows } from '../../rig/runner/repo.js'
import type { RunResult, WorkflowDoc } from '../../rig/runner/run-types.js'
import { runStory, type StoryStep } from '../../rig/story.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

/** Each job's GITHUB_TOKEN grants that no request of that job ever needed, over all the runs. */
function unusedGrants(runs: RunResult[]): string[] {
  const docs = Object.fromEntries(
    Object.entries(shippedWorkflows()).map(([f, t]) => [f, parseYaml(t) as WorkflowDoc])
  )
  const used = new Map<string, Set<string>>()
  for (const run of runs)
    for (const job of Object.values(run.jobs))
      for (const leg of job.legs)
        for (const r of leg.requests.filter(r => r.actor === 'github-actions[bot]'))
          for (const need of r.needs ?? []) {
            const key = `${run.workflow} ${job.id}`
            if (!used.has(key)) used.set(key, new Set())
            const [scopes, level] = need.split(': ')
            for (const scope of scopes.split('|')) used.get(key)!.add(`${scope}: ${level}`)
          }
  const unused: string[] = []
  for (const [file, doc] of Object.entries(docs))
    for (const [id, job] of Object.entries(doc.jobs)) {
      const seen = used.get(`${file} ${id}`) ?? new Set()
      for (const [scope, access] of Object.entries(
        jobGrants(job.permissions, doc.permissions, 'read')
      )) {
        if (access === 'none') continue
        const ok =
          access === 'write'
            ? seen.has(`${scope}: write`)
            : seen.has(`${scope}: read`) || seen.has(`${scope}: write`)
        if (!ok) unused.push(`${file.split('/').pop()} ${id}: ${scope}: ${access}`)
      }
    }
  return unused.sort()
}

describe('the whole loop', () => {
  it('runs from a roadmap to merged work and back to a fix, and only the human merges', async () => {
    const steps: StoryStep[] = []
    const runs = await runStory(rig, step => steps.push(step))
    expect(steps.map(s => s.title.split(':')[0])).toEqual([
      '1. compile',
      '2. tick',
      '3a. the worker prompt',
      '3b. publish',
      '4. CI is green',
      '5. review',
      '6. the dashboard',
      '7. merged by a human',
      '8. CI failed on main',
      '9. the next tick'
    ])
    expect(steps[6].show).toContain('Ready for human merge')
    expect(rig.github.humanOnly).toEqual([])
    // The spend the worker's execution files reported (two attempts at $0.42) reached the caps.
    expect(steps[9].show).toContain('$0.84')

    // Least privilege, proved by the runs: every grant a shipped job holds, some request of that
    // job needed — except these, each needed only on a path the story does not take.
    expect(unusedGrants(runs)).toEqual([
      // the marker pull request, when main is protected against the markers commit
      'delivery-compile.yml apply: pull-requests: write',
      // starting the next compile, when one stops at max_writes_per_run (compile-continues.test.ts)
      'delivery-compile.yml next: actions: write',
      // the plan comment on a roadmap pull request (recipes.test.ts runs it)
      'delivery-compile.yml plan: contents: read',
      'delivery-compile.yml plan: issues: read',
      'delivery-compile.yml plan: pull-requests: write',
      // the enrolment check on a labelled issue (recipes.test.ts runs it)
      'delivery-discover.yml discover: checks: read',
      // a refused change: the refusal comment on the issue
      'delivery-tick.yml publish: issues: write',
      // the workflow adapter's worker (recipes.test.ts runs it)
      'delivery-worker.yml publish: contents: read',
      'delivery-worker.yml publish: issues: write',
      'delivery-worker.yml publish: pull-requests: read',
      'delivery-worker.yml work: contents: read',
      'delivery-worker.yml work: issues: read'
    ])
  })
})
