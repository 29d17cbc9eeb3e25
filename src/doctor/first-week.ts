/**
 * What a first week on GitHub needs and a file-by-file reading misses (pure): the CI the tick
 * waits for must run on the loop's pull requests (else no review and no fix ever starts), and an
 * App token that pushes must be allowed to bring workflow changes along (Dependabot bumps the
 * workflows' pins on the default branch; "Update branch" and a conflict task's merge then need
 * `workflows: write`).
 */
import { minimatch } from 'minimatch'
import type { DoctorFacts } from './facts.js'
import type { Finding } from './finding.js'
import type { WorkflowShape } from './workflows.js'

const LOOP_BRANCH = 'loop/issue-1'

/** A branch filter (`branches` / `branches-ignore`) lets `branch` through. */
function passes(trigger: Record<string, unknown> | undefined, branch: string): boolean {
  if (!trigger) return false
  const list = (key: string) =>
    Array.isArray(trigger[key]) ? (trigger[key] as unknown[]).map(String) : undefined
  const only = list('branches')
  const ignored = list('branches-ignore')
  if (only && !only.some(p => minimatch(branch, p))) return false
  return !ignored?.some(p => minimatch(branch, p))
}

/** The workflow runs on a loop branch's push, or on a pull request into the default branch. */
function runsOnLoopPulls(file: WorkflowShape, defaultBranch: string): boolean {
  return (
    passes(file.on.get('push') ?? (file.on.has('push') ? {} : undefined), LOOP_BRANCH) ||
    passes(
      file.on.get('pull_request') ?? (file.on.has('pull_request') ? {} : undefined),
      defaultBranch
    )
  )
}

/** The CI workflows the tick waits for (on.workflow_run) must run on the loop's pull requests. */
export function loopCiFindings(facts: DoctorFacts, ticks: readonly WorkflowShape[]): Finding[] {
  const out: Finding[] = []
  for (const tick of new Set(ticks)) {
    const watched = (tick.on.get('workflow_run')?.workflows ?? []) as string[]
    for (const name of watched) {
      const ci = facts.files.find(f => f.name === name || f.path === name)
      if (!ci || runsOnLoopPulls(ci, facts.repository.defaultBranch)) continue
      out.push({
        check: 'ci-on-loop-prs',
        status: 'warn',
        message: `${ci.path} ("${name}", which ${tick.path} waits for) runs neither on a push to loop/** nor on a pull request into ${facts.repository.defaultBranch}: the loop's pull requests get no CI, so none is reviewed or fixed`,
        fix: `add on.pull_request (branches: [${facts.repository.defaultBranch}]) or loop/** to on.push.branches of ${ci.path}`,
        file: ci.path
      })
    }
  }
  return out
}

/** App tokens that push (contents: write) without workflows: write. */
export function appTokenFindings(facts: DoctorFacts): Finding[] {
  return facts.files.flatMap(file =>
    file.jobs.flatMap(job =>
      job.steps
        .filter(
          s =>
            /(^|\/)create-github-app-token@/.test(s.uses) &&
            s.with['permission-contents'] === 'write' &&
            s.with['permission-workflows'] !== 'write'
        )
        .map(s => ({
          check: 'app-permissions',
          status: 'warn' as const,
          message: `${file.path}, job ${job.id}: the App token pushes without workflows: write — once a workflow changes on ${facts.repository.defaultBranch} (Dependabot bumping a pin), GitHub refuses to bring a loop branch up to date or to commit a conflict task's merge with it`,
          fix: 'add permission-workflows: write to the step, and workflows: write to the App (Settings → Developer settings → the App → Permissions)',
          file: file.path,
          line: s.line
        }))
    )
  )
}

/** The secrets and variables the workflows name that the repository does not have. */
export function configFindings(facts: DoctorFacts): Finding[] {
  if (!facts.configNames)
    return [
      {
        check: 'secrets',
        status: 'note',
        message:
          'the Actions secrets and variables were not checked: this token may not list them (GITHUB_TOKEN cannot)',
        fix: 'run doctor with a token of a repository admin (gh auth token) to check them'
      }
    ]
  const have = {
    secrets: new Set(facts.configNames.secrets),
    vars: new Set(facts.configNames.variables)
  }
  // A name the workflow tests for being set anywhere is one it can go without.
  const optional = new Set(facts.configRefs.filter(r => r.optional).map(r => `${r.kind}.${r.name}`))
  const required = new Set(
    facts.configRefs.map(r => `${r.kind}.${r.name}`).filter(k => !optional.has(k))
  )
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const r of facts.configRefs) {
    const key = `${r.kind}.${r.name}`
    if (have[r.kind].has(r.name) || seen.has(key)) continue
    seen.add(key)
    const what = r.kind === 'secrets' ? 'secret' : 'variable'
    out.push({
      check: 'secrets',
      status: required.has(key) ? 'fail' : 'note',
      message: required.has(key)
        ? `${r.file} needs the ${what} ${r.name}, which this repository does not have: its job fails at the step that reads it`
        : `${r.file} can use the ${what} ${r.name} (not set: the workflow goes without it)`,
      fix: `Settings → Secrets and variables → Actions → New repository ${what}: ${r.name}`,
      file: r.file,
      line: r.line
    })
  }
  if (!out.length)
    out.push({
      check: 'secrets',
      status: 'ok',
      message: 'every secret and variable the workflows name is set'
    })
  return out
}
