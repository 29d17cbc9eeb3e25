/**
 * Apply a compile plan: create and update issues in dependency order (blockers exist before
 * their dependents are rendered), record native "blocked by" relationships and sub-issues, close
 * removed and duplicate issues. Stops before `maxWrites` and says what remains; re-running is
 * always safe because issues are matched by their deterministic markers.
 */
import { ApiError, RateLimitedError } from '../errors.js'
import type { IssuesPort, TrackedIssue } from '../github/port.js'
import type { Logger } from '../logging.js'
import {
  blockerDatabaseIds,
  desiredContent,
  mergeLabels,
  type CompilePlan,
  type PlanItem,
  type PlannedItem
} from './plan.js'
import { LabelEnsurer } from '../github/labels.js'
import type { RenderContext } from './render.js'
import { fieldsOf } from '../loop/fields.js'

export interface ReportEntry {
  issue: number
  id: string
  ref: string
  kind: string
  title: string
  blocked_by: number[]
}

export interface ApplyResult {
  created: ReportEntry[]
  updated: (ReportEntry & { changes: string[] })[]
  unchanged: ReportEntry[]
  closed: (ReportEntry & { reason: string })[]
  /** Items not applied: the write budget ran out, GitHub refused them, or a blocker failed. */
  remaining: { id: string; ref: string; action: string; reason?: string; line?: number }[]
  nativeDependencies: 'available' | 'unavailable'
  notices: string[]
  writes: number
}

/** GitHub allows this many sub-issues per parent. */
export const SUB_ISSUE_LIMIT = 100

class BudgetExhausted extends Error {}

