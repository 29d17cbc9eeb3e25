/**
 * Parse + resolve + validate: the whole offline part of compile. Every problem is collected with
 * its line before anything is written anywhere; the caller fails when `diagnostics` is not empty.
 */
import type { Diagnostic } from '../errors.js'
import { topologicalOrder } from '../graph/dag.js'
import { didYouMean } from '../suggest.js'
import { parseRoadmap } from './parse.js'
import type { Blocker, Roadmap, Slice } from './types.js'

export interface CompiledRoadmap {
  roadmap: Roadmap
  /** Slice ids, blockers first, otherwise in document order. */
  order: string[]
  diagnostics: Diagnostic[]
  /** Probable mistakes that still compile: shown with file:line, never fatal. */
  warnings: Diagnostic[]
}

export function compileRoadmap(text: string, file = 'ROADMAP.md'): CompiledRoadmap {
  const parsed = parseRoadmap(text, file)
  const diagnostics = [...parsed.diagnostics]
  const warnings = [...parsed.warnings]
  const byId = new Map(parsed.slices.map(s => [s.id, s]))
  const unitSlices = new Map(parsed.units.map(u => [u.id, u.slices]))
  const byRef = new Map<string, Slice>()
  for (const s of parsed.slices) if (!byRef.has(s.ref)) byRef.set(s.ref, s)
  // What a `(needs: …)` may name, for "did you mean" on an unknown one.
  const knownReferences = [...byRef.keys(), ...unitSlices.keys()]
  const unitOf = new Map(parsed.units.map(u => [u.id, u]))

  const blockers = new Map<string, Blocker[]>()
  for (const slice of parsed.slices) {
    const unit = unitOf.get(slice.unitId)!
    const found: Blocker[] = []
    const add = (b: Blocker) => {
      const same = found.some(f =>
        f.type === 'slice' && b.type === 'slice'
          ? f.id === b.id
          : f.type === 'issue' && b.type === 'issue' && f.number === b.number
      )
      if (!same) found.push(b)
    }
    if (slice.needs === undefined) {
      // Loopcoder's default: a code slice waits for every doc slice of its unit.
      if (slice.kind === 'code')
        for (const d of unit.slices) if (d.kind === 'doc') add({ type: 'slice', id: d.id })
    } else {
      for (const reference of slice.needs) {
        const resolved = resolve(reference)
        if (!resolved.length) {
          diagnostics.push({
            file,
            line: slice.line,
            message: `unknown reference "${reference}" in ${slice.ref}${didYouMean(reference, knownReferences)}`
          })
        }
        for (const b of resolved) {
          if (b.type === 'slice' && b.id === slice.id) {
            diagnostics.push({
              file,
              line: slice.line,
              message: `${slice.ref} depends on itself ("${reference}")`
            })
          } else {
            add(b)
          }
        }
      }
    }
    blockers.set(slice.id, found)
    warnings.push(...droppedDefault(slice, unit.slices, found, file))

    function resolve(reference: string): Blocker[] {
      if (byId.has(reference)) return [{ type: 'slice', id: reference }]
      const unitMembers = unitSlices.get(reference)
      if (unitMembers) return unitMembers.map(s => ({ type: 'slice', id: s.id }))
      const lower = reference.toLowerCase()
      const full = byRef.get(lower)
      if (full) return [{ type: 'slice', id: full.id }]
      const short = /^(doc|code)-\d+$/.test(lower) ? byRef.get(`${unit.slug}/${lower}`) : undefined
      if (short) return [{ type: 'slice', id: short.id }]
      const issue = /^#(\d+)$/.exec(reference)
      if (issue && Number(issue[1]) > 0) return [{ type: 'issue', number: Number(issue[1]) }]
      return []
    }
  }

  const ids = parsed.slices.map(s => s.id)
  const sliceBlockers = (id: string) =>
    (blockers.get(id) ?? []).flatMap(b => (b.type === 'slice' ? [b.id] : []))
  const { order, cycle } = topologicalOrder(ids, sliceBlockers)
  if (cycle) {
    const path = cycle.map(id => byId.get(id)!.ref).join(' → ')
    diagnostics.push({ file, line: byId.get(cycle[0])!.line, message: `dependency cycle: ${path}` })
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return {
    roadmap: { file, units: parsed.units, slices: parsed.slices, blockers },
    order: cycle ? ids : order,
    diagnostics,
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  }
}

/**
 * A code slice whose `(needs: …)` names only other work no longer waits for its own unit's doc
 * slices (the list replaces the default, as in loopcoder). Usually meant as "these too": say so,
 * with the references to add. An explicit `none` is a choice and says nothing.
 */
function droppedDefault(
  slice: Slice,
  unitSlices: readonly Slice[],
  found: readonly Blocker[],
  file: string
): Diagnostic[] {
  if (slice.kind !== 'code' || !slice.needs?.length) return []
  const docs = unitSlices.filter(s => s.kind === 'doc')
  const kept = (d: Slice) => found.some(b => b.type === 'slice' && b.id === d.id)
  const missing = docs.filter(d => !kept(d))
  if (!docs.length || missing.length < docs.length) return []
  const refs = missing.map(d => d.ref.split('/').pop()!)
  const message = `${slice.ref}: (needs: ${slice.needs.join(', ')}) replaces the default dependency on its unit's doc slice(s) ${refs.join(', ')}, so it may start before they are done; to wait for them too, write (needs: ${[...slice.needs, ...refs].join(', ')})`
  return [{ file, line: slice.line, message }]
}
