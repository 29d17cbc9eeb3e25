/**
 * Ids for a parsed roadmap (pure): every marker written in the file is kept verbatim (duplicates
 * refused), missing ones are derived as loopcoder derives them, and an epic with no slice gets
 * loopcoder's fallback slice.
 */
import type { Diagnostic } from '../errors.js'
import { allocateId, sliceSeed, unitSeed, unitSlug } from './ids.js'
import type { ParsedRoadmap, RawSlice, RawUnit } from './raw.js'
import type { Slice, SliceKind, Unit } from './types.js'

/** The slice an epic without slices gets (loopcoder's words). */
export const EPIC_FALLBACK = (title: string) =>
  `Decompose ${title} into implementable, testable slices`

/** Every marker written in the file, in use before any id is generated; duplicates refused. */
function markersInUse(raws: RawUnit[], file: string, diagnostics: Diagnostic[]): Set<string> {
  const inUse = new Set<string>()
  const seenMarker = new Map<string, number>()
  const noteMarker = (id: string, line: number) => {
    const first = seenMarker.get(id)
    if (first !== undefined) {
      diagnostics.push({
        file,
        line,
        message: `duplicate marker lc:u=${id} (first used on line ${first})`
      })
    } else {
      seenMarker.set(id, line)
    }
    inUse.add(id)
  }
  for (const u of raws) {
    if (u.marker) noteMarker(u.marker, u.line)
    for (const s of u.slices) if (s.marker) noteMarker(s.marker, s.line)
  }
  return inUse
}

/** Ids and refs across the whole roadmap, in one pass (a ref seen twice is an error). */
class Allocation {
  readonly units: Unit[] = []
  readonly slices: Slice[] = []
  readonly diagnostics: Diagnostic[] = []
  private readonly refs = new Map<string, number>()
  private readonly inUse: Set<string>
  private order = 0

  constructor(
    raws: RawUnit[],
    private readonly file: string
  ) {
    this.inUse = markersInUse(raws, file, this.diagnostics)
    for (const raw of raws) this.unit(raw)
  }

  private unit(raw: RawUnit): void {
    this.order++
    const unitId = raw.marker ?? allocateId(unitSeed(this.order, raw.title), this.inUse)
    const unit: Unit = {
      id: unitId,
      marked: raw.marker !== undefined,
      title: raw.title,
      plainTitle: raw.plainTitle,
      slug: unitSlug(raw.title),
      epic: raw.epic,
      line: raw.line,
      markerOffset: raw.markerOffset,
      intent: raw.intent,
      slices: []
    }
    const counters = { doc: 0, code: 0 }
    for (const s of raw.slices) {
      this.order++
      const id = s.marker ?? allocateId(sliceSeed(unitId, this.order, s.kind, s.text), this.inUse)
      this.slice(unit, counters, s, id, false)
    }
    if (raw.epic && raw.slices.length === 0) {
      // Beyond loopcoder: seeded by the unit id alone (order 0), so the fallback keeps its id
      // when units are added above it — it has no line of its own to carry a marker.
      const text = EPIC_FALLBACK(raw.title)
      const id = allocateId(sliceSeed(unitId, 0, 'doc', text), this.inUse)
      const fallback: RawSlice = {
        kind: 'doc',
        text,
        plain: EPIC_FALLBACK(raw.plainTitle),
        line: raw.line,
        markerOffset: -1
      }
      this.slice(unit, counters, fallback, id, true)
    }
    this.units.push(unit)
  }

  private slice(
    unit: Unit,
    counters: Record<SliceKind, number>,
    s: RawSlice,
    id: string,
    synthetic: boolean
  ): void {
    counters[s.kind]++
    const ref = `${unit.slug}/${s.kind}-${counters[s.kind]}`
    const first = this.refs.get(ref)
    if (first !== undefined) {
      this.diagnostics.push({
        file: this.file,
        line: s.line,
        message: `duplicate ref ${ref} (first on line ${first}); rename one of the units`
      })
    } else {
      this.refs.set(ref, s.line)
    }
    const slice: Slice = {
      id,
      marked: s.marker !== undefined,
      kind: s.kind,
      text: s.text,
      plain: s.plain,
      ref,
      unitId: unit.id,
      line: s.line,
      markerOffset: s.markerOffset,
      ...(s.needs ? { needs: s.needs } : {}),
      ...(s.files ? { files: s.files } : {}),
      synthetic,
      index: this.slices.length
    }
    unit.slices.push(slice)
    this.slices.push(slice)
  }
}

/** Assign ids (markers kept verbatim, missing ones derived), refs and the epic fallback. */
export function allocate(raws: RawUnit[], file: string): Omit<ParsedRoadmap, 'warnings'> {
  const { units, slices, diagnostics } = new Allocation(raws, file)
  return { units, slices, diagnostics }
}
