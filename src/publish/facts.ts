/**
 * What publish reads before it decides (reads only): the task — the issue, the claim that
 * holds, the branch, its base and the pull request a fix or conflict task is for — the worker's
 * patch and record, and what the base changed since a conflicting branch forked. From narrow
 * inputs, not the mode's environment: the plan (plan.ts) and the rules (rules.ts) are pure.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { now } from '../clock.js'
import type { DeliveryConfig } from '../config/types.js'
import { InputError } from '../errors.js'
import type { ContentsPort, IssuesPort, PullsPort, RepoPort } from '../github/port.js'
import { readRecord, type Attestation } from '../guardrails/attestation.js'
import type { Inputs } from '../inputs.js'
import { holdingClaimOn, type ClaimFacts } from '../loop/claims.js'
import { issueOfBranch } from '../loop/pulls.js'
import { fieldsOf } from '../loop/fields.js'
import { attestMarker } from '../loop/markers.js'
import { ACTIONS_BOT, normaliseLogin, type TrustPolicy } from '../loop/trust.js'
import { agentReportsRecord } from './agent-report.js'
import { patchNames, readPatch, type ReadPatch } from './patch.js'
import type { PublishTask } from './plan.js'
import type { Refusal } from './rules.js'

/** What publish's facts read from: the run's inputs, ports and files. */
export interface PublishSources {
  inputs: Pick<
    Inputs,
    'issue' | 'branch' | 'kind' | 'pullRequest' | 'patchFile' | 'attestationFile' | 'executionFile'
  >
  github: RepoPort & IssuesPort & PullsPort & ContentsPort
  trust: Pick<TrustPolicy, 'isLoop'>
  workspace: string
  runnerTemp: string
  runId: string
  prices: DeliveryConfig['guardrails']['budget']['prices']
}

/** PRs and pushes made with GITHUB_TOKEN start no workflow runs: say so, and the fix. */
export async function pushTokenWarning(
  push: RepoPort,
  given: boolean
): Promise<string | undefined> {
  const viewer = await push.viewerLogin()
  if (given && normaliseLogin(viewer) !== normaliseLogin(ACTIONS_BOT)) return undefined
  return `${given ? 'push-token is' : 'no push-token was given, so publish pushes with'} the workflow's GITHUB_TOKEN (${viewer ?? 'github-actions[bot]'}): GitHub starts no workflow runs for its pushes and pull requests, so CI never runs on this pull request and tick marks it needs-human after ci.no_checks_after_minutes. Fix: pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained PAT with contents and pull-requests write as push-token.`
}

/**
 * The agent's reports at `given`: a file, or a directory (Codex's `sessions/`, uploaded whole)
 * holding one `rollout-*.jsonl` per session — every one of them is the run's spend.
 */
async function reportFilesIn(workspace: string, given: string): Promise<string[]> {
  const full = path.resolve(workspace, given)
  const stat = await fs.stat(full).catch(() => undefined)
  if (!stat?.isDirectory()) return [given]
  const entries = await fs.readdir(full, { recursive: true })
  const logs = entries
    .filter(e => /(^|\/)rollout-[^/]*\.jsonl$/.test(e))
    .sort((a, b) => path.basename(a).localeCompare(path.basename(b)))
  return logs.length ? logs.map(l => path.join(given, l)) : [given]
}

/** The worker's record: its attestation file, or one made from the agent's own reports. */
async function workerRecord(
  src: PublishSources
): Promise<{ record?: Attestation; problem?: string }> {
  const { attestationFile, executionFile } = src.inputs
  const given = attestationFile ?? executionFile
  if (!given) return {}
  const files = attestationFile ? [given] : await reportFilesIn(src.workspace, given)
  const texts: string[] = []
  for (const file of files) {
    const text = await fs.readFile(path.resolve(src.workspace, file), 'utf8').catch(() => undefined)
    if (text === undefined)
      return { problem: `no ${attestationFile ? 'attestation' : 'execution'} file at ${file}` }
    texts.push(text)
  }
  let text = texts[0]
  if (!attestationFile) {
    // It ended no later than now: the binding charges it between its dispatch and now.
    const made = agentReportsRecord(texts, now(), src.prices)
    if ('problem' in made) return { problem: made.problem }
    text = JSON.stringify(made.record)
  }
  const read = readRecord(text.trim(), given)
  return 'record' in read ? { record: read.record } : { problem: read.reason }
}

/**
 * The worker's record, bound to this task: publish knows the issue, the attempt and the run, and
 * fills in what the record leaves out, so the tick charges it to this attempt (usage-binding.ts).
 * A record that names another issue or attempt is not this task's: it is left out, with why.
 */
export async function attestationBlock(
  src: PublishSources,
  task: { issue: number; attempt: number }
): Promise<{ block?: string; problem?: string }> {
  const { record, problem } = await workerRecord(src)
  if (!record) return problem ? { problem } : {}
  if (record.issue !== undefined && record.issue !== task.issue)
    return { problem: `the record names issue #${record.issue}, not #${task.issue}` }
  if (record.attempt !== undefined && record.attempt !== task.attempt)
    return { problem: `the record names attempt ${record.attempt}, not ${task.attempt}` }
  const bound = {
    ...record,
    issue: task.issue,
    attempt: task.attempt,
    run: record.run ?? src.runId
  }
  return { block: attestMarker(bound) }
}

