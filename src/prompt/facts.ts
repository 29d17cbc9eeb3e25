/**
 * What a worker's prompt is made of, as GitHub holds it (reads only): the issue, and from the
 * loop's own comments on it the claim that holds (which attempt, which branch) and the newest
 * recovery brief. Anyone can paste a marker into a comment: only the loop's count.
 */
import type { IssuesPort, TrackedIssue } from '../github/port.js'
import { claimsIn, holdingClaims } from '../loop/claims.js'
import { recoveryOf } from '../loop/markers.js'
import { branchFor, issueOfBranch } from '../loop/pulls.js'
import type { TrustPolicy } from '../loop/trust.js'

export interface PromptFacts {
  issue: TrackedIssue
  attempt: number
  branch: string
  /** The newest recovery brief (a failed or refused attempt's), for the next attempt. */
  recovery?: string
  /** Stacked new work: the blocker's branch it starts on (the claim's `base=`). */
  stackedOn?: { branch: string; issue?: number }
}

export async function promptFacts(
  github: IssuesPort,
  issue: TrackedIssue,
  trust: Pick<TrustPolicy, 'isLoop'>
): Promise<PromptFacts> {
  const ours = (await github.listComments(issue.number)).filter(c => trust.isLoop(c.author))
  const claim = holdingClaims(claimsIn(ours), trust).at(-1)
  const recovery = ours
    .map(c => recoveryOf(c.body))
    .filter(r => r !== undefined)
    .at(-1)
  const base = claim?.marker.kind === 'new' ? claim.marker.base : undefined
  const blocker = base ? issueOfBranch(base) : undefined
  return {
    issue,
    attempt: claim?.marker.attempt ?? 1,
    branch: claim?.marker.branch ?? branchFor(issue.number, 1),
    ...(recovery ? { recovery } : {}),
    ...(base ? { stackedOn: { branch: base, ...(blocker ? { issue: blocker } : {}) } } : {})
  }
}
