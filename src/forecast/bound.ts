/**
 * How fast a roadmap could be delivered at best, two ways. The **lower bound** takes every step
 * at the least its model can draw — no simulated run can beat it, whatever the seed — and the
 * **ideal path** takes every step at its median with no failure, no tick wait and no cap: what a
 * perfect scheduler would do on a typical day, which a lucky run can beat. Each is the largest of
 * three limits: the critical path (the longest chain of slices, each one after the other), the
 * width (`max_in_flight` slices at a time) and the rate (`max_dispatches_per_day` in any 24 hours).
 * With stacked dependents a chain's merges leave its path: a dependent starts once its blocker
 * passed review, so only the last merge of a chain is on it.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import { workerFor, type ForecastModels } from './models.js'
import { median, type Duration } from './random.js'

export interface LowerBound {
  /** Minutes. */
  minutes: number
  binding: 'critical path' | 'width' | 'rate'
  /** Minutes one slice takes: agent, CI, review and merge (at their least, or their medians). */
  perSlice: number
  /** Slices on the longest chain. */
  depth: number
  slices: number
  limits: { criticalPath: number; width: number; rate: number }
}

/**
 * The largest |z| the sampler's normal can draw: Box–Muller on a 32-bit uniform never goes past
 * √(−2 ln 2⁻³²), so a log-normal never draws below median · e^(−σ·that).
 */
const MAX_Z = Math.sqrt(-2 * Math.log(2 ** -32))
const Z90 = 1.2815515655446004

/** The least a duration's model can draw. */
export function leastOf(d: Duration): number {
  if (typeof d === 'number') return d
  if ('uniform' in d) return Math.min(...d.uniform)
  const { median: m, p90 } = d.lognormal
  const sigma = p90 > m ? Math.log(p90 / m) / Z90 : 0
  return m * Math.exp(-sigma * MAX_Z)
}

/** Slices on the longest chain of `needs` (blockers first in `order`). */
export function depthOf(compiled: CompiledRoadmap): number {
  const depth = new Map<string, number>()
  for (const id of compiled.order) {
    const blockers = (compiled.roadmap.blockers.get(id) ?? []).flatMap(b =>
      b.type === 'slice' ? [depth.get(b.id) ?? 0] : []
    )
    depth.set(id, 1 + Math.max(0, ...blockers))
  }
  return Math.max(0, ...depth.values())
}

function boundWith(
  compiled: CompiledRoadmap,
  config: DeliveryConfig,
  models: ForecastModels,
  step: (d: Duration) => number
): LowerBound {
  // Each slice's agent is its kind's (`agent_by_kind`): the quickest of those in use bounds all.
  const agents = [...new Set(compiled.roadmap.slices.map(s => s.kind))].map(k =>
    workerFor(models, k)
  )
  const agent = Math.min(...(agents.length ? agents : [models.worker]).map(w => step(w.duration)))
  const work = agent + step(models.ci.duration) + step(models.review.duration)
  const merge = step(models.merge.delay)
  const perSlice = work + merge
  const slices = compiled.order.length
  const depth = depthOf(compiled)
  const { max_in_flight, max_dispatches_per_day } = config.guardrails.budget
  const chain = config.dependencies.stack ? depth * work + merge : depth * perSlice
  const limits = {
    criticalPath: slices ? chain : 0,
    // A slice holds its slot from dispatch to merge; a slot works its slices one after another.
    width: Math.ceil(slices / max_in_flight) * perSlice,
    rate: slices ? Math.floor((slices - 1) / max_dispatches_per_day) * 24 * 60 + perSlice : 0
  }
  const binding =
    limits.criticalPath >= limits.width && limits.criticalPath >= limits.rate
      ? 'critical path'
      : limits.width >= limits.rate
        ? 'width'
        : 'rate'
  return {
    minutes: Math.max(limits.criticalPath, limits.width, limits.rate),
    binding,
    perSlice,
    depth,
    slices,
    limits
  }
}

/** No run beats it: every step at the least its model can draw. */
export function lowerBound(
  compiled: CompiledRoadmap,
  config: DeliveryConfig,
  models: ForecastModels
): LowerBound {
  return boundWith(compiled, config, models, leastOf)
}

/** Every step at its median, nothing failing, nothing waiting: a typical day's best. */
export function idealPath(
  compiled: CompiledRoadmap,
  config: DeliveryConfig,
  models: ForecastModels
): LowerBound {
  return boundWith(compiled, config, models, median)
}
