/**
 * The per-issue circuit breaker (docs/specs/0000-product.md §7), pure. Progress is a pull request opened, a new head
 * SHA on it, CI moving from red to green, or the issue closed; heartbeats and log growth are not.
 * Each attempt is judged once, when it is over: a new-work attempt whose lease ran out with no
 * pull request, or a fix whose lease ran out with the head unchanged, made no progress. After
 * `max_no_progress_attempts` such attempts in a row — or when the attempt budget is used up — the
 * issue is frozen (`needs-human`, one comment). A human unfreezes it by removing the label: the
 * next tick clears the streak and gives it a fresh attempt budget, and says so.
 */
import { isoAt, timeOf } from '../clock.js'
import type { DeliveryConfig } from '../config/types.js'
import type { Classification } from '../loop/classify.js'
import { needsHuman } from '../loop/labels.js'
import type { PullFacts } from '../loop/pulls.js'
import type { AttemptRecord } from '../state/tick.js'
import type { ConflictDecision } from './conflicts.js'
import {
  copyIssueGuard,
  type CiState,
  type IssueGuard,
  type Observation
} from '../state/guardrails.js'

export interface IssueWork {
  issue: number
  labels: readonly string[]
  class: Classification
  pull?: PullFacts
  /** Attempts used in total (state and claims). */
  attempts: number
  /** The latest attempt, when the state knows it. */
  latest?: AttemptRecord
  /** Attempts whose change publish refused (from the loop's `lc:refused` comments). */
  refused?: number[]
  /** For a loop pull request that conflicts with its base: what its conflict rule says. */
  conflict?: ConflictDecision
}

export interface ProgressJudgement {
  guard: IssueGuard
  /** What changed, in words, for the report. */
  events: string[]
  /** Freeze now, with this reason (the applier labels and comments once). */
  freeze?: string
  unfrozen?: boolean
}

function ciOf(pull: PullFacts): CiState {
  if (pull.checks.some(c => c.state === 'failure')) return 'red'
  if (pull.checks.length && pull.checks.every(c => c.state === 'success')) return 'green'
  return 'pending'
}

function observe(pull: PullFacts | undefined): Observation {
  return pull ? { pull: pull.number, head: pull.headSha, ci: ciOf(pull) } : {}
}

function progressOf(before: Observation | undefined, now: Observation): string | undefined {
  if (now.pull === undefined) return undefined
  if (before?.pull === undefined || before.pull !== now.pull)
    return `pull request #${now.pull} opened`
  if (before.head && now.head && before.head !== now.head)
    return `new head ${now.head.slice(0, 7)} on #${now.pull}`
  if (before.ci === 'red' && now.ci === 'green') return `CI on #${now.pull} went from red to green`
  return undefined
}

/** Whether the latest attempt is over without progress (judged once). */
function wasted(w: IssueWork, leaseMinutes: number, now: Date): string | undefined {
  if (w.refused?.includes(w.attempts))
    return `attempt ${w.attempts}'s change was refused by publish (see the comment on the issue)`
  if (w.class.class === 'stalled')
    return `attempt ${w.attempts} opened no pull request within the lease (${leaseMinutes} min)`
  const last = w.latest
  // A conflict task answers a sibling's merge, not the worker's failure: conflicts.ts bounds it.
  if (!last || last.kind === 'new' || last.kind === 'conflict') return undefined
  if (!w.pull || w.pull.headSha !== last.head_sha) return undefined
  const age = (now.getTime() - timeOf(last.at)) / 60_000
  return age >= leaseMinutes
    ? `fix attempt ${last.attempt} pushed nothing to #${w.pull.number} within the lease (${leaseMinutes} min)`
    : undefined
}

/**
 * The latest attempt is a fix sent for the pull request's current head, within its lease and not
 * refused: its worker is on it, and the fix wave will not send another (tick/tasks.ts).
 */
