/**
 * The people who merge, as the models say: each merge takes its own `merge.delay`, only inside
 * `merge.working_hours` (weekdays, in their time zone, UTC by default) when they are set, and —
 * with `merge.reviewers` — one at a time per reviewer, so a passed pull request waits for the
 * first one free.
 */
import type { ForecastModels } from './models.js'
import { sample, type Rng } from './random.js'

const MINUTE = 60_000

/** Weekday (Monday–Friday), hour and minute of an instant in a time zone, by Intl. */
function localClock(timeZone: string): (t: number) => {
  weekday: boolean
  hour: number
  minute: number
} {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23'
  })
  return t => {
    const parts = Object.fromEntries(format.formatToParts(t).map(p => [p.type, p.value]))
    return {
      weekday: parts.weekday !== 'Sat' && parts.weekday !== 'Sun',
      hour: Number(parts.hour),
      minute: Number(parts.minute)
    }
  }
}

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

  /** The first moment at or after `minutes` inside the working hours (of their time zone). */
  workingTime(minutes: number): number {
    const hours = this.merge.working_hours
    if (!hours) return minutes
    const local = localClock(hours.timezone ?? 'UTC')
    let t = this.start.getTime() + minutes * MINUTE
    // Hour by hour (at most two weeks): the first weekday hour inside the window.
    for (let i = 0; i < 14 * 24; i++) {
      const { weekday, hour, minute } = local(t)
      if (weekday && hour >= hours.start && hour < hours.end) break
      t += (60 - minute) * MINUTE - (t % MINUTE)
    }
    return (t - this.start.getTime()) / MINUTE
  }
}
