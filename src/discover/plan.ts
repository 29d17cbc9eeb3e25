/**
 * The discover plan (pure): for each distinct failure of a run, create, update the counter,
 * reopen as regressed, or leave alone — with the reason — and the operations that do it.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { TrackedIssue } from '../github/port.js'
import { LABEL_DISCOVERED, LABEL_UNIT } from '../loop/labels.js'
import { discoverMarkerOf, discoverSummaryMarker, isDiscoverSummaryFor } from '../loop/markers.js'
import type { TrustPolicy } from '../loop/trust.js'
import {
  failureBody,
  failureTitle,
  readOccurrence,
  summaryBody,
  type Failure,
  type RunFacts
} from './render.js'

export type DiscoverAction = 'created' | 'updated' | 'reopened' | 'skipped'

export interface Outcome {
  action: DiscoverAction
  signature: string
  job: string
  step: string
  issue?: number
  reason?: string
}

export type DiscoverOperation =
  | { op: 'ensure-labels'; labels: string[] }
  | { op: 'create-issue'; outcome: number; title: string; body: string; labels: string[] }
  | { op: 'update-issue'; issue: number; body: string; reopen: boolean; comment?: string }
  | { op: 'create-summary'; title: string; body: string; labels: string[]; outcomes: number[] }

export interface DiscoverPlan {
  outcomes: Outcome[]
  /** The summary issue of this run, when failures overflowed the cap and it exists already. */
  summaryIssue?: number
  operations: DiscoverOperation[]
}

export interface DiscoverPlanInput {
  run: RunFacts & { workflow: string }
  failures: Failure[]
  existing: TrackedIssue[]
  trust: TrustPolicy
  config: DeliveryConfig
  now: string
  /**
   * New issues GitHub's REST budget leaves room for (keeping `api.reserve`); beyond it, as
   * beyond `max_issues_per_run`, failures go to the run's summary issue.
   */
  room?: { issues: number; remaining: number }
}

/** REST requests one filed issue costs at most: the create, its read-back, a spare. */
export const REQUESTS_PER_FILED_ISSUE = 3

/** The oldest trusted discovered issue per signature. */
function bySignature(existing: TrackedIssue[], trust: TrustPolicy): Map<string, TrackedIssue> {
  const out = new Map<string, TrackedIssue>()
  for (const issue of [...existing].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const sig = discoverMarkerOf(issue.body)
    if (sig && trust.isLoop(issue.author) && !out.has(sig)) out.set(sig, issue)
  }
  return out
}

function known(
  input: DiscoverPlanInput,
  f: Failure,
  issue: TrackedIssue
): { outcome: Outcome; op?: DiscoverOperation } {
  const { run, now } = input
  const base = { signature: f.signature, job: f.job, step: f.step, issue: issue.number }
  if (issue.state === 'CLOSED' && issue.stateReason !== 'COMPLETED') {
    const how = (issue.stateReason ?? 'not planned').toLowerCase().replace('_', ' ')
    return {
      outcome: {
        ...base,
        action: 'skipped',
        reason: `#${issue.number} was closed as ${how}: left alone`
      }
    }
  }
  const seen = readOccurrence(issue.body, issue.createdAt)
  if (seen.lastRun === run.id && seen.lastAttempt === run.attempt)
    return {
      outcome: {
        ...base,
        action: 'skipped',
        reason: `run ${run.id} was already counted on #${issue.number}`
      }
    }
  const regressed = issue.state === 'CLOSED'
  const every = input.config.discover.comment_every_hours * 3600_000
  const dueComment = regressed || Date.parse(now) - Date.parse(seen.commentedAt) >= every
  const next = {
    ...seen,
    count: seen.count + 1,
    lastRun: run.id,
    lastAttempt: run.attempt,
    commentedAt: dueComment ? now : seen.commentedAt
  }
  const comment = regressed
    ? `Delivery Loop: **regressed** — this failure happened again in run [${run.id}](${run.url}) on \`${run.branch}\` after the issue was closed as completed (occurrence ${next.count}).`
    : dueComment
      ? `Delivery Loop: seen again in run [${run.id}](${run.url}) (occurrence ${next.count}).`
      : undefined
  return {
    outcome: { ...base, action: regressed ? 'reopened' : 'updated' },
    op: {
      op: 'update-issue',
      issue: issue.number,
      body: failureBody(f, run, next, now),
      reopen: regressed,
      ...(comment ? { comment } : {})
    }
  }
}

