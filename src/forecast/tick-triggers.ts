/**
 * When the tick workflow runs: on its schedule (GitHub's delay included), and on the events the
 * shipped workflows tick on — where one pending run absorbs the events behind it, as a
 * concurrency group does.
 */
import type { EventQueue } from './event-queue.js'
import type { ForecastModels } from './models.js'
import { sample, type Rng } from './random.js'

export class TickTriggers {
  /** When the pending event tick runs, if one is pending. */
  private pending?: number

  constructor(
    private readonly queue: EventQueue,
    private readonly models: ForecastModels['ticks'],
    private readonly rng: Rng
  ) {}

  /** An event the workflows tick on, at `clock`: one pending tick absorbs the rest. */
  event(clock: number, cause: string): void {
    if (!this.models.events) return
    const when = clock + sample(this.models.event_delay, this.rng)
    if (this.pending !== undefined && this.pending >= clock && this.pending <= when) return
    this.pending = when
    this.at(clock, when - clock, cause)
  }

  /** The next scheduled tick after `clock`, if there is a schedule. */
  schedule(clock: number): void {
    const { cron_minutes, schedule_delay } = this.models
    if (!cron_minutes) return
    const slot = (Math.floor(clock / cron_minutes) + 1) * cron_minutes
    this.at(clock, slot - clock + sample(schedule_delay, this.rng), 'schedule')
  }

  /** A tick starts at `clock`: a scheduled one plans the next, a pending one is taken. */
  started(clock: number, cause: string): void {
    if (cause === 'schedule') this.schedule(clock)
    if (this.pending !== undefined && this.pending <= clock) this.pending = undefined
  }

  private at(clock: number, minutes: number, cause: string): void {
    this.queue.push(clock + Math.max(0, minutes), { kind: 'tick', cause })
  }
}
