/**
 * `delivery-loop plan`: offline, no token. Validates the roadmap, prints the DAG (text and
 * Mermaid), the issues compile would create on an empty tracker, and the initial ready set.
 * `--json` prints the same plan as JSON. Exit 1 with `file:line: message` lines when invalid.
 */
import { readFileSync } from 'node:fs'
import { planItems } from './compile/plan.js'
import { sliceTitle } from './compile/render.js'
import { dagGraph } from './compile/summary.js'
import { formatDiagnostic, InputError, type ConfigError } from './errors.js'
import { declaredOverlap } from './loop/collisions.js'
import { compileRoadmap } from './roadmap/compile-roadmap.js'
import { roadmapText } from './roadmap/text.js'
import type { Slice } from './roadmap/types.js'

export interface PlanCommandOptions {
  roadmapPath: string
  json: boolean
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
}

// eslint-disable-next-line max-lines-per-function -- the offline plan's steps and its text; to split text from steps
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
  // Warnings always go with the errors, in line order: a near miss often explains an error.
  const findings = [
    ...compiled.diagnostics,
    ...compiled.warnings.map(w => ({ ...w, severity: 'warning' as const }))
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  if (compiled.diagnostics.length) {
    if (options.json)
      options.out.write(
        `${JSON.stringify(
          {
            file: options.roadmapPath,
            valid: false,
            errors: compiled.diagnostics.map(d => ({ line: d.line, message: d.message })),
            warnings: compiled.warnings.map(w => ({ line: w.line, message: w.message }))
          },
          null,
          2
        )}\n`
      )
    for (const d of findings) options.err.write(`${formatDiagnostic(d)}\n`)
    options.err.write(
      `${options.roadmapPath}: ${compiled.diagnostics.length} error(s)${compiled.warnings.length ? `, ${compiled.warnings.length} warning(s)` : ''}\n`
    )
    return 1
  }
  // Warnings never fail the plan: they go to stderr with file:line, like errors.
  for (const w of findings) options.err.write(`${formatDiagnostic(w)}\n`)
  const { roadmap, order } = compiled
  // The same items compile creates (epic parents included), from the same function.
  const items = planItems(compiled)
  const byId = new Map(roadmap.slices.map(s => [s.id, s]))
  const unitOf = new Map(roadmap.units.map(u => [u.id, u]))
  const blockersOf = (id: string) => roadmap.blockers.get(id) ?? []
  // On an empty tracker only slices without any blocker are ready (`#N` blockers are unknown
  // offline and count as not done: fail closed).
  const ready = order.filter(id => blockersOf(id).length === 0)
  const waits = readyWaits(ready.map(id => byId.get(id)!))

  if (options.json) {
    const plan = {
      file: options.roadmapPath,
      valid: true,
      issues: items.map(i => ({ ref: i.ref, kind: i.kind, title: i.title, line: i.line })),
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
          blocked_by_ids: blockers.flatMap(b => (b.type === 'slice' ? [b.id] : [])),
          ...(s.files ? { files: s.files } : {})
        }
      }),
      ready: ready.map(id => byId.get(id)!.ref),
      // Ready slices whose declared paths overlap one earlier in the ready order: not in one wave.
      waits: [...waits].map(([ref, w]) => ({ ref, for: w.for, touches: w.touches })),
      warnings: compiled.warnings.map(w => ({ line: w.line, message: w.message }))
    }
    options.out.write(`${JSON.stringify(plan, null, 2)}\n`)
    return 0
  }

  const lines: string[] = [
    `${options.roadmapPath}: ${roadmap.units.length} unit(s), ${roadmap.slices.length} slice(s) — valid${compiled.warnings.length ? `, ${compiled.warnings.length} warning(s) (on stderr)` : ''}`,
    '',
    `The ${items.length} issues compile would create on an empty tracker, in creation order, titled as they will be:`
  ]
  items.forEach((item, i) => {
    const blockers = item.slice
      ? blockersOf(item.key).map(b => (b.type === 'slice' ? byId.get(b.id)!.ref : `#${b.number}`))
      : []
    const where = item.slice
      ? `id ${item.key}, line ${item.line}${blockers.length ? `, blocked by ${blockers.join(', ')}` : ''}${item.parentKey ? `, sub-issue of ${unitOf.get(item.parentKey)!.slug}` : ''}`
      : `line ${item.line}, the epic's parent issue: its slices are its sub-issues`
    lines.push(
      `  ${String(i + 1).padStart(3)}. ${item.ref.padEnd(40)} ${item.title}`,
      `       ${where}`
    )
  })
  lines.push(
    '',
    `Ready on an empty tracker (${ready.length}):`,
    ...ready.map(id => {
      const ref = byId.get(id)!.ref
      const w = waits.get(ref)
      return `  - ${ref}${w ? `  (waits for ${w.for}: both touch ${w.touches})` : ''}`
    })
  )
  lines.push('', 'Dependency graph (Mermaid):', dagGraph(compiled), '')
  options.out.write(lines.join('\n'))
  return 0
}

/**
 * Which ready slices would wait on each other because their declared `(files: …)` overlap: each
 * against the ones before it in the ready order, as tick admits a wave (loop/collisions.ts).
 */
function readyWaits(ready: Slice[]): Map<string, { for: string; touches: string }> {
  const waits = new Map<string, { for: string; touches: string }>()
  const admitted: Slice[] = []
  for (const s of ready) {
    const blocker = s.files
      ? admitted.find(a => a.files && declaredOverlap(s.files!, a.files))
      : undefined
    if (blocker)
      waits.set(s.ref, { for: blocker.ref, touches: declaredOverlap(s.files!, blocker.files!)! })
    else admitted.push(s)
  }
  return waits
}
