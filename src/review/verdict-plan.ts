/**
 * The verdict's plan (pure): from the pull request, the judged verdict and the loop's earlier
 * review, the operations that publish it — one completed `loopreview` check on the head and one
 * COMMENT review, created once and then updated in place.
 */
import type { CheckRunFields, PullDetails, PullReview } from '../github/port.js'
import { verdictCheckId, verdictMarkerOf } from '../loop/markers.js'
import { REVIEW_CHECK } from '../loop/pulls.js'
import type { TrustPolicy } from '../loop/trust.js'
import type { VerdictJudgement } from './verdict-check.js'
import { annotationsOf, checkSummary, checkTitle, reviewBody } from './verdict-render.js'

export type VerdictOperation =
  | { op: 'check'; fields: CheckRunFields }
  | { op: 'create-review'; pull: number; commitSha: string; body: string }
  | { op: 'update-review'; pull: number; reviewId: number; body: string }

export interface VerdictPlan {
  pull: number
  headSha: string
  judgement: VerdictJudgement
  /** Set when nothing is published, with the reason (the pull request is closed). */
  skipped?: string
  operations: VerdictOperation[]
}

const CONCLUSION = { pass: 'success', fail: 'failure', 'needs-human': 'action_required' } as const

/** The loop's own earlier verdict review on this pull request, if any. */
function ourReview(reviews: readonly PullReview[], trust: TrustPolicy): PullReview | undefined {
  return reviews.filter(r => trust.isLoop(r.author) && verdictMarkerOf(r.body)).at(-1)
}

export function planVerdict(input: {
  pull: PullDetails
  judgement: VerdictJudgement
  reviews: readonly PullReview[]
  trust: TrustPolicy
  runUrl?: string
}): VerdictPlan {
  const { pull, judgement } = input
  const base = { pull: pull.number, headSha: pull.headSha, judgement }
  if (pull.state !== 'OPEN')
    return {
      ...base,
      skipped: `pull request #${pull.number} is ${pull.state.toLowerCase()}: nothing to publish`,
      operations: []
    }
  const view = { pull: pull.number, headSha: pull.headSha, ...judgement }
  const body = reviewBody(view)
  const existing = ourReview(input.reviews, input.trust)
  return {
    ...base,
    operations: [
      {
        op: 'check',
        fields: {
          name: REVIEW_CHECK,
          headSha: pull.headSha,
          conclusion: CONCLUSION[judgement.outcome],
          title: checkTitle(judgement.outcome, judgement.verdict),
          summary: checkSummary(view),
          annotations: annotationsOf(judgement.verdict?.findings ?? []),
          externalId: verdictCheckId(pull.headSha),
          ...(input.runUrl ? { detailsUrl: input.runUrl } : {})
        }
      },
      existing
        ? { op: 'update-review', pull: pull.number, reviewId: existing.id, body }
        : { op: 'create-review', pull: pull.number, commitSha: pull.headSha, body }
    ]
  }
}
