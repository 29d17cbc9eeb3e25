/** What parsing a roadmap yields: units and slices as the walk finds them, and the result. */
import type { Diagnostic } from '../errors.js'
import type { Slice, SliceKind, Unit } from './types.js'

/** The parse of a roadmap: its units and slices with ids, errors and warnings. */
export interface ParsedRoadmap {
  units: Unit[]
  slices: Slice[]
  diagnostics: Diagnostic[]
  /** What is probably a mistake but still compiles (never fatal). */
  warnings: Diagnostic[]
}

/** A slice as the line walk found it, before ids are assigned. */
export interface RawSlice {
  kind: SliceKind
  text: string
  plain: string
  needs?: string[]
  files?: string[]
  marker?: string
  line: number
  markerOffset: number
}

/** A unit as the line walk found it, before ids are assigned. */
export interface RawUnit {
  title: string
  plainTitle: string
  epic: boolean
  marker?: string
  line: number
  markerOffset: number
  intent: string
  slices: RawSlice[]
}
