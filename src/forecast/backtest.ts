/**
 * The backtest (the forecast's honesty check, pure): given the roadmap as it stood at a past date,
 * the unit issues with when each closed, and the pull requests closed before that date, forecast
 * the slices still open then — with models calibrated on that history alone, from that date — and
 * set the forecast's p50 and p90 against when the last of those slices was actually delivered.
 */
import type { TrackedIssue } from '../github/port.js'
import { unitMarkerOf } from '../loop/markers.js'
import type { TrustPolicy } from '../loop/trust.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import { calibrate, type Calibration, type HistoryPull } from './calibrate.js'
import type { Forecast } from './forecast.js'

const HOUR = 3_600_000

/** What was true at `at`, and what happened after. */
export interface BacktestSplit {
  /** Slice ids delivered before `at`: outside the forecast. */
  delivered: string[]
  /** Slice ids still open at `at`: what is forecast. */
  open: string[]
  /**
   * When the last open slice was delivered; or, with some still open now (or never filed as
   * issues), how many are and how long has passed at least.
   */
  realised: { at: string; hours: number } | { open: number; atLeastHours: number }
}

/** Closed before `at` — delivered, or dropped (closed as not planned): no work left then. */
const closedBy = (issue: TrackedIssue | undefined, at: number) =>
  issue?.state === 'CLOSED' && issue.closedAt !== undefined && Date.parse(issue.closedAt) <= at

/** The roadmap's slices split at `at` by their issues (the loop's own: trusted authors only). */
export function splitAt(
  compiled: CompiledRoadmap,
  issues: TrackedIssue[],
  trust: Pick<TrustPolicy, 'isTrustedAuthor'>,
  at: Date,
  now: Date
): BacktestSplit {
  const bySlice = new Map<string, TrackedIssue>()
  for (const issue of issues) {
    if (!trust.isTrustedAuthor(issue.author, issue.authorAssociation)) continue
    const id = unitMarkerOf(issue.body)
    if (id && !bySlice.has(id)) bySlice.set(id, issue)
  }
  const t = at.getTime()
  const delivered = compiled.order.filter(id => closedBy(bySlice.get(id), t))
  const open = compiled.order.filter(id => !closedBy(bySlice.get(id), t))
  const ends = open
    .map(id => bySlice.get(id))
    .map(i => (closedBy(i, now.getTime()) ? i : undefined))
  const unfinished = ends.filter(i => i === undefined).length
  if (unfinished || !open.length)
    return {
      delivered,
      open,
      realised: { open: unfinished, atLeastHours: hours(now.getTime() - t) }
    }
  const last = Math.max(...ends.map(i => Date.parse(i!.closedAt!)))
  return {
    delivered,
    open,
    realised: { at: new Date(last).toISOString(), hours: hours(last - t) }
  }
}

const hours = (ms: number) => Math.round((ms / HOUR) * 10) / 10

/** Calibrated on what was known at `at`: the pull requests closed (or merged) before it. */
export function calibrateBefore(
  history: HistoryPull[],
  context: { repo: string; since: Date; at: Date },
  dispatched: ReadonlyMap<number, ReadonlySet<number>> = new Map()
): Calibration {
  const known = history.filter(p => Date.parse(p.mergedAt ?? p.updatedAt) < context.at.getTime())
  return calibrate(known, { repo: context.repo, since: context.since, now: context.at }, dispatched)
}

export interface BacktestVerdict {
  p50: { hours: number; at: string }
  p90: { hours: number; at: string }
  /** The realised makespan is at most p90 (undefined while some slices are still open but not yet past it). */
  covered: boolean | undefined
  /** Realised over the forecast's median: above 1, the forecast was optimistic. */
  ratio?: number
}

/** The forecast set against what happened. */
export function verdictOf(f: Forecast, split: BacktestSplit, at: Date): BacktestVerdict {
  const when = (h: number) => new Date(at.getTime() + h * HOUR).toISOString()
  const p50 = { hours: f.makespan.median, at: when(f.makespan.median) }
  const p90 = { hours: f.makespan.p90, at: when(f.makespan.p90) }
  const r = split.realised
  if ('hours' in r)
    return {
      p50,
      p90,
      covered: r.hours <= p90.hours,
      ...(p50.hours > 0 ? { ratio: Math.round((r.hours / p50.hours) * 100) / 100 } : {})
    }
  // Still open: already past p90 is a miss; otherwise it cannot be told yet.
  return { p50, p90, covered: r.atLeastHours > p90.hours ? false : undefined }
}
