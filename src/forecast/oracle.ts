/**
 * The oracle scheduler: what a scheduler that knows every slice's work in advance and never
 * waits would make of the same run — each slice starts the moment its blockers are merged and one
 * of `max_in_flight` slots is free, the one heading the longest chain of work first. Its work is
 * what the simulated run measured (`Phases.workOf`: agent, CI, review, the people's merges,
 * conflicts, freezes), so the loop's makespan over the oracle's is the loop's own overhead: tick
 * waits, the per-tick cap, its ordering. The daily dispatch cap is a budget, not overhead: the
 * oracle keeps it too, counting all of a slice's dispatches (its fixes too) as it starts.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import type { SimulationResult } from './simulation-types.js'

/** Slice ids `id` waits for, among those still to deliver. */
function blockersIn(compiled: CompiledRoadmap, id: string, todo: ReadonlySet<string>): string[] {
  return (compiled.roadmap.blockers.get(id) ?? []).flatMap(b =>
    b.type === 'slice' && todo.has(b.id) ? [b.id] : []
  )
}

/** Each slice's work plus the longest chain of work waiting on it (its priority). */
function tails(compiled: CompiledRoadmap, work: ReadonlyMap<string, number>): Map<string, number> {
  const todo = new Set(compiled.order)
  const tail = new Map<string, number>()
  // Blockers come first in `order`: walking it backwards, every dependent's tail is known.
  const dependents = new Map<string, string[]>()
  for (const id of compiled.order)
    for (const b of blockersIn(compiled, id, todo))
      dependents.set(b, [...(dependents.get(b) ?? []), id])
  for (const id of [...compiled.order].reverse())
    tail.set(
      id,
      (work.get(id) ?? 0) + Math.max(0, ...(dependents.get(id) ?? []).map(d => tail.get(d)!))
    )
  return tail
}

/** The oracle's makespan, in the minutes `work` is in. */
export function oracleMakespan(
  compiled: CompiledRoadmap,
  work: ReadonlyMap<string, number>,
  budget: { maxInFlight: number; perDay: number },
  /** Dispatches each slice took (1 when unknown). */
  dispatches: ReadonlyMap<string, number> = new Map()
): number {
  const todo = new Set(compiled.order)
  const tail = tails(compiled, work)
  const finish = new Map<string, number>()
  const slots = Array<number>(Math.max(1, budget.maxInFlight)).fill(0)
  const starts: { at: number; n: number }[] = []
  const ready = readiness(compiled, todo)
  let end = 0
  while (finish.size < todo.size) {
    const free = Math.min(...slots)
    let soonest = Infinity
    for (const at of ready.at.values()) soonest = Math.min(soonest, at)
    soonest = Math.max(free, soonest)
    const pick = ready.pick(soonest, tail)
    const n = dispatches.get(pick) ?? 1
    const start = withinRate(starts, soonest, n, budget.perDay)
    starts.push({ at: start, n })
    const done = start + (work.get(pick) ?? 0)
    finish.set(pick, done)
    ready.finished(pick, done)
    slots[slots.indexOf(free)] = done
    end = Math.max(end, done)
  }
  return end
}

/**
 * The slices whose blockers are all finished, and from when they may start (the last blocker's
 * finish) — kept as slices finish rather than sought among all slices at every pick.
 */
function readiness(compiled: CompiledRoadmap, todo: ReadonlySet<string>) {
  const index = new Map(compiled.order.map((id, i) => [id, i]))
  const waiting = new Map<string, number>()
  const dependents = new Map<string, string[]>()
  const latest = new Map<string, number>()
  const at = new Map<string, number>()
  for (const id of compiled.order) {
    const blockers = blockersIn(compiled, id, todo)
    waiting.set(id, blockers.length)
    for (const b of blockers) dependents.set(b, [...(dependents.get(b) ?? []), id])
    if (!blockers.length) at.set(id, 0)
  }
  return {
    at,
    /** The ready slice at `soonest` heading the longest chain; the roadmap's first of equals. */
    pick(soonest: number, tail: ReadonlyMap<string, number>): string {
      let best: string | undefined
      for (const [id, from] of at) {
        if (from > soonest) continue
        const better =
          best === undefined ||
          tail.get(id)! > tail.get(best)! ||
          (tail.get(id) === tail.get(best) && index.get(id)! < index.get(best)!)
        if (better) best = id
      }
      // A compiled roadmap has no cycle: some slice is always ready.
      if (best === undefined) throw new Error('oracle: no slice can start')
      return best
    },
    finished(id: string, done: number): void {
      at.delete(id)
      for (const d of dependents.get(id) ?? []) {
        latest.set(d, Math.max(latest.get(d) ?? 0, done))
        const left = waiting.get(d)! - 1
        waiting.set(d, left)
        if (!left) at.set(d, latest.get(d)!)
      }
    }
  }
}

const DAY = 24 * 60

/** The first minute from `at` when `n` more dispatches keep any 24 hours within `perDay`. */
function withinRate(
  starts: readonly { at: number; n: number }[],
  at: number,
  n: number,
  perDay: number
): number {
  let t = at
  for (;;) {
    // A hair short of a day: `(s + DAY) - s` may round below DAY, which would never end.
    const recent = starts.filter(s => t - s.at < DAY - 1e-6).sort((a, b) => a.at - b.at)
    let used = recent.reduce((sum, s) => sum + s.n, 0)
    if (used + n <= perDay || !recent.length) return t
    // Wait for the oldest starts to age out until there is room.
    for (const s of recent) {
      used -= s.n
      t = s.at + DAY
      if (used + n <= perDay) break
    }
  }
}

/**
 * The oracle's makespan on a delivered run's own work (undefined for a run that did not deliver):
 * worked out where the run was simulated, so a forecast's shards do it side by side.
 */
export function oracleOfRun(
  run: Pick<SimulationResult, 'done' | 'slices'>,
  compiled: CompiledRoadmap,
  config: DeliveryConfig
): number | undefined {
  if (!run.done) return undefined
  const { max_in_flight, max_dispatches_per_day } = config.guardrails.budget
  return oracleMakespan(
    compiled,
    new Map(run.slices.map(s => [s.id, s.work ?? 0])),
    { maxInFlight: max_in_flight, perDay: max_dispatches_per_day },
    new Map(run.slices.map(s => [s.id, s.attempts]))
  )
}
