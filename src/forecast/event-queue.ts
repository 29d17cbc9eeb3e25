/**
 * The simulation's future, in time order: events at the same minute keep the order they were
 * scheduled in (a sequence number breaks ties), so the same seed gives the same run.
 */
import type { Event, Scheduled } from './simulation-types.js'

export class EventQueue {
  private readonly queue: Scheduled[] = []
  private seq = 0

  get length(): number {
    return this.queue.length
  }

  /** Schedules `event` at minute `at`, after every event already due then. */
  push(at: number, event: Event): void {
    const entry = { at, seq: this.seq++, event }
    let i = this.queue.length
    while (
      i > 0 &&
      (this.queue[i - 1].at > entry.at ||
        (this.queue[i - 1].at === entry.at && this.queue[i - 1].seq > entry.seq))
    )
      i--
    this.queue.splice(i, 0, entry)
  }

  /** Whether anything but a tick or a run's end is still to come (a person, an agent, CI…). */
  awaitsTheWorld(): boolean {
    return this.queue.some(e => e.event.kind !== 'tick' && e.event.kind !== 'run-end')
  }

  /** The next event due, taken off the queue. */
  shift(): Scheduled | undefined {
    return this.queue.shift()
  }
}
