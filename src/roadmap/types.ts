/** The roadmap as compile sees it: units, slices, their ids, refs and dependencies. */

export type SliceKind = 'doc' | 'code'

export interface Unit {
  /** Marker id: the one written in the file, or the deterministic one compile will write. */
  id: string
  /** True when the id was read from a marker in the file. */
  marked: boolean
  /** The title as written (inline Markdown kept): the seed of the unit id. */
  title: string
  /** The title as plain text, for issue titles. */
  plainTitle: string
  slug: string
  epic: boolean
  /** 1-based line of the heading. */
  line: number
  /** Offset in the file text where a missing marker is inserted (end of the heading line). */
  markerOffset: number
  /** The unit's non-slice text, markers stripped. */
  intent: string
  slices: Slice[]
}

export interface Slice {
  id: string
  marked: boolean
  kind: SliceKind
  /** The slice text as written (inline Markdown kept), without marker, `(needs: …)` and `(files: …)`. */
  text: string
  /** The slice text as plain text (Markdown marks rendered), for issue titles. */
  plain: string
  /** `<unit-slug>/<kind>-<n>`. */
  ref: string
  unitId: string
  line: number
  markerOffset: number
  /** Raw references from `(needs: …)`; undefined when the slice has no needs clause. */
  needs?: string[]
  /** Paths (globs) from `(files: …)`: what the slice will touch; undefined when not declared. */
  files?: string[]
  /** The epic fallback slice that compile invents for an epic without slices. */
  synthetic: boolean
  /** Position in creation order (document order), from 0. */
  index: number
}

/** A resolved dependency edge target. */
export type Blocker = { type: 'slice'; id: string } | { type: 'issue'; number: number }

export interface Roadmap {
  file: string
  units: Unit[]
  slices: Slice[]
  /** Resolved blockers per slice id, in the order written. */
  blockers: Map<string, Blocker[]>
}
