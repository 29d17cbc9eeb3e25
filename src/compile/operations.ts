/**
 * compile's writes, decided (pure): the reconciled plan (plan.ts) turned into the exact requests a
 * run sends, in order — labels, issues, native dependencies, sub-issues, close comments and
 * closes — and cut at the write quota. A dry run lists these operations; the applier (apply.ts)
 * sends them and decides nothing but what GitHub's answers force (a refusal, the rate limit, an
 * API this GitHub does not have).
 *
 * Issues this run creates are named by their marker key and bound when the applier has created
 * them; a title, body or label that names one is rendered then, from the plan's item, so a
 * dependent's "Blocked by: #N" always holds the number GitHub gave its blocker.
 */
import { blockedByLabel, labelStyle } from '../loop/labels.js'
import type { ClosePlan, CompilePlan, PlannedItem } from './plan.js'
import { desiredContent } from './plan.js'

/** An issue that exists (its number) or one this run creates (its key). */
export type IssueRef = { number: number } | { key: string }
/** A blocker that exists (its database id) or one this run creates (its key). */
export type BlockerRef = { databaseId: number } | { key: string }
/** A label by name, or the `blocked-by:#N` mirror of an issue this run creates. */
export type LabelRef = { name: string } | { blockedBy: string }

export type Operation =
  | { op: 'create-label'; label: LabelRef }
  | { op: 'create-issue'; key: string }
  | { op: 'update-issue'; issue: number; fields: ('title' | 'body' | 'labels')[] }
  | { op: 'add-blocked-by'; issue: IssueRef; blocker: BlockerRef }
  | { op: 'remove-blocked-by'; issue: number; blocker: number }
  /** `child` is the key of the group's own issue (bound late when this run creates it). */
  | { op: 'add-sub-issue'; parent: IssueRef; child: string }
  | { op: 'comment'; issue: number; body: string }
  | { op: 'close-issue'; issue: number; reason: 'duplicate' | 'not_planned' }

/** The writes of one roadmap item or one closure: applied whole or not at all. */
export interface OperationGroup {
  key: string
  ref: string
  action: 'create' | 'update' | 'unchanged' | 'close'
  item?: PlannedItem
  close?: ClosePlan
  operations: Operation[]
}

export interface OperationsPlan {
  /** Groups that fit the write quota, in the order they are sent. */
  groups: OperationGroup[]
  /** Groups left for the next run: the quota ran out before them. */
  deferred: OperationGroup[]
  notices: string[]
}

/** GitHub allows this many sub-issues per parent. */
export const SUB_ISSUE_LIMIT = 100

export interface OperationsInput {
  plan: CompilePlan
  /** The repository's labels (lower case), read when any item needs one. */
  labels: ReadonlySet<string>
  /** Database ids of issues named as `#N` blockers. */
  external: Map<number, { databaseId: number } | null>
  /** Writes this run may send (compile.max_writes_per_run, or less when the rate limit is low). */
  maxWrites: number
}

/** Issues that exist now, by key: the kept issue of every item that has one. */
function existingByKey(plan: CompilePlan): Map<string, { number: number; databaseId: number }> {
  return new Map(
    plan.items.flatMap(p =>
      p.issue ? [[p.item.key, { number: p.issue.number, databaseId: p.issue.databaseId }]] : []
    )
  )
}

/** The closing comment: why the issue closes (the marker is ours; nothing else is quoted). */
export function closeComment(close: ClosePlan): string {
  return close.reason === 'duplicate'
    ? `Delivery Loop: duplicate of #${close.keep} (both carry roadmap marker \`${close.key}\`, for example from two concurrent runs). Keeping the older issue.`
    : `Delivery Loop: this slice is no longer in the roadmap (marker \`${close.key}\`), so the issue is closed as not planned. Put the slice back with the same marker to reopen the work in a new way, or reopen this issue by hand.`
}

