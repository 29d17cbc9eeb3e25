/**
 * What every step of the tick plan reads (pure): the facts indexed by issue, the claims as the
 * plan views them, the attempts each issue used, and an issue as classification reads it.
 */
import type { ClaimFacts } from '../loop/claims.js'
import type { UnitIssue } from '../loop/classify.js'
import { hasLabel, LABEL_CLAIM } from '../loop/labels.js'
import { trustPolicy, type TrustPolicy } from '../loop/trust.js'
import type { AttemptRecord } from '../state/tick.js'
import { claimView, findDuplicates, type ClaimView } from './claims.js'
import type { TickPlanInput } from './plan-input.js'
import type { ScannedIssue } from './scan.js'

/** What every step of the plan reads: the facts, indexed, and the attempts each issue used. */
export interface PlanScope {
  input: TickPlanInput
  trust: TrustPolicy
  byNumber: Map<number, ScannedIssue>
  duplicates: Map<number, { of: number; marker: string }>
  views: Map<number, ClaimView>
  stateAttempts: (issue: number) => AttemptRecord[]
  /** Attempts used so far: the state's record, or the claims on GitHub when the state forgot. */
  attemptsUsed: (issue: number) => number
}

export function scopeOf(input: TickPlanInput): PlanScope {
  const { facts, config, state } = input
  const trust = trustPolicy(facts.viewer, config.trust.bot_logins)
  const views = new Map<number, ClaimView>()
  for (const i of facts.scan.issues) {
    const claims = facts.claims.get(i.number)
    if (claims) views.set(i.number, claimView(i, claims, facts, trust))
  }
  // A number keys the record as its text does (no text made for it).
  const stateAttempts = (n: number) => state.attempts[n] ?? []
  return {
    input,
    trust,
    byNumber: new Map(facts.scan.issues.map(i => [i.number, i])),
    duplicates: findDuplicates(facts.scan.issues, trust),
    views,
    stateAttempts,
    attemptsUsed: n => Math.max(stateAttempts(n).length, views.get(n)?.attempts ?? 0)
  }
}

/**
 * The worker's run, when it can be seen: with the matrix adapter the claiming tick's own run, with
 * the workflow adapter the run its dispatch started (`worker=` in the claim). When that run has
 * completed (facts.claimRuns reads it only for such claims with no pull request), the attempt
 * ended without one. Other adapters' agents cannot be seen: the lease stays their fallback.
 */
function workerEnded(scope: PlanScope, claim: ClaimFacts | undefined): string | undefined {
  if (!claim || claim.marker.phase === 'claiming') return undefined
  const adapter = scope.input.config.dispatch.adapter
  // The matrix worker runs in its tick's run; the workflow adapter's in the run it started.
  const run =
    adapter === 'matrix'
      ? claim.marker.run
      : adapter === 'workflow'
        ? claim.marker.worker
        : undefined
  if (!run) return undefined
  const facts = scope.input.facts.claimRuns.get(run)
  return facts?.status === 'completed'
    ? `run ${run} ended (${facts.conclusion ?? 'no conclusion'})`
    : undefined
}

/**
 * An issue as classification reads it; a claim being released no longer counts. Its keys are
 * written out, absent ones undefined (a plan makes one per issue per tick; conditional spreads
 * cost more than the rest of it), and the claim's facts are looked up for claimed issues only.
 */
export function unitOf(scope: PlanScope, i: ScannedIssue): UnitIssue {
  const view = scope.views.get(i.number)
  const released = view?.release && !view.current
  const claimed = hasLabel(i.labels, LABEL_CLAIM) && !released
  const claimedAt = claimed
    ? (view?.current?.createdAt ?? scope.stateAttempts(i.number).at(-1)?.at ?? i.updatedAt)
    : undefined
  return {
    number: i.number,
    labels: released ? i.labels.filter(l => l.toLowerCase() !== LABEL_CLAIM) : i.labels,
    author: i.author,
    authorAssociation: i.authorAssociation,
    createdAt: i.createdAt,
    blockers: i.blockers,
    claimedAt,
    workerEnded: claimed ? workerEnded(scope, view?.current) : undefined,
    duplicateOf: scope.duplicates.get(i.number)?.of
  }
}
