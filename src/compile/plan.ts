/**
 * Reconcile (docs/specs/0000-product.md §4): the roadmap against the issues that already carry markers → what to
 * create, update, close or leave. Pure: the same inputs always give the same plan, and dry-run
 * and pull-request plans are exactly this object.
 */
import type { IssueFacts, TrackedIssue } from '../github/port.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import { unitMarkerOf } from '../loop/markers.js'
import type { Slice, Unit } from '../roadmap/types.js'
import type { Diagnostic } from '../errors.js'
import { isBlockedByLabel, LABEL_EPIC_PARENT } from '../loop/labels.js'
import {
  epicBody,
  epicTitle,
  sameBody,
  sliceBody,
  sliceLabels,
  sliceTitle,
  type RenderContext
} from './render.js'

/** One issue compile manages: a slice, or the parent issue of an epic. */
export interface PlanItem {
  key: string
  kind: 'doc' | 'code' | 'epic'
  ref: string
  title: string
  line: number
  unit: Unit
  slice?: Slice
  /** Keys of managed blockers (slices), in the order written. */
  blockerKeys: string[]
  /** Existing issues named with `#N`. */
  externalBlockers: number[]
  /** Key of the epic parent, for epic slices. */
  parentKey?: string
}

export type ItemAction = 'create' | 'update' | 'unchanged'

export interface PlannedItem {
  item: PlanItem
  action: ItemAction
  /** The issue that carries this marker (the oldest trusted one). */
  issue?: TrackedIssue
  /** What differs, for updates: `title`, `body`, `labels`, `dependencies`, `parent`. */
  changes: string[]
}

export interface ClosePlan {
  issue: TrackedIssue
  key: string
  reason: 'removed' | 'duplicate'
  /** For duplicates: the issue that is kept. */
  keep?: number
}

export interface CompilePlan {
  items: PlannedItem[]
  closes: ClosePlan[]
  /** Issues whose marker was ignored because their author is not trusted. */
  ignored: { issue: number; author: string | null; key: string }[]
  diagnostics: Diagnostic[]
}

export interface PlanInput {
  compiled: CompiledRoadmap
  existing: TrackedIssue[]
  /** Whose markers count: the loop's own identities (trust.ts). */
  trusted: (login: string | null) => boolean
  /** Facts of issues referenced as `#N` (null: no such issue). */
  external: Map<number, IssueFacts | null>
  render: RenderContext
}

/** The managed items in apply order: blockers first, each epic parent before its slices. */
export function planItems(compiled: CompiledRoadmap): PlanItem[] {
  const { roadmap, order } = compiled
  const bySlice = new Map(roadmap.slices.map(s => [s.id, s]))
  const unitOf = new Map(roadmap.units.map(u => [u.id, u]))
  const items: PlanItem[] = []
  const placedParents = new Set<string>()
  for (const id of order) {
    const slice = bySlice.get(id)!
    const unit = unitOf.get(slice.unitId)!
    if (unit.epic && !placedParents.has(unit.id)) {
      placedParents.add(unit.id)
      items.push({
        key: unit.id,
        kind: 'epic',
        ref: unit.slug,
        title: epicTitle(unit),
        line: unit.line,
        unit,
        blockerKeys: [],
        externalBlockers: []
      })
    }
    const blockers = roadmap.blockers.get(id) ?? []
    items.push({
      key: slice.id,
      kind: slice.kind,
      ref: slice.ref,
      title: sliceTitle(slice),
      line: slice.line,
      unit,
      slice,
      blockerKeys: blockers.flatMap(b => (b.type === 'slice' ? [b.id] : [])),
      externalBlockers: blockers.flatMap(b => (b.type === 'issue' ? [b.number] : [])),
      ...(unit.epic ? { parentKey: unit.id } : {})
    })
  }
  return items
}

/** Title, body and labels an item should have, given the issue numbers known so far. */
export function desiredContent(
  item: PlanItem,
  numberOf: (key: string) => number | undefined,
  render: RenderContext
): { title: string; body: string; labels: string[]; blockedBy: number[]; complete: boolean } {
  if (item.kind === 'epic') {
    return {
      title: item.title,
      body: epicBody(item.unit, render),
      labels: [LABEL_EPIC_PARENT],
      blockedBy: [],
      complete: true
    }
  }
  const numbers = item.blockerKeys.map(numberOf)
  const blockedBy = [
    ...numbers.filter((n): n is number => n !== undefined),
    ...item.externalBlockers
  ]
  return {
    title: item.title,
    body: sliceBody(item.slice!, item.unit, blockedBy, render),
    labels: sliceLabels(item.unit, blockedBy),
    blockedBy,
    complete: numbers.every(n => n !== undefined)
  }
}

