/**
 * Step 3 of a tick: the one applier. It runs the plan's operations in order and owns what only
 * the moment of writing can know: the re-read of each issue before its dispatch, the claim lock,
 * and the mapping of adapter failures.
 *
 * The claim lock rests on GitHub's own ordering. A tick writes its claim comment
 * (`phase=claiming`) *before* it dispatches, then reads the issue's comments again. Comment ids
 * grow with time, so of two ticks racing for one issue, exactly one sees no earlier live claim
 * from another run that appeared since its re-read — the one whose comment GitHub numbered first.
 * The other deletes its claim and does not dispatch. A tick that dies between claim and dispatch
 * leaves a `claiming` claim; the next tick sees its run ended and releases it without charging
 * an attempt. Once the lock is won the claim says `dispatching` before the adapter runs: from
 * then on the attempt is charged whatever fails, so a dispatch is never released for free.
 */
import { timeOf } from '../clock.js'
import type { DeliveryConfig } from '../config/types.js'
import { logExcerpt } from '../discover/excerpt.js'
import type { ActionsPort, IssuesPort, PullsPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import { LabelEnsurer } from '../github/labels.js'
import { hasLabel, heldBy, LABEL_CLAIM, LABEL_NEEDS_HUMAN, needsHuman } from '../loop/labels.js'
import { claimMarker, parseClaim, recoveryComment, type ClaimMarker } from '../loop/markers.js'
import type { TrustPolicy } from '../loop/trust.js'
import {
  AssignRefusedError,
  createAdapter,
  type DispatchAdapter,
  type DispatchTask
} from './adapters.js'
import { claimsOn, type ClaimFacts } from '../loop/claims.js'
import { ApiError, UnconfirmedWriteError } from '../errors.js'
import type { Freeze } from './guard.js'
import type { ClaimRelease } from './claims.js'
import type { Skip, TickOperation } from './plan.js'
import type { AttemptRecord } from '../state/tick.js'

export interface ApplyContext {
  github: IssuesPort & ActionsPort & Pick<PullsPort, 'updatePull'>
  config: DeliveryConfig
  logger: Logger
  trust: TrustPolicy
  defaultBranch: string
  run: { id: string; url: string }
  now: () => Date
  /** The push token's port (its pushes start CI): "Update branch" goes through it. */
  push?: PullsPort
}

export interface TickApplyResult {
  dispatched: DispatchTask[]
  skipped: Skip[]
  released: ClaimRelease[]
  /** Dispatches GitHub refused after retries (claims released): what the breaker counts. */
  failed: Skip[]
  /**
   * Dispatches whose answer was lost (they may have gone): charged as attempts, claims kept,
   * never re-sent. The breaker counts them as failed too: GitHub is not answering.
   */
  unconfirmed: Skip[]
  attempts: { issue: number; record: AttemptRecord }[]
  /** Pull requests brought up to date with their base, and what GitHub said. */
  updated: { pull: number; outcome: 'updated' | 'moved' | 'conflict' }[]
  /** Stacked pull requests re-based onto the default branch, their base having merged. */
  retargeted: number[]
  /** A refusal that stops the wave and fails the step (e.g. Copilot needs a user token). */
  failure?: string
}

function claimText(
  task: DispatchTask,
  marker: ClaimMarker,
  adapter: string,
  run: ApplyContext['run']
): string {
  const what =
    marker.phase === 'claiming'
      ? 'is claiming this issue'
      : marker.phase === 'dispatching'
        ? 'is handing this issue to its worker (the attempt counts from here)'
        : marker.phase === 'released'
          ? 'released its claim on this issue'
          : task.kind === 'new'
            ? 'dispatched this issue'
            : 'sent this back to its worker with a recovery brief'
  const stacked = task.base && task.kind === 'new' ? `, stacked on \`${task.base}\`` : ''
  return `${claimMarker(marker)}\nDelivery Loop ${what} (attempt ${task.attempt}, adapter \`${adapter}\`, branch \`${task.branch}\`${stacked}) in [run ${run.id}](${run.url}). A human merges the pull request.`
}

/** Why a task may no longer go, from the issue as it is now; undefined when it may. */
async function staleReason(
  ctx: ApplyContext,
  task: DispatchTask,
  mayBeClaimed: boolean
): Promise<string | undefined> {
  const fresh = await ctx.github.getIssue(task.issue)
  if (!fresh || fresh.state !== 'OPEN') return 'closed since the scan: skipped'
  if (heldBy(fresh.labels).length || needsHuman(fresh.labels))
    return 'held or marked needs-human since the scan: skipped'
  if (!mayBeClaimed && hasLabel(fresh.labels, LABEL_CLAIM)) return 'claimed since the scan: skipped'
  return undefined
}

/**
 * Claims of other runs that still hold (being made by a live run, or a fix for this very head),
 * and claims whose run died while making them — those the applier releases.
 */
async function otherClaims(
  ctx: ApplyContext,
  task: DispatchTask,
  claims: ClaimFacts[],
  settled: number | undefined
): Promise<{ holder?: string; dead: ClaimFacts[] }> {
  const lease = ctx.config.dispatch.lease_minutes * 60_000
  const dead: ClaimFacts[] = []
  for (const c of claims) {
    const m = c.marker
    if (!ctx.trust.isLoop(c.author) || m.phase === 'released') continue
    // Judged over by the plan (a stalled attempt): only a newer claim can hold the issue now.
    if (settled !== undefined && c.commentId <= settled) continue
    const live = ctx.now().getTime() - timeOf(c.createdAt) < lease
    if (task.kind !== 'new' && m.kind !== 'new' && m.head === task.headSha && live)
      return {
        holder: `a fix for head ${task.headSha?.slice(0, 7)} was already sent (attempt ${m.attempt})`,
        dead
      }
    if (m.run === ctx.run.id || ctx.now().getTime() - timeOf(c.createdAt) >= lease) continue
    // Another run finished claiming it between our scan and this re-read: it is taken.
    if (m.phase === 'dispatched' || m.phase === 'dispatching') {
      if (task.kind === 'new') return { holder: `run ${m.run ?? '(unknown)'} dispatched it`, dead }
      continue
    }
    const run = m.run && /^\d+$/.test(m.run) ? await ctx.github.getRun(Number(m.run)) : undefined
    if (run?.status === 'completed' && run.conclusion !== 'success') {
      dead.push(c)
      continue
    }
    return { holder: `run ${m.run ?? '(unknown)'} is claiming it`, dead }
  }
  return { dead }
}

async function recoveryExcerpt(ctx: ApplyContext, task: DispatchTask): Promise<string> {
  const check = task.failedCheck
  if (check?.id === undefined) return ''
  try {
    const excerpt = logExcerpt(await ctx.github.jobLog(check.id), 2048)
    return `\n\nLog of \`${check.name}\` around its first error:\n\n${excerpt.markdown}`
  } catch (error) {
    // Checks that are not Actions jobs have no log here; the brief names the checks only.
    ctx.logger.debug(`no log for check ${check.name}: ${(error as Error).message}`)
    return ''
  }
}

/** The claim a task starts with: which attempt, branch, run and head it is. */
function claimOf(task: DispatchTask, run: string): ClaimMarker {
  return {
    attempt: task.attempt,
    branch: task.branch,
    run,
    kind: task.kind,
    phase: 'claiming',
    ...(task.headSha ? { head: task.headSha } : {}),
    // A stacked task: the branch its pull request is based on, and the head it starts from.
    ...(task.base ? { base: task.base } : {}),
    ...(task.baseSha && !task.headSha ? { head: task.baseSha } : {})
  }
}

/** Lock, recover, dispatch, confirm. Returns why the task did not go, or undefined when it went. */
async function dispatchOne(
  ctx: ApplyContext,
  adapter: DispatchAdapter,
  task: DispatchTask,
  mayBeClaimed: boolean,
  settled?: number
): Promise<string | undefined> {
  const { github } = ctx
  const stale = await staleReason(ctx, task, mayBeClaimed)
  if (stale) return stale
  const before = await claimsOn(github, task.issue)
  const others = await otherClaims(ctx, task, before, settled)
  if (others.holder) return `${others.holder}: skipped`
  for (const c of others.dead)
    await markReleased(
      ctx,
      task.issue,
      c.commentId,
      `run ${c.marker.run} ended before it dispatched: no attempt charged`
    )
  const seen = Math.max(0, ...before.map(c => c.commentId))
  const marker = claimOf(task, ctx.run.id)
  const mine = await github.createComment(
    task.issue,
    claimText(task, marker, adapter.name, ctx.run)
  )
  const rival = (await claimsOn(github, task.issue)).find(
    c =>
      c.commentId > seen &&
      c.commentId < mine &&
      c.marker.run !== ctx.run.id &&
      c.marker.phase !== 'released' &&
      ctx.trust.isLoop(c.author)
  )
  if (rival) {
    await github.deleteComment(mine)
    return `run ${rival.marker.run ?? '(unknown)'} claimed it a moment earlier: skipped`
  }
  if (task.recovery)
    await github.createComment(
      task.issue,
      recoveryComment(`${task.recovery}${await recoveryExcerpt(ctx, task)}`)
    )
  await github.addLabels(task.issue, [LABEL_CLAIM])
  // Recorded before the adapter runs: if anything fails after it may have dispatched (its answer
  // lost, this rewrite's, the run itself), the claim still says so and the attempt is charged.
  await github.updateComment(
    mine,
    claimText(task, { ...marker, phase: 'dispatching' }, adapter.name, ctx.run)
  )
  let handed: void | { workerRun?: number }
  try {
    handed = await adapter.dispatch(task)
  } catch (error) {
    // GitHub may have applied it: the claim stays `dispatching` and the attempt counts.
    if (error instanceof UnconfirmedWriteError) throw error
    // A refusal: the claim must not hold an issue no worker got (best effort; the error matters).
    const released = { ...marker, phase: 'released' as const }
    await github
      .updateComment(mine, claimText(task, released, adapter.name, ctx.run))
      .catch(() => undefined)
    if (task.kind === 'new')
      await github.removeLabel(task.issue, LABEL_CLAIM).catch(() => undefined)
    throw error
  }
  // The worker's run, when known: once it has ended with no pull request, the attempt is over.
  const worker = handed?.workerRun !== undefined ? { worker: String(handed.workerRun) } : {}
  await github
    .updateComment(
      mine,
      claimText(task, { ...marker, phase: 'dispatched', ...worker }, adapter.name, ctx.run)
    )
    .catch((error: Error) =>
      // The dispatch happened; `dispatching` already counts it. Only the wording is stale.
      ctx.logger.warning(`#${task.issue}: the claim could not say "dispatched": ${error.message}`)
    )
  return undefined
}

/** Rewrite a claim comment as released, keeping what it said and adding why. */
async function markReleased(
  ctx: ApplyContext,
  issue: number,
  commentId: number,
  reason: string
): Promise<void> {
  const comment = (await ctx.github.listComments(issue)).find(c => c.id === commentId)
  const marker = comment ? parseClaim(comment.body) : undefined
  if (!comment || !marker) return
  const rest = comment.body.split('\n').slice(1)
  await ctx.github.updateComment(
    commentId,
    [claimMarker({ ...marker, phase: 'released' }), ...rest, '', `Released: ${reason}.`].join('\n')
  )
}

async function releaseClaim(ctx: ApplyContext, release: ClaimRelease): Promise<void> {
  await markReleased(ctx, release.issue, release.commentId, release.reason)
  if (release.labelled) await ctx.github.removeLabel(release.issue, LABEL_CLAIM)
}

/** Label the issue needs-human and post the one comment that says why. */
async function freezeIssue(ctx: ApplyContext, freeze: Freeze): Promise<void> {
  await new LabelEnsurer(ctx.github).ensure([LABEL_NEEDS_HUMAN])
  await ctx.github.addLabels(freeze.issue, [LABEL_NEEDS_HUMAN])
  await ctx.github.createComment(freeze.issue, freeze.comment)
  ctx.logger.warning(`#${freeze.issue} frozen (needs-human): ${freeze.reason}`)
}

function attemptRecord(ctx: ApplyContext, task: DispatchTask, adapter: string): AttemptRecord {
  return {
    at: ctx.now().toISOString(),
    attempt: task.attempt,
    branch: task.branch,
    adapter,
    run: ctx.run.id,
    kind: task.kind,
    ...(task.headSha ? { head_sha: task.headSha } : {})
  }
}

/**
 * A loop pull request brought onto its base again: "Update branch" (the base merged in, never a
 * force) when it is behind, or a new base when the stacked one it was on has merged.
 */
async function rebase(
  ctx: ApplyContext,
  operation: Extract<TickOperation, { op: 'update-branch' | 'retarget-pull' }>,
  result: TickApplyResult
): Promise<void> {
  if (operation.op === 'retarget-pull') {
    await ctx.github.updatePull(operation.pull, { base: operation.base })
    result.retargeted.push(operation.pull)
    ctx.logger.info(
      `pull request #${operation.pull}: its base merged; re-based onto ${operation.base}`
    )
    return
  }
  // The plan makes these only when there is a push port.
  const outcome = await ctx.push!.updateBranch(operation.pull, operation.headSha)
  result.updated.push({ pull: operation.pull, outcome })
  ctx.logger.info(`pull request #${operation.pull} behind its base: ${outcome}`)
}

export async function applyTick(
  ctx: ApplyContext,
  operations: TickOperation[]
): Promise<TickApplyResult> {
  const result: TickApplyResult = {
    dispatched: [],
    skipped: [],
    released: [],
    failed: [],
    unconfirmed: [],
    attempts: [],
    updated: [],
    retargeted: []
  }
  const adapter = createAdapter(ctx.config, ctx.github, ctx.defaultBranch)
  for (const operation of operations) {
    if (operation.op === 'release-claim') {
      await releaseClaim(ctx, operation.release)
      result.released.push(operation.release)
      ctx.logger.info(`#${operation.release.issue}: ${operation.release.reason}`)
      continue
    }
    if (operation.op === 'ensure-label') {
      await new LabelEnsurer(ctx.github).ensure([operation.label])
      continue
    }
    if (operation.op === 'freeze') {
      await freezeIssue(ctx, operation.freeze)
      continue
    }
    if (operation.op === 'update-branch' || operation.op === 'retarget-pull') {
      await rebase(ctx, operation, result)
      continue
    }
    if (operation.op === 'unfreeze') {
      // Retried from the dashboard: the label goes; the plan already cleared the streak.
      await ctx.github.removeLabel(operation.issue, LABEL_NEEDS_HUMAN)
      continue
    }
    const { task } = operation
    let why: string | undefined
    try {
      why = await dispatchOne(ctx, adapter, task, operation.mayBeClaimed, operation.settled)
    } catch (error) {
      if (error instanceof AssignRefusedError) {
        result.failure = error.message
        ctx.logger.error(error.message)
        break
      }
      // It may have gone: the attempt is charged and never sent twice; the lease settles it.
      if (error instanceof UnconfirmedWriteError) {
        const reason = `may have been dispatched (GitHub's answer was lost): counted as attempt ${task.attempt}, not sent again — ${error.message}`
        result.unconfirmed.push({ issue: task.issue, reason })
        result.attempts.push({ issue: task.issue, record: attemptRecord(ctx, task, adapter.name) })
        ctx.logger.warning(`#${task.issue} ${reason}`)
        continue
      }
      // A dispatch GitHub refused after retries: the claim is released, the breaker counts it.
      if (!(error instanceof ApiError)) throw error
      result.failed.push({ issue: task.issue, reason: error.message })
      ctx.logger.error(`#${task.issue} was not dispatched: ${error.message}`)
      continue
    }
    if (why) {
      result.skipped.push({ issue: task.issue, reason: why })
      continue
    }
    result.dispatched.push(task)
    result.attempts.push({ issue: task.issue, record: attemptRecord(ctx, task, adapter.name) })
    ctx.logger.info(
      `dispatched #${task.issue} (${task.kind}, attempt ${task.attempt}, ${task.branch})`
    )
  }
  return result
}
