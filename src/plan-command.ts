/**
 * `delivery-loop plan`: offline, no token. Validates the roadmap, prints the DAG (text and
 * Mermaid), the issues compile would create on an empty tracker, and the initial ready set.
 * `--json` prints the same plan as JSON. Exit 1 with `file:line: message` lines when invalid.
 */
import { readFileSync } from 'node:fs'
import { sliceTitle } from './compile/render.js'
import { dagGraph } from './compile/summary.js'
import { formatDiagnostic, InputError, type ConfigError } from './errors.js'
import { compileRoadmap } from './roadmap/compile-roadmap.js'
import { roadmapText } from './roadmap/text.js'

export interface PlanCommandOptions {
  roadmapPath: string
  json: boolean
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
}

export async function runPlanCommand(options: PlanCommandOptions): Promise<number> {
  let bytes: Buffer
  try {
    bytes = readFileSync(options.roadmapPath)
  } catch (error) {
    throw new InputError(
      '--roadmap',
      `cannot read ${options.roadmapPath}: ${(error as Error).message}`
    )
  }
  let text: string
  try {
    text = roadmapText(bytes, options.roadmapPath)
  } catch (error) {
    for (const d of (error as ConfigError).diagnostics ?? [])
      options.err.write(`${formatDiagnostic(d)}\n`)
    return 1
  }
  const compiled = compileRoadmap(text, options.roadmapPath)
  if (compiled.diagnostics.length) {
    for (const d of compiled.diagnostics) options.err.write(`${formatDiagnostic(d)}\n`)
    options.err.write(`${options.roadmapPath}: ${compiled.diagnostics.length} error(s)\n`)
    return 1
  }
  // Warnings never fail the plan: they go to stderr with file:line, like errors.
  for (const w of compiled.warnings) options.err.write(`${formatDiagnostic(w)} (warning)\n`)
  const { roadmap, order } = compiled
  const byId = new Map(roadmap.slices.map(s => [s.id, s]))
  const unitOf = new Map(roadmap.units.map(u => [u.id, u]))
  const blockersOf = (id: string) => roadmap.blockers.get(id) ?? []
  // On an empty tracker only slices without any blocker are ready (`#N` blockers are unknown
  // offline and count as not done: fail closed).
  const ready = order.filter(id => blockersOf(id).length === 0)

  if (options.json) {
    const plan = {
      file: options.roadmapPath,
      units: roadmap.units.map(u => ({
        id: u.id,
        title: u.title,
        slug: u.slug,
        epic: u.epic,
        line: u.line,
        marked: u.marked,
        slices: u.slices.map(s => s.id)
      })),
      slices: order.map(id => {
        const s = byId.get(id)!
        const blockers = blockersOf(id)
        return {
          id: s.id,
          ref: s.ref,
          kind: s.kind,
          title: sliceTitle(s),
          line: s.line,
          unit: s.unitId,
          epic: unitOf.get(s.unitId)!.epic,
          marked: s.marked,
          blocked_by: blockers.map(b =>
            b.type === 'slice' ? byId.get(b.id)!.ref : `#${b.number}`
          ),
          blocked_by_ids: blockers.flatMap(b => (b.type === 'slice' ? [b.id] : []))
        }
      }),
      ready: ready.map(id => byId.get(id)!.ref),
      warnings: compiled.warnings.map(w => ({ line: w.line, message: w.message }))
    }
    options.out.write(`${JSON.stringify(plan, null, 2)}\n`)
    return 0
  }

  const lines: string[] = [
    `${options.roadmapPath}: ${roadmap.units.length} unit(s), ${roadmap.slices.length} slice(s) — valid${compiled.warnings.length ? `, ${compiled.warnings.length} warning(s) (on stderr)` : ''}`,
    '',
    'Issues compile would create on an empty tracker, in creation order:'
  ]
  order.forEach((id, i) => {
    const s = byId.get(id)!
    const blockers = blockersOf(id).map(b =>
      b.type === 'slice' ? byId.get(b.id)!.ref : `#${b.number}`
    )
    lines.push(
      `  ${String(i + 1).padStart(3)}. ${s.ref.padEnd(40)} ${sliceTitle(s)}${unitOf.get(s.unitId)!.epic ? ' [epic]' : ''}`,
      `       id ${s.id}, line ${s.line}${blockers.length ? `, blocked by ${blockers.join(', ')}` : ''}`
    )
  })
  lines.push(
    '',
    `Ready on an empty tracker (${ready.length}):`,
    ...ready.map(id => `  - ${byId.get(id)!.ref}`)
  )
  lines.push('', 'Dependency graph (Mermaid):', dagGraph(compiled), '')
  options.out.write(lines.join('\n'))
  return 0
}
