/**
 * `delivery-loop forecast --backtest --at DATE --repo OWNER/NAME`: how good would the forecast
 * have been? It reads (reads only) the roadmap as it stood at DATE (the default branch's last
 * commit of it then), the loop's unit issues with when each closed, and the closed pull requests
 * since `--since` (default 60 days before DATE); calibrates on those closed before DATE, forecasts
 * the slices still open at DATE from DATE, and sets p50 and p90 against when the last of them was
 * delivered (`forecast/backtest.ts`, pure).
 */
import { InputError } from './errors.js'
import { configOf, historyPort, type CalibrateOptions } from './forecast-command.js'
import { calibrateBefore, splitAt, verdictOf } from './forecast/backtest.js'
import { DEFAULT_RUNS, forecast, HORIZON_DAYS } from './forecast/forecast.js'
import { MAX_RUNS, wholeNumber } from './inputs.js'
import { CALIBRATION_PAGES, dispatchedAttempts, readHistory } from './forecast/history.js'
import { roadmapToDeliver } from './forecast/remaining.js'
import type { ContentsPort } from './github/port.js'
import { now } from './clock.js'
import { LABEL_UNIT } from './loop/labels.js'
import { ACTIONS_BOT, trustPolicy } from './loop/trust.js'
import { roadmapText } from './roadmap/text.js'

export interface BacktestOptions extends Omit<CalibrateOptions, 'outPath'> {
  at?: string
  roadmapPath: string
  configPath?: string
  runs?: string
  seed?: string
}

const DAY = 86_400_000

function pastDate(value: string | undefined, option: string, before: Date): Date {
  const at = value ? new Date(value) : new Date(Number.NaN)
  if (Number.isNaN(at.getTime()) || at.getTime() >= before.getTime())
    throw new InputError(option, `"${value ?? ''}" is not a past date (ISO 8601, e.g. 2026-10-01)`)
  return at
}

/** The roadmap's text at `at`: its last commit on the default branch then. */
async function roadmapAt(github: ContentsPort, file: string, at: Date) {
  const commit = await github.lastCommitOf(file, at)
  const read = commit ? await github.readFile(file, commit) : undefined
  if (!commit || !read)
    throw new InputError('--at', `${file} was not on the default branch at ${at.toISOString()}`)
  return { commit, text: roadmapText(read.bytes, file) }
}

export async function runBacktestCommand(options: BacktestOptions): Promise<number> {
  const { repo, github } = historyPort(options, '--backtest')
  const today = now()
  const at = pastDate(options.at, '--at', today)
  const since = options.since
    ? pastDate(options.since, '--since', at)
    : new Date(at.getTime() - 60 * DAY)
  const { config, source } = configOf(options.configPath)
  const roadmap = await roadmapAt(github, options.roadmapPath, at)
  const issues = await github.listIssuesWithLabels([LABEL_UNIT])
  const history = await readHistory(github, since, CALIBRATION_PAGES)
  const name = `${repo.owner}/${repo.repo}`
  const trust = trustPolicy(ACTIONS_BOT, config.trust.bot_logins)
  const dispatched = await dispatchedAttempts(github, history.pulls, trust)
  const calibration = calibrateBefore(history.pulls, { repo: name, since, at }, dispatched)
  const compiled = roadmapToDeliver(roadmap.text, options.roadmapPath)
  const split = splitAt(compiled, issues, trust, at, today)
  if (!split.open.length)
    throw new InputError(
      '--at',
      `every slice of ${options.roadmapPath} was delivered by ${at.toISOString()}: nothing to forecast`
    )
  const f = await forecast({
    roadmap: roadmap.text,
    roadmapFile: options.roadmapPath,
    config,
    models: calibration.models,
    runs: wholeNumber('--runs', options.runs ?? '', 1, MAX_RUNS) ?? DEFAULT_RUNS,
    seed: wholeNumber('--seed', options.seed ?? '', 0, 2 ** 31 - 1) ?? 1,
    start: at,
    horizonDays: HORIZON_DAYS,
    delivered: split.delivered
  })
  const verdict = verdictOf(f, split, at)
  const report = {
    repository: name,
    at: at.toISOString(),
    roadmap: { file: options.roadmapPath, commit: roadmap.commit },
    configuration: source,
    slices: { open: split.open.length, delivered: split.delivered.length },
    calibration: {
      pulls: calibration.pulls,
      merged: calibration.merged,
      fitted: calibration.fitted
    },
    runs: f.runs,
    done: f.done,
    realised: split.realised,
    ...verdict
  }
  options.out.write(
    options.json ? `${JSON.stringify(report, null, 2)}\n` : `${backtestText(report)}\n`
  )
  return 0
}

function backtestText(
  r: {
    repository: string
    at: string
    roadmap: { file: string; commit: string }
    slices: { open: number; delivered: number }
    calibration: { pulls: number; merged: number }
    realised: ReturnType<typeof splitAt>['realised']
  } & ReturnType<typeof verdictOf>
): string {
  const day = (iso: string) => iso.slice(0, 16).replace('T', ' ')
  const realised =
    'hours' in r.realised
      ? `delivered by ${day(r.realised.at)} UTC: ${r.realised.hours} h`
      : `${r.realised.open} slice(s) still open after ${r.realised.atLeastHours} h`
  const verdict =
    r.covered === true
      ? 'p90 covered what happened.'
      : r.covered === false
        ? 'p90 did not cover what happened: the forecast was optimistic.'
        : 'Not over yet: what happened is not known.'
  return [
    `## Delivery Loop · backtest of ${r.repository} at ${day(r.at)} UTC`,
    '',
    `${r.roadmap.file} as it stood then (${r.roadmap.commit.slice(0, 7)}): ${r.slices.open} slice(s) open, ${r.slices.delivered} delivered. Models calibrated on the ${r.calibration.pulls} pull request(s) of the loop's closed before then (${r.calibration.merged} merged).`,
    '',
    '| | hours | by |',
    '|---|---|---|',
    `| forecast p50 | ${r.p50.hours} | ${day(r.p50.at)} |`,
    `| forecast p90 | ${r.p90.hours} | ${day(r.p90.at)} |`,
    `| what happened | ${'hours' in r.realised ? r.realised.hours : `> ${r.realised.atLeastHours}`} | ${realised} |`,
    '',
    `${verdict}${r.ratio !== undefined ? ` What happened ÷ p50: ${r.ratio}.` : ''}`
  ].join('\n')
}
