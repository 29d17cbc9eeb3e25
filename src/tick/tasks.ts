/**
 * The tasks that want to go this tick (pure): new work in roadmap order, pull requests sent back
 * to their worker (failed checks, changes the reviewer asked for) once per head, and conflict
 * tasks within their cap — each with its brief; and the review wave, one review per head.
 */
import { timeOf } from '../clock.js'
import { conflictDecision } from '../guardrails/conflicts.js'
import { orderReady, type Classification } from '../loop/classify.js'
import { refusedAttemptOf, unitMarkerOf } from '../loop/markers.js'
import { branchFor, type PullFacts } from '../loop/pulls.js'
import type { AttemptRecord } from '../state/tick.js'
import type { DispatchTask } from './adapters.js'
import { conflictBrief, recoveryBrief } from './briefs.js'
import { unitOf, type PlanScope } from './plan-scope.js'
import { freezeComment } from '../guardrails/freeze.js'
import type { Freeze } from './guard.js'
import { judgeReviews, MAX_MATRIX_JOBS } from './review-sends.js'

function fixTask(
  scope: PlanScope,
  c: Classification,
  pull: PullFacts,
  attempt: number
): DispatchTask {
  const kind = c.sub === 'fixing' ? ('fix' as const) : ('review-fix' as const)
  const failed = pull.checks.find(ch => ch.state === 'failure')
  return {
    issue: c.issue,
    title: scope.byNumber.get(c.issue)!.title,
    attempt,
    branch: pull.headRef,
    kind,
    pull: pull.number,
    headSha: pull.headSha,
    recovery: recoveryBrief(pull, kind, scope.input.facts.findings.get(pull.number)),
    ...stackBase(scope, pull),
    ...(kind === 'fix' && failed
      ? { failedCheck: { name: failed.name, ...(failed.id ? { id: failed.id } : {}) } }
      : {})
  }
}

/** The branch a stacked pull request is based on, for its fix and conflict tasks. */
function stackBase(scope: PlanScope, pull: PullFacts): { base?: string } {
  const defaultBranch = scope.input.facts.repository.defaultBranch
  return pull.baseRef && pull.baseRef !== defaultBranch ? { base: pull.baseRef } : {}
}

/** A pull request the review wave sends to the reviewer, at its head. */
export interface ReviewTask {
  pull: number
  issue: number
  head_sha: string
  branch: string
}

/** An issue left out of this tick's wave, and why. */
export interface Skip {
  issue: number
  reason: string
}

/**
 * The tasks that want to go, in order: ready and stalled issues in roadmap order, then pull
 * requests to send back (failed required checks, or changes asked by the reviewer) once per head.
 * Issues frozen in this tick are left out.
 */
export function candidates(
  scope: PlanScope,
  classes: Classification[],
  frozen: Set<number>
): DispatchTask[] {
  const { facts, config } = scope.input
  // Filtered, then mapped: a list per issue from flatMap costs more than the rest (Node.js 20).
  const stacks = new Map(classes.filter(c => c.stackOn).map(c => [c.issue, c.stackOn!] as const))
  const ready = orderReady(
    classes
      .filter(c => (c.class === 'ready' || c.class === 'stalled') && !frozen.has(c.issue))
      .map(c => unitOf(scope, scope.byNumber.get(c.issue)!)),
    i => {
      const id = unitMarkerOf(scope.byNumber.get(i.number)!.body)
      return id === undefined ? undefined : facts.rank.get(id)
    }
  ).map(u => {
    const attempt = scope.attemptsUsed(u.number) + 1
    const stack = stacks.get(u.number)
    return {
      issue: u.number,
      title: scope.byNumber.get(u.number)!.title,
      attempt,
      branch: branchFor(u.number, attempt),
      kind: 'new' as const,
      ...(stack ? { base: stack.branch, baseSha: stack.head } : {})
    }
  })
  if (!config.dispatch.fix_wave) return ready
  const fixing = (c: Classification) =>
    c.class === 'in-flight' && (c.sub === 'fixing' || c.sub === 'changes-requested')
  const fixes = classes.filter(fixing).flatMap(c => {
    if (frozen.has(c.issue)) return []
    const pull = facts.scan.pulls.find(p => p.number === c.pull)!
    // Once per head while that attempt may still push; a refused one, or one whose lease ran
    // out, leaves the head as it was: send it again (the breaker counts each such attempt).
    const live = scope
      .stateAttempts(c.issue)
      .some(a => a.kind !== 'new' && a.head_sha === pull.headSha && !attemptOver(scope, c.issue, a))
    return live ? [] : [fixTask(scope, c, pull, scope.attemptsUsed(c.issue) + 1)]
  })
  return [...ready, ...fixes, ...conflictTasks(scope, classes, frozen)]
}

