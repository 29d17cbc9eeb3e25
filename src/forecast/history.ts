/**
 * The history calibration reads (reads only): the repository's closed and merged pull requests,
 * 50 a page, the most lately updated first, back to a date — a page costs 2 GraphQL points, and
 * at most `maxPages` are read (the report says when the history went further back) — and the
 * loop's claims on the issues they closed, 100 issues a query.
 */
import { InputError } from '../errors.js'
import type { IssuesPort, PullsPort } from '../github/port.js'
import { claimsIn } from '../loop/claims.js'
import { issueOfBranch } from '../loop/pulls.js'
import type { TrustPolicy } from '../loop/trust.js'
import { calibrate, type Calibration, type HistoryPull } from './calibrate.js'

/** At most this many pages of 50 closed pull requests (2 GraphQL points each). */
export const CALIBRATION_PAGES = 20
/** Without a date, the history goes this far back. */
const DEFAULT_DAYS = 60

export interface History {
  pulls: HistoryPull[]
  pages: number
  /** False when the page budget ran out before the date was reached. */
  complete: boolean
}

export async function readHistory(
  github: Pick<PullsPort, 'closedPullsPage'>,
  since: Date,
  maxPages: number
): Promise<History> {
  const pulls: HistoryPull[] = []
  let cursor: string | undefined
  for (let pages = 1; pages <= maxPages; pages++) {
    const page = await github.closedPullsPage(cursor)
    pulls.push(...page.pulls)
    const reachedSince = page.pulls.some(p => Date.parse(p.updatedAt) < since.getTime())
    if (reachedSince || !page.next) return { pulls, pages, complete: true }
    cursor = page.next
  }
  return { pulls, pages: maxPages, complete: false }
}

/** Where the history starts: the date given (`option` names it in errors), else 60 days back. */
export function historySince(given: string | undefined, now: Date, option: string): Date {
  const since = given ? new Date(given) : new Date(now.getTime() - DEFAULT_DAYS * 86_400_000)
  if (Number.isNaN(since.getTime()) || since.getTime() >= now.getTime())
    throw new InputError(option, `"${given}" is not a past date (ISO 8601, e.g. 2026-10-01)`)
  return since
}

/**
 * The attempts the loop's claims dispatched on the issues its merged pull requests closed (new
 * work, fixes, review-fixes): the newest comments of 100 issues a query. Only the loop's own
 * claims count — anyone can paste a claim marker into a comment.
 */
export async function dispatchedAttempts(
  github: Pick<IssuesPort, 'issueDetails'>,
  pulls: History['pulls'],
  loop: Pick<TrustPolicy, 'isLoop'>
): Promise<Map<number, Set<number>>> {
  const issues = [
    ...new Set(pulls.flatMap(p => (p.mergedAt ? (issueOfBranch(p.headRef) ?? []) : [])))
  ]
  const details = await github.issueDetails(
    issues.map(number => ({ number, comments: true, blockedBy: false }))
  )
  const out = new Map<number, Set<number>>()
  for (const [issue, read] of details) {
    const attempts = claimsIn(read.comments ?? [])
      .filter(c => loop.isLoop(c.author) && c.marker.kind !== 'conflict')
      .map(c => c.marker.attempt)
    if (attempts.length) out.set(issue, new Set(attempts))
  }
  return out
}

/** The history read and the models fitted to it: what `--calibrate` and the mode share. */
export async function calibrateFrom(
  github: Pick<PullsPort, 'closedPullsPage'> & Pick<IssuesPort, 'issueDetails'>,
  context: { repo: string; since: Date; now: Date; loop: Pick<TrustPolicy, 'isLoop'> }
): Promise<{ history: History; result: Calibration }> {
  const history = await readHistory(github, context.since, CALIBRATION_PAGES)
  const dispatched = await dispatchedAttempts(github, history.pulls, context.loop)
  return { history, result: calibrate(history.pulls, context, dispatched) }
}
