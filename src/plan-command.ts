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
import { compileRoadmap, type CompiledRoadmap } from './roadmap/compile-roadmap.js'
import { roadmapText } from './roadmap/text.js'
import type { Slice } from './roadmap/types.js'

export interface PlanCommandOptions {
  roadmapPath: string
  json: boolean
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
}

/** The roadmap as text, or undefined when it is not text (its findings are on stderr). */
function readText(options: PlanCommandOptions): string | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(options.roadmapPath)
  } catch (error) {
    throw new InputError(
      '--roadmap',
      `cannot read ${options.roadmapPath}: ${(error as Error).message}`
    )
  }
  try {
    return roadmapText(bytes, options.roadmapPath)
  } catch (error) {
    for (const d of (error as ConfigError).diagnostics ?? [])
      options.err.write(`${formatDiagnostic(d)}\n`)
    return undefined
  }
}

/** An invalid roadmap: the errors (and warnings, in line order) on stderr; JSON says so too. */
function invalid(options: PlanCommandOptions, compiled: CompiledRoadmap): number {
  // Warnings always go with the errors, in line order: a near miss often explains an error.
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
  for (const d of findings(compiled)) options.err.write(`${formatDiagnostic(d)}\n`)
  options.err.write(
    `${options.roadmapPath}: ${compiled.diagnostics.length} error(s)${compiled.warnings.length ? `, ${compiled.warnings.length} warning(s)` : ''}\n`
  )
  return 1
}

function findings(compiled: CompiledRoadmap) {
  return [
    ...compiled.diagnostics,
    ...compiled.warnings.map(w => ({ ...w, severity: 'warning' as const }))
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/** What the plan shows of a valid roadmap: compile's items, and what is ready on an empty tracker. */
function offlinePlan(compiled: CompiledRoadmap) {
  const { roadmap, order } = compiled
  const byId = new Map(roadmap.slices.map(s => [s.id, s]))
  const unitOf = new Map(roadmap.units.map(u => [u.id, u]))
  const blockersOf = (id: string) => roadmap.blockers.get(id) ?? []
  const blockerRefs = (id: string) =>
    blockersOf(id).map(b => (b.type === 'slice' ? byId.get(b.id)!.ref : `#${b.number}`))
  // On an empty tracker only slices without any blocker are ready (`#N` blockers are unknown
  // offline and count as not done: fail closed).
  const ready = order.filter(id => blockersOf(id).length === 0)
  return {
    roadmap,
    order,
    // The same items compile creates (epic parents included), from the same function.
    items: planItems(compiled),
    byId,
    unitOf,
    blockersOf,
    blockerRefs,
    ready,
    waits: readyWaits(ready.map(id => byId.get(id)!))
  }
}

type OfflinePlan = ReturnType<typeof offlinePlan>

function planJson(file: string, compiled: CompiledRoadmap, p: OfflinePlan) {
  const { roadmap, order, items, byId, unitOf, blockersOf, ready, waits } = p
  return {
    file,
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
      return {
        id: s.id,
        ref: s.ref,
        kind: s.kind,
        title: sliceTitle(s),
        line: s.line,
        unit: s.unitId,
        epic: unitOf.get(s.unitId)!.epic,
        marked: s.marked,
        blocked_by: p.blockerRefs(id),
        blocked_by_ids: blockersOf(id).flatMap(b => (b.type === 'slice' ? [b.id] : [])),
        ...(s.files ? { files: s.files } : {})
      }
    }),
    ready: ready.map(id => byId.get(id)!.ref),
    // Ready slices whose declared paths overlap one earlier in the ready order: not in one wave.
    waits: [...waits].map(([ref, w]) => ({ ref, for: w.for, touches: w.touches })),
    warnings: compiled.warnings.map(w => ({ line: w.line, message: w.message }))
  }
}

function planText(file: string, compiled: CompiledRoadmap, p: OfflinePlan): string {
  const { roadmap, items, byId, unitOf, ready, waits } = p
  const lines: string[] = [
    `${file}: ${roadmap.units.length} unit(s), ${roadmap.slices.length} slice(s) — ${roadmap.units.length ? 'valid' : 'valid, but defines no work'}${compiled.warnings.length ? `, ${compiled.warnings.length} warning(s) (on stderr)` : ''}`,
    '',
    `The ${items.length} issues compile would create on an empty tracker, in creation order, titled as they will be:`
  ]
  items.forEach((item, i) => {
    const blockers = item.slice ? p.blockerRefs(item.key) : []
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
  return lines.join('\n')
}

export async function runPlanCommand(options: PlanCommandOptions): Promise<number> {
  const text = readText(options)
  if (text === undefined) return 1
  const compiled = compileRoadmap(text, options.roadmapPath)
  if (compiled.diagnostics.length) return invalid(options, compiled)
  // Warnings never fail the plan: they go to stderr with file:line, like errors.
  for (const w of findings(compiled)) options.err.write(`${formatDiagnostic(w)}\n`)
  const plan = offlinePlan(compiled)
  options.out.write(
    options.json
      ? `${JSON.stringify(planJson(options.roadmapPath, compiled, plan), null, 2)}\n`
      : planText(options.roadmapPath, compiled, plan)
  )
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
