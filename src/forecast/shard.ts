/**
 * A forecast's runs spread over processes. Each seeded run is independent and deterministic,
 * so the answer is the same however the runs are spread: the results come back in seed order.
 *
 * Only the bundle spreads (the action and the CLI start it; `allowShards` is called by its entry
 * with its own path): a shard is the same bundle started with `DELIVERY_LOOP_FORECAST_SHARD=1`,
 * reading its job as a line of JSON on stdin, then seeds a line at a time — handed out as shards
 * finish runs, so they all finish together — and writing each run's result as a line of JSON on
 * stdout. How many processes: `DELIVERY_LOOP_FORECAST_WORKERS`, else one per core, never more
 * than runs.
 */
import { ENV } from '../environment.js'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import os from 'node:os'
import type { DeliveryConfig } from '../config/types.js'
import type { ForecastModels } from './models.js'
import { oracleOfRun } from './oracle.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import type { SimulationInput, SimulationResult } from './simulation-types.js'

export const SHARD_ENV = ENV.forecastShard.name
export const WORKERS_ENV = ENV.forecastWorkers.name

/** What a shard is given first: the runs' common input (the start as ISO text); then seeds. */
interface ShardJob {
  roadmap: string
  roadmapFile: string
  config: DeliveryConfig
  models: ForecastModels
  start: string
  horizonDays: number
  delivered?: string[]
}

/**
 * What a forecast keeps of a run: everything but its tick log, trace and claims, which are
 * large (a 200-slice run has ~1,800 ticks) and which the forecast does not sum up. Keeping them
 * for every run made the heap, and the collector's work, grow with the number of runs.
 */
export type RunSummary = Omit<SimulationResult, 'ticks' | 'trace' | 'claims' | 'pullIssues'> & {
  tickCount: number
  /** The oracle scheduler's makespan on this run's work, when it delivered (oracle.ts). */
  oracle?: number
}

export function summarize(
  result: SimulationResult,
  compiled: CompiledRoadmap,
  config: DeliveryConfig
): RunSummary {
  const { ticks, trace: _trace, claims: _claims, pullIssues: _pulls, ...rest } = result
  const oracle = oracleOfRun(result, compiled, config)
  return { ...rest, tickCount: ticks.length, ...(oracle !== undefined ? { oracle } : {}) }
}

let bundleEntry: string | undefined

/** Called by the bundle's entry with its own path: forecasts may start shards of it. */
export function allowShards(entry: string | undefined): void {
  bundleEntry = entry
}

/** How many processes to spread `runs` over here. */
export function shardCount(runs: number, env: NodeJS.ProcessEnv = process.env): number {
  if (!bundleEntry || runs < 2) return 1
  const asked = Number(env[WORKERS_ENV])
  const wanted = Number.isInteger(asked) && asked > 0 ? asked : os.availableParallelism()
  return Math.max(1, Math.min(wanted, runs))
}

/** A job's runs, one seed at a time as `seeds` yields them, in this process. */
async function* simulateSeeds(
  job: ShardJob,
  seeds: Iterable<number> | AsyncIterable<number>
): AsyncGenerator<{ seed: number; run: RunSummary }> {
  const { simulate } = await import('./simulate.js')
  const { roadmapToDeliver } = await import('./remaining.js')
  // Parsed once for all of this process's runs: a big roadmap's parse costs more than a run.
  const compiled = roadmapToDeliver(job.roadmap, job.roadmapFile, job.delivered)
  for await (const seed of seeds) {
    const result = await simulate({ ...job, compiled, seed, start: new Date(job.start) })
    yield { seed, run: summarize(result, compiled, job.config) }
  }
}

/**
 * In a shard process: the job on stdin's first line, then one seed a line as the forecast hands
 * them out; each run's result goes back as a line of JSON as soon as it is done.
 */
export async function runShardProcess(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]()
  const first = await lines.next()
  if (first.done) return
  const job = JSON.parse(first.value) as ShardJob
  const seeds = (async function* () {
    for (let line = await lines.next(); !line.done; line = await lines.next())
      if (line.value.trim()) yield Number(line.value)
  })()
  for await (const done of simulateSeeds(job, seeds))
    await new Promise<void>(resolve =>
      process.stdout.write(`${JSON.stringify(done)}\n`, () => resolve())
    )
}

/**
 * One shard process taking seeds from `queue` one at a time — the next when it sends back a run
 * — so the shards finish together however long each run takes. Its runs go into `results`.
 */
function runShard(
  entry: string,
  job: ShardJob,
  queue: number[],
  results: Map<number, RunSummary>
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      env: { ...process.env, [SHARD_ENV]: '1' },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const taken: number[] = []
    const next = () => {
      const seed = queue.shift()
      if (seed === undefined) return child.stdin.end()
      taken.push(seed)
      child.stdin.write(`${seed}\n`)
    }
    let err = ''
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', line => {
      const done = JSON.parse(line) as { seed: number; run: RunSummary }
      results.set(done.seed, done.run)
      next()
    })
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', reject)
    child.on('close', code => {
      if (code === 0) return resolve()
      reject(
        new Error(`a forecast shard (seeds ${taken.join(', ')}) failed: ${err.trim().slice(-500)}`)
      )
    })
    child.stdin.write(`${JSON.stringify(job)}\n`)
    next()
  })
}

/** Every seed's run, in seed order: here, or spread over shard processes of the bundle. */
export async function simulateAll(
  input: Omit<SimulationInput, 'seed'>,
  seeds: number[]
): Promise<RunSummary[]> {
  const job: ShardJob = {
    roadmap: input.roadmap,
    roadmapFile: input.roadmapFile,
    config: input.config,
    models: input.models,
    start: input.start.toISOString(),
    horizonDays: input.horizonDays,
    ...(input.delivered?.length ? { delivered: input.delivered } : {})
  }
  const shards = shardCount(seeds.length)
  if (shards === 1 || !bundleEntry) {
    const results: RunSummary[] = []
    for await (const { run } of simulateSeeds(job, seeds)) results.push(run)
    return results
  }
  const entry = bundleEntry
  const queue = [...seeds]
  const results = new Map<number, RunSummary>()
  await Promise.all([...Array(shards).keys()].map(() => runShard(entry, job, queue, results)))
  return seeds.map(s => {
    const run = results.get(s)
    if (!run) throw new Error(`a forecast shard returned no run for seed ${s}`)
    return run
  })
}
