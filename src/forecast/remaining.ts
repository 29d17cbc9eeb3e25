/**
 * The roadmap still to deliver: a compiled roadmap without the slices already delivered (their
 * issues closed), and without the `needs` on them — a delivered blocker is done, as an existing
 * issue a slice names with `needs: #42` is. The dashboard's ETA forecasts this from now.
 */
import { ConfigError } from '../errors.js'
import { compileRoadmap, type CompiledRoadmap } from '../roadmap/compile-roadmap.js'

/** The roadmap compiled once for a whole forecast, less what is `delivered` (slice ids). */
export function roadmapToDeliver(
  text: string,
  file: string,
  delivered: readonly string[] = []
): CompiledRoadmap {
  const compiled = compileRoadmap(text, file)
  if (compiled.diagnostics.length) throw new ConfigError(`${file} is invalid`, compiled.diagnostics)
  return withoutDelivered(compiled, new Set(delivered))
}

export function withoutDelivered(
  compiled: CompiledRoadmap,
  delivered: ReadonlySet<string>
): CompiledRoadmap {
  if (!delivered.size) return compiled
  const open = (id: string) => !delivered.has(id)
  const { roadmap } = compiled
  const blockers = new Map(
    [...roadmap.blockers]
      .filter(([id]) => open(id))
      .map(([id, list]) => [id, list.filter(b => b.type !== 'slice' || open(b.id))])
  )
  return {
    ...compiled,
    order: compiled.order.filter(open),
    roadmap: { ...roadmap, slices: roadmap.slices.filter(s => open(s.id)), blockers }
  }
}
