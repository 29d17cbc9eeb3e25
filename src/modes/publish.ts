/**
 * mode: publish — the loop, not the agent, writes a worker's change (docs/specs/0000-product.md §6, safe outputs):
 * gather (the issue, its claim, the branch and base, the patch as git reads it, the attestation)
 * → check the rules and plan (pure) → apply with the push token (Git Data API: no credentials
 * on disk, never a force). A refused change is never pushed; the issue says which rule refused it.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { readRecord, type Attestation } from '../guardrails/attestation.js'
import { agentReportsRecord } from '../publish/agent-report.js'
import { now } from '../clock.js'
import type { RepoPort } from '../github/port.js'
import { attestMarker, parseClaim } from '../loop/markers.js'
import { ACTIONS_BOT, normaliseLogin } from '../loop/trust.js'
import { applyPublish } from '../publish/apply.js'
import { patchNames, readPatch, type ReadPatch } from '../publish/patch.js'
import { planPublish, type PublishPlan, type PublishTask } from '../publish/plan.js'
import {
  checkChange,
  conflictMarkerRefusals,
  patchRefusals,
  uniqueRefusals,
  type ChangeContext,
  type Refusal
} from '../publish/rules.js'
import { cell, table } from '../report/markdown.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'
import { fieldsOf } from '../loop/fields.js'

/** PRs and pushes made with GITHUB_TOKEN start no workflow runs: say so, and the fix. */
export async function pushTokenWarning(
  push: RepoPort,
  given: boolean
): Promise<string | undefined> {
  const viewer = await push.viewerLogin()
  if (given && normaliseLogin(viewer) !== normaliseLogin(ACTIONS_BOT)) return undefined
  return `${given ? 'push-token is' : 'no push-token was given, so publish pushes with'} the workflow's GITHUB_TOKEN (${viewer ?? 'github-actions[bot]'}): GitHub starts no workflow runs for its pushes and pull requests, so CI never runs on this pull request and tick marks it needs-human after ci.no_checks_after_minutes. Fix: pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained PAT with contents and pull-requests write as push-token.`
}

