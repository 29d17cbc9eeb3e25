/**
 * The forecast's numbers (`npm run bench`): the simulated makespan of reference roadmaps under the
 * default configuration, with event triggers and with the half-hourly schedule only, against the lower
 * bound; GitHub requests in the busiest hour against the 1,000/h GITHUB_TOKEN quota; and how long
 * a forecast of the generated 200-slice roadmap takes.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../src/config/load.js'
import { forecast, type Forecast } from '../src/forecast/forecast.js'
import { defaultModels } from '../src/forecast/models.js'
import { forecastRoadmap } from './generate.js'

export interface ForecastRow {
  roadmap: string
  slices: number
  events: Forecast
  cron: Forecast
  seconds: number
}

const START = new Date('2027-01-04T09:00:00Z')

export async function forecastBench(runs: number): Promise<ForecastRow[]> {
  const { config } = parseConfig('version: 1\n')
  const roadmaps: [string, string][] = [
    ['ROADMAP.md', readFileSync('ROADMAP.md', 'utf8')],
    ['fixtures/example.md', readFileSync('__tests__/fixtures/roadmaps/example.md', 'utf8')],
    [
      'fixtures/loopcoder-v0.9.md',
      readFileSync('__tests__/fixtures/roadmaps/loopcoder-v0.9.md', 'utf8')
    ],
    ['generated 200 slices', forecastRoadmap(200)]
  ]
  const rows: ForecastRow[] = []
  for (const [name, roadmap] of roadmaps) {
    const cronOnly = defaultModels()
    cronOnly.ticks.events = false
    const input = {
      roadmap,
      roadmapFile: 'ROADMAP.md',
      config,
      runs,
      seed: 1,
      start: START,
      horizonDays: 365
    }
    const t0 = performance.now()
    const events = await forecast({ ...input, models: defaultModels() })
    const seconds = (performance.now() - t0) / 1000
    const cron = await forecast({ ...input, models: cronOnly })
    rows.push({ roadmap: name, slices: events.slices, events, cron, seconds })
  }
  return rows
}

export function forecastTable(rows: ForecastRow[]): string {
  const lines = [
    '| roadmap | slices | lower bound | ideal path (binds) | events: median / p90 | ÷ ideal | loop overhead vs oracle (events, median / p90) | cron only: median | events ÷ cron | peak REST requests/h (share of 1,000) | peak GraphQL points/h (share of 1,000) | s per run |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|'
  ]
  for (const r of rows)
    lines.push(
      `| ${r.roadmap} | ${r.slices} | ${r.events.bound.hours} h | ${r.events.ideal.hours} h (${r.events.ideal.binding}) | ${r.events.makespan.median} / ${r.events.makespan.p90} h | ${r.events.ratio}× | ${r.events.overhead.median}× / ${r.events.overhead.p90}× | ${r.cron.makespan.median} h | ${(r.events.makespan.median / (r.cron.makespan.median || 1)).toFixed(2)} | ${Math.max(r.events.api.peakPerHour, r.cron.api.peakPerHour)} (${(Math.max(r.events.api.quotaShare, r.cron.api.quotaShare) * 100).toFixed(1)}%) | ${Math.max(r.events.api.points.peakPerHour, r.cron.api.points.peakPerHour)} (${(Math.max(r.events.api.points.quotaShare, r.cron.api.points.quotaShare) * 100).toFixed(1)}%) | ${(r.seconds / r.events.runs).toFixed(2)} |`
    )
  return lines.join('\n')
}

/**
 * `delivery-loop forecast --runs N` of the generated 200-slice roadmap as a user runs it: the
 * built CLI, its runs spread over the cores. Seconds for N runs.
 */
export function cliForecastSeconds(runs: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-forecast-'))
  try {
    const roadmap = path.join(dir, 'ROADMAP.md')
    writeFileSync(roadmap, forecastRoadmap(200))
    writeFileSync(path.join(dir, '.delivery.yml'), 'version: 1\n')
    const t0 = performance.now()
    execFileSync(
      process.execPath,
      [
        path.resolve('bin/delivery-loop.js'),
        'forecast',
        '--roadmap',
        roadmap,
        '--runs',
        String(runs)
      ],
      { cwd: dir, stdio: 'ignore' }
    )
    return (performance.now() - t0) / 1000
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
