/**
 * `delivery-loop forecast`: offline, no token. How long a roadmap will take under a
 * configuration, what it will cost and where the time goes, from many seeded simulations of the
 * loop's real decisions (src/forecast/). `--compare-config` / `--compare-models` run a second
 * scenario side by side. `--json` prints the numbers as JSON; the same seed gives the same answer.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseConfig } from './config/load.js'
import { DEFAULT_CONFIG_PATH } from './config/source.js'
import type { DeliveryConfig } from './config/types.js'
import { ConfigError, InputError } from './errors.js'
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
import { steer, type SteerResult } from './forecast/steer.js'
import { CALIBRATION_PAGES, calibrateFrom, historySince } from './forecast/history.js'
import { createClient, pacingFromEnv } from './github/client.js'
import { createOctokitPort } from './github/octokit-port.js'
import { parseRepo } from './context.js'
import { now } from './clock.js'
import { ACTIONS_BOT, trustPolicy } from './loop/trust.js'
import type { Logger } from './logging.js'
import { cell, table } from './report/markdown.js'

export interface ForecastCommandOptions {
  roadmapPath: string
  configPath?: string
  modelsPath?: string
  compareConfigPath?: string
  compareModelsPath?: string
  runs?: string
  seed?: string
  start?: string
  /** Steer: the date to deliver by (at p90), and optionally a budget (median agent spend). */
  deadline?: string
  budget?: string
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

/**
 * The configuration forecast: `--config`'s file, else the repository's own `.delivery.yml` when
 * it is here (what the loop would run with), else every default — and which, in words.
 */
export function configOf(file?: string): { config: DeliveryConfig; source: string } {
  if (file)
    return { config: strictConfig(read(file, '--config').toString('utf8'), file), source: file }
  if (existsSync(DEFAULT_CONFIG_PATH))
    return {
      config: strictConfig(readFileSync(DEFAULT_CONFIG_PATH, 'utf8'), DEFAULT_CONFIG_PATH),
      source: DEFAULT_CONFIG_PATH
    }
  return {
    config: parseConfig('version: 1\n', DEFAULT_CONFIG_PATH).config,
    source: `every default (no ${DEFAULT_CONFIG_PATH} here; --config FILE names one)`
  }
}
/**
 * A configuration to forecast, unknown keys refused: the loop ignores one (with a warning), so a
 * forecast of `guardrails.reveiw` would answer for a setting nobody runs — say it instead.
 */
function strictConfig(text: string, file: string): DeliveryConfig {
  const { config, warnings } = parseConfig(text, file)
  if (warnings.length)
    throw new ConfigError(
      `${file} has ${warnings.length} unknown key(s): fix them to forecast what the loop would run`,
      warnings.map(w => ({
        ...w,
        message: w.message.replace('unknown key (ignored)', 'unknown key')
      }))
    )
  return config
}

const modelsOf = (file?: string): ForecastModels =>
  file ? parseModels(read(file, '--models').toString('utf8'), file) : defaultModels()

