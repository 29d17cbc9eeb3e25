/**
 * compile's one applier: sends the planned operations (operations.ts) in order and decides
 * nothing the plan did not, except what GitHub's answers force: an item GitHub refuses (422) is
 * reported with its roadmap line and the items waiting for it are skipped; the rate limit stops
 * the run (the rest is remaining and the next run continues, matching by marker); a GitHub without
 * the dependencies or sub-issues API leaves the blocked-by labels alone, with one notice each.
 */
import { ApiError, RateLimitedError } from '../errors.js'
import type { IssuesPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import { fieldsOf } from '../loop/fields.js'
import {
  labelToCreate,
  requestOf,
  type IssueRef,
  type Operation,
  type OperationGroup,
  type OperationsPlan
} from './operations.js'
import { desiredContent, mergeLabels, type PlanItem } from './plan.js'
import type { RenderContext } from './render.js'

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
  /** GitHub's rate limit stopped the run: continuing before it lifts would only stop again. */
  rateLimited: boolean
  /** The requests sent, in order, with the numbers GitHub gave the issues created. */
  sent: string[]
}

const DEPENDENCIES_UNAVAILABLE =
  "GitHub's issue dependencies API is not available for this repository (older GitHub Enterprise or missing permission): dependencies are recorded as blocked-by labels only."
const SUB_ISSUES_UNAVAILABLE =
  "GitHub's sub-issues API is not available here: epic slices carry the epic label only."

/** A group names an issue this run should have created and did not (GitHub refused it). */
class WaitsForRefused extends Error {}

class Applier {
  readonly result: ApplyResult = {
    created: [],
    updated: [],
    unchanged: [],
    closed: [],
    remaining: [],
    nativeDependencies: 'available',
    notices: [],
    writes: 0,
    rateLimited: false,
    sent: []
  }
  private readonly bound = new Map<string, { number: number; databaseId: number }>()
  private subIssuesAvailable = true

  constructor(
    private readonly github: IssuesPort,
    private readonly logger: Logger,
    private readonly render: RenderContext,
    groups: OperationGroup[]
  ) {
    for (const g of groups)
      if (g.item?.issue)
        this.bound.set(g.key, { number: g.item.issue.number, databaseId: g.item.issue.databaseId })
  }

  notice(text: string, level: 'notice' | 'warning' = 'notice'): void {
    if (this.result.notices.includes(text)) return
    this.result.notices.push(text)
    this.logger[level](text)
  }

  /** Keys an item names that have no issue: blockers (or its epic) GitHub refused to create. */
  unbound(group: OperationGroup): string[] {
    const item = group.item?.item
    if (!item) return []
    return [...item.blockerKeys, ...(item.parentKey ? [item.parentKey] : [])].filter(
      k => !this.bound.has(k)
    )
  }

  private issue(key: string): { number: number; databaseId: number } {
    const found = this.bound.get(key)
    if (!found) throw new WaitsForRefused()
    return found
  }

  private number(ref: IssueRef): number {
    return 'number' in ref ? ref.number : this.issue(ref.key).number
  }

  private wanted(item: PlanItem) {
    return desiredContent(item, k => this.bound.get(k)?.number, this.render)
  }

