/**
 * The bundle's composition as the build's metafile records it (dist/composition.json, written by
 * scripts/build.mjs): what loads on every run, and the budget it is held to — by the house test
 * (__tests__/house/bundle.test.ts) and reported by the bench.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface Output {
  bytes: number
  imports: { path: string; kind: string }[]
  /** Bytes per package (`name@version`), `src` for our own code. */
  holds: Record<string, number>
}
export type Composition = Record<string, Output>

/** Bytes, measured 2026-12-07: always loaded 493 KB; the largest chunk (the cache) 703 KB. */
export const BUDGET = {
  alwaysLoaded: 600_000,
  chunk: 800_000,
  undici: 450_000
}

/** `index.js` and every file it reaches through static imports. */
export function alwaysLoaded(c: Composition): string[] {
  const seen = new Set<string>()
  const walk = (file: string) => {
    if (seen.has(file) || !c[file]) return
    seen.add(file)
    for (const i of c[file].imports) if (i.kind === 'import-statement') walk(i.path)
  }
  walk('index.js')
  return [...seen]
}

const packageName = (id: string) => id.replace(/@[^@]*$/, '')

/** Every way the composition breaks the budget, as sentences. */
export function budgetProblems(c: Composition, budget = BUDGET): string[] {
  const problems: string[] = []
  const first = alwaysLoaded(c)
  const firstBytes = first.reduce((sum, f) => sum + c[f].bytes, 0)
  if (firstBytes > budget.alwaysLoaded)
    problems.push(`always loaded: ${firstBytes} bytes > ${budget.alwaysLoaded}`)
  for (const [file, out] of Object.entries(c)) {
    const undici = Object.keys(out.holds).some(id => packageName(id) === 'undici')
    if (undici && file !== 'undici.cjs') problems.push(`${file} holds undici`)
    const cap = file === 'undici.cjs' ? budget.undici : budget.chunk
    if (out.bytes > cap) problems.push(`${file}: ${out.bytes} bytes > ${cap}`)
  }
  const versions = new Map<string, Set<string>>()
  for (const out of Object.values(c))
    for (const id of Object.keys(out.holds))
      if (id.includes('@', 1))
        versions.set(packageName(id), (versions.get(packageName(id)) ?? new Set()).add(id))
  for (const [name, ids] of versions)
    if (ids.size > 1) problems.push(`${name} bundled twice: ${[...ids].sort().join(', ')}`)
  return problems
}

/** The committed bundle's composition. */
export function readComposition(dist = 'dist'): Composition {
  return JSON.parse(readFileSync(path.join(dist, 'composition.json'), 'utf8')) as Composition
}
