/**
 * Step 1 of a tick: gather the facts (reads only, plain data). Everything the plan decides on is
 * here; nothing here decides anything.
 */
import { readRoadmapSource } from '../roadmap/source.js'
import { issuesEvent } from '../events.js'
import { runUrl } from '../context.js'
import type {
  ClosedPullNode,
  Comparison,
  ApiBudgets,
  RepositoryInfo,
  WorkflowRunFacts
} from '../github/port.js'
import { LABEL_UNIT } from '../loop/labels.js'
import { claimsIn, holdingClaims, type ClaimFacts } from '../loop/claims.js'
import { stackedOn } from '../loop/classify.js'
import { isConflicting, issueOfBranch } from '../loop/pulls.js'
import type { ModeEnvironment } from '../mode.js'
import { compileRoadmap, type CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import { roadmapText } from '../roadmap/text.js'
import type { DashboardFacts } from '../dashboard/commands.js'
import { commandBoxes } from '../loop/markers.js'
import { type TrustPolicy } from '../loop/trust.js'
import { loopWork, workPolicy, type IgnoredPull } from '../loop/work.js'
import { findDashboard } from '../state/mirror.js'
import { scanLoop, type LoopScan } from './scan.js'
import { attemptsIn } from '../state/tick.js'

export interface TickFacts {
  now: Date
  /** This run: its id and its link (claims name both). */
  run: { id: string; url: string }
  repository: RepositoryInfo
  viewer: string | undefined
  /** The scan, its pull requests only those that are the loop's or a trusted human's work. */
  scan: LoopScan
  /** Open pull requests that name a unit issue but are no one's loop work, with the reason. */
  ignoredPulls: IgnoredPull[]
  /** Roadmap marker id → position in the roadmap's creation order. */
  rank: Map<string, number>
  /** Roadmap marker id → the paths its slice declares with `(files: …)`. */
  files: Map<string, string[]>
  /** The roadmap on the default branch when it compiled: the ETA forecasts its open slices. */
  roadmap?: { text: string; file: string }
  /** tick has a push token: it can bring pull requests up to date so that CI runs. */
  canUpdateBranches: boolean
  roadmapProblem?: string
  /** Claim comments of every open unit issue (from the scan's newest comments), oldest first. */
  claims: Map<number, ClaimFacts[]>
  /**
   * Runs named by the newest claims whose run matters: still being made (`phase=claiming`), or —
   * with the matrix adapter, whose worker runs inside the claiming tick's own run — dispatched
   * with no pull request yet. Undefined = GitHub does not know the run.
   */
  claimRuns: Map<string, WorkflowRunFacts | undefined>
  rate: ApiBudgets
  /**
   * The reviewer's findings (the `loopreview` check summary) for pull requests whose verdict is
   * `fail` and whose head has not been sent back yet: the review-fix's recovery brief.
   */
  findings: Map<number, string>
  /**
   * For a loop pull request that conflicts with its base and has not been sent back for its head
   * yet: what the base changed since the branch forked (files, and the commits that merged).
   */
  conflicts: Map<number, Comparison>
  /** Stacked loop pull requests whose base branch moved after they were built. */
  stackMoved: Set<number>
  /** The loop's pull requests closed lately (read when a cap counts spend): their usage records. */
  closedPulls: ClosedPullNode[]
  /** The loop's dashboard issue, with who ticked its boxes; undefined before the first tick. */
  dashboard?: DashboardFacts
}

/** The dashboard and, when a box is ticked, who ticked it and what they may do. */
async function dashboardFacts(
  env: ModeEnvironment,
  trust: TrustPolicy
): Promise<DashboardFacts | undefined> {
  // The state store read the dashboard a moment ago; read it here only when it did not.
  const { issue, ignored } =
    env.dashboard !== undefined
      ? { issue: env.dashboard ?? undefined, ignored: [] }
      : await findDashboard(env.github, trust)
  if (!issue) return undefined
  const event = issuesEvent(env.context)
  const edited = event?.action === 'edited' && event.issue?.number === issue.number
  const actor = (edited ? event.sender?.login : issue.editor) ?? null
  const ticked = commandBoxes(issue.body).some(b => b.ticked)
  return {
    number: issue.number,
    body: issue.body,
    actor,
    ...(ticked && actor ? { permission: await env.github.permission(actor) } : {}),
    ignored
  }
}

/**
 * The last roadmap compiled, by file and text: a run reads it once, but the forecast ticks
 * hundreds of times a run over the same text, and parsing is most of a tick's time there.
 */
let lastCompiled:
  | {
      file: string
      text: string
      compiled: CompiledRoadmap
      rank: Map<string, number>
      files: Map<string, string[]>
    }
  | undefined

/** The roadmap's text, decoded once for the same bytes (the forecast's world gives the same). */
let lastText: { bytes: Buffer; file: string; text: string } | undefined

function textOnce(bytes: Buffer, file: string): string {
  if (lastText?.bytes !== bytes || lastText.file !== file)
    lastText = { bytes, file, text: roadmapText(bytes, file) }
  return lastText.text
}

function compiledOnce(text: string, file: string): NonNullable<typeof lastCompiled> {
  if (lastCompiled?.file !== file || lastCompiled.text !== text) {
    const compiled = compileRoadmap(text, file)
    lastCompiled = {
      file,
      text,
      compiled,
      rank: new Map(compiled.order.map((id, i) => [id, i])),
      files: new Map(compiled.roadmap.slices.flatMap(s => (s.files ? [[s.id, s.files]] : [])))
    }
  }
  return lastCompiled
}

/** Roadmap order for sorting ready issues: from the checkout on the default branch, or the API. */
async function roadmapRank(
  env: ModeEnvironment,
  defaultBranch: string
): Promise<{
  rank: Map<string, number>
  files?: Map<string, string[]>
  roadmap?: { text: string; file: string }
  problem?: string
}> {
  const file = env.inputs.roadmapPath
  const bytes = (
    await readRoadmapSource(env.github, env.context, file, {
      of: 'default-branch',
      branch: defaultBranch
    })
  )?.bytes
  if (!bytes) return { rank: new Map() }
  let text: string
  try {
    text = textOnce(bytes, file)
  } catch (error) {
    return {
      rank: new Map(),
      problem: `${(error as Error).message}; ready issues are ordered by priority and age only`
    }
  }
  let once: ReturnType<typeof compiledOnce>
  try {
    once = compiledOnce(text, file)
  } catch (error) {
    // Ordering is a nicety: a roadmap the parser chokes on never stops the loop.
    return {
      rank: new Map(),
      problem: `${file} could not be read as a roadmap (${(error as Error).message}); ready issues are ordered by priority and age only`
    }
  }
  const { compiled } = once
  if (compiled.diagnostics.length)
    return {
      rank: new Map(),
      problem: `${file} is invalid (${compiled.diagnostics.length} error(s), the first at line ${compiled.diagnostics[0].line}: ${compiled.diagnostics[0].message}); ready issues are ordered by priority and age only`
    }
  return {
    rank: once.rank,
    files: once.files,
    roadmap: { text, file }
  }
}

/**
 * One compare per conflicting loop pull request whose head has no conflict attempt yet: the
 * recovery brief's "what changed on the base". Nothing on a tick without new conflicts.
 */
async function conflictFacts(env: ModeEnvironment, scan: LoopScan, defaultBranch: string) {
  let sent: Set<string> | undefined
  const out = new Map<number, Comparison>()
  if (!env.config.dispatch.fix_wave) return out
  for (const p of scan.pulls) {
    if (p.owner !== 'loop' || !isConflicting(p)) continue
    if ((sent ??= headsSent(env.state, 'conflict')).has(p.headSha)) continue
    // The comparison is a nicety of the brief: GitHub failing to answer it (a 5xx, a timeout, a
    // huge diff) sends the task without it, never fails the tick or moves the breaker.
    const comparison = await env.github.compareCommits(p.headSha, defaultBranch).catch(error => {
      env.logger.warning(
        `#${p.number}: could not compare ${p.headSha.slice(0, 7)} with ${defaultBranch} (${(error as Error).message}); its conflict brief goes without what the base changed`
      )
      return undefined
    })
    if (comparison) out.set(p.number, comparison)
  }
  return out
}

/**
 * Stacked loop pull requests (based on another loop branch, `dependencies.stack`) whose base
 * moved after they were built — the blocker's pull request got a fix or a conflict resolution
 * after its dependent started: one compare each, for those few only (none without stacks).
 * Whether stacking is on now or not: a stack already open is seen through.
 */
async function stackMoved(
  env: ModeEnvironment,
  scan: LoopScan,
  defaultBranch: string
): Promise<Set<number>> {
  const out = new Set<number>()
  for (const p of scan.pulls) {
    if (p.owner !== 'loop' || !p.baseSha || stackedOn(p, { defaultBranch }) === undefined) continue
    const comparison = await env.github.compareCommits(p.baseSha, p.headSha).catch(error => {
      env.logger.warning(
        `#${p.number}: could not compare it with its base ${p.baseRef} (${(error as Error).message}); whether the base moved is checked next tick`
      )
      return undefined
    })
    if (comparison && comparison.mergeBase !== p.baseSha) out.add(p.number)
  }
  return out
}

/**
 * One read per pull request the reviewer failed and the loop has not sent back for that head:
 * nothing on a quiet tick, and at most the in-flight budget when fixes are due.
 */
async function reviewFindings(
  env: ModeEnvironment,
  scan: LoopScan,
  trust: TrustPolicy
): Promise<Map<number, string>> {
  let sent: Set<string> | undefined
  const findings = new Map<number, string>()
  for (const p of scan.pulls) {
    if (p.verdict !== 'fail' || !trust.isLoop(p.verdictApp) || !p.verdictCheckId) continue
    if ((sent ??= headsSent(env.state, 'review-fix')).has(p.headSha)) continue
    const summary = await env.github.checkRunSummary(p.verdictCheckId)
    if (summary) findings.set(p.number, summary)
  }
  return findings
}

/**
 * The loop's pull requests closed or merged lately, read only when a token or cost cap counts
 * spend, or review pacing needs the pace people merge at (one query): a worker's record on a
 * pull request merged before any tick saw it is charged too. A fork's, or one nobody trusted
 * opened, is never read for usage nor counted as a merge.
 */
async function closedLoopPulls(env: ModeEnvironment, trust: TrustPolicy) {
  const b = env.config.guardrails.budget
  const pacing = env.config.guardrails.review.max_wait_hours !== undefined
  if (b.max_total_cost_usd === undefined && b.max_total_tokens === undefined && !pacing) return []
  const closed = await env.github.recentClosedPulls()
  // As for open ones (loop/work.ts): this repository's loop branch of the issue it closes, opened
  // by someone the loop trusts.
  return closed.filter(p => {
    const issue = issueOfBranch(p.headRef)
    return (
      !p.crossRepository &&
      issue !== undefined &&
      p.closes.includes(issue) &&
      trust.isTrustedAuthor(p.author, p.authorAssociation)
    )
  })
}

export async function gatherTickFacts(env: ModeEnvironment, now: Date): Promise<TickFacts> {
  const { github, context } = env
  const repository = await github.repository()
  const scanned = await scanLoop(github, LABEL_UNIT)
  const viewer = await github.viewerLogin()
  const trust = await env.trust()
  // Only the loop's own work (and trusted humans') goes on: the rest is reported, nothing more.
  const work = loopWork(scanned.pulls, workPolicy(trust, env.config))
  const scan = { ...scanned, pulls: work.pulls }
  const { rank, files, roadmap, problem } = await roadmapRank(env, repository.defaultBranch)
  // Claims are GitHub facts, read with the scan (the newest comments of each issue), so losing
  // state never re-dispatches an in-flight issue nor forgets an attempt.
  const claims = new Map<number, ClaimFacts[]>()
  for (const i of scan.issues) {
    const found = claimsIn(i.comments)
    if (found.length) claims.set(i.number, found)
  }
  const claimRuns = new Map<string, WorkflowRunFacts | undefined>()
  // A claim still being made by another run: is that run alive? (rare: a race, or a run that died)
  // A matrix worker runs in its tick's run: once that run has ended, so has the attempt.
  // The workflow adapter's worker runs on its own, and its claim names that run (`worker=`).
  const adapter = env.config.dispatch.adapter
  const withPull = new Set(scan.pulls.flatMap(p => p.works ?? []))
  for (const [issue, list] of claims) {
    // Only the loop's own claims: anyone can paste a claim marker into a comment, and each one
    // named here costs a request.
    const c = holdingClaims(list, trust).at(-1)
    if (!c) continue
    const waiting = c.marker.kind === 'new' && !withPull.has(issue)
    const run =
      c.marker.phase === 'claiming' || adapter === 'matrix'
        ? c.marker.run
        : adapter === 'workflow'
          ? c.marker.worker
          : undefined
    if (!run || run === context.runId || claimRuns.has(run) || !/^\d+$/.test(run)) continue
    if (c.marker.phase === 'claiming' || waiting)
      claimRuns.set(run, await github.getRun(Number(run)))
  }
  const dashboard = await dashboardFacts(env, trust)
  const findings = await reviewFindings(env, scan, trust)
  const conflicts = await conflictFacts(env, scan, repository.defaultBranch)
  const moved = await stackMoved(env, scan, repository.defaultBranch)
  const closedPulls = await closedLoopPulls(env, trust)
  const rate = await github.rateLimit()
  return {
    now,
    closedPulls,
    run: {
      id: context.runId,
      url: runUrl(context)
    },
    repository,
    viewer,
    scan,
    ignoredPulls: work.ignored,
    rank,
    files: files ?? new Map(),
    ...(roadmap ? { roadmap } : {}),
    canUpdateBranches: env.push !== undefined,
    ...(problem ? { roadmapProblem: problem } : {}),
    claims,
    claimRuns,
    rate,
    findings,
    conflicts,
    stackMoved: moved,
    ...(dashboard ? { dashboard } : {})
  }
}

/** The heads a task of `kind` was sent for already (read only when a pull request asks). */
function headsSent(state: ModeEnvironment['state'], kind: 'review-fix' | 'conflict'): Set<string> {
  const heads = new Set<string>()
  for (const list of Object.values(attemptsIn(state)))
    for (const a of list) if (a.kind === kind && a.head_sha) heads.add(a.head_sha)
  return heads
}
