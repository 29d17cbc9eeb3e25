/**
 * `delivery-loop forecast`: offline, no token. How long a roadmap will take under a
 * configuration, what it will cost and where the time goes, from many seeded simulations of the
 * loop's real decisions (src/forecast/). `--compare-config` / `--compare-models` run a second
 * scenario side by side. `--json` prints the numbers as JSON; the same seed gives the same answer.
 */
import { readFileSync } from 'node:fs'
import { parseConfig } from './config/load.js'
import type { DeliveryConfig } from './config/types.js'
import { InputError } from './errors.js'
import {
  DEFAULT_RUNS,
  DEFAULT_START,
  forecast,
  HORIZON_DAYS,
  type ForecastInput
} from './forecast/forecast.js'
import { MAX_RUNS, wholeNumber } from './inputs.js'
import { defaultModels, parseModels, type ForecastModels } from './forecast/models.js'
import { forecastJson, forecastText } from './forecast/report.js'
import { roadmapText } from './roadmap/text.js'

export interface ForecastCommandOptions {
  roadmapPath: string
  configPath?: string
  modelsPath?: string
  compareConfigPath?: string
  compareModelsPath?: string
  runs?: string
  seed?: string
  start?: string
  json: boolean
  out: NodeJS.WritableStream
}

function read(file: string, option: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    throw new InputError(option, `cannot read ${file}: ${(error as Error).message}`)
  }
}

const whole = (
  value: string | undefined,
  option: string,
  fallback: number,
  min: number,
  max: number
) => wholeNumber(option, value ?? '', min, max) ?? fallback

const configOf = (file?: string): DeliveryConfig =>
  parseConfig(
    file ? read(file, '--config').toString('utf8') : 'version: 1\n',
    file ?? '.delivery.yml'
  ).config
const modelsOf = (file?: string): ForecastModels =>
  file ? parseModels(read(file, '--models').toString('utf8'), file) : defaultModels()

export async function runForecastCommand(options: ForecastCommandOptions): Promise<number> {
  const roadmap = roadmapText(read(options.roadmapPath, '--roadmap'), options.roadmapPath)
  const start = new Date(options.start ?? DEFAULT_START)
  if (Number.isNaN(start.getTime()))
    throw new InputError('--start', `"${options.start}" is not an ISO 8601 time`)
  const base: ForecastInput = {
    roadmap,
    roadmapFile: options.roadmapPath,
    config: configOf(options.configPath),
    models: modelsOf(options.modelsPath),
    runs: whole(options.runs, '--runs', DEFAULT_RUNS, 1, MAX_RUNS),
    seed: whole(options.seed, '--seed', 1, 0, 2 ** 31 - 1),
    start,
    horizonDays: HORIZON_DAYS
  }
  const scenarios: [string, ForecastInput][] = [['as configured', base]]
  if (options.compareConfigPath || options.compareModelsPath)
    scenarios.push([
      'compared',
      {
        ...base,
        ...(options.compareConfigPath ? { config: configOf(options.compareConfigPath) } : {}),
        ...(options.compareModelsPath ? { models: modelsOf(options.compareModelsPath) } : {})
      }
    ])
  const results = []
  for (const [label, input] of scenarios) results.push({ label, forecast: await forecast(input) })
  if (options.json) {
    const json = results.map(r => ({ scenario: r.label, ...forecastJson(r.forecast) }))
    options.out.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`)
  } else
    options.out.write(
      `${results.map(r => forecastText(r.forecast, start, scenarios.length > 1 ? r.label : '')).join('\n\n')}\n`
    )
  return 0
}
