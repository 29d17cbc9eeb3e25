/**
 * The import graph of `src/` keeps its shape: no cycle — type-only imports included, since a
 * type that needs its user is in the wrong file — and no mode importing another mode (the
 * registry, modes/index.ts, is the one place that knows them all).
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

/** Each file's relative imports and re-exports (`import type` too), as files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s+'(\.[^']+)'/gm)]
      .map(m => path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts')))
      .filter(target => existsSync(target))
    graph.set(file, targets)
  }
  return graph
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
    expect(graph.get(path.join(SRC, 'modes/tick.ts'))).toContain(path.join(SRC, 'tick/plan.ts'))
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
