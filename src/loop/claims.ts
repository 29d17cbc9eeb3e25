/**
 * Claims as GitHub holds them (pure): the comments on an issue whose first line is the loop's
 * claim marker, with who wrote each (the plan trusts only the loop's own). Read by tick, its
 * applier and the state's attempt record alike.
 */
import type { IssueComment, IssuesPort } from '../github/port.js'
import { parseClaim, type ClaimMarker } from './markers.js'
import type { TrustPolicy } from './trust.js'

/** A claim comment as GitHub has it (the plan checks who wrote it). */
export interface ClaimFacts {
  commentId: number
  createdAt: string
  author: string | null
  marker: ClaimMarker
}

export function claimsIn(comments: readonly IssueComment[]): ClaimFacts[] {
  const claims: ClaimFacts[] = []
  for (const c of comments) {
    const marker = parseClaim(c.body)
    if (marker) claims.push({ commentId: c.id, createdAt: c.createdAt, author: c.author, marker })
  }
  return claims
}

export async function claimsOn(github: IssuesPort, issue: number): Promise<ClaimFacts[]> {
  return claimsIn(await github.listComments(issue))
}

/**
 * The claims that still hold, oldest first: written by the loop (anyone can paste a claim
 * marker into a comment) and not released. The last one says which attempt and branch a worker
 * is on — for tick, prompt and publish alike.
 */
export function holdingClaims(
  claims: readonly ClaimFacts[],
  trust: Pick<TrustPolicy, 'isLoop'>
): ClaimFacts[] {
  return claims.filter(c => trust.isLoop(c.author) && c.marker.phase !== 'released')
}

/** The newest claim that holds on an issue, read from its comments. */
export async function holdingClaimOn(
  github: IssuesPort,
  issue: number,
  trust: Pick<TrustPolicy, 'isLoop'>
): Promise<ClaimFacts | undefined> {
  return holdingClaims(await claimsOn(github, issue), trust).at(-1)
}
