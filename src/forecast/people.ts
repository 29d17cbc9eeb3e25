/**
 * The people who merge, as the models say: each merge takes its own `merge.delay`, only inside
 * `merge.working_hours` (weekdays, UTC) when they are set, and — with `merge.reviewers` — one at
 * a time per reviewer, so a passed pull request waits for the first one free.
 */
import type { ForecastModels } from './models.js'
import { sample, type Rng } from './random.js'

const MINUTE = 60_000

export class Mergers {
  /** When each reviewer is next free, in minutes since the start. */
  private readonly free: number[] = []

  constructor(
    private readonly merge: ForecastModels['merge'],
    private readonly rng: Rng,
    private readonly start: Date
  ) {}

  /** When a person merges a pull request that passed at `now` (minutes since the start). */
  mergeTime(now: number): number {
    const { delay, reviewers } = this.merge
    const own = sample(delay, this.rng)
    if (!reviewers) return this.workingTime(now + own)
    while (this.free.length < reviewers) this.free.push(0)
    const next = this.free.indexOf(Math.min(...this.free))
    const start = this.workingTime(Math.max(now, this.free[next]))
    const done = this.workingTime(start + own)
    this.free[next] = done
    return done
  }

  /** The first moment at or after `minutes` inside the working hours. */
  workingTime(minutes: number): number {
    const hours = this.merge.working_hours
    if (!hours) return minutes
    let t = this.start.getTime() + minutes * MINUTE
    for (let i = 0; i < 14 * 24; i++) {
      const d = new Date(t)
      const weekday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6
      const h = d.getUTCHours()
      if (weekday && h >= hours.start && h < hours.end) break
      const nextHour = new Date(
        Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h + 1)
      )
      t =
        weekday && h < hours.start
          ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hours.start)
          : nextHour.getTime()
    }
    return (t - this.start.getTime()) / MINUTE
  }
}
