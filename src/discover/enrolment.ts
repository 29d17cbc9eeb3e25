/**
 * `issues: labeled` with `delivery:unit`: tell the human, once, what tick will do with the issue.
 * The verdict comes from the same `classify` tick uses, so what it says cannot drift from what
 * tick does. Facts → plan (pure) → one comment.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { IssueComment, IssueFacts, TrackedIssue } from '../github/port.js'
import { classify } from '../loop/classify.js'
import { blockersFromLabels, LABEL_UNIT } from '../loop/labels.js'
import { ENROLLED_MARKER, startsWithMarker } from '../loop/markers.js'
import type { PullFacts } from '../loop/pulls.js'
import type { TrustPolicy } from '../loop/trust.js'

export interface EnrolmentFacts {
  issue: TrackedIssue
  blockers: Map<number, IssueFacts | null>
  pulls: PullFacts[]
  comments: IssueComment[]
  now: Date
}

export interface EnrolmentPlan {
  verdict: string
  problems: string[]
  blockedBy: number[]
  /** The comment to post; undefined when the loop said it already. */
  comment?: string
}

export function enrolmentBlockers(issue: TrackedIssue): number[] {
  return [...new Set([...blockersFromLabels(issue.labels), ...issue.blockedBy.map(b => b.number)])]
}

export function planEnrolment(
  facts: EnrolmentFacts,
  config: DeliveryConfig,
  trust: TrustPolicy
): EnrolmentPlan {
  const { issue } = facts
  const blockers = enrolmentBlockers(issue)
  const c = classify(
    {
      number: issue.number,
      labels: issue.labels,
      author: issue.author,
      authorAssociation: issue.authorAssociation,
      createdAt: issue.createdAt,
      blockers
    },
    {
      paused: false,
      trust,
      blockers: facts.blockers,
      pulls: facts.pulls,
      satisfiedBy: config.dependencies.satisfied_by,
      requiredChecks: config.ci.checks,
      now: facts.now,
      leaseMinutes: config.dispatch.lease_minutes,
      noChecksAfterMinutes: config.ci.no_checks_after_minutes
    }
  )
  const problems: string[] = []
  const missing = blockers.filter(n => facts.blockers.get(n) === null)
  if (missing.length)
    problems.push(`blockers that are no issues: ${missing.map(n => `#${n}`).join(', ')}`)
  if (c.class === 'untrusted') problems.push('untrusted author')
  const verdict =
    issue.state === 'CLOSED'
      ? 'it is closed, so tick will not dispatch it'
      : c.class === 'ready'
        ? 'it is ready: the next tick may dispatch it, within the budgets'
        : `tick classifies it as ${c.sub ? `${c.class} (${c.sub})` : c.class}: ${c.reason}`
  const said = facts.comments.some(
    cm => startsWithMarker(cm.body, ENROLLED_MARKER) && trust.isLoop(cm.author)
  )
  const text = `${ENROLLED_MARKER}\nDelivery Loop: this issue joined the loop (\`${LABEL_UNIT}\`). ${verdict[0].toUpperCase()}${verdict.slice(1)}.`
  const open = blockers.filter(n => {
    const b = facts.blockers.get(n)
    return !b || b.state !== 'CLOSED' || b.stateReason !== 'COMPLETED'
  })
  return { verdict, problems, blockedBy: open, ...(said ? {} : { comment: text }) }
}
