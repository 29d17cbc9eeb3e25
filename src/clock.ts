/**
 * The one clock of a run. The action reads the real time; tests move it with
 * `DELIVERY_LOOP_TEST_NOW` (an ISO 8601 time, test-only: documented in docs/rig.md, never set it
 * in a workflow), so leases, rolling windows and cooldowns can be tried without waiting. The
 * forecast runs the real modes at simulated times (`atSimulatedTime`), one at a time.
 */
import { ENV } from './environment.js'
import { remembered, rememberedByText } from './text/remembered.js'

/** Runner and worker clocks disagree a little; beyond this a time is taken as in the future. */
export const CLOCK_SKEW_MS = 5 * 60_000

/**
 * The instant an ISO 8601 time names (ms since the epoch; NaN when it names none), read once per
 * text: a tick compares the same recorded times (claims, attempts, usage) with now many times.
 */
export const timeOf = rememberedByText((iso: string): number => Date.parse(iso))

/**
 * An instant as ISO 8601 text (`toISOString`), remembered for the instants seen lately: a tick
 * writes the same few instants (now, a record's charge time) into many records.
 */
export const isoAt = remembered((ms: number): string => new Date(ms).toISOString())

let simulated: Date | undefined

export function now(env: NodeJS.ProcessEnv = process.env): Date {
  if (simulated) return new Date(simulated.getTime())
  const fixed = env[ENV.testNow.name]
  if (fixed) {
    const at = Date.parse(fixed)
    if (!Number.isNaN(at)) return new Date(at)
  }
  return new Date()
}

/** Run `work` with the clock at `at` (the forecast's simulated time); the real clock after. */
export async function atSimulatedTime<T>(at: Date, work: () => Promise<T>): Promise<T> {
  if (simulated) throw new Error('atSimulatedTime: one simulated run at a time')
  simulated = at
  try {
    return await work()
  } finally {
    simulated = undefined
  }
}