export function planDiscover(input: DiscoverPlanInput): DiscoverPlan {
  const { run, config, now, trust } = input
  const issues = bySignature(input.existing, trust)
  // A redelivered event must not file what this run's summary issue already lists.
  const runSummary = input.existing.find(
    i => isDiscoverSummaryFor(i.body, run.id, run.attempt) && trust.isLoop(i.author)
  )
  const listed = new Set([...(runSummary?.body ?? '').matchAll(/`([0-9a-f]{16})`/g)].map(m => m[1]))
  const labels = [LABEL_DISCOVERED, ...(config.discover.enqueue ? [LABEL_UNIT] : [])]
  const outcomes: Outcome[] = []
  const operations: DiscoverOperation[] = []
  const overflow: { failure: Failure; outcome: number }[] = []
  let created = 0
  const room = input.room?.issues ?? Infinity
  const cap = Math.min(config.discover.max_issues_per_run, room)
  const why =
    room < config.discover.max_issues_per_run
      ? `over the API budget (${input.room!.remaining} requests left, api.reserve ${config.api.reserve})`
      : 'over discover.max_issues_per_run'
  for (const f of input.failures) {
    const base = { signature: f.signature, job: f.job, step: f.step }
    const issue = issues.get(f.signature)
    if (issue) {
      const { outcome, op } = known(input, f, issue)
      outcomes.push(outcome)
      if (op) operations.push(op)
    } else if (listed.has(f.signature)) {
      outcomes.push({
        ...base,
        action: 'skipped',
        issue: runSummary!.number,
        reason: `already listed for this run in #${runSummary!.number}`
      })
    } else if (created >= cap) {
      overflow.push({ failure: f, outcome: outcomes.length })
      outcomes.push({
        ...base,
        action: 'skipped',
        reason: `${why}; listed in the summary issue${runSummary ? ` #${runSummary.number}` : ''}`,
        ...(runSummary ? { issue: runSummary.number } : {})
      })
    } else {
      created++
      const occurrence = {
        count: 1,
        firstSeen: now,
        lastRun: run.id,
        lastAttempt: run.attempt,
        commentedAt: now
      }
      operations.push({
        op: 'create-issue',
        outcome: outcomes.length,
        title: failureTitle(f),
        body: failureBody(f, run, occurrence, now),
        labels
      })
      outcomes.push({ ...base, action: 'created' })
    }
  }
  if (overflow.length && !runSummary)
    operations.push({
      op: 'create-summary',
      title: `CI failures: ${overflow.length} more in ${run.workflow} run ${run.id}`,
      body: summaryBody(
        discoverSummaryMarker(run.id, run.attempt),
        run,
        run.workflow,
        overflow.map(o => o.failure)
      ),
      labels: [LABEL_DISCOVERED],
      outcomes: overflow.map(o => o.outcome)
    })
  const needsLabels = operations.some(o => o.op === 'create-issue' || o.op === 'create-summary')
  return {
    outcomes,
    ...(runSummary ? { summaryIssue: runSummary.number } : {}),
    operations: needsLabels ? [{ op: 'ensure-labels', labels }, ...operations] : operations
  }
}

/**
 * After creating, the issues this run filed that another run filed first (two discovers of one
 * failure at once, or a create whose lost answer was read back late): for each, the oldest
 * trusted issue with the same signature — the one every run keeps. Pure: the applier re-reads.
 */
export function filedTwice(
  filed: { signature: string; issue: number }[],
  existing: TrackedIssue[],
  trust: TrustPolicy
): { issue: number; keeper: number; signature: string }[] {
  const oldest = new Map<string, number>()
  for (const i of [...existing].sort((a, b) => a.number - b.number)) {
    const sig = discoverMarkerOf(i.body)
    if (sig && trust.isLoop(i.author) && !oldest.has(sig)) oldest.set(sig, i.number)
  }
  return filed.flatMap(f => {
    const keeper = oldest.get(f.signature)
    return keeper !== undefined && keeper !== f.issue ? [{ ...f, keeper }] : []
  })
}
