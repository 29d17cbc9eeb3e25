/** The discover applier: runs the plan's operations in order and fills in the issue numbers. */
import { LabelEnsurer } from '../github/labels.js'
import type { IssuesPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import type { TrustPolicy } from '../loop/trust.js'
import { discoveredIssues } from './facts.js'
import type { EnrolmentPlan } from './enrolment.js'
import { filedTwice, type DiscoverPlan } from './plan.js'

/**
 * Two discovers of the same failure at once both see no issue and both file one: each re-reads
 * after filing, and the one that filed later closes its copy as a duplicate of the older.
 */
async function closeCopies(
  github: IssuesPort,
  logger: Logger,
  plan: DiscoverPlan,
  trust: TrustPolicy
): Promise<void> {
  const filed = plan.outcomes.flatMap(o =>
    o.action === 'created' && o.issue !== undefined
      ? [{ signature: o.signature, issue: o.issue }]
      : []
  )
  if (!filed.length) return
  for (const copy of filedTwice(filed, await discoveredIssues(github), trust)) {
    await github.createComment(
      copy.issue,
      `Delivery Loop: duplicate of #${copy.keeper} — another discover run filed this failure (\`${copy.signature}\`) first.`
    )
    await github.updateIssue(copy.issue, { state: 'closed', stateReason: 'duplicate' })
    for (const o of plan.outcomes)
      if (o.issue === copy.issue) {
        o.issue = copy.keeper
        o.action = 'skipped'
        o.reason = `filed at the same time as #${copy.keeper} by another run: this copy closed as a duplicate`
      }
    logger.info(`#${copy.issue} closed as a duplicate of #${copy.keeper}`)
  }
}

export async function applyDiscover(
  github: IssuesPort,
  logger: Logger,
  plan: DiscoverPlan,
  trust: TrustPolicy
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
  await closeCopies(github, logger, plan, trust)
  return summaryIssue ? { summaryIssue } : {}
}

/** The enrolment plan's one write: its comment, when the loop has not said it already. */
export async function applyEnrolment(
  github: IssuesPort,
  issue: number,
  plan: EnrolmentPlan
): Promise<boolean> {
  if (plan.comment === undefined) return false
  await github.createComment(issue, plan.comment)
  return true
}
