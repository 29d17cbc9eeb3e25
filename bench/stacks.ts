/**
 * Stacked dependents in the forecast (`npm run bench`): roadmaps of chains — one of depth 4,
 * three of depth 5, two of depth 8 — under the default models, with `satisfied_by: closed` and
 * with `dependencies.stack`, the same budgets. Target (issue #38): stacking cuts the median
 * calendar time by at least 30% on chains of depth 4 or more.
 */
import { readFileSync } from 'node:fs'
import { parseModels } from '../src/forecast/models.js'
import { benchForecast } from './pacing.js'

const at = (file: string) => readFileSync(`bench/stacks/${file}`, 'utf8')

/** `count` features, each a chain of `depth` slices, every one needing the one before. */
export function chainsRoadmap(count: number, depth: number): string {
  const lines = ['# Chains', '']
  for (let u = 0; u < count; u++) {
    lines.push(`## Feature ${u}`, '')
    for (let k = 1; k <= depth; k++)
      lines.push(
        `- code: Part ${k} of feature ${u} (needs: ${k === 1 ? 'none' : `code-${k - 1}`}) (files: src/f${u}/p${k}.ts)`
      )
    lines.push('')
  }
  return lines.join('\n')
}

export interface StackRow {
  shape: string
  closed: number
  stacked: number
  /** 1 − stacked ÷ closed, of the median calendar time. */
  cut: number
}

export const SHAPES: [number, number][] = [
  [1, 4],
  [3, 5],
  [2, 8]
]

export async function stacksBench(runs: number): Promise<StackRow[]> {
  const models = parseModels('{}', 'default models')
  const rows: StackRow[] = []
  for (const [count, depth] of SHAPES) {
    const run = (config: string) =>
      benchForecast(chainsRoadmap(count, depth), at(config), models, runs)
    const closed = (await run('closed.yml')).makespan.median
    const stacked = (await run('stacked.yml')).makespan.median
    rows.push({
      shape: `${count} × depth ${depth}`,
      closed,
      stacked,
      cut: Math.round((1 - stacked / closed) * 100) / 100
    })
  }
  return rows
}