// eslint-disable-next-line max-lines-per-function -- compile still decides writes at apply time; it shrinks when compile plans its operations
export async function applyPlan(options: {
  plan: CompilePlan
  github: IssuesPort
  logger: Logger
  render: RenderContext
  maxWrites: number
  external: Map<number, { databaseId: number } | null>
}): Promise<ApplyResult> {
  const { plan, github, logger, render, maxWrites, external } = options
  const result: ApplyResult = {
    created: [],
    updated: [],
    unchanged: [],
    closed: [],
    remaining: [],
    nativeDependencies: 'available',
    notices: [],
    writes: 0
  }
  const issues = new Map<string, { number: number; databaseId: number }>()
  for (const p of plan.items)
    if (p.issue) issues.set(p.item.key, { number: p.issue.number, databaseId: p.issue.databaseId })
  const managedDatabaseIds = new Set<number>([...issues.values()].map(i => i.databaseId))
  const subIssueCount = new Map<string, number>()
  let nativeAvailable = true
  const labels = new LabelEnsurer(github)

  const spend = (n: number) => {
    if (result.writes + n > maxWrites) throw new BudgetExhausted()
  }
  const wrote = () => {
    result.writes++
  }
  const ensureLabels = async (names: string[]) => {
    result.writes += await labels.ensure(names)
  }
  const missingLabelCount = (names: string[]) => labels.missing(names)
  const nativeUnavailable = () => {
    if (!nativeAvailable) return
    nativeAvailable = false
    result.nativeDependencies = 'unavailable'
    const notice =
      "GitHub's issue dependencies API is not available for this repository (older GitHub Enterprise or missing permission): dependencies are recorded as blocked-by labels only."
    result.notices.push(notice)
    logger.notice(notice)
  }
  const entry = (item: PlanItem, number: number, blockedBy: number[]): ReportEntry => ({
    issue: number,
    id: item.key,
    ref: item.ref,
    kind: item.kind,
    title: item.title,
    blocked_by: blockedBy
  })
  const blockerIds = (item: PlanItem): number[] =>
    blockerDatabaseIds(item, k => issues.get(k)?.databaseId, external)

  const attachToParent = async (
    item: PlanItem,
    databaseId: number,
    current: TrackedIssue | undefined
  ) => {
    if (!item.parentKey) return
    const parent = issues.get(item.parentKey)
    if (!parent || current?.parent === parent.number) return
    const count = (subIssueCount.get(item.parentKey) ?? 0) + 1
    subIssueCount.set(item.parentKey, count)
    if (count > SUB_ISSUE_LIMIT) {
      if (count === SUB_ISSUE_LIMIT + 1) {
        const notice = `Epic "${item.unit.title}" has more than ${SUB_ISSUE_LIMIT} slices; GitHub allows ${SUB_ISSUE_LIMIT} sub-issues per parent, so the rest carry only the epic label.`
        result.notices.push(notice)
        logger.warning(notice)
      }
      return
    }
    const outcome = await github.addSubIssue(parent.number, databaseId)
    if (outcome !== 'unavailable') wrote()
    else if (!result.notices.some(n => n.includes('sub-issues API'))) {
      const notice =
        "GitHub's sub-issues API is not available here: epic slices carry the epic label only."
      result.notices.push(notice)
      logger.notice(notice)
    }
  }

  const rateLimited = (error: RateLimitedError) => {
    const notice = `GitHub's rate limit stopped this compile early${error.resetAt ? ` (it lifts at ${error.resetAt})` : ''}: the rest is listed as remaining, and the next compile continues.`
    result.notices.push(notice)
    logger.warning(notice)
  }
  /** Items GitHub refused (422): skipped with the reason; their dependents wait for them. */
  const refused = new Set<string>()
  // eslint-disable-next-line max-lines-per-function -- compile still decides writes at apply time; it shrinks when compile plans its operations
  const applyItem = async (p: PlannedItem) => {
    const { item } = p
    const known = issues.get(item.key)
    const waitsFor = item.blockerKeys.filter(k => refused.has(k))
    if (!known && waitsFor.length) {
      refused.add(item.key)
      result.remaining.push({
        id: item.key,
        ref: item.ref,
        action: p.action,
        line: item.line,
        reason: `waits for ${waitsFor.length} blocker(s) GitHub refused to create`
      })
      return
    }
    const wanted = desiredContent(item, k => issues.get(k)?.number, render)
    const ids = blockerIds(item)
    if (!known) {
      spend(
        1 +
          missingLabelCount(wanted.labels) +
          (nativeAvailable ? ids.length : 0) +
          (item.parentKey ? 1 : 0)
      )
      await ensureLabels(wanted.labels)
      const created = await github.createIssue({
        title: wanted.title,
        body: wanted.body,
        labels: wanted.labels
      })
      wrote()
      issues.set(item.key, created)
      managedDatabaseIds.add(created.databaseId)
      logger.info(`created #${created.number} ${item.ref}: ${wanted.title}`)
      for (const id of ids) {
        if (!nativeAvailable) break
        const outcome = await github.addBlockedBy(created.number, id)
        if (outcome === 'unavailable') nativeUnavailable()
        else wrote()
      }
      await attachToParent(item, created.databaseId, undefined)
      result.created.push(entry(item, created.number, wanted.blockedBy))
      return
    }

    const issue = p.issue!
    const labels = mergeLabels(issue.labels, wanted.labels)
    const change: { title?: string; body?: string; labels?: string[] } = {}
    if (issue.title !== wanted.title) change.title = wanted.title
    if (p.changes.includes('body')) change.body = wanted.body
    if (p.changes.includes('labels')) change.labels = labels
    const native = new Set(issue.blockedBy.map(b => b.databaseId))
    const add = nativeAvailable ? ids.filter(id => !native.has(id)) : []
    const remove = issue.blockedBy.filter(
      b => managedDatabaseIds.has(b.databaseId) && !ids.includes(b.databaseId)
    )
    const writes =
      (Object.keys(change).length ? 1 : 0) +
      add.length +
      remove.length +
      (p.changes.includes('parent') ? 1 : 0)
    if (writes === 0 && p.action === 'unchanged') {
      result.unchanged.push(entry(item, issue.number, wanted.blockedBy))
      return
    }
    spend(writes + missingLabelCount(change.labels ?? []))
    if (change.labels) await ensureLabels(wanted.labels)
    if (Object.keys(change).length) {
      await github.updateIssue(issue.number, change)
      wrote()
    }
    for (const id of add) {
      if (!nativeAvailable) break
      const outcome = await github.addBlockedBy(issue.number, id)
      if (outcome === 'unavailable') nativeUnavailable()
      else wrote()
    }
    for (const b of remove) {
      if (!nativeAvailable) break
      await github.removeBlockedBy(issue.number, b.databaseId)
      wrote()
    }
    if (p.changes.includes('parent')) await attachToParent(item, issue.databaseId, issue)
    const changes = [
      ...Object.keys(change),
      ...(add.length || remove.length ? ['dependencies'] : []),
      ...(p.changes.includes('parent') ? ['parent'] : [])
    ]
    if (changes.length) {
      logger.info(`updated #${issue.number} ${item.ref} (${changes.join(', ')})`)
      result.updated.push({ ...entry(item, issue.number, wanted.blockedBy), changes })
    } else {
      result.unchanged.push(entry(item, issue.number, wanted.blockedBy))
    }
  }

  let stopped = -1
  for (let i = 0; i < plan.items.length; i++) {
    try {
      await applyItem(plan.items[i])
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        // What GitHub refuses for one slice must not stop the others: report it with its line.
        const { item } = plan.items[i]
        refused.add(item.key)
        const reason = `GitHub refused it: ${error.message.slice(0, 300)}`
        result.remaining.push({
          id: item.key,
          ref: item.ref,
          action: plan.items[i].action,
          line: item.line,
          reason
        })
        logger.error(`roadmap line ${item.line}, ${item.ref}: ${reason}`)
        continue
      }
      if (error instanceof RateLimitedError) {
        rateLimited(error)
      } else if (!(error instanceof BudgetExhausted)) throw error
      stopped = i
      break
    }
  }
  if (stopped >= 0) {
    for (const p of plan.items.slice(stopped)) {
      if (p.action !== 'unchanged')
        result.remaining.push({ id: p.item.key, ref: p.item.ref, action: p.action })
    }
  }

  for (const close of plan.closes) {
    if (stopped >= 0 || result.writes + 2 > maxWrites) {
      result.remaining.push({ id: close.key, ref: `#${close.issue.number}`, action: 'close' })
      continue
    }
    const comment =
      close.reason === 'duplicate'
        ? `Delivery Loop: duplicate of #${close.keep} (both carry roadmap marker \`${close.key}\`, for example from two concurrent runs). Keeping the older issue.`
        : `Delivery Loop: this slice is no longer in the roadmap (marker \`${close.key}\`), so the issue is closed as not planned. Put the slice back with the same marker to reopen the work in a new way, or reopen this issue by hand.`
    try {
      await github.createComment(close.issue.number, comment)
      wrote()
      await github.updateIssue(close.issue.number, {
        state: 'closed',
        stateReason: close.reason === 'duplicate' ? 'duplicate' : 'not_planned'
      })
      wrote()
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error
      rateLimited(error)
      stopped = plan.items.length
      result.remaining.push({ id: close.key, ref: `#${close.issue.number}`, action: 'close' })
      continue
    }
    logger.info(`closed #${close.issue.number} (${close.reason})`)
    result.closed.push({
      issue: close.issue.number,
      id: close.key,
      ref: fieldsOf(close.issue.body).ref ?? '',
      kind: fieldsOf(close.issue.body).kind ?? '',
      title: close.issue.title,
      blocked_by: [],
      reason: close.reason
    })
  }
  return result
}