  private wrote(o: Operation, bindings: Record<string, number> = {}): void {
    this.result.writes++
    this.result.sent.push(
      requestOf(o).replace(/\{([^}]+)\}/g, (_, k: string) =>
        String(bindings[k] ?? this.bound.get(k)?.number ?? `{${k}}`)
      )
    )
  }

  private get nativeAvailable(): boolean {
    return this.result.nativeDependencies === 'available'
  }

  async send(o: Operation, group: OperationGroup): Promise<void> {
    const { github } = this
    switch (o.op) {
      case 'create-label': {
        const label = labelToCreate(o.label, k => this.issue(k).number)!
        await github.createLabel(label.name, label.color, label.description)
        return this.wrote(o)
      }
      case 'create-issue': {
        const wanted = this.wanted(group.item!.item)
        const created = await github.createIssue({
          title: wanted.title,
          body: wanted.body,
          labels: wanted.labels
        })
        this.bound.set(o.key, created)
        this.logger.info(`created #${created.number} ${group.ref}: ${wanted.title}`)
        return this.wrote(o)
      }
      case 'update-issue': {
        const issue = group.item!.issue!
        const wanted = this.wanted(group.item!.item)
        await github.updateIssue(o.issue, {
          ...(o.fields.includes('title') ? { title: wanted.title } : {}),
          ...(o.fields.includes('body') ? { body: wanted.body } : {}),
          ...(o.fields.includes('labels')
            ? { labels: mergeLabels(issue.labels, wanted.labels) }
            : {})
        })
        return this.wrote(o)
      }
      case 'add-blocked-by': {
        if (!this.nativeAvailable) return
        const blocker =
          'databaseId' in o.blocker ? o.blocker.databaseId : this.issue(o.blocker.key).databaseId
        const outcome = await github.addBlockedBy(this.number(o.issue), blocker)
        if (outcome !== 'unavailable') return this.wrote(o)
        this.result.nativeDependencies = 'unavailable'
        return this.notice(DEPENDENCIES_UNAVAILABLE)
      }
      case 'remove-blocked-by':
        if (!this.nativeAvailable) return
        await github.removeBlockedBy(o.issue, o.blocker)
        return this.wrote(o)
      case 'add-sub-issue': {
        if (!this.subIssuesAvailable) return
        const outcome = await github.addSubIssue(
          this.number(o.parent),
          this.issue(o.child).databaseId
        )
        if (outcome !== 'unavailable') return this.wrote(o)
        this.subIssuesAvailable = false
        return this.notice(SUB_ISSUES_UNAVAILABLE)
      }
      case 'comment':
        await github.createComment(o.issue, o.body)
        return this.wrote(o)
      case 'close-issue':
        await github.updateIssue(o.issue, { state: 'closed', stateReason: o.reason })
        return this.wrote(o)
    }
  }

  /** What the report says of a group that was applied. */
  record(group: OperationGroup): void {
    if (group.close) {
      const { close } = group
      this.logger.info(`closed #${close.issue.number} (${close.reason})`)
      const fields = fieldsOf(close.issue.body)
      this.result.closed.push({
        issue: close.issue.number,
        id: close.key,
        ref: fields.ref ?? '',
        kind: fields.kind ?? '',
        title: close.issue.title,
        blocked_by: [],
        reason: close.reason
      })
      return
    }
    const { item } = group.item!
    const entry: ReportEntry = {
      issue: this.bound.get(group.key)!.number,
      id: item.key,
      ref: item.ref,
      kind: item.kind,
      title: item.title,
      blocked_by: this.wanted(item).blockedBy
    }
    if (group.action === 'create') return void this.result.created.push(entry)
    const changes = changesOf(group.operations)
    if (!changes.length) return void this.result.unchanged.push(entry)
    this.logger.info(`updated #${entry.issue} ${item.ref} (${changes.join(', ')})`)
    this.result.updated.push({ ...entry, changes })
  }

  remaining(group: OperationGroup, reason?: string): void {
    this.result.remaining.push({
      id: group.key,
      ref: group.ref,
      action: group.action,
      ...(group.item ? { line: group.item.item.line } : {}),
      ...(reason ? { reason } : {})
    })
  }
}

/** What an update changed, as the report words it. */
function changesOf(operations: Operation[]): string[] {
  const fields = operations.flatMap(o => (o.op === 'update-issue' ? o.fields : []))
  return [
    ...fields,
    ...(operations.some(o => o.op === 'add-blocked-by' || o.op === 'remove-blocked-by')
      ? ['dependencies']
      : []),
    ...(operations.some(o => o.op === 'add-sub-issue') ? ['parent'] : [])
  ]
}

/** Send one group's operations; false when the run must stop here (the rate limit). */
async function applyGroup(
  applier: Applier,
  group: OperationGroup,
  logger: Logger
): Promise<boolean> {
  const waiting = applier.unbound(group)
  if (waiting.length) {
    applier.remaining(group, `waits for ${waiting.length} blocker(s) GitHub refused to create`)
    return true
  }
  try {
    for (const o of group.operations) await applier.send(o, group)
    applier.record(group)
    return true
  } catch (error) {
    if (error instanceof WaitsForRefused) {
      applier.remaining(group, 'waits for a blocker GitHub refused to create')
      return true
    }
    if (error instanceof ApiError && error.status === 422) {
      // What GitHub refuses for one slice must not stop the others: report it with its line.
      const reason = `GitHub refused it: ${error.message.slice(0, 300)}`
      applier.remaining(group, reason)
      logger.error(
        `${group.item ? `roadmap line ${group.item.item.line}, ` : ''}${group.ref}: ${reason}`
      )
      return true
    }
    if (!(error instanceof RateLimitedError)) throw error
    applier.result.rateLimited = true
    applier.notice(
      `GitHub's rate limit stopped this compile early${error.resetAt ? ` (it lifts at ${error.resetAt})` : ''}: the rest is listed as remaining, and the next compile continues.`,
      'warning'
    )
    applier.remaining(group)
    return false
  }
}

export async function applyOperations(options: {
  operations: OperationsPlan
  github: IssuesPort
  logger: Logger
  render: RenderContext
}): Promise<ApplyResult> {
  const { operations, github, logger, render } = options
  const applier = new Applier(github, logger, render, operations.groups)
  for (const notice of operations.notices) {
    applier.result.notices.push(notice)
    logger.warning(notice)
  }
  let stopped = false
  for (const group of operations.groups) {
    if (stopped) {
      if (group.operations.length) applier.remaining(group)
      continue
    }
    stopped = !(await applyGroup(applier, group, logger))
  }
  for (const group of operations.deferred) applier.remaining(group)
  return applier.result
}
