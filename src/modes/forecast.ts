/**
 * mode: forecast — the forecast of `delivery-loop forecast` in a workflow: the roadmap and
 * `.delivery.yml` as the loop reads them (the checkout, else the default branch), the models file
 * from the checkout, and the report in the job summary. It reads nothing else and writes nothing:
 * the simulated GitHub is in memory.
 */
import { readRoadmapSource } from '../roadmap/source.js'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { DEFAULT_RUNS, DEFAULT_START, forecast, HORIZON_DAYS } from '../forecast/forecast.js'
import { defaultModels, parseModels } from '../forecast/models.js'
import { forecastJson, forecastText } from '../forecast/report.js'
import { roadmapText } from '../roadmap/text.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

async function roadmapOf(env: ModeEnvironment): Promise<Buffer> {
  const found = await readRoadmapSource(env.github, env.context, env.inputs.roadmapPath, {
    of: 'event'
  })
  if (!found)
    throw new InputError(
      'roadmap',
      `${env.inputs.roadmapPath} is neither in the checkout nor on the default branch`
    )
  return found.bytes
}

function modelsOf(env: ModeEnvironment) {
  const file = env.inputs.modelsPath
  if (!file) return defaultModels()
  const local = path.resolve(env.context.workspace, file)
  if (!existsSync(local)) throw new InputError('models', `${file} is not in the checkout`)
  return parseModels(readFileSync(local, 'utf8'), file)
}

export async function forecastMode(env: ModeEnvironment): Promise<ModeResult> {
  const roadmap = roadmapText(await roadmapOf(env), env.inputs.roadmapPath)
  const start = new Date(DEFAULT_START)
  const f = await forecast({
    roadmap,
    roadmapFile: env.inputs.roadmapPath,
    config: env.config,
    models: modelsOf(env),
    runs: env.inputs.runs ?? DEFAULT_RUNS,
    seed: env.inputs.seed ?? 1,
    start,
    horizonDays: HORIZON_DAYS
  })
  return {
    status: f.done === f.runs ? 'forecast' : 'forecast-incomplete',
    report: forecastJson(f),
    summary: forecastText(f, start)
  }
}
