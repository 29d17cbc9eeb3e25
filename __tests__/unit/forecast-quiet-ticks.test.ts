/**
 * Quiet ticks skipped, not re-planned (forecast/quiet-ticks.ts, tick/recheck.ts): a tick whose
 * world and state did not change since a tick that changed nothing is replayed until one of its
 * time rules may decide otherwise. Checked three ways, over configurations that exercise each
 * rule that reads the clock (leases, the rolling dispatch window, review leases, the no-checks
 * timeout, the attempt budget, review pacing) and models where things fail:
 * - `verify`: every tick runs, and each one that would have been replayed equals its replay;
 * - skipping changes nothing in a run: the same ticks, held issues, attempts, spend, requests;
 * - ticks are skipped (the forecast is faster for it), and never under review pacing by hours.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { parseModels } from '../../src/forecast/models.js'
import { simulate } from '../../src/forecast/simulate.js'
import type { SimulationResult } from '../../src/forecast/simulation-types.js'

const start = new Date('2027-01-04T09:00:00Z')
const ROADMAP = [
  '# R',
  '',
  '## Store',
  '',
  '- doc: Design it',
  '- code: Build it (files: src/store.ts)',
  '- code: Wire it (needs: code-1) (files: src/wire.ts)',
  '- code: Index it (files: src/store.ts)',
  '',
  '## UI',
  '',
  '- code: Screens (needs: store/code-2)',
  '- code: Polish (needs: code-1)',
  '- code: Help',
  ''
].join('\n')
// Things fail often: stalled workers, red CI, changes asked, conflicts, freezes.
const ROUGH = parseModels(
  [
    'worker: { failure_rate: 0.35 }',
    'ci: { failure_rate: 0.3 }',
    'review: { pass_rate: 0.6 }',
    'conflicts: { on_overlap: 0.8, unknown_paths: 0.3 }'
  ].join('\n'),
  'models.yml'
)
// Reviews that outlast their lease: sent again, and frozen when the sends run out.
const SLOW_REVIEWS = parseModels(
  [
    'review: { duration: { uniform: [5, 60] }, pass_rate: 0.7 }',
    'worker: { failure_rate: 0.2 }'
  ].join('\n'),
  'models.yml'
)
const CONFIGS = [
  '',
  'guardrails:\n  budget:\n    max_in_flight: 2\n    max_dispatches_per_day: 3\n',
  'dispatch:\n  lease_minutes: 20\nverification:\n  review_lease_minutes: 15\n',
  'ci:\n  no_checks_after_minutes: 10\n  checks: [test]\n',
  'guardrails:\n  budget:\n    max_attempts_per_issue: 2\n',
  'dependencies:\n  stack: true\n',
  'guardrails:\n  review:\n    max_waiting: 1\n',
  'verification:\n  review_lease_minutes: 20\n  max_reviews_per_head: 2\n'
]

const run = (config: string, seed: number, quietTicks: 'skip' | 'run' | 'verify') =>
  simulate({
    roadmap: ROADMAP,
    roadmapFile: 'ROADMAP.md',
    config: parseConfig(`version: 1\n${config}`).config,
    models: config.includes('max_reviews_per_head') ? SLOW_REVIEWS : ROUGH,
    seed,
    start,
    horizonDays: 60,
    quietTicks
  })

/** A run as a user sees it, without which ticks were replayed. */
const seen = (r: SimulationResult) => ({
  ...r,
  ticks: r.ticks.map(({ replayed: _replayed, ...t }) => t)
})

describe('quiet ticks', () => {
  it('replays only ticks that would have planned the same nothing (each checked against the tick it replaced)', async () => {
    for (const config of CONFIGS)
      for (const seed of [1, 2, 3]) await expect(run(config, seed, 'verify')).resolves.toBeDefined()
  }, 60_000)

  it('change nothing in a run: the same ticks, holds, attempts, spend and requests as running every tick', async () => {
    let replayed = 0
    for (const config of CONFIGS)
      for (const seed of [1, 2]) {
        const skipping = await run(config, seed, 'skip')
        const every = await run(config, seed, 'run')
        expect(seen(skipping)).toEqual(seen(every))
        expect(every.ticks.some(t => t.replayed)).toBe(false)
        replayed += skipping.ticks.filter(t => t.replayed).length
      }
    expect(replayed).toBeGreaterThan(0)
  }, 60_000)

  it('are never replayed while review pacing weighs the hours pull requests wait', async () => {
    const paced = await run('guardrails:\n  review:\n    max_wait_hours: 4\n', 1, 'skip')
    expect(paced.ticks.some(t => t.replayed)).toBe(false)
  })
})