/**
 * Loop pull requests a sibling's merge made conflict: back to their worker, once per head and
 * within the per-PR cap (guardrails/conflicts.ts). A trusted human's pull request is theirs.
 */
function conflictTasks(
  scope: PlanScope,
  classes: Classification[],
  frozen: Set<number>
): DispatchTask[] {
  const { facts, config } = scope.input
  const conflicting = (c: Classification) => c.class === 'in-flight' && c.sub === 'conflicting'
  return classes.filter(conflicting).flatMap(c => {
    if (frozen.has(c.issue)) return []
    const pull = facts.scan.pulls.find(p => p.number === c.pull)
    if (pull?.owner !== 'loop') return []
    const decision = conflictDecision(
      pull,
      scope.stateAttempts(c.issue),
      config,
      facts.now,
      scope.input.guardrails.issues[String(c.issue)]?.reset_at
    )
    if (decision.action !== 'send') return []
    return [
      {
        issue: c.issue,
        title: scope.byNumber.get(c.issue)!.title,
        attempt: scope.attemptsUsed(c.issue) + 1,
        branch: pull.headRef,
        kind: 'conflict' as const,
        pull: pull.number,
        headSha: pull.headSha,
        recovery: conflictBrief(
          pull,
          stackBase(scope, pull).base ?? facts.repository.defaultBranch,
          facts.conflicts.get(pull.number)
        ),
        ...stackBase(scope, pull)
      }
    ]
  })
}

/** An attempt that can no longer push: publish refused its change, or its lease ran out. */
export function attemptOver(scope: PlanScope, issue: number, a: AttemptRecord): boolean {
  const { facts, config } = scope.input
  const comments = scope.byNumber.get(issue)?.comments ?? []
  const refused = comments.some(
    c => scope.trust.isLoop(c.author) && refusedAttemptOf(c.body) === a.attempt
  )
  const lease = config.dispatch.lease_minutes * 60_000
  return refused || facts.now.getTime() - timeOf(a.at) >= lease
}

function reviewWork(scope: PlanScope, classes: Classification[]): ReviewTask[] {
  return classes
    .filter(c => c.class === 'in-flight' && c.sub === 'awaiting-review')
    .map(c => {
      const pull = scope.input.facts.scan.pulls.find(p => p.number === c.pull)!
      return { pull: pull.number, issue: c.issue, head_sha: pull.headSha, branch: pull.headRef }
    })
}

/** The review wave: one review per head, at most max_reviews_per_head (tick/review-sends.ts). */
export function reviewsOf(scope: PlanScope, classes: Classification[], paused: boolean) {
  const { facts, config, state } = scope.input
  const v = config.verification
  const judged = judgeReviews(paused ? [] : reviewWork(scope, classes), state.reviews ?? {}, {
    now: facts.now,
    run: facts.run.id,
    leaseMinutes: v.review_lease_minutes,
    max: v.max_reviews_per_head,
    open: new Set(facts.scan.pulls.map(p => p.number))
  })
  const freezes: Freeze[] = judged.exhausted.map(({ task, sends }) => {
    const reason = `${sends} review(s) of head ${task.head_sha.slice(0, 7)} of pull request #${task.pull} were sent and no verdict was published (verification.max_reviews_per_head: ${v.max_reviews_per_head})`
    return {
      issue: task.issue,
      reason,
      comment: freezeComment(
        reason,
        [],
        [
          'the reviewer or the verdict job failed each time: see the review and verdict jobs of the tick runs'
        ]
      )
    }
  })
  const skipped: Skip[] = [
    ...judged.running.map(r => ({
      issue: r.task.issue,
      reason: `review of #${r.task.pull} at ${r.task.head_sha.slice(0, 7)} sent ${r.since}: not sent again while it runs`
    })),
    ...judged.deferred.map(task => ({
      issue: task.issue,
      reason: `review of #${task.pull} waits for the next tick: this wave holds ${MAX_MATRIX_JOBS}, the most jobs GitHub runs in one matrix`
    }))
  ]
  return { wave: judged.send, freezes, skipped, records: judged.next }
}