/** The open pull request a fix or conflict task continues, or why there is none. */
async function pullTarget(
  src: PublishSources,
  kind: string,
  branch: string,
  defaultBranch: string
): Promise<{ pull?: NonNullable<PublishTask['pull']>; baseRef?: string; refusal?: Refusal }> {
  const { inputs, github } = src
  const number = inputs.pullRequest ?? (await github.findOpenPull(branch, defaultBranch))
  const found = number !== undefined ? await github.getPull(number) : undefined
  if (!found || found.state !== 'OPEN' || found.headRef !== branch)
    return {
      refusal: {
        rule: 'fix target',
        detail: `a ${kind} task needs the open pull request of ${branch}`
      }
    }
  return { pull: { number: found.number, body: found.body }, baseRef: found.baseRef }
}

/**
 * New work stacked on a blocker's pull request: the branch it merges into, while that branch
 * is still there (once the blocker merged and its branch went, the default branch).
 */
async function stackOf(
  src: PublishSources,
  claim: ClaimFacts | undefined
): Promise<PublishTask['stack']> {
  const base = claim?.marker.kind === 'new' ? claim.marker.base : undefined
  if (!base || !(await src.github.branchSha(base))) return undefined
  const issue = issueOfBranch(base)
  return { base, ...(issue ? { issue } : {}) }
}

/** The task, its target branch and base, and any refusal that needs no patch to see. */
export async function taskFacts(src: PublishSources) {
  const { inputs, github } = src
  const issue = await github.getIssue(inputs.issue!)
  if (!issue) throw new InputError('issue', `#${inputs.issue} is not an issue in this repository`)
  const repository = await github.repository()
  const claim = await holdingClaimOn(github, issue.number, src.trust)
  const branch = inputs.branch ?? claim?.marker.branch
  if (!branch)
    throw new InputError('branch', 'is required: the branch from the wave (matrix.branch)')
  const kind = inputs.kind ?? claim?.marker.kind ?? 'new'
  const refusals: Refusal[] = []
  const target = kind !== 'new' ? await pullTarget(src, kind, branch, repository.defaultBranch) : {}
  if (target.refusal) refusals.push(target.refusal)
  const head = await github.branchSha(branch)
  const sentFor = claim?.marker.head
  // A conflict task's tree is the base plus the worker's patch: a commit pushed on the branch
  // since the task was sent is in neither, so publishing would drop it. Never.
  if (kind === 'conflict' && sentFor && head && head !== sentFor)
    refusals.push({
      rule: 'branch moved',
      detail: `${branch} moved from ${sentFor.slice(0, 7)}, the head this task was sent for, to ${head.slice(0, 7)}: publishing would drop a commit the loop did not make; the next tick sends the new head`
    })
  const stack = kind === 'new' ? await stackOf(src, claim) : undefined
  // A conflict task's change is the pull request's, made on the base head it merged in (a
  // stacked one's base is its blocker's branch); new stacked work is made on the blocker's
  // head it was sent with.
  const base =
    kind !== 'conflict' && head
      ? head
      : kind === 'new' && claim?.marker.base && sentFor
        ? sentFor
        : (await github.branchSha(target.baseRef ?? repository.defaultBranch))!
  const task: PublishTask = {
    issue: issue.number,
    title: issue.title,
    branch,
    kind,
    attempt: claim?.marker.attempt ?? 1,
    ...(target.pull ? { pull: target.pull } : {}),
    ...(stack ? { stack } : {})
  }
  const sliceKind = fieldsOf(issue.body).kind
  return { task, claim, refusals, head, base, repository, sliceKind }
}

export type TaskFacts = Awaited<ReturnType<typeof taskFacts>>

/** The worker's patch file, required with the issue. */
export async function patchOf(
  inputs: PublishSources['inputs'],
  workspace: string
): Promise<Buffer | undefined> {
  if (inputs.issue === undefined) throw new InputError('issue', 'is required for mode publish')
  if (!inputs.patchFile)
    throw new InputError(
      'patch-file',
      "is required for mode publish (the worker's `git diff --binary`)"
    )
  return fs.readFile(path.resolve(workspace, inputs.patchFile)).catch(() => undefined)
}

/** The patch read against its base, unless it is missing or already refused by its names. */
export async function readAgainstBase(
  src: PublishSources,
  patch: Buffer | undefined,
  names: Awaited<ReturnType<typeof patchNames>> | undefined,
  early: Refusal[],
  facts: TaskFacts
): Promise<ReadPatch> {
  if (!patch)
    return {
      changes: [],
      contents: new Map<string, Buffer>(),
      problem: `the worker produced no patch file at ${src.inputs.patchFile}`
    }
  if (early.length) return { changes: names!.changes, contents: new Map<string, Buffer>() }
  return readPatch(patch, files => src.github.readFiles(files, facts.base), src.runnerTemp)
}

/**
 * A conflict resolution that puts back what the base changed since the branch forked (a
 * sibling's merged change undone): said on the pull request, not refused — it may be meant. A
 * look-up GitHub cannot answer says nothing: this is a nicety, never a reason to fail.
 */
export async function revertedOnBase(
  src: PublishSources,
  facts: TaskFacts,
  read: ReadPatch
): Promise<string[]> {
  if (facts.task.kind !== 'conflict' || !facts.head || !read.baseContents) return []
  const base = read.baseContents
  const since = await src.github
    .compareCommits(facts.head, facts.repository.defaultBranch)
    .catch(() => undefined)
  const touched = read.changes.filter(c => since?.files.includes(c.path)).map(c => c.path)
  if (!since || !touched.length) return []
  const atFork = await src.github.readFiles(touched, since.mergeBase).catch(() => undefined)
  if (!atFork) return []
  return touched.filter(p => {
    const fork = atFork.get(p)
    const now = read.contents.get(p)
    // Deleted again, or back to the fork's bytes, where the base had changed it.
    if (!now) return !fork && base.has(p)
    return !!fork && now.equals(fork) && !base.get(p)?.equals(fork)
  })
}
