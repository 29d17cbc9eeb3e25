/**
 * The dashboard's ETA (`forecast.eta`): after a tick, a forecast of the roadmap's open slices from
 * now — the slices whose issues are closed are delivered, the rest start afresh — with the models
 * of `forecast.models` (a file on the default branch) or the defaults. It is kept in the state
 * with the key of what it was made from and made again only when the roadmap, the models, the
 * configuration or the open slices change, or a day has passed: a quiet tick forecasts nothing.
 */
import { createHash } from 'node:crypto'
import { now } from '../clock.js'
import type { EtaBoard, EtaResult } from '../dashboard/eta.js'
import { unitMarkerOf } from '../loop/markers.js'
import type { ModeEnvironment } from '../mode.js'
import { readRoadmapSource } from '../roadmap/source.js'
import { ETA_HISTORY, type EtaPoint, type EtaState } from '../state/eta.js'
import type { TickRun } from '../tick/mode.js'
import { forecast, HORIZON_DAYS, type Forecast } from './forecast.js'
import { defaultModels, parseModels, type ForecastModels } from './models.js'
import { PHASE_WORDS, type Phase } from './phases.js'
import { roadmapToDeliver } from './remaining.js'

const HOUR = 3_600_000
/** A forecast older than this is made again: time passing with nothing delivered is news. */
export const ETA_MAX_AGE_HOURS = 24

/** The models the ETA uses: `forecast.models` from the default branch, else the defaults. */
async function modelsOf(
  env: ModeEnvironment,
  branch: string
): Promise<{ models: ForecastModels; text: string; source: string }> {
  const file = env.config.forecast.models
  if (!file) return { models: defaultModels(), text: '', source: 'default models' }
  const read = await readRoadmapSource(env.github, env.context, file, {
    of: 'default-branch',
    branch
  })
  if (!read) throw new Error(`forecast.models: ${file} is not on ${branch}`)
  const text = read.bytes.toString('utf8')
  return { models: parseModels(text, file), text, source: `models of ${file}` }
}

/** Slice ids of the roadmap whose issues are open (the rest are delivered). */
function openSlices(run: TickRun): Set<string> {
  return new Set(run.facts.scan.issues.flatMap(i => unitMarkerOf(i.body) ?? []))
}

export function etaKey(parts: {
  roadmap: string
  models: string
  config: unknown
  open: string[]
}) {
  const config = parts.config as { forecast?: Record<string, unknown> }
  // The deadline changes what the dashboard says, not the forecast.
  const { deadline: _deadline, ...forecasting } = config.forecast ?? {}
  const material = JSON.stringify([
    parts.roadmap,
    parts.models,
    { ...config, forecast: forecasting },
    [...parts.open].sort()
  ])
  return createHash('sha256').update(material).digest('hex')
}

/** The state a new forecast leaves: it, and the one before it moved into the history. */
export function nextEta(
  f: Forecast,
  at: Date,
  figures: { key: string; total: number },
  previous: EtaState | undefined
): EtaState {
  const when = (hours: number) => new Date(at.getTime() + hours * HOUR).toISOString()
  const history: EtaPoint[] = previous
    ? [
        ...previous.history,
        { at: previous.at, delivered: previous.delivered, p50: previous.p50, p90: previous.p90 }
      ].slice(-(ETA_HISTORY - 1))
    : []
  return {
    key: figures.key,
    at: at.toISOString(),
    delivered: figures.total - f.slices,
    total: figures.total,
    p50: when(f.makespan.median),
    p90: when(f.makespan.p90),
    runs: f.runs,
    done: f.done,
    phases: Object.fromEntries(f.phases.filter(p => p.hours > 0).map(p => [p.phase, p.hours])),
    history
  }
}

