/**
 * Every label the loop reads or writes, once. Humans add `delivery:unit` to enrol an issue and
 * the hold labels to stop one; the loop writes the rest and never removes a label a human added
 * (only stale `blocked-by:#N` mirrors and its own claim label).
 */

import { rememberedByText } from '../text/remembered.js'

export const LABEL_UNIT = 'delivery:unit'
export const LABEL_EPIC_PARENT = 'delivery:epic'
export const LABEL_EPIC = 'epic'
export const LABEL_DISCOVERED = 'delivery:discovered'
export const LABEL_DASHBOARD = 'delivery:dashboard'
export const LABEL_NEEDS_HUMAN = 'needs-human'
/** The claim: a worker has the issue. */
export const LABEL_CLAIM = 'status:implementing'
export const BLOCKED_BY_PREFIX = 'blocked-by:#'

/** Labels that hold an issue out of the loop (loopcoder forgot these in tick). */
export const HELD_LABELS: readonly string[] = [
  'held',
  'hold',
  'on-hold',
  'paused',
  'parked',
  'status:held',
  'status:paused',
  'status:on-hold'
]

/** Stable colours for the labels the action creates. */
const LABEL_COLOURS: Record<string, { color: string; description: string }> = {
  [LABEL_UNIT]: { color: '0e8a16', description: 'A unit of work in the Delivery Loop DAG' },
  [LABEL_EPIC_PARENT]: {
    color: '5319e7',
    description: 'An epic of the roadmap; its slices are sub-issues'
  },
  [LABEL_EPIC]: { color: '3e4b9e', description: 'Part of an epic' },
  [LABEL_NEEDS_HUMAN]: {
    color: 'b60205',
    description: 'Delivery Loop stopped here: a human must look'
  },
  [LABEL_CLAIM]: { color: 'fbca04', description: 'Dispatched to a coding agent' },
  [LABEL_DISCOVERED]: { color: 'c5def5', description: 'Filed by Delivery Loop from a CI failure' },
  [LABEL_DASHBOARD]: { color: '1d76db', description: 'The Delivery Loop dashboard' }
}

export function labelStyle(name: string): { color: string; description: string } {
  if (name.startsWith(BLOCKED_BY_PREFIX)) {
    return { color: 'd93f0b', description: `Blocked by issue ${name.slice('blocked-by:'.length)}` }
  }
  return LABEL_COLOURS[name] ?? { color: 'ededed', description: '' }
}

export function blockedByLabel(issue: number): string {
  return `${BLOCKED_BY_PREFIX}${issue}`
}

export function isBlockedByLabel(label: string): boolean {
  return label.toLowerCase().startsWith(BLOCKED_BY_PREFIX)
}

/** What the loop reads from an issue's labels (the hold, blocker and human rules), at once. */
interface LabelFacts {
  /** Every label as the loop compares it. */
  readonly lowered: ReadonlySet<string>
  readonly blockers: readonly number[]
  readonly held: readonly string[]
  readonly needsHuman: boolean
}

/**
 * The facts of label lists that never change, read once. The forecast's world hands every tick
 * the same list until a label changes, then a new one (`unchangingLabels`), and the rules read
 * each issue's labels a dozen times a tick. Any other list is read each time it is asked about.
 * (Lists are not frozen for this: V8 iterates frozen arrays several times slower.)
 */
const readLists = new WeakMap<readonly string[], LabelFacts>()

/** `list`, promised never to change from now on: its facts are read once, now. */
export function unchangingLabels(list: readonly string[]): readonly string[] {
  readLists.set(list, {
    lowered: new Set(list.map(lower)),
    blockers: blockersIn(list),
    held: holdsIn(list),
    needsHuman: list.some(asksForHuman)
  })
  return list
}

function rememberedFacts(labels: readonly string[]): LabelFacts | undefined {
  return readLists.get(labels)
}

/** What `read` finds in each label, in order (one shared empty list when none: read only). */
function readAll<T>(
  labels: readonly string[],
  read: (label: string) => T | undefined
): readonly T[] {
  let out: T[] | undefined
  for (const label of labels) {
    const found = read(label)
    if (found !== undefined) (out ??= []).push(found)
  }
  return out ?? NONE
}

const NONE: readonly never[] = []

/** Issue numbers named by `blocked-by:#N` labels (a list shared by callers: read only). */
export function blockersFromLabels(labels: readonly string[]): readonly number[] {
  return rememberedFacts(labels)?.blockers ?? blockersIn(labels)
}

const blockersIn = (labels: readonly string[]) => readAll(labels, blockerOfLabel)

/** The issue a `blocked-by:#N` label names (remembered: every tick reads every issue's labels). */
const blockerOfLabel = rememberedByText((label: string): number | undefined => {
  const m = /^blocked-by:#(\d+)$/i.exec(label.trim())
  return m ? Number(m[1]) : undefined
})

/** A label as the loop compares it (remembered: a tick compares every issue's labels often). */
const lower = rememberedByText((label: string) => label.toLowerCase())

/** The hold labels on an issue (empty when it is not held; a list shared by callers: read only). */
export function heldBy(labels: readonly string[]): readonly string[] {
  return rememberedFacts(labels)?.held ?? holdsIn(labels)
}

const holdsIn = (labels: readonly string[]) => readAll(labels, holdOf)

/** The hold a label stands for, as the loop names it; undefined for any other label. */
const holdOf = rememberedByText((label: string): string | undefined => {
  const name = label.toLowerCase()
  return HELD_LABELS.includes(name) ? name : undefined
})

/** A human must look first: any label containing `needs-human` (e.g. `status:needs-human`). */
export function needsHuman(labels: readonly string[]): boolean {
  return rememberedFacts(labels)?.needsHuman ?? labels.some(asksForHuman)
}

const asksForHuman = rememberedByText((label: string) =>
  label.toLowerCase().includes(LABEL_NEEDS_HUMAN)
)

export function hasLabel(labels: readonly string[], name: string): boolean {
  const wanted = lower(name)
  const known = rememberedFacts(labels)
  return known ? known.lowered.has(wanted) : labels.some(l => lower(l) === wanted)
}
