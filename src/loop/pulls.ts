/**
 * What pull requests mean to the loop (pure): each rollup entry as pending, success or
 * failure, the `loopreview` check as the reviewer's verdict, which PR works on which issue, and
 * the worker branch names.
 */
import type { RollupEntry, ScannedPullNode } from '../github/port.js'

export const REVIEW_CHECK = 'loopreview'

export type CheckState = 'pending' | 'success' | 'failure'
export type Verdict = 'pass' | 'fail' | 'needs-human'

export interface CheckFacts {
  name: string
  state: CheckState
  /** The check run's database id (for GitHub Actions checks, also the job id). */
  id?: number
}

/** A pull request as classification reads it: the scanned facts with its checks interpreted. */
export type PullFacts = Omit<ScannedPullNode, 'rollup'> & {
  checks: CheckFacts[]
  /** The `loopreview` verdict on the head SHA, when there is one. */
  verdict?: Verdict
  /** The app that published that verdict (only the loop's own identity counts: classify.ts). */
  verdictApp?: string
  /** The `loopreview` check run's id (its summary carries the findings). */
  verdictCheckId?: number
}

const PASSING = ['SUCCESS', 'NEUTRAL', 'SKIPPED']

export function checkState(entry: RollupEntry): CheckState {
  if (entry.type === 'check-run') {
    if (entry.status !== 'COMPLETED') return 'pending'
    return PASSING.includes(entry.conclusion ?? '') ? 'success' : 'failure'
  }
  if (entry.state === 'SUCCESS') return 'success'
  return entry.state === 'PENDING' || entry.state === 'EXPECTED' ? 'pending' : 'failure'
}

/** The verdict a completed `loopreview` check run stands for. */
export function verdictOf(entry: RollupEntry | undefined): Verdict | undefined {
  if (entry?.type !== 'check-run' || entry.status !== 'COMPLETED') return undefined
  if (entry.conclusion === 'SUCCESS') return 'pass'
  return entry.conclusion === 'ACTION_REQUIRED' ? 'needs-human' : 'fail'
}

const isReview = (e: RollupEntry) => e.type === 'check-run' && e.name === REVIEW_CHECK

export function pullFacts(node: ScannedPullNode): PullFacts {
  const { rollup, ...facts } = node
  const review = rollup.find(isReview)
  const verdict = verdictOf(review)
  const about = review?.type === 'check-run' ? review : undefined
  return {
    ...facts,
    checks: rollup
      .filter(e => !isReview(e))
      .map(e => ({
        name: e.type === 'check-run' ? e.name : e.context,
        state: checkState(e),
        ...(e.type === 'check-run' && e.id ? { id: e.id } : {})
      })),
    ...(verdict ? { verdict } : {}),
    ...(verdict && about?.app ? { verdictApp: about.app } : {}),
    ...(verdict && about?.id ? { verdictCheckId: about.id } : {})
  }
}

/** The open pull request working on an issue: it closes the issue, or uses its loop branch. */
export function pullFor(issue: number, pulls: readonly PullFacts[]): PullFacts | undefined {
  const branch = new RegExp(`^loop/issue-${issue}(?:-|$)`)
  return pulls.find(p => p.closes.includes(issue)) ?? pulls.find(p => branch.test(p.headRef))
}

/** The worker's branch for an attempt: `loop/issue-N`, retries `loop/issue-N-retry-K`. */
export function branchFor(number: number, attempt: number): string {
  return attempt <= 1 ? `loop/issue-${number}` : `loop/issue-${number}-retry-${attempt - 1}`
}
