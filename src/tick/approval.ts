/**
 * Supervised mode (`dispatch.approval: wave`), pure: each tick proposes its wave on the dashboard
 * and dispatches only the proposals people with write access approved (dashboard commands check
 * who ticked). An approval binds the issue as it was proposed — its revision, a hash of what the
 * worker would be given — so a proposal whose issue changed meanwhile is proposed again, and it is
 * spent only by the dispatch it allowed (work a budget, a pause or a failed claim held back keeps
 * its approval until it goes or its issue changes): every dispatch needs its own approval. Budgets, breakers and
 * claims apply to approved work exactly as to unattended work.
 */
import { createHash } from 'node:crypto'
import type { DispatchTask } from './adapters.js'
import type { ScannedIssue } from './scan.js'
import type { Proposal } from '../dashboard/view.js'

export type { Proposal }

/**
 * What the worker would be given: the task — its attempt too, so an approval names the exact
 * attempt it approves (a box left ticked by a dashboard write that failed cannot approve a later
 * retry) — and the issue's title, body and labels.
 */
export function proposalRevision(task: DispatchTask, issue: ScannedIssue | undefined): string {
  const seed = JSON.stringify([
    task.kind,
    task.attempt,
    task.pull ?? null,
    task.headSha ?? null,
    issue?.title ?? '',
    issue?.body ?? '',
    [...(issue?.labels ?? [])].map(l => l.toLowerCase()).sort()
  ])
  return createHash('sha1').update(seed).digest('hex').slice(0, 12)
}

/** Approved tasks first (they take the wave's room before proposals), in their order otherwise. */
export function approvedFirst<T extends { issue: number }>(
  tasks: readonly T[],
  isApproved: (t: T) => boolean
): T[] {
  return [...tasks.filter(isApproved), ...tasks.filter(t => !isApproved(t))]
}

/**
 * The approvals to keep for the next tick: not spent by a dispatch now, and still for the issue
 * as it is (an issue that changed, closed or left the loop drops its approval).
 */
export function keptApprovals(
  approved: Readonly<Record<string, string>>,
  current: ReadonlyMap<number, string>,
  dispatched: ReadonlySet<number>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(approved).filter(
      ([issue, rev]) => !dispatched.has(Number(issue)) && current.get(Number(issue)) === rev
    )
  )
}

/**
 * The approvals to keep once the wave was applied: the plan spent every approved task's approval,
 * but only a dispatch that went out (or may have) uses one — a task the applier skipped (its
 * issue changed, another run claimed it) keeps its approval for the next tick.
 */
export function unspentApprovals(
  kept: Readonly<Record<string, string>> | undefined,
  used: Readonly<Record<string, string>>,
  went: ReadonlySet<number>
): Record<string, string> | undefined {
  const back = Object.entries(used).filter(([issue]) => !went.has(Number(issue)))
  const all = { ...kept, ...Object.fromEntries(back) }
  return Object.keys(all).length ? all : undefined
}