export async function etaOf(env: ModeEnvironment, run: TickRun): Promise<EtaResult> {
  const previous = env.state.eta
  const roadmap = run.facts.roadmap
  const keep = (problem: string): EtaResult => ({
    board: withDeadline(env, { ...(previous ? { eta: previous } : {}), problem }, previous),
    ...(previous ? { state: previous } : {})
  })
  if (!roadmap) return keep(run.facts.roadmapProblem ?? 'no roadmap on the default branch')
  const open = openSlices(run)
  const compiled = roadmapToDeliver(roadmap.text, roadmap.file)
  const ids = compiled.order.filter(id => open.has(id))
  if (!ids.length) return keep('no slice of the roadmap has an open issue')
  let models: Awaited<ReturnType<typeof modelsOf>>
  try {
    models = await modelsOf(env, run.facts.repository.defaultBranch)
  } catch (error) {
    return keep((error as Error).message.split('\n')[0])
  }
  const key = etaKey({ roadmap: roadmap.text, models: models.text, config: env.config, open: ids })
  const at = now()
  const fresh =
    previous?.key === key && at.getTime() - Date.parse(previous.at) < ETA_MAX_AGE_HOURS * HOUR
  if (fresh)
    return {
      board: withDeadline(env, { eta: previous, models: models.source }, undefined),
      state: previous
    }
  const delivered = compiled.order.filter(id => !open.has(id))
  let f: Forecast
  try {
    f = await forecast({
      roadmap: roadmap.text,
      roadmapFile: roadmap.file,
      config: { ...env.config, forecast: { ...env.config.forecast, eta: false } },
      models: models.models,
      runs: env.config.forecast.runs,
      seed: 1,
      start: at,
      horizonDays: HORIZON_DAYS,
      delivered
    })
  } catch (error) {
    // The ETA is a view: a forecast that fails says so on the dashboard, never fails the tick
    // whose dispatches are already out.
    env.logger.warning(`ETA: the forecast failed: ${(error as Error).message}`)
    return keep(`the forecast failed: ${(error as Error).message.split('\n')[0]}`)
  }
  const eta = nextEta(f, at, { key, total: compiled.order.length }, previous)
  env.logger.info(`ETA: p50 ${eta.p50}, p90 ${eta.p90} for ${ids.length} open slice(s)`)
  return { board: withDeadline(env, { eta, models: models.source }, previous), state: eta }
}

/** The board with the deadline's verdict, when `forecast.deadline` is set. */
function withDeadline(
  env: ModeEnvironment,
  board: EtaBoard,
  previous: EtaState | undefined
): EtaBoard {
  const deadline = env.config.forecast.deadline
  if (!deadline || !board.eta) return board
  const at = new Date(deadline).toISOString()
  const late = Date.parse(board.eta.p90) > Date.parse(at)
  return {
    ...board,
    deadline: { at, late, why: late ? whyLate(board.eta, previous?.phases) : [] }
  }
}

/**
 * Why p90 is past the deadline: how the forecast moved since the one before (its p90, the slices
 * delivered against what it expected by now, the phase that grew most a slice) and where most of
 * the open slices' time goes.
 */
export function whyLate(eta: EtaState, previousPhases?: EtaState['phases']): string[] {
  const why: string[] = []
  const previous = eta.history.at(-1)
  const top = Object.entries(eta.phases).sort((a, b) => b[1] - a[1])[0]
  const total = Object.values(eta.phases).reduce((a, b) => a + b, 0) || 1
  if (previous && previous.at !== eta.at) {
    if (Date.parse(eta.p90) > Date.parse(previous.p90))
      why.push(
        `p90 moved from ${previous.p90.slice(0, 10)} since the forecast of ${previous.at.slice(0, 10)}.`
      )
    const expected = expectedBy(previous, eta.total, Date.parse(eta.at))
    const since = eta.delivered - previous.delivered
    if (since < Math.floor(expected))
      why.push(
        `${since} slice(s) delivered since then; that forecast expected about ${Math.floor(expected)} by now.`
      )
    const grew = previousPhases && phaseGrowth(eta, { ...previous, phases: previousPhases })
    if (grew) why.push(grew)
  }
  if (top)
    why.push(
      `Most of the open slices' time goes to ${PHASE_WORDS[top[0] as Phase] ?? top[0]} (${Math.round((top[1] / total) * 100)}%).`
    )
  return why
}

/** Slices `previous` expected delivered by `at`: its open slices, evenly until its p50. */
function expectedBy(previous: EtaPoint, total: number, at: number): number {
  const from = Date.parse(previous.at)
  const span = Date.parse(previous.p50) - from
  const share = span > 0 ? Math.min(1, Math.max(0, (at - from) / span)) : 1
  return (total - previous.delivered) * share
}

/** The phase whose hours a slice grew most from `previous` to `eta`, when one grew by 10%+. */
function phaseGrowth(
  eta: EtaState,
  previous: EtaPoint & Pick<EtaState, 'phases'>
): string | undefined {
  const perSlice = (e: EtaPoint & Pick<EtaState, 'phases'>, p: string) =>
    (e.phases[p] ?? 0) / Math.max(1, eta.total - e.delivered)
  const rows = Object.keys({ ...eta.phases, ...previous.phases }).map(p => ({
    p,
    was: perSlice(previous, p),
    is: perSlice(eta, p)
  }))
  const top = rows.sort((a, b) => b.is - b.was - (a.is - a.was))[0]
  if (!top || top.is - top.was <= 0.1 * Math.max(top.was, 0.1)) return undefined
  return `${PHASE_WORDS[top.p as Phase] ?? top.p} grew from ${top.was.toFixed(1)} to ${top.is.toFixed(1)} hours a slice.`
}
