/**
 * The rig's one clock. Every time the rig stamps (issues, comments, runs, commits, rate-limit
 * resets, cache responses) comes from here, and the harness hands the same time to the action it
 * runs (`DELIVERY_LOOP_TEST_NOW`), so a test means the same thing on any date it runs.
 *
 * Tests use the simulated clock: it starts at a fixed time and moves only when a test moves it
 * (`set`) or when the rig stamps something (one second per stamp, so creation order is
 * unambiguous). The standalone rig serves the real action, which reads the real time, so it runs
 * on the wall clock — the only place the rig reads it.
 */
export interface RigClock {
  /** The next stamp (milliseconds since the epoch): strictly later than the previous one. */
  stamp(): number
  /** The current time, without advancing. */
  peek(): number
  /** Move the clock forward to `at` (never back: stamps stay ordered). */
  set(at: number): void
}

/** Where a test's clock starts when it does not say: any fixed time works, none is "today". */
export const DEFAULT_RIG_START = Date.parse('2026-11-01T00:00:00Z')

export class SimulatedClock implements RigClock {
  private at: number
  constructor(start: number = DEFAULT_RIG_START) {
    this.at = start
  }
  stamp(): number {
    this.at += 1000
    return this.at
  }
  peek(): number {
    return this.at
  }
  set(at: number): void {
    this.at = Math.max(this.at, at)
  }
}

/** The real time, for the standalone rig only (`npm run rig`): never used by a test. */
export class WallClock implements RigClock {
  private last = 0
  stamp(): number {
    this.last = Math.max(this.last + 1000, this.peek())
    return this.last
  }
  peek(): number {
    return Math.max(this.last, Date.now())
  }
  set(at: number): void {
    this.last = Math.max(this.last, at)
  }
}

/** ISO 8601 to the second, as GitHub writes times. */
export function isoSecond(at: number): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