function fixAtWork(w: IssueWork, leaseMinutes: number, now: Date): boolean {
  const last = w.latest
  if (!last || last.kind === 'new' || !w.pull || last.head_sha !== w.pull.headSha) return false
  if (w.refused?.includes(last.attempt)) return false
  return (now.getTime() - timeOf(last.at)) / 60_000 < leaseMinutes
}

export function judgeProgress(
  previous: IssueGuard | undefined,
  w: IssueWork,
  config: DeliveryConfig,
  now: Date
): ProgressJudgement {
  const at = isoAt(now.getTime())
  let guard: IssueGuard = previous
    ? copyIssueGuard(previous)
    : { streak: 0, judged: 0, attempts_base: 0, updated_at: at }
  const events: string[] = []
  let unfrozen = false
  if (guard.frozen && !needsHuman(w.labels)) {
    guard = {
      streak: 0,
      judged: w.attempts,
      attempts_base: w.attempts,
      reset_at: at,
      updated_at: at
    }
    events.push(
      'needs-human was removed: unfrozen, streak cleared, attempt and conflict budgets reset'
    )
    unfrozen = true
  }
  const seen = observe(w.pull)
  const progress = progressOf(guard.last, seen)
  if (progress) {
    if (guard.streak) events.push(`progress (${progress}): no-progress streak cleared`)
    guard.streak = 0
    guard.judged = Math.max(guard.judged, w.attempts)
  }
  const waste =
    w.attempts > guard.judged ? wasted(w, config.dispatch.lease_minutes, now) : undefined
  if (waste) {
    guard.streak++
    guard.judged = w.attempts
    events.push(`no progress: ${waste} (streak ${guard.streak})`)
  }
  guard.last = seen
  const { max_no_progress_attempts: maxStreak } = config.guardrails.circuit_breaker
  const maxAttempts = config.guardrails.budget.max_attempts_per_issue
  const used = w.attempts - guard.attempts_base
  // Work the attempt budget would hold back for ever: frozen instead, so a person sees it —
  // not while the last fix sent is still at work on this head (it may well land).
  const wantsWork =
    (['ready', 'stalled'].includes(w.class.class) ||
      w.class.sub === 'fixing' ||
      w.class.sub === 'changes-requested') &&
    !fixAtWork(w, config.dispatch.lease_minutes, now)
  let freeze: string | undefined
  if (!guard.frozen && !needsHuman(w.labels)) {
    if (guard.streak >= maxStreak)
      freeze = `${guard.streak} attempts in a row made no progress (max_no_progress_attempts ${maxStreak})`
    else if (wantsWork && used >= maxAttempts)
      freeze = `the attempt budget is used: attempts ${used}/${maxAttempts}`
    // The conflict count was taken before this reset: it starts afresh from the next tick.
    else if (w.conflict?.action === 'freeze' && !unfrozen) freeze = w.conflict.reason
  }
  if (freeze) {
    guard.frozen = { at, reason: freeze }
    events.push(`frozen: ${freeze}`)
  }
  const changed = !previous || !sameGuard(guard, previous)
  guard.updated_at = changed ? at : previous.updated_at
  return { guard, events, ...(freeze ? { freeze } : {}), ...(unfrozen ? { unfrozen } : {}) }
}

/** Whether two guards say the same, their `updated_at` aside (compared a field at a time). */
function sameGuard(a: IssueGuard, b: IssueGuard): boolean {
  return (
    a.streak === b.streak &&
    a.judged === b.judged &&
    a.attempts_base === b.attempts_base &&
    a.reset_at === b.reset_at &&
    a.last?.pull === b.last?.pull &&
    a.last?.head === b.last?.head &&
    a.last?.ci === b.last?.ci &&
    !a.last === !b.last &&
    a.frozen?.at === b.frozen?.at &&
    a.frozen?.reason === b.frozen?.reason &&
    !a.frozen === !b.frozen
  )
}
