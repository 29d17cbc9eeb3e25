/** The discover applier: runs the plan's operations in order and fills in the issue numbers. */
import { LabelEnsurer } from '../github/labels.js'
import type { GitHubPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import type { DiscoverPlan } from './plan.js'

export async function applyDiscover(
  github: GitHubPort,
  logger: Logger,
  plan: DiscoverPlan
): Promise<{ summaryIssue?: number }> {
  const labels = new LabelEnsurer(github)
  let summaryIssue = plan.summaryIssue
  for (const op of plan.operations) {
    switch (op.op) {
      case 'ensure-labels':
        await labels.ensure(op.labels)
        break
      case 'create-issue': {
        const outcome = plan.outcomes[op.outcome]
        outcome.issue = (await github.createIssue(op)).number
        logger.info(
          `filed #${outcome.issue} for ${outcome.job} / ${outcome.step} (${outcome.signature})`
        )
        break
      }
      case 'update-issue':
        await github.updateIssue(op.issue, {
          body: op.body,
          ...(op.reopen ? { state: 'open' as const } : {})
        })
        if (op.comment) await github.createComment(op.issue, op.comment)
        break
      case 'create-summary':
        summaryIssue = (await github.createIssue(op)).number
        for (const i of op.outcomes) {
          plan.outcomes[i].issue = summaryIssue
          plan.outcomes[i].reason += ` #${summaryIssue}`
        }
        break
    }
  }
  return summaryIssue ? { summaryIssue } : {}
}
