/**
 * A forecast's runs spread over processes. Each seeded run is independent and deterministic,
 * so the answer is the same however the runs are spread: the results come back in seed order.
 *
 * Only the bundle spreads (the action and the CLI start it; `allowShards` is called by its entry
 * with its own path): a shard is the same bundle started with `DELIVERY_LOOP_FORECAST_SHARD=1`,
 * reading its job as JSON on stdin and writing its runs' results as JSON on stdout. How many
 * processes: `DELIVERY_LOOP_FORECAST_WORKERS`, else one per core, never more than runs.
 */
import { ENV } from '../environment.js'
import { spawn } from 'node:child_process'
import os from 'node:os'
import type { DeliveryConfig } from '../config/types.js'
import type { ForecastModels } from './models.js'
import { oracleOfRun } from './oracle.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import type { SimulationInput, SimulationResult } from './simulation-types.js'

export const SHARD_ENV = ENV.forecastShard.name
export const WORKERS_ENV = ENV.forecastWorkers.name

/** What a shard is given: the runs' common input (the start as ISO text) and its seeds. */
interface ShardJob {
  roadmap: string
  roadmapFile: string
  config: DeliveryConfig
  models: ForecastModels
  start: string
  horizonDays: number
  delivered?: string[]
  seeds: number[]
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

async function simulateSeeds(job: ShardJob): Promise<RunSummary[]> {
  const { simulate } = await import('./simulate.js')
  const { roadmapToDeliver } = await import('./remaining.js')
  // Parsed once for all of this process's runs: a big roadmap's parse costs more than a run.
  const compiled = roadmapToDeliver(job.roadmap, job.roadmapFile, job.delivered)
  const results: RunSummary[] = []
  for (const seed of job.seeds)
    results.push(
      summarize(
        await simulate({ ...job, compiled, seed, start: new Date(job.start) }),
        compiled,
        job.config
      )
    )
  return results
}

/** In a shard process: the job from stdin, the results to stdout. */
export async function runShardProcess(): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ShardJob
  const results = await simulateSeeds(job)
  await new Promise<void>(resolve => process.stdout.write(JSON.stringify(results), () => resolve()))
}

function runShard(entry: string, job: ShardJob): Promise<RunSummary[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      env: { ...process.env, [SHARD_ENV]: '1' },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    let err = ''
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0)
        return reject(
          new Error(
            `a forecast shard (seeds ${job.seeds.join(', ')}) failed: ${err.trim().slice(-500)}`
          )
        )
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as RunSummary[])
    })
    child.stdin.end(JSON.stringify(job))
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
    ...(input.delivered?.length ? { delivered: input.delivered } : {}),
    seeds
  }
  const shards = shardCount(seeds.length)
  if (shards === 1 || !bundleEntry) return simulateSeeds(job)
  // Seeds dealt round-robin, so slow and fast runs mix; put back in seed order after.
  const dealt = [...Array(shards).keys()].map(k => seeds.filter((_s, i) => i % shards === k))
  const entry = bundleEntry
  const parts = await Promise.all(dealt.map(s => runShard(entry, { ...job, seeds: s })))
  const bySeed = new Map(parts.flatMap((results, k) => results.map((r, i) => [dealt[k][i], r])))
  return seeds.map(s => bySeed.get(s)!)
}
