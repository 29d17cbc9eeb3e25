/**
 * The import graph of `src/` keeps its shape: no cycle — type-only imports included, since a
 * type that needs its user is in the wrong file — no mode importing another mode (the registry,
 * modes/index.ts, is the one place that knows them all), and the layers of
 * docs/reference/architecture.md: every import, static or dynamic, goes to its own layer or a
 * lower one, and no two folders import each other, however indirectly.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve('src')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sources(file)
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [file] : []
  })
}

/** Each file's relative imports and re-exports (`import type` too) and dynamic `import()`s. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    const targets = [
      ...text.matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s+'(\.[^']+)'/gm),
      ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)
    ]
      .map(m => path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts')))
      .filter(target => existsSync(target))
    graph.set(file, targets)
  }
  return graph
}

/**
 * The layers, lowest first (docs/reference/architecture.md draws the same list). A unit is a
 * folder (`loop/`) or a file (`clock.ts`); `github/port.ts` — the port's types, nothing else — is
 * a unit of its own, below the vocabulary that speaks in its types and the adapters that
 * implement it.
 */
export const LAYERS: { name: string; units: string[] }[] = [
  {
    name: 'basics',
    units: [
      'clock.ts',
      'environment.ts',
      'errors.ts',
      'logging.ts',
      'version.ts',
      'suggest.ts',
      'text/',
      'schema/',
      'graph/',
      'github/port.ts'
    ]
  },
  {
    name: 'the run and its configuration',
    units: ['context.ts', 'events.ts', 'generated/', 'config/']
  },
  { name: 'the vocabulary', units: ['loop/', 'roadmap/', 'inputs.ts'] },
  { name: 'GitHub, state and reports', units: ['github/', 'state/', 'report/', 'mode.ts'] },
  { name: 'rules and views', units: ['guardrails/', 'dashboard/', 'prompt/', 'review/'] },
  {
    name: "the modes' facts, plans and appliers",
    units: ['compile/', 'discover/', 'publish/', 'tick/', 'doctor/', 'init/']
  },
  { name: 'the forecast (runs the tick)', units: ['forecast/'] },
  {
    name: 'orchestration',
    units: [
      'modes/',
      'run-mode.ts',
      'plan-command.ts',
      'forecast-command.ts',
      'backtest-command.ts',
      'init-command.ts',
      'cli.ts',
      'cli-help.ts',
      'cli-options.ts',
      'main.ts',
      'index.ts'
    ]
  }
]

/** The unit a source file belongs to: its file when listed on its own, else its top folder. */
function unitOf(file: string): string {
  const relative = path.relative(SRC, file).split(path.sep).join('/')
  if (LAYERS.some(l => l.units.includes(relative))) return relative
  const [top, ...rest] = relative.split('/')
  return rest.length ? `${top}/` : top
}

/** Imports that go up a layer, and units no layer lists. */
export function layerViolations(graph: Map<string, string[]>): string[] {
  const layerOf = new Map(LAYERS.flatMap((l, i) => l.units.map(u => [u, i] as const)))
  const out: string[] = []
  for (const [file, targets] of graph) {
    const from = unitOf(file)
    if (!layerOf.has(from)) {
      out.push(`${from}: in no layer`)
      continue
    }
    for (const target of targets) {
      const to = unitOf(target)
      if ((layerOf.get(to) ?? Infinity) > layerOf.get(from)!)
        out.push(
          `${path.relative(SRC, file)} → ${path.relative(SRC, target)}: ${LAYERS[layerOf.get(from)!].name} may not import ${LAYERS[layerOf.get(to)!]?.name ?? 'a unit in no layer'}`
        )
    }
  }
  return [...new Set(out)]
}

/** The import graph between units (folders, listed files). */
function unitGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const units = new Map<string, Set<string>>()
  for (const [file, targets] of graph) {
    const from = path.join(SRC, unitOf(file))
    const set = units.get(from) ?? new Set<string>()
    for (const t of targets) if (unitOf(t) !== unitOf(file)) set.add(path.join(SRC, unitOf(t)))
    units.set(from, set)
  }
  return new Map([...units].map(([u, set]) => [u, [...set]]))
}

