/**
 * A forecast: many seeded simulations of one roadmap and configuration, summed up — calendar
 * time (median, 90th percentile) against the lower bound, where the time goes, attempts, spend,
 * and GitHub requests per hour against the token's quota. Run `i` uses seed `seed + i`, so the
 * same seed gives the same forecast.
 */
import type { DeliveryConfig } from '../config/types.js'
import { idealPath, lowerBound, type LowerBound } from './bound.js'
import type { ForecastModels } from './models.js'
import { roadmapToDeliver } from './remaining.js'
import { PHASES, type Phase } from './phases.js'
import { simulateAll, type RunSummary } from './shard.js'

/** A Monday morning: a fixed start keeps a forecast repeatable (working hours count from it). */
export const DEFAULT_START = '2027-01-04T09:00:00Z'
/** A run is given up after a year of simulated time. */
export const HORIZON_DAYS = 365
export const DEFAULT_RUNS = 20

/** GITHUB_TOKEN's requests per hour. */
export const TOKEN_QUOTA = 1000

export interface ApiUse {
  peakPerHour: number
  medianPerHour: number
  quotaShare: number
}

/** The busiest and the median hour of `hourly`, and the busiest one's share of TOKEN_QUOTA. */
function apiUse(hourly: number[]): ApiUse {
  // A loop, not Math.max(...hourly): a long simulation has more hours than the stack has room.
  const peak = hourly.reduce((most, n) => Math.max(most, n), 0)
  return {
    peakPerHour: peak,
    medianPerHour: quantile(hourly, 0.5),
    quotaShare: Math.round((peak / TOKEN_QUOTA) * 1000) / 1000
  }
}

export interface ForecastInput {
  roadmap: string
  roadmapFile: string
  config: DeliveryConfig
  models: ForecastModels
  runs: number
  seed: number
  start: Date
  horizonDays: number
  /** Slice ids already delivered: the forecast is of the rest, from `start`. */
  delivered?: string[]
}

export interface Forecast {
  runs: number
  seed: number
  slices: number
  /** Runs that delivered every slice within the horizon. */
  done: number
  /** Hours. */
  makespan: { median: number; p90: number }
  /** No run beats it: every step at the least its model can draw. */
  bound: LowerBound & { hours: number }
  /** Every step at its median, nothing failing or waiting: a typical day's best. */
  ideal: LowerBound & { hours: number }
  /** Median makespan over the ideal path: what failures, variance and the loop's waits add. */
  ratio: number
  /**
   * Each delivered run's makespan over the oracle scheduler's on that run's own work
   * (`oracle.ts`): the loop's own overhead — tick waits, the per-tick cap, its ordering.
   */
  overhead: { median: number; p90: number }
  /** Where the time goes: slice-hours per phase, averaged over the runs, and each one's share. */
  phases: { phase: Phase; hours: number; share: number }[]
  attempts: { median: number; p90: number }
  spendUsd: { median: number; p90: number }
  /** Spend on conflict tasks: work redone because a sibling merged first. */
  conflictSpendUsd: { median: number; p90: number }
  /** Hours a pull request that passed review waits for its merge, over every run's merges. */
  mergeWait: { median: number; p90: number }
  /**
   * REST requests in the busiest simulated hour (over every run) and its share of the 1,000/h
   * quota; `points` the same for GraphQL points, a budget of its own.
   */
  api: ApiUse & { points: ApiUse }
  /** The run whose makespan is the median: its timeline, for the chart. */
  typical: RunSummary
}

function quantile(values: number[], q: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}

/** The median and 90th percentile of a run figure. */
const spread = (values: number[]) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9) })

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10

/** The loop's makespan over the oracle's on the same work, for each run that delivered. */
function overheadOf(results: RunSummary[]): { median: number; p90: number } {
  const ratios = results.flatMap(r => (r.oracle ? [r.makespan / r.oracle] : []))
  const two = (n: number) => Math.round(n * 100) / 100
  return { median: two(quantile(ratios, 0.5)), p90: two(quantile(ratios, 0.9)) }
}

export async function forecast(input: ForecastInput): Promise<Forecast> {
  const compiled = roadmapToDeliver(input.roadmap, input.roadmapFile, input.delivered)
  const seeds = [...Array(input.runs).keys()].map(i => input.seed + i)
  const results: RunSummary[] = await simulateAll(input, seeds)
  const spans = results.map(r => r.makespan)
  const waits = results.flatMap(r => r.mergeWaits)
  const bound = lowerBound(compiled, input.config, input.models)
  const ideal = idealPath(compiled, input.config, input.models)
  const typical = [...results].sort((a, b) => a.makespan - b.makespan)[
    Math.floor((results.length - 1) / 2)
  ]
  const phaseMinutes = Object.fromEntries(
    PHASES.filter(p => p !== 'done').map(p => [
      p,
      results.reduce((sum, r) => sum + r.phases[p], 0) / results.length
    ])
  ) as Record<Phase, number>
  const total = Object.values(phaseMinutes).reduce((a, b) => a + b, 0) || 1
  return {
    runs: input.runs,
    seed: input.seed,
    slices: compiled.order.length,
    done: results.filter(r => r.done).length,
    makespan: { median: hours(quantile(spans, 0.5)), p90: hours(quantile(spans, 0.9)) },
    bound: { ...bound, hours: hours(bound.minutes) },
    ideal: { ...ideal, hours: hours(ideal.minutes) },
    ratio: ideal.minutes ? Math.round((quantile(spans, 0.5) / ideal.minutes) * 100) / 100 : 0,
    overhead: overheadOf(results),
    phases: Object.entries(phaseMinutes).map(([phase, m]) => ({
      phase: phase as Phase,
      hours: hours(m),
      share: Math.round((m / total) * 1000) / 1000
    })),
    attempts: spread(results.map(r => r.attempts)),
    spendUsd: spread(results.map(r => r.spendUsd)),
    conflictSpendUsd: spread(results.map(r => r.conflictSpendUsd)),
    mergeWait: {
      median: hours(quantile(waits, 0.5)),
      p90: hours(quantile(waits, 0.9))
    },
    api: {
      ...apiUse(results.flatMap(r => r.requestsPerHour)),
      points: apiUse(results.flatMap(r => r.pointsPerHour))
    },
    typical
  }
}