async function claimOf(env: ModeEnvironment, issue: number) {
  const trust = await env.trust()
  const comments = await env.github.listComments(issue)
  return comments
    .filter(c => trust.isLoop(c.author))
    .flatMap(c => {
      const marker = parseClaim(c.body)
      return marker && marker.phase !== 'released' ? [{ commentId: c.id, marker }] : []
    })
    .at(-1)
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
  env: ModeEnvironment
): Promise<{ record?: Attestation; problem?: string }> {
  const { attestationFile, executionFile } = env.inputs
  const given = attestationFile ?? executionFile
  if (!given) return {}
  const files = attestationFile ? [given] : await reportFilesIn(env.context.workspace, given)
  const texts: string[] = []
  for (const file of files) {
    const text = await fs
      .readFile(path.resolve(env.context.workspace, file), 'utf8')
      .catch(() => undefined)
    if (text === undefined)
      return { problem: `no ${attestationFile ? 'attestation' : 'execution'} file at ${file}` }
    texts.push(text)
  }
  let text = texts[0]
  if (!attestationFile) {
    // It ended no later than now: the binding charges it between its dispatch and now.
    const made = agentReportsRecord(texts, now(), env.config.guardrails.budget.prices)
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
async function attestationBlock(
  env: ModeEnvironment,
  task: { issue: number; attempt: number }
): Promise<{ block?: string; problem?: string }> {
  const { record, problem } = await workerRecord(env)
  if (!record) return problem ? { problem } : {}
  if (record.issue !== undefined && record.issue !== task.issue)
    return { problem: `the record names issue #${record.issue}, not #${task.issue}` }
  if (record.attempt !== undefined && record.attempt !== task.attempt)
    return { problem: `the record names attempt ${record.attempt}, not ${task.attempt}` }
  const bound = {
    ...record,
    issue: task.issue,
    attempt: task.attempt,
    run: record.run ?? env.context.runId
  }
  return { block: attestMarker(bound) }
}

/** The task, its target branch and base, and any refusal that needs no patch to see. */
async function taskFacts(env: ModeEnvironment) {
  const { inputs, github } = env
  const issue = await github.getIssue(inputs.issue!)
  if (!issue) throw new InputError('issue', `#${inputs.issue} is not an issue in this repository`)
  const repository = await github.repository()
  const claim = await claimOf(env, issue.number)
  const branch = inputs.branch ?? claim?.marker.branch
  if (!branch)
    throw new InputError('branch', 'is required: the branch from the wave (matrix.branch)')
  const kind = inputs.kind ?? claim?.marker.kind ?? 'new'
  const refusals: Refusal[] = []
  let pull: PublishTask['pull']
  if (kind !== 'new') {
    const number =
      inputs.pullRequest ?? (await github.findOpenPull(branch, repository.defaultBranch))
    const found = number !== undefined ? await github.getPull(number) : undefined
    if (!found || found.state !== 'OPEN' || found.headRef !== branch)
      refusals.push({
        rule: 'fix target',
        detail: `a ${kind} task needs the open pull request of ${branch}`
      })
    else pull = { number: found.number, body: found.body }
  }
  const head = await github.branchSha(branch)
  const sentFor = claim?.marker.head
  // A conflict task's tree is the base plus the worker's patch: a commit pushed on the branch
  // since the task was sent is in neither, so publishing would drop it. Never.
  if (kind === 'conflict' && sentFor && head && head !== sentFor)
    refusals.push({
      rule: 'branch moved',
      detail: `${branch} moved from ${sentFor.slice(0, 7)}, the head this task was sent for, to ${head.slice(0, 7)}: publishing would drop a commit the loop did not make; the next tick sends the new head`
    })
  // A conflict task's change is the pull request's, made on the base head it merged in.
  const base =
    kind !== 'conflict' && head ? head : (await github.branchSha(repository.defaultBranch))!
  const task: PublishTask = {
    issue: issue.number,
    title: issue.title,
    branch,
    kind,
    attempt: claim?.marker.attempt ?? 1,
    ...(pull ? { pull } : {})
  }
  const sliceKind = fieldsOf(issue.body).kind
  return { task, claim, refusals, head, base, repository, sliceKind }
}

function summaryOf(
  plan: PublishPlan,
  task: PublishTask,
  warning: string | undefined,
  pull?: number
): string {
  return [
    '## Delivery Loop · publish',
    '',
    plan.outcome === 'published'
      ? `Published attempt ${task.attempt} of #${task.issue} to \`${task.branch}\`${pull ? ` — pull request #${pull}` : ''}.`
      : `Refused the change of attempt ${task.attempt} of #${task.issue}: nothing was pushed.`,
    ...(warning ? ['', `> [!WARNING]\n> ${warning}`] : []),
    '',
    table(
      ['rule', 'detail'],
      plan.refusals.map(r => [r.rule, cell(r.detail, 300)])
    )
  ].join('\n')
}

type TaskFacts = Awaited<ReturnType<typeof taskFacts>>

/** The rules' view of this change: the configuration, the task and its branch. */
function rulesContext(env: ModeEnvironment, facts?: TaskFacts): ChangeContext {
  const { inputs, config } = env
  return {
    config,
    roadmapPath: inputs.roadmapPath,
    configPath: inputs.configPath,
    ...(facts?.sliceKind ? { sliceKind: facts.sliceKind } : {}),
    ...(facts || inputs.branch ? { branch: facts?.task.branch ?? inputs.branch } : {}),
    defaultBranch: facts?.repository.defaultBranch ?? ''
  }
}

/** The worker's patch file, required with the issue. */
async function patchOf(env: ModeEnvironment): Promise<Buffer | undefined> {
  const { inputs, context } = env
  if (inputs.issue === undefined) throw new InputError('issue', 'is required for mode publish')
  if (!inputs.patchFile)
    throw new InputError(
      'patch-file',
      "is required for mode publish (the worker's `git diff --binary`)"
    )
  return fs.readFile(path.resolve(context.workspace, inputs.patchFile)).catch(() => undefined)
}

/** The patch read against its base, unless it is missing or already refused by its names. */
async function readAgainstBase(
  env: ModeEnvironment,
  patch: Buffer | undefined,
  names: Awaited<ReturnType<typeof patchNames>> | undefined,
  early: Refusal[],
  facts: TaskFacts
): Promise<ReadPatch> {
  if (!patch)
    return {
      changes: [],
      contents: new Map<string, Buffer>(),
      problem: `the worker produced no patch file at ${env.inputs.patchFile}`
    }
  if (early.length) return { changes: names!.changes, contents: new Map<string, Buffer>() }
  return readPatch(patch, files => env.github.readFiles(files, facts.base), env.context.runnerTemp)
}

/** Every refusal of this change: the task's, the patch's, the rules'. */
function refusalsOf(
  env: ModeEnvironment,
  facts: TaskFacts,
  early: Refusal[],
  read: ReadPatch
): Refusal[] {
  // On the default branch already (no branch of ours holds it): nothing for this attempt to add.
  const merged = read.alreadyApplied && facts.head === undefined
  return uniqueRefusals([
    ...facts.refusals,
    ...early,
    ...(read.problem ? [{ rule: 'patch', detail: read.problem }] : []),
    ...(merged
      ? [
          {
            rule: 'empty change',
            detail: `${facts.repository.defaultBranch} already holds this change`
          }
        ]
      : []),
    ...checkChange(read.changes, rulesContext(env, facts)),
    ...(facts.task.kind === 'conflict'
      ? conflictMarkerRefusals(read.changes, read.contents, read.baseContents)
      : [])
  ])
}

/**
 * A conflict resolution that puts back what the base changed since the branch forked (a
 * sibling's merged change undone): said on the pull request, not refused — it may be meant. A
 * look-up GitHub cannot answer says nothing: this is a nicety, never a reason to fail.
 */
async function revertedOnBase(
  env: ModeEnvironment,
  facts: TaskFacts,
  read: ReadPatch
): Promise<string[]> {
  if (facts.task.kind !== 'conflict' || !facts.head || !read.baseContents) return []
  const base = read.baseContents
  const since = await env.github
    .compareCommits(facts.head, facts.repository.defaultBranch)
    .catch(() => undefined)
  const touched = read.changes.filter(c => since?.files.includes(c.path)).map(c => c.path)
  if (!since || !touched.length) return []
  const atFork = await env.github.readFiles(touched, since.mergeBase).catch(() => undefined)
  if (!atFork) return []
  return touched.filter(p => {
    const fork = atFork.get(p)
    const now = read.contents.get(p)
    // Deleted again, or back to the fork's bytes, where the base had changed it.
    if (!now) return !fork && base.has(p)
    return !!fork && now.equals(fork) && !base.get(p)?.equals(fork)
  })
}

export async function publishMode(env: ModeEnvironment): Promise<ModeResult> {
  const { inputs, github } = env
  const patch = await patchOf(env)
  // Decided from the patch alone, before the first request: a patch refused by its names, its
  // size in files or the modes it declares is never read against its base.
  const names = patch ? await patchNames(patch, env.context.runnerTemp) : undefined
  const early = names ? patchRefusals(names, rulesContext(env)) : []
  const facts = await taskFacts(env)
  const read = await readAgainstBase(env, patch, names, early, facts)
  const attestation = await attestationBlock(env, facts.task)
  const reverted = await revertedOnBase(env, facts, read)
  const plan = planPublish({
    task: facts.task,
    changes: read.changes,
    refusals: refusalsOf(env, facts, early, read),
    ...(attestation.block ? { attestation: attestation.block } : {}),
    baseSha: facts.base,
    ...(facts.head ? { headSha: facts.head } : {}),
    branchExists: facts.head !== undefined,
    ...(read.alreadyApplied ? { alreadyApplied: true } : {}),
    defaultBranch: facts.repository.defaultBranch,
    ...(facts.claim ? { claim: facts.claim } : {}),
    ...(reverted.length ? { reverted } : {})
  })
  if (reverted.length && plan.outcome === 'published')
    env.logger.warning(
      `The resolution undoes what ${facts.repository.defaultBranch} changed since the branch forked in ${reverted.join(', ')}: said on the pull request`
    )
  const push = env.push ?? github
  const warning =
    plan.outcome === 'published' ? await pushTokenWarning(push, env.push !== undefined) : undefined
  if (warning) env.logger.warning(warning)
  if (read.alreadyApplied && plan.outcome === 'published')
    env.logger.info(
      `${facts.task.branch} already holds this change (a re-run after its commit was pushed): nothing to commit; finishing its pull request`
    )
  const applied = inputs.dryRun
    ? {}
    : {
        ...(read.alreadyApplied && facts.head ? { commit: facts.head } : {}),
        ...(await applyPublish(github, push, plan, read.contents))
      }
  return {
    status: inputs.dryRun ? 'planned' : plan.outcome,
    outputs: {
      'pull-request': applied.pull ? String(applied.pull) : '',
      commit: applied.commit ?? '',
      reason: plan.refusals.map(r => `${r.rule}: ${r.detail}`).join('; ')
    },
    report: {
      issue: facts.task.issue,
      attempt: facts.task.attempt,
      kind: facts.task.kind,
      branch: facts.task.branch,
      base: facts.base,
      outcome: plan.outcome,
      refusals: plan.refusals,
      changes: read.changes,
      attestation: attestation.block ? 'included' : (attestation.problem ?? null),
      push_token_warning: warning ?? null,
      reverted_base_changes: reverted,
      commit: applied.commit ?? null,
      pull_request: applied.pull ?? null
    },
    summary: summaryOf(plan, facts.task, warning, applied.pull)
  }
}
