/**
 * The shapes of one simulated delivery: what a run is given (the roadmap, the configuration, the
 * models, the seed), what it returns (makespan, phases, spend, the budgets per hour, the trace
 * the faithfulness test replays), and the events its queue holds.
 */
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import type { DeliveryConfig } from '../config/types.js'
import type { ClaimMarker } from '../loop/markers.js'
import type { PublishTask } from '../publish/plan.js'
import type { ForecastModels } from './models.js'
import type { Phase } from './phases.js'

/** Quiet ticks (quiet-ticks.ts): replayed, all run, or all run and each replay checked. */
export type QuietTickMode = 'skip' | 'run' | 'verify'

export interface SimulationInput {
  roadmap: string
  roadmapFile: string
  config: DeliveryConfig
  models: ForecastModels
  seed: number
  start: Date
  /** Give up after this many simulated days (a frozen issue waits for a person forever). */
  horizonDays: number
  /** Slice ids already delivered: outside the forecast, taken as done (the dashboard's ETA). */
  delivered?: string[]
  /** The roadmap to deliver, compiled once for all of a forecast's runs (in one process). */
  compiled?: CompiledRoadmap
  /**
   * Quiet ticks (quiet-ticks.ts): `skip` (the default) replays them, `run` runs every tick,
   * `verify` runs every tick and checks each skip against it (tests).
   */
  quietTicks?: QuietTickMode
}

export interface WaveEntry {
  issue: number
  branch: string
  attempt: number
  kind: PublishTask['kind']
  title: string
  pull?: number
  /** A stacked task's base branch and the blocker head it starts from. */
  base?: string
  baseSha?: string
}

export interface ReviewEntry {
  pull: number
  issue: number
  head_sha: string
}

export interface TickRecord {
  /** Minutes since the start. */
  at: number
  cause: string
  status: string
  wave: { issue: number; kind: string; attempt: number }[]
  review: number[]
  frozen: number[]
  /** Issues the plan or the applier held back, with the reason. */
  held: { issue: number; reason: string }[]
  /** A quiet tick replayed, not re-planned (quiet-ticks.ts): its inputs had not changed. */
  replayed?: true
}

/**
 * What happened outside the loop's code, in order: enough to replay a run against the real
 * action on the rig and check that it decides as the simulation did (the faithfulness test).
 */
export type TraceEvent = { at: number } & (
  | { kind: 'tick'; run: number; cause: string }
  | {
      kind: 'worker'
      run: number
      issue: number
      branch: string
      task: string
      attempt: number
      outcome: 'refused' | 'opened' | 'pushed'
    }
  | { kind: 'ci'; issue: number; ok: boolean }
  | { kind: 'review'; issue: number; pass: boolean }
  | { kind: 'merge'; issue: number; conflicts: number[] }
  | { kind: 'run-end'; run: number }
  | { kind: 'unfreeze'; issue: number }
  | { kind: 'approve' }
)

export interface SliceOutcome {
  issue: number
  /** The slice's id in the roadmap. */
  id: string
  title: string
  /** Minutes since the start; undefined when it never got there. */
  readyAt?: number
  dispatchedAt?: number
  mergedAt?: number
  attempts: number
  /** Minutes of work, from dispatch to merge (Phases.workOf): the oracle's durations. */
  work?: number
}

export interface SimulationResult {
  seed: number
  /** Minutes from the first tick to the last merge (or to the horizon when not done). */
  makespan: number
  done: boolean
  /** Why it stopped short, when it did. */
  stuck?: string
  slices: SliceOutcome[]
  ticks: TickRecord[]
  /** Slice-minutes spent in each phase, summed over slices. */
  phases: Record<Phase, number>
  attempts: number
  spendUsd: number
  /** The part of it spent on conflict tasks. */
  conflictSpendUsd: number
  /** For each merged pull request, the minutes from its pass verdict to its merge. */
  mergeWaits: number[]
  /** REST requests to GitHub in each simulated hour (the `core` budget). */
  requestsPerHour: number[]
  /** GraphQL points spent in each simulated hour (the `graphql` budget). */
  pointsPerHour: number[]
  trace: TraceEvent[]
  /** The loop's claims left on each issue, oldest first (the markers). */
  claims: Record<number, ClaimMarker[]>
  /** Which issue each pull request worked on. */
  pullIssues: Record<number, number>
}

export type Event =
  | { kind: 'tick'; cause: string }
  | { kind: 'worker'; run: number; task: WaveEntry }
  | { kind: 'ci'; pull: number; head: string }
  | { kind: 'review'; pull: number; head: string }
  | { kind: 'merge'; pull: number; head: string }
  | { kind: 'run-end'; run: number }
  | { kind: 'unfreeze'; issue: number }
  | { kind: 'approve' }

/** Requests spent so far (World.spent): REST requests, GraphQL queries and points. */
export interface RequestsSpent {
  rest: number
  queries: number
  points: number
}

export interface Scheduled {
  at: number
  seq: number
  event: Event
}
