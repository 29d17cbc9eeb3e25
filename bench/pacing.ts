/**
 * Review-aware pacing in the forecast (`npm run bench`): bench/pacing's roadmap (40 independent
 * slices), one person merging one pull request at a time, six agents — without pacing and with
 * `guardrails.review.max_waiting: 3`. Targets (issue #38): the paced median wait of a ready pull
 * request is lower, and the paced median calendar time within 1.1× of the unpaced.
 */
import { readFileSync } from 'node:fs'
import { parseConfig } from '../src/config/load.js'
import { forecast, type Forecast } from '../src/forecast/forecast.js'
import { parseModels, type ForecastModels } from '../src/forecast/models.js'

const START = new Date('2027-01-04T09:00:00Z')
const at = (file: string) => readFileSync(`bench/pacing/${file}`, 'utf8')

export interface PacingRow {
  open: Forecast
  paced: Forecast
  /** Paced over unpaced median calendar time. */
  ratio: number
}

/** A bench forecast: a roadmap's text, a configuration's text, models, runs from seed 1. */
export function benchForecast(
  roadmap: string,
  config: string,
  models: ForecastModels,
  runs: number
): Promise<Forecast> {
  return forecast({
    roadmap,
    roadmapFile: 'ROADMAP.md',
    config: parseConfig(config).config,
    models,
    runs,
    seed: 1,
    start: START,
    horizonDays: 60
  })
}

export async function pacingBench(runs: number): Promise<PacingRow> {
  const models = parseModels(at('models.yml'), 'bench/pacing/models.yml')
  const run = (config: string) => benchForecast(at('wide.md'), at(config), models, runs)
  const open = await run('open.yml')
  const paced = await run('paced.yml')
  return {
    open,
    paced,
    ratio: Math.round((paced.makespan.median / open.makespan.median) * 100) / 100
  }
}

/**
 * The same 40 slices declaring no files — so any open pull request may conflict when another
 * merges (`conflicts.unknown_paths`), the case a team that declares nothing is in — with one
 * person merging, unpaced and paced by `max_waiting: 3` and `max_wait_hours: 4`. Targets: the
 * paced median wait under 4 h, the calendar time within 1.1×, less spent on conflict tasks.
 */
export async function undeclaredPacing(
  runs: number
): Promise<PacingRow & { maxWaitHours: number }> {
  const models = parseModels(at('models.yml'), 'bench/pacing/models.yml')
  const roadmap = at('wide.md').replace(/ \(files: [^)]*\)/g, '')
  const run = (config: string) => benchForecast(roadmap, at(config), models, runs)
  const open = await run('open.yml')
  const paced = await run('paced-hours.yml')
  return {
    open,
    paced,
    ratio: Math.round((paced.makespan.median / open.makespan.median) * 100) / 100,
    maxWaitHours: 4
  }
}
