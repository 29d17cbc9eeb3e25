/**
 * Stacked dependents in the forecast: the simulation runs the loop's real tick with
 * `dependencies.stack`, so a dependent starts once its blocker passed review — before a person
 * merged it — and merges only after its base merged and the loop re-based it onto main.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { parseModels } from '../../src/forecast/models.js'
import { simulate } from '../../src/forecast/simulate.js'
import type { TraceEvent } from '../../src/forecast/simulation-types.js'

const start = new Date('2027-01-04T09:00:00Z')
const CHAIN = [
  '# Chain',
  '',
  '## Feature',
  '',
  '- code: Store (needs: none) (files: src/store.ts)',
  '- code: API (needs: code-1) (files: src/api.ts)',
  '- code: UI (needs: code-2) (files: src/ui.ts)',
  ''
].join('\n')
// Nothing fails, a person merges two hours after a pass: the stack's effect alone.
const models = parseModels(
  [
    'worker: { duration: 30, failure_rate: 0 }',
    'ci: { duration: 10, failure_rate: 0 }',
    'review: { duration: 5, pass_rate: 1 }',
    'merge: { delay: 120 }'
  ].join('\n'),
  'models.yml'
)
const run = (config: string) =>
  simulate({
    roadmap: CHAIN,
    roadmapFile: 'ROADMAP.md',
    config: parseConfig(`version: 1\n${config}`).config,
    models,
    seed: 1,
    start,
    horizonDays: 30
  })
const first = (trace: TraceEvent[], kind: string, issue: number) =>
  trace.find(e => e.kind === kind && 'issue' in e && e.issue === issue)!.at

describe('stacked dependents in the forecast', () => {
  it('starts each dependent before its blocker merges, merges bottom-up, and is faster than waiting for merges', async () => {
    const closed = await run('')
    const stacked = await run('dependencies:\n  stack: true\n')
    expect(closed.done && stacked.done).toBe(true)
    // Closed: the API's pull request opens only after the store merged.
    expect(first(closed.trace, 'worker', 2)).toBeGreaterThan(first(closed.trace, 'merge', 1))
    // Stacked: it opens while the store still waits for its person, and merges after it.
    expect(first(stacked.trace, 'worker', 2)).toBeLessThan(first(stacked.trace, 'merge', 1))
    expect(first(stacked.trace, 'worker', 3)).toBeLessThan(first(stacked.trace, 'merge', 2))
    const merges = [1, 2, 3].map(i => first(stacked.trace, 'merge', i))
    expect(merges).toEqual([...merges].sort((a, b) => a - b))
    // Two person-delays (2 h each) leave the path of the work.
    expect(stacked.makespan).toBeLessThan(closed.makespan - 180)
  })
})