/** The strongly connected components with more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(path.relative(SRC, w))
      } while (w !== v)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

describe('the import graph of src/', () => {
  const graph = importGraph()

  it('reads every source file', () => {
    expect(graph.size).toBeGreaterThan(100)
    expect(graph.get(path.join(SRC, 'tick/mode.ts'))).toContain(path.join(SRC, 'tick/plan.ts'))
  })

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('finds a cycle when there is one (the check can fail)', () => {
    const a = path.join(SRC, 'a.ts')
    const b = path.join(SRC, 'b.ts')
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]]
        ])
      )
    ).toEqual([['a.ts', 'b.ts']])
  })

  it('keeps its layers: no import goes up, every unit has its layer', () => {
    expect(layerViolations(graph)).toEqual([])
  })

  it('has no cycle between folders (nor listed files), however indirect', () => {
    expect(cycles(unitGraph(graph))).toEqual([])
  })

  it('finds an import that goes up a layer, a unit in no layer, and a folder cycle (the checks can fail)', () => {
    const loop = path.join(SRC, 'loop/claims.ts')
    const tick = path.join(SRC, 'tick/plan.ts')
    const stray = path.join(SRC, 'stray/x.ts')
    expect(layerViolations(new Map([[loop, [tick]]]))).toEqual([
      "loop/claims.ts → tick/plan.ts: the vocabulary may not import the modes' facts, plans and appliers"
    ])
    expect(layerViolations(new Map([[stray, []]]))).toEqual(['stray/: in no layer'])
    // A dynamic import counts like a static one.
    expect(importGraph().get(path.join(SRC, 'modes/index.ts'))).toContain(
      path.join(SRC, 'tick/mode.ts')
    )
    const folders = unitGraph(
      new Map([
        [path.join(SRC, 'state/a.ts'), [path.join(SRC, 'guardrails/b.ts')]],
        [path.join(SRC, 'guardrails/b.ts'), [path.join(SRC, 'state/c.ts')]]
      ])
    )
    expect(cycles(folders)).toEqual([['guardrails', 'state']])
  })

  it('has github/port.ts declare types only (it sits below everything that speaks in them)', () => {
    const text = readFileSync(path.join(SRC, 'github/port.ts'), 'utf8')
    expect(text.match(/^export (const|let|var|function|class|enum)\b.*$/gm) ?? []).toEqual([])
  })

  it('has no mode importing another mode: only the registry knows them all', () => {
    const modes = path.join(SRC, 'modes')
    const shared = ['types.ts', 'index.ts'].map(f => path.join(modes, f))
    const crossings = [...graph]
      .filter(([file]) => path.dirname(file) === modes && !shared.includes(file))
      .flatMap(([file, targets]) =>
        targets
          .filter(t => path.dirname(t) === modes && !shared.includes(t))
          .map(t => `${path.basename(file)} → ${path.basename(t)}`)
      )
    expect(crossings).toEqual([])
  })

  // The tick uses the vocabulary, the guardrails, the state and the dashboard; none of them
  // knows the tick (the dashboard declares the shapes it renders in dashboard/view.ts).
  it('has loop/, guardrails/, state/ and dashboard/ importing nothing from tick/', () => {
    const tick = path.join(SRC, 'tick')
    const below = ['loop', 'guardrails', 'state', 'dashboard'].map(d => path.join(SRC, d))
    const upward = [...graph]
      .filter(([file]) => below.some(d => file.startsWith(`${d}${path.sep}`)))
      .flatMap(([file, targets]) =>
        targets
          .filter(t => t.startsWith(`${tick}${path.sep}`))
          .map(t => `${path.relative(SRC, file)} → ${path.relative(SRC, t)}`)
      )
    expect(upward).toEqual([])
  })
})
