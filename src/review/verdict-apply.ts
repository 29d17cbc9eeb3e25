/** The verdict's applier: executes the plan's operations in order, nothing else. */
import type { PullsPort } from '../github/port.js'
import type { VerdictPlan } from './verdict-plan.js'

export interface VerdictApplied {
  checkRunId?: number
  reviewId?: number
}

export async function applyVerdict(github: PullsPort, plan: VerdictPlan): Promise<VerdictApplied> {
  const applied: VerdictApplied = {}
  for (const o of plan.operations) {
    if (o.op === 'check') applied.checkRunId = await github.createCheckRun(o.fields)
    else if (o.op === 'create-review')
      applied.reviewId = await github.createCommentReview(o.pull, o.commitSha, o.body)
    else {
      await github.updateReview(o.pull, o.reviewId, o.body)
      applied.reviewId = o.reviewId
    }
  }
  return applied
}