class Planner {
  private readonly existing: Map<string, { number: number; databaseId: number }>
  private readonly managedIds: Set<number>
  private readonly labels: Set<string>
  /** Blockers created in this run whose `blocked-by:#…` label an earlier group creates. */
  private readonly lateLabels = new Set<string>()
  private readonly subIssues = new Map<string, number>()
  readonly notices: string[] = []

  constructor(private readonly input: OperationsInput) {
    this.existing = existingByKey(input.plan)
    this.managedIds = new Set([...this.existing.values()].map(i => i.databaseId))
    this.labels = new Set(input.labels)
  }

  private ref(key: string): IssueRef {
    const known = this.existing.get(key)
    return known ? { number: known.number } : { key }
  }

  /** The item's blockers: managed ones by key (bound late when new), `#N` ones by database id. */
  private blockers(p: PlannedItem): BlockerRef[] {
    const managed = p.item.blockerKeys.map(k => {
      const known = this.existing.get(k)
      return known ? { databaseId: known.databaseId } : { key: k }
    })
    const external = p.item.externalBlockers.flatMap(n => {
      const found = this.input.external.get(n)
      return found ? [{ databaseId: found.databaseId }] : []
    })
    return [...managed, ...external]
  }

  /** Labels the item requires that the repository does not have yet. */
  private missingLabels(p: PlannedItem, required: string[]): Operation[] {
    const named = required
      .filter(name => !this.labels.has(name.toLowerCase()))
      .map(name => ({ op: 'create-label' as const, label: { name } }))
    // One label per blocker, not per edge: a blocker several items wait for is labelled once.
    const late = p.item.blockerKeys
      .filter(k => !this.existing.has(k) && !this.lateLabels.has(k))
      .map(k => ({ op: 'create-label' as const, label: { blockedBy: k } }))
    return [...named, ...late]
  }

  /** The item's epic parent, within GitHub's sub-issue limit (counted per parent in this run). */
  private subIssue(p: PlannedItem): Operation[] {
    const parentKey = p.item.parentKey
    if (!parentKey) return []
    const count = (this.subIssues.get(parentKey) ?? 0) + 1
    this.subIssues.set(parentKey, count)
    if (count <= SUB_ISSUE_LIMIT)
      return [{ op: 'add-sub-issue', parent: this.ref(parentKey), child: p.item.key }]
    if (count === SUB_ISSUE_LIMIT + 1)
      this.notices.push(
        `Epic "${p.item.unit.title}" has more than ${SUB_ISSUE_LIMIT} slices; GitHub allows ${SUB_ISSUE_LIMIT} sub-issues per parent, so the rest carry only the epic label.`
      )
    return []
  }

  create(p: PlannedItem): Operation[] {
    const known = (k: string) => this.existing.get(k)?.number
    const wanted = desiredContent(p.item, known, {})
    const key = p.item.key
    return [
      ...this.missingLabels(p, wanted.labels),
      { op: 'create-issue', key },
      ...this.blockers(p).map(blocker => ({
        op: 'add-blocked-by' as const,
        issue: { key },
        blocker
      })),
      ...this.subIssue(p)
    ]
  }

  update(p: PlannedItem): Operation[] {
    const issue = p.issue!
    const wanted = desiredContent(p.item, k => this.existing.get(k)?.number, {})
    const fields = [
      ...(issue.title !== wanted.title ? ['title' as const] : []),
      ...(p.changes.includes('body') ? ['body' as const] : []),
      ...(p.changes.includes('labels') ? ['labels' as const] : [])
    ]
    const blockers = this.blockers(p)
    const native = new Set(issue.blockedBy.map(b => b.databaseId))
    const wantedIds = new Set(blockers.flatMap(b => ('databaseId' in b ? [b.databaseId] : [])))
    const add = blockers.filter(b => !('databaseId' in b) || !native.has(b.databaseId))
    const remove = issue.blockedBy.filter(
      b => this.managedIds.has(b.databaseId) && !wantedIds.has(b.databaseId)
    )
    const labels = fields.includes('labels') ? this.missingLabels(p, wanted.labels) : []
    return [
      ...labels,
      ...(fields.length ? [{ op: 'update-issue' as const, issue: issue.number, fields }] : []),
      ...add.map(blocker => ({
        op: 'add-blocked-by' as const,
        issue: { number: issue.number },
        blocker
      })),
      ...remove.map(b => ({
        op: 'remove-blocked-by' as const,
        issue: issue.number,
        blocker: b.databaseId
      })),
      ...(p.changes.includes('parent') ? this.subIssue(p) : [])
    ]
  }

