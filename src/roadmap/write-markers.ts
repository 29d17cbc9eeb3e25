/**
 * Marker write-back by position: each missing marker is inserted at the end of its heading or
 * slice line. Nothing is re-serialised, so every byte the user wrote stays where it was.
 */
import { unitMarker } from '../loop/markers.js'
import type { Roadmap } from './types.js'

export interface MarkerInsertion {
  offset: number
  id: string
  line: number
}

/** Markers compile assigned in this run (units and slices without one in the file). */
export function missingMarkers(roadmap: Roadmap): MarkerInsertion[] {
  const out: MarkerInsertion[] = []
  for (const unit of roadmap.units) {
    if (!unit.marked) out.push({ offset: unit.markerOffset, id: unit.id, line: unit.line })
    for (const slice of unit.slices) {
      if (!slice.marked && !slice.synthetic)
        out.push({ offset: slice.markerOffset, id: slice.id, line: slice.line })
    }
  }
  return out.sort((a, b) => a.offset - b.offset)
}

export function insertMarkers(text: string, insertions: MarkerInsertion[]): string {
  const sorted = [...insertions].sort((a, b) => a.offset - b.offset)
  let out = ''
  let at = 0
  for (const ins of sorted) {
    out += text.slice(at, ins.offset) + ` ${unitMarker(ins.id)}`
    at = ins.offset
  }
  return out + text.slice(at)
}
