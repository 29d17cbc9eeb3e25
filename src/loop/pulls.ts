/**
 * What pull requests mean to the loop (pure): each rollup entry as pending, success or
 * failure, the `loopreview` check as the reviewer's verdict, which PR works on which issue, and
 * the worker branch names.
 */
import type { ClosedPullNode, RollupEntry, ScannedPullNode } from '../github/port.js'
import { verdictCheckId } from './markers.js'

export const REVIEW_CHECK = 'loopreview'

export type CheckState = 'pending' | 'success' | 'failure'
export type Verdict = 'pass' | 'fail' | 'needs-human'

export interface CheckFacts {
  name: string
  state: CheckState
  /** The check run's database id (for GitHub Actions checks, also the job id). */
  id?: number
}

/** Who a pull request's work belongs to (decided by `loop/work.ts`). */
export type WorkOwner = 'loop' | 'human'

/** A pull request as classification reads it: the scanned facts with its checks interpreted. */
export type PullFacts = Omit<ScannedPullNode, 'rollup'> & {
  checks: CheckFacts[]
  /** The `loopreview` verdict the loop published for the head SHA, when there is one. */
  verdict?: Verdict
  /** The app that published that verdict (only the loop's own identity counts: classify.ts). */
  verdictApp?: string
  /** The `loopreview` check run's id (its summary carries the findings). */
  verdictCheckId?: number
  /** `loopreview` checks that are not the loop's verdict for this head (a job's, say): ignored. */
  foreignVerdicts?: number
  /** When the verdict was published: for a pass, since when it waits for a person to merge. */
  verdictAt?: string
  /** Whose work it is and for which issues: set by `loopWork`, the only way a pull counts. */
  owner?: WorkOwner
  works?: number[]
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

/**
 * The loop's verdict among the `loopreview` checks of a head: the newest whose external id binds
 * it to that head. A check run's name proves nothing — any workflow job can take it.
 */
function boundVerdict(node: Pick<ScannedPullNode, 'headSha' | 'rollup'>): RollupEntry | undefined {
  const bound = verdictCheckId(node.headSha)
  return node.rollup
    .filter(e => isReview(e) && e.type === 'check-run' && e.externalId === bound)
    .at(-1)
}

export function pullFacts(node: ScannedPullNode): PullFacts {
  const { rollup, ...facts } = node
  const review = boundVerdict(node)
  const foreign = rollup.filter(e => isReview(e) && e !== review).length
  const verdict = verdictOf(review)
  const about = review?.type === 'check-run' ? review : undefined
  return {
    ...(foreign ? { foreignVerdicts: foreign } : {}),
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
    ...(verdict && about?.id ? { verdictCheckId: about.id } : {}),
    ...(verdict && about?.completedAt ? { verdictAt: about.completedAt } : {})
  }
}

/**
 * When a merged pull request became ready for a person — the pass the loop published for the
 * commit it was merged at — and when it was merged, by whom; undefined for one merged without
 * the loop's pass (a person's own call) or closed unmerged.
 */
export function mergedAfterReview(
  pull: Pick<ClosedPullNode, 'mergedAt' | 'mergedBy' | 'headSha' | 'rollup'>
): { readyAt: string; mergedAt: string; mergedBy: string | null } | undefined {
  if (!pull.mergedAt || !pull.headSha || !pull.rollup) return undefined
  const review = boundVerdict({ headSha: pull.headSha, rollup: pull.rollup })
  if (verdictOf(review) !== 'pass' || review?.type !== 'check-run' || !review.completedAt)
    return undefined
  return { readyAt: review.completedAt, mergedAt: pull.mergedAt, mergedBy: pull.mergedBy ?? null }
}

/**
 * The open pull request working on an issue, among those `loopWork` accepted: the loop's own
 * first, then a trusted human's. A pull request no rule accepted works on nothing.
 */
export function pullFor(issue: number, pulls: readonly PullFacts[]): PullFacts | undefined {
  let index = pullIndexes.get(pulls)
  if (!index) pullIndexes.set(pulls, (index = indexPulls(pulls)))
  return index.get(issue)
}

/**
 * Each list's index, built once: a tick asks for every issue's pull request, and filtering the
 * whole list per issue made a 20,000-issue tick quadratic. Lists of facts are never changed
 * after they are made, so an index stays true for its list.
 */
const pullIndexes = new WeakMap<readonly PullFacts[], Map<number, PullFacts>>()

function indexPulls(pulls: readonly PullFacts[]): Map<number, PullFacts> {
  const index = new Map<number, PullFacts>()
  // The loop's own first, then a trusted human's; the first in the list within each.
  for (const owner of ['loop', 'human'])
    for (const p of pulls)
      if (p.owner === owner) for (const n of p.works ?? []) if (!index.has(n)) index.set(n, p)
  return index
}

/** The issue a branch is the loop's branch for: `loop/issue-N`, `loop/issue-N-retry-K`. */
export function issueOfBranch(ref: string): number | undefined {
  const m = /^loop\/issue-([1-9]\d*)(?:-retry-[1-9]\d*)?$/.exec(ref)
  return m ? Number(m[1]) : undefined
}

/** The worker's branch for an attempt: `loop/issue-N`, retries `loop/issue-N-retry-K`. */
export function branchFor(number: number, attempt: number): string {
  return attempt <= 1 ? `loop/issue-${number}` : `loop/issue-${number}-retry-${attempt - 1}`
}

/**
 * The pull request cannot merge as it is: GitHub found a conflict with its base. `UNKNOWN`
 * means "not computed yet", not "fine" — and not a conflict either.
 */
export function isConflicting(pull: Pick<PullFacts, 'mergeable' | 'mergeStateStatus'>): boolean {
  return pull.mergeable === 'CONFLICTING' || pull.mergeStateStatus === 'DIRTY'
}
