/**
 * What the loop's claim comments and roadmap markers say about each issue (pure): the claim that
 * holds, the attempts claims account for, claims of dead runs to release, and younger copies of
 * a unit that must never be dispatched.
 */
import { hasLabel, LABEL_CLAIM } from '../loop/labels.js'
import { unitMarkerOf } from '../loop/markers.js'
import type { TrustPolicy } from '../loop/trust.js'
import { holdingClaims, type ClaimFacts } from '../loop/claims.js'
import type { TickFacts } from './facts.js'
import type { ScannedIssue } from './scan.js'

/** A claim the plan lets go: its comment is rewritten as released, its label removed. */
export interface ClaimRelease {
  issue: number
  commentId: number
  run: string
  reason: string
  /** Whether the claim label is on the issue (the run may have died before it wrote it). */
  labelled: boolean
}

/** Younger trusted issues carrying the same roadmap marker as an older one: copies. */
export function findDuplicates(
  issues: readonly ScannedIssue[],
  trust: TrustPolicy
): Map<number, { of: number; marker: string }> {
  // The oldest of each marker in one pass (a tick has no copies, mostly: no sort for them).
  const older = (a: ScannedIssue, b: ScannedIssue) =>
    (a.createdAt.localeCompare(b.createdAt) || a.number - b.number) < 0
  const oldest = new Map<string, ScannedIssue>()
  let copied = false
  for (const issue of issues) {
    const marker = unitMarkerOf(issue.body)
    if (!marker || !trust.isLoop(issue.author)) continue
    const known = oldest.get(marker)
    copied ||= known !== undefined
    if (!known || older(issue, known)) oldest.set(marker, issue)
  }
  if (!copied) return new Map()
  const marked = issues.flatMap(issue => {
    const marker = unitMarkerOf(issue.body)
    return marker && trust.isLoop(issue.author) ? [{ issue, marker }] : []
  })
  const copies = marked
    .filter(({ issue, marker }) => oldest.get(marker) !== issue)
    .sort((a, b) => (older(a.issue, b.issue) ? -1 : 1))
  return new Map(
    copies.map(({ issue, marker }) => [issue.number, { of: oldest.get(marker)!.number, marker }])
  )
}

export interface ClaimView {
  /** The newest claim that still holds (trusted, not released, not being released now). */
  current?: ClaimFacts
  /** Highest attempt number any holding or finished claim used. */
  attempts: number
  release?: ClaimRelease
}

/**
 * What an issue's claim comments say. A claim still `claiming` whose run has ended without
 * success was never dispatched: the run died between its lock and its dispatch. It is released
 * and its attempt is not charged.
 */
export function claimView(
  issue: ScannedIssue | { number: number; labels: readonly string[] },
  claims: readonly ClaimFacts[],
  facts: Pick<TickFacts, 'claimRuns' | 'run'>,
  trust: TrustPolicy
): ClaimView {
  const holding = holdingClaims(claims, trust)
  const latest = holding.at(-1)
  const run = latest?.marker.run
  const ran = run ? facts.claimRuns.get(run) : undefined
  if (latest && latest.marker.phase === 'claiming' && run !== facts.run.id && ran) {
    if (ran.status === 'completed' && ran.conclusion !== 'success') {
      const rest = holding.slice(0, -1)
      return {
        ...(rest.length ? { current: rest.at(-1) } : {}),
        attempts: Math.max(0, ...rest.map(c => c.marker.attempt)),
        release: {
          issue: issue.number,
          labelled: hasLabel(issue.labels, LABEL_CLAIM),
          commentId: latest.commentId,
          run: run!,
          reason: `run ${run} ended (${ran.conclusion ?? 'no conclusion'}) before it dispatched attempt ${latest.marker.attempt}: claim released, no attempt charged`
        }
      }
    }
  }
  return {
    ...(latest ? { current: latest } : {}),
    attempts: Math.max(0, ...holding.map(c => c.marker.attempt))
  }
}
