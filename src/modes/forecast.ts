/**
 * mode: forecast — the forecast of `delivery-loop forecast` in a workflow: the roadmap and
 * `.delivery.yml` as the loop reads them (the checkout, else the default branch), the models file
 * from the checkout — or, with `calibrate: true`, the models fitted to the repository's own
 * history (its closed pull requests, read a page at a time), written to a file for the next
 * run — and the report in the job summary. It writes nothing to GitHub: the simulated GitHub is
 * in memory.
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
import type { Calibration } from '../forecast/calibrate.js'
import { calibrateFrom, historySince } from '../forecast/history.js'
import { now } from '../clock.js'
import { cell, table } from '../report/markdown.js'
import { writeFileSync } from 'node:fs'

/** The models fitted to the repository's history, and where they were written. */
async function calibrated(env: ModeEnvironment): Promise<{ result: Calibration; file: string }> {
  const at = now()
  const { owner, repo } = env.context.repo
  const { result } = await calibrateFrom(env.github, {
    repo: `${owner}/${repo}`,
    since: historySince(env.inputs.since, at, 'since'),
    now: at,
    loop: await env.trust()
  })
  const file = path.join(env.context.runnerTemp, 'forecast-models.yml')
  writeFileSync(file, result.text)
  return { result, file }
}

function calibrationSummary(c: Calibration): string {
  return [
    `### Models fitted to this repository's history`,
    '',
    `${c.pulls} of the loop's pull requests, ${c.merged} merged.`,
    '',
    table(
      ['model', 'fitted', 'from'],
      c.fitted.map(f => [f.key, f.value ?? 'default', cell(f.note)])
    )
  ].join('\n')
}

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
  const fit = env.inputs.calibrate ? await calibrated(env) : undefined
  const f = await forecast({
    roadmap,
    roadmapFile: env.inputs.roadmapPath,
    config: env.config,
    models: fit?.result.models ?? modelsOf(env),
    runs: env.inputs.runs ?? DEFAULT_RUNS,
    seed: env.inputs.seed ?? 1,
    start,
    horizonDays: HORIZON_DAYS
  })
  return {
    status: f.done === f.runs ? 'forecast' : 'forecast-incomplete',
    ...(fit ? { outputs: { 'models-file': fit.file } } : {}),
    report: {
      ...forecastJson(f),
      ...(fit
        ? {
            calibration: {
              pulls: fit.result.pulls,
              merged: fit.result.merged,
              fitted: fit.result.fitted,
              models_file: fit.file
            }
          }
        : {})
    },
    summary: [forecastText(f, start), ...(fit ? ['', calibrationSummary(fit.result)] : [])].join(
      '\n'
    )
  }
}
