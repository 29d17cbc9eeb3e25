/**
 * The history calibration reads (reads only): the repository's closed and merged pull requests,
 * 50 a page, the most lately updated first, back to a date — a page costs 2 GraphQL points, and
 * at most `maxPages` are read (the report says when the history went further back).
 */
import type { PullsPort } from '../github/port.js'
import type { HistoryPull } from './calibrate.js'

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
