/**
 * One review per head (pure). A review wave tick sent is running until its lease is over — the
 * reviewer's job and the verdict job take minutes, and the next tick must not send the same head
 * again meanwhile (the same heads on consecutive ticks bought ~50% more reviewer runs). A head
 * whose reviews ran out without a published verdict — the reviewer or the checks API failing —
 * is sent at most `verification.max_reviews_per_head` times, then its issue needs a human. The
 * sends are kept in the tick state; a person removing needs-human starts the count afresh.
 */
import { timeOf } from '../clock.js'
import type { ReviewRecord } from '../state/tick.js'

/** GitHub runs at most 256 jobs of one matrix: a bigger review wave would fail the run. */
export const MAX_MATRIX_JOBS = 256

export interface ReviewCandidate {
  pull: number
  issue: number
  head_sha: string
  branch: string
}

export interface ReviewJudgement<T extends ReviewCandidate> {
  send: T[]
  /** Sent for this head within the lease: not sent again. */
  running: { task: T; since: string }[]
  /** Sent `max` times for this head without a verdict: its issue needs a human. */
  exhausted: { task: T; sends: number }[]
  /** Beyond the MAX_MATRIX_JOBS of one wave: sent by a following tick (nothing recorded). */
  deferred: T[]
  /** The records to keep: one per open pull request reviewed, for its current head. */
  next: Record<string, ReviewRecord>
}

export function judgeReviews<T extends ReviewCandidate>(
  candidates: readonly T[],
  records: Readonly<Record<string, ReviewRecord>>,
  settings: { now: Date; run: string; leaseMinutes: number; max: number; open: Set<number> }
): ReviewJudgement<T> {
  const out: ReviewJudgement<T> = {
    send: [],
    running: [],
    exhausted: [],
    deferred: [],
    next: {}
  }
  // Records of pull requests still open, whatever their class now (a verdict may be pending).
  for (const [pull, record] of Object.entries(records))
    if (settings.open.has(Number(pull))) out.next[pull] = record
  for (const task of candidates) {
    const known = records[String(task.pull)]
    // A new head, or a person who removed needs-human after the sends ran out: start afresh.
    const sent = known?.head === task.head_sha && !known.frozen ? known.sent : []
    const last = sent.at(-1)
    const since = last ? settings.now.getTime() - timeOf(last.at) : Infinity
    if (last && since < settings.leaseMinutes * 60_000) {
      out.running.push({ task, since: last.at })
      out.next[String(task.pull)] = { head: task.head_sha, sent }
    } else if (sent.length >= settings.max) {
      out.exhausted.push({ task, sends: sent.length })
      out.next[String(task.pull)] = { head: task.head_sha, sent, frozen: true }
    } else if (out.send.length >= MAX_MATRIX_JOBS) {
      out.deferred.push(task)
    } else {
      out.send.push(task)
      out.next[String(task.pull)] = {
        head: task.head_sha,
        sent: [...sent, { at: settings.now.toISOString(), run: settings.run }]
      }
    }
  }
  return out
}
