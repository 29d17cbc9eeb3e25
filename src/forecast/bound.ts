/**
 * The lower bound of a roadmap's delivery: no schedule could beat it with every step at its
 * median and no failure. Three limits, the largest binds: the critical path (the longest chain of
 * slices, each one step after the other), the width (`max_in_flight` slices at a time), and the
 * rate (`max_dispatches_per_day` in any 24 hours).
 */
import type { DeliveryConfig } from '../config/types.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import type { ForecastModels } from './models.js'
import { median } from './random.js'

export interface LowerBound {
  /** Minutes. */
  minutes: number
  binding: 'critical path' | 'width' | 'rate'
  /** Minutes one slice takes at best: agent, CI, review and merge at their medians. */
  perSlice: number
  /** Slices on the longest chain. */
  depth: number
  slices: number
  limits: { criticalPath: number; width: number; rate: number }
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

export function lowerBound(
  compiled: CompiledRoadmap,
  config: DeliveryConfig,
  models: ForecastModels
): LowerBound {
  const perSlice =
    median(models.worker.duration) +
    median(models.ci.duration) +
    median(models.review.duration) +
    median(models.merge.delay)
  const slices = compiled.order.length
  const depth = depthOf(compiled)
  const { max_in_flight, max_dispatches_per_day } = config.guardrails.budget
  const limits = {
    criticalPath: depth * perSlice,
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