export async function runForecastCommand(options: ForecastCommandOptions): Promise<number> {
  const roadmap = roadmapText(read(options.roadmapPath, '--roadmap'), options.roadmapPath)
  const start = new Date(options.start ?? DEFAULT_START)
  if (Number.isNaN(start.getTime()))
    throw new InputError('--start', `"${options.start}" is not an ISO 8601 time`)
  const configured = configOf(options.configPath)
  const base: ForecastInput = {
    roadmap,
    roadmapFile: options.roadmapPath,
    config: configured.config,
    models: modelsOf(options.modelsPath),
    runs: whole(options.runs, '--runs', DEFAULT_RUNS, 1, MAX_RUNS),
    seed: whole(options.seed, '--seed', 1, 0, 2 ** 31 - 1),
    start,
    horizonDays: HORIZON_DAYS
  }
  if (options.deadline !== undefined) return steerCommand(options, base, configured.source)
  const scenarios: [string, ForecastInput][] = [['as configured', base]]
  if (options.compareConfigPath || options.compareModelsPath)
    scenarios.push([
      'compared',
      {
        ...base,
        ...(options.compareConfigPath
          ? { config: configOf(options.compareConfigPath).config }
          : {}),
        ...(options.compareModelsPath ? { models: modelsOf(options.compareModelsPath) } : {})
      }
    ])
  const results = []
  for (const [label, input] of scenarios) results.push({ label, forecast: await forecast(input) })
  if (options.json) {
    const json = results.map(r => ({
      scenario: r.label,
      configuration:
        r.label === 'compared' && options.compareConfigPath
          ? options.compareConfigPath
          : configured.source,
      ...forecastJson(r.forecast)
    }))
    options.out.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`)
  } else
    options.out.write(
      `configuration: ${configured.source}\n\n${results.map(r => forecastText(r.forecast, start, scenarios.length > 1 ? r.label : '')).join('\n\n')}\n`
    )
  return 0
}

/** The goal of `--deadline` (and `--budget`), checked before any forecast runs. */
function goalOf(
  options: ForecastCommandOptions,
  start: Date
): { deadline: Date; budgetUsd?: number } {
  const deadline = new Date(options.deadline!)
  if (Number.isNaN(deadline.getTime()))
    throw new InputError(
      '--deadline',
      `"${options.deadline}" is not a date (ISO 8601, e.g. 2027-02-01)`
    )
  if (deadline.getTime() <= start.getTime())
    throw new InputError(
      '--deadline',
      `${options.deadline} is not after the start, ${start.toISOString()}`
    )
  if (options.budget === undefined) return { deadline }
  const budgetUsd = Number(options.budget)
  if (!/^\d+(\.\d+)?$/.test(options.budget.trim()) || !Number.isFinite(budgetUsd))
    throw new InputError(
      '--budget',
      `"${options.budget}" is not an amount in US dollars (e.g. 250)`
    )
  return { deadline, budgetUsd }
}

const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`

function steerText(result: SteerResult, source: string, runs: number): string {
  const r = result.recommended
  const goal = `by ${utc(result.deadline)} at the 90th percentile${result.budgetUsd !== undefined ? `, within $${result.budgetUsd} of agent spend (median)` : ''}`
  const verdict = r
    ? `Recommended: ${r.label} — delivered by ${utc(r.p90At)} in 9 runs of 10 (median ${utc(r.medianAt)}), $${r.spendUsd.toFixed(2)} of agent spend (median). In .delivery.yml: guardrails.budget.max_in_flight: ${r.maxInFlight}${r.approval === 'wave' ? ' (supervised dispatch kept)' : ''}; ${r.events ? 'keep the event triggers of the shipped workflows' : 'the schedule alone is enough'}.`
    : `No setting tried meets it: the earliest is ${result.rows[0].label}, delivered by ${utc(result.rows[0].p90At)} at p90 — move the deadline, or cut the roadmap.`
  return [
    `configuration: ${source}`,
    '',
    `Steering: delivered ${goal}. ${result.rows.length} settings, ${runs} simulated runs each.`,
    '',
    verdict,
    '',
    table(
      ['setting', 'median done', 'p90 done', 'agent spend (median)', 'meets the goal'],
      result.rows.map(row => [
        cell(row.label),
        utc(row.medianAt),
        utc(row.p90At),
        `$${row.spendUsd.toFixed(2)}`,
        row.meets ? (row === r ? '**yes — recommended**' : 'yes') : `no: ${row.misses}`
      ])
    )
  ].join('\n')
}

async function steerCommand(
  options: ForecastCommandOptions,
  base: ForecastInput,
  source: string
): Promise<number> {
  const result = await steer(base, goalOf(options, base.start))
  options.out.write(
    options.json
      ? `${JSON.stringify({ configuration: source, runs: base.runs, ...result }, null, 2)}\n`
      : `${steerText(result, source, base.runs)}\n`
  )
  return 0
}

export interface CalibrateOptions {
  repo?: string
  token?: string
  apiUrl: string
  since?: string
  outPath?: string
  json: boolean
  out: NodeJS.WritableStream
  logger: Logger
}

/** The repository and a port to read its history with (`--calibrate`, `--backtest`). */
export function historyPort(
  options: Pick<CalibrateOptions, 'repo' | 'token' | 'apiUrl' | 'logger'>,
  flag: '--calibrate' | '--backtest'
) {
  if (!options.repo)
    throw new InputError('--repo', `is required with ${flag}: the repository whose history to read`)
  if (!options.token)
    throw new InputError(
      'GITHUB_TOKEN',
      `is required with ${flag}: a token that can read the repository (gh auth token)`
    )
  const repo = parseRepo(options.repo, '--repo')
  const octokit = createClient({
    token: options.token,
    baseUrl: options.apiUrl,
    logger: options.logger,
    ...pacingFromEnv()
  })
  return { repo, github: createOctokitPort(octokit, repo) }
}

/**
 * `forecast --calibrate`: the models fitted to the repository's own history, written to a file
 * that `forecast --models` reads — each value with the samples it rests on.
 */
export async function runCalibrateCommand(options: CalibrateOptions): Promise<number> {
  const { repo, github } = historyPort(options, '--calibrate')
  const at = now()
  const since = historySince(options.since, at, '--since')
  const { history, result } = await calibrateFrom(github, {
    repo: `${repo.owner}/${repo.repo}`,
    since,
    now: at,
    loop: trustPolicy(ACTIONS_BOT, configOf().config.trust.bot_logins)
  })
  const file = options.outPath ?? 'forecast-models.yml'
  writeFileSync(file, result.text)
  const partial = history.complete
    ? ''
    : ` (the history goes back further than ${CALIBRATION_PAGES} pages: the newest ${history.pulls.length} pull requests were read)`
  options.out.write(
    options.json
      ? `${JSON.stringify({ file, pulls: result.pulls, merged: result.merged, pages: history.pages, complete: history.complete, fitted: result.fitted }, null, 2)}\n`
      : [
          `Calibrated from ${repo.owner}/${repo.repo}: ${result.pulls} of the loop's pull requests since ${since.toISOString().slice(0, 10)}, ${result.merged} merged${partial}. Wrote ${file}; forecast with --models ${file}.`,
          '',
          table(
            ['model', 'fitted', 'from'],
            result.fitted.map(f => [f.key, f.value ?? 'default', cell(f.note)])
          ),
          ''
        ].join('\n')
  )
  return 0
}