  /** Labels a group creates are known to the groups after it. */
  learn(operations: Operation[]): void {
    for (const o of operations)
      if (o.op === 'create-label' && 'name' in o.label) this.labels.add(o.label.name.toLowerCase())
      else if (o.op === 'create-label' && 'blockedBy' in o.label)
        this.lateLabels.add(o.label.blockedBy)
  }
}

function closeGroup(close: ClosePlan): OperationGroup {
  return {
    key: close.key,
    ref: `#${close.issue.number}`,
    action: 'close',
    close,
    operations: [
      { op: 'comment', issue: close.issue.number, body: closeComment(close) },
      {
        op: 'close-issue',
        issue: close.issue.number,
        reason: close.reason === 'duplicate' ? 'duplicate' : 'not_planned'
      }
    ]
  }
}

/**
 * Every write of the plan, grouped per item in apply order (blockers first), then the closures.
 * The first group that does not fit the quota and every group after it wait for the next run
 * (matching is by marker, so the next run continues where this one stopped).
 */
export function planOperations(input: OperationsInput): OperationsPlan {
  const planner = new Planner(input)
  const groups: OperationGroup[] = []
  const deferred: OperationGroup[] = []
  let writes = 0
  const place = (group: OperationGroup) => {
    if (deferred.length || writes + group.operations.length > input.maxWrites) {
      if (group.operations.length) deferred.push(group)
      return
    }
    writes += group.operations.length
    groups.push(group)
  }
  for (const p of input.plan.items) {
    const operations = p.action === 'create' ? planner.create(p) : p.issue ? planner.update(p) : []
    const group: OperationGroup = {
      key: p.item.key,
      ref: p.item.ref,
      action: operations.length ? (p.action === 'create' ? 'create' : 'update') : 'unchanged',
      item: p,
      operations
    }
    place(group)
    if (groups.at(-1) === group) planner.learn(operations)
  }
  for (const close of input.plan.closes) place(closeGroup(close))
  return { groups, deferred, notices: planner.notices }
}

/** The label an operation creates, with its stable colour, once every key it names is bound. */
export function labelToCreate(
  label: LabelRef,
  numberOf: (key: string) => number | undefined
): { name: string; color: string; description: string } | undefined {
  const name =
    'name' in label
      ? label.name
      : numberOf(label.blockedBy) !== undefined
        ? blockedByLabel(numberOf(label.blockedBy)!)
        : undefined
  return name === undefined ? undefined : { name, ...labelStyle(name) }
}

/** The REST request an operation is sent as, issues this run creates named `{key}`. */
export function requestOf(o: Operation): string {
  const issue = (r: IssueRef) => ('number' in r ? String(r.number) : `{${r.key}}`)
  switch (o.op) {
    case 'create-label':
      return 'POST /labels'
    case 'create-issue':
      return 'POST /issues'
    case 'update-issue':
    case 'close-issue':
      return `PATCH /issues/${o.issue}`
    case 'add-blocked-by':
      return `POST /issues/${issue(o.issue)}/dependencies/blocked_by`
    case 'remove-blocked-by':
      return `DELETE /issues/${o.issue}/dependencies/blocked_by/${o.blocker}`
    case 'add-sub-issue':
      return `POST /issues/${issue(o.parent)}/sub_issues`
    case 'comment':
      return `POST /issues/${o.issue}/comments`
  }
}