/** Database ids of an item's blockers that exist (managed ones by key, `#N` ones by number). */
export function blockerDatabaseIds(
  item: PlanItem,
  databaseIdOf: (key: string) => number | undefined,
  external: Map<number, { databaseId: number } | null>
): number[] {
  return [
    ...item.blockerKeys.map(databaseIdOf),
    ...item.externalBlockers.map(n => external.get(n)?.databaseId)
  ].filter((n): n is number => n !== undefined)
}

/** Labels after compile's change: required ones added, stale `blocked-by:#` removed, others kept. */
export function mergeLabels(current: readonly string[], required: string[]): string[] {
  const want = new Set(required.map(l => l.toLowerCase()))
  const kept = current.filter(l => !isBlockedByLabel(l) || want.has(l.toLowerCase()))
  const have = new Set(kept.map(l => l.toLowerCase()))
  return [...kept, ...required.filter(l => !have.has(l.toLowerCase()))]
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  const norm = (l: readonly string[]) => [...new Set(l.map(x => x.toLowerCase()))].sort().join('\n')
  return norm(a) === norm(b)
}

/** What differs between an existing issue and what the item wants. */
export function differences(
  item: PlanItem,
  issue: TrackedIssue,
  wanted: ReturnType<typeof desiredContent>,
  managedDatabaseIds: Map<number, number>,
  blockerDatabaseIds: number[],
  parentNumber: number | undefined
): string[] {
  const changes: string[] = []
  if (issue.title !== wanted.title) changes.push('title')
  if (!wanted.complete || !sameBody(issue.body, wanted.body)) changes.push('body')
  if (!wanted.complete || !sameLabels(issue.labels, mergeLabels(issue.labels, wanted.labels)))
    changes.push('labels')
  const native = new Set(issue.blockedBy.map(b => b.databaseId))
  const missing = !wanted.complete || blockerDatabaseIds.some(id => !native.has(id))
  const stale = issue.blockedBy.some(
    b => managedDatabaseIds.has(b.databaseId) && !blockerDatabaseIds.includes(b.databaseId)
  )
  if (missing || stale) changes.push('dependencies')
  if (item.parentKey && (parentNumber === undefined || issue.parent !== parentNumber))
    changes.push('parent')
  return changes
}

export function planCompile(input: PlanInput): CompilePlan {
  const { compiled, existing, trusted, external, render } = input
  const diagnostics: Diagnostic[] = []
  const items = planItems(compiled)
  const ignored: CompilePlan['ignored'] = []

  // Markers → trusted issues, oldest first.
  const byKey = new Map<string, TrackedIssue[]>()
  for (const issue of existing) {
    const key = unitMarkerOf(issue.body)
    if (!key) continue
    if (!trusted(issue.author)) {
      ignored.push({ issue: issue.number, author: issue.author, key })
      continue
    }
    const list = byKey.get(key) ?? []
    list.push(issue)
    byKey.set(key, list)
  }
  const closes: ClosePlan[] = []
  const kept = new Map<string, TrackedIssue>()
  for (const [key, list] of byKey) {
    list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number)
    kept.set(key, list[0])
    for (const dup of list.slice(1)) {
      if (dup.state === 'OPEN')
        closes.push({ issue: dup, key, reason: 'duplicate', keep: list[0].number })
    }
  }

  for (const item of items) {
    for (const n of item.externalBlockers) {
      if (external.get(n) === null) {
        diagnostics.push({
          file: compiled.roadmap.file,
          line: item.line,
          message: `${item.ref} needs #${n}, which is not an issue in this repository`
        })
      }
    }
  }

  const managedDatabaseIds = new Map<number, number>()
  for (const issue of kept.values()) managedDatabaseIds.set(issue.databaseId, issue.number)
  const numberOf = (key: string) => kept.get(key)?.number
  const planned: PlannedItem[] = items.map(item => {
    const issue = kept.get(item.key)
    if (!issue) return { item, action: 'create', changes: [] }
    const wanted = desiredContent(item, numberOf, render)
    const blockerIds = blockerDatabaseIds(item, k => kept.get(k)?.databaseId, external)
    const parent = item.parentKey ? kept.get(item.parentKey)?.number : undefined
    const changes = differences(item, issue, wanted, managedDatabaseIds, blockerIds, parent)
    return { item, issue, action: changes.length ? 'update' : 'unchanged', changes }
  })

  const planned_keys = new Set(items.map(i => i.key))
  for (const [key, issue] of kept) {
    if (!planned_keys.has(key) && issue.state === 'OPEN')
      closes.push({ issue, key, reason: 'removed' })
  }
  closes.sort((a, b) => a.issue.number - b.issue.number)
  return { items: planned, closes, ignored, diagnostics }
}
