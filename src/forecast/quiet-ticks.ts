/**
 * Ticks skipped, not re-planned: a tick that wrote nothing and left the state as it found it
 * is "quiet"; the next tick reads the same world and state, so until one of its time rules can
 * decide otherwise (tick/recheck.ts) it would plan the same nothing again. The simulation
 * replays such a tick — its record, its requests, its run — instead of running it. Anything else
 * happening in the world (a worker, CI, a verdict, a merge, a person, the end of a run the quiet
 * tick looked up) forgets the quiet tick.
 *
 * `verify` runs every tick anyway and checks each one that would have been replayed against the
 * replay (the skip tests); `run` never skips.
 */
import { isDeepStrictEqual } from 'node:util'
import type { DeliveryConfig } from '../config/types.js'
import type { ApiBudgets } from '../github/port.js'
import type { StateDocument } from '../state/document.js'
import { apiRoomIsAmple, recheckAt } from '../tick/recheck.js'
import type { ModeResult } from '../mode.js'
import type { TickRun } from '../tick/mode.js'
import type { QuietTickMode, RequestsSpent, TickRecord } from './simulation-types.js'

/** A quiet tick: what it recorded, what it spent, and until when its answer holds (ms). */
export interface QuietTick {
  record: Pick<TickRecord, 'status' | 'held'>
  spent: { since: RequestsSpent; until: RequestsSpent }
  until: number
  /** The runs its facts looked up (claims still being made, workers that may have ended). */
  runsRead: ReadonlySet<string>
}

/** A tick that ran: what it returned and recorded, in which run, and the world around it. */
export interface TickTaken {
  result: TickRun | ModeResult
  record: TickRecord
  run: number
  before: { state: StateDocument; writes: number; spent: RequestsSpent }
  after: { writes: number; spent: RequestsSpent }
}

export class QuietTicks {
  private last?: QuietTick
  /**
   * A tick that sent and wrote nothing, not yet known to be quiet: whether it left the state as
   * it found it, and until when, is worked out only if another tick comes before anything else
   * happens (most such ticks are followed by an event, and the comparison is not free).
   */
  private candidate?: TickTaken & { result: TickRun }
  constructor(
    readonly mode: QuietTickMode,
    private readonly config: DeliveryConfig
  ) {}

  /** Something happened in the world: the next tick runs. */
  forget(): void {
    this.last = undefined
    this.candidate = undefined
  }

  /**
   * A run ended: a change only to a tick that looked that run up (a claim names it and the
   * claim's state depends on it, tick/facts.ts `claimRuns`); the same facts look up the same
   * runs, so a run no quiet tick looked at is one the next tick would not look at either.
   */
  runEnded(run: number): void {
    const read = this.candidate ? this.candidate.result.facts.claimRuns : this.last?.runsRead
    if (read?.has(String(run))) this.forget()
  }

  /** The quiet tick to replay at `now` (ms) with GitHub's `budgets` then, if there is one. */
  replayable(now: number, budgets: ApiBudgets): QuietTick | undefined {
    if (this.mode === 'run') return undefined
    if (this.candidate) this.settle(this.candidate)
    if (!this.last || now >= this.last.until) return undefined
    return apiRoomIsAmple(budgets, this.config) ? this.last : undefined
  }

  /**
   * After a tick that ran: a candidate when it sent and wrote nothing, else forgotten. Where
   * `replay` would have stood in for it (`verify`), it must be that replay, or the run stops.
   */
  taken(tick: TickTaken, replay: QuietTick | undefined): void {
    this.forget()
    if (!('plan' in tick.result)) return
    const { wave, review, frozen } = tick.record
    const wrote = tick.after.writes !== tick.before.writes
    if (replay) this.check(tick, replay)
    if (wrote || tick.result.failure !== undefined || wave.length || review.length || frozen.length)
      return
    this.candidate = tick as TickTaken & { result: TickRun }
  }

  /** The candidate is quiet when it left the state as it found it; then until its recheck. */
  private settle(tick: TickTaken & { result: TickRun }): void {
    this.candidate = undefined
    if (!sameState(tick.result.state, tick.before.state)) return
    const until = recheckAt(tick.result, this.config)
    if (until === undefined) return
    const { status, held } = tick.record
    this.last = {
      record: { status, held },
      spent: { since: tick.before.spent, until: tick.after.spent },
      until,
      runsRead: new Set(tick.result.facts.claimRuns.keys())
    }
  }

  private check(tick: TickTaken, replay: QuietTick): void {
    const { status, held, wave } = tick.record
    const same =
      tick.after.writes === tick.before.writes &&
      sameState((tick.result as TickRun).state, tick.before.state) &&
      isDeepStrictEqual({ status, held, wave }, { ...replay.record, wave: [] })
    if (!same)
      throw new Error(
        `a skipped tick at minute ${tick.record.at} would have differed from the tick it replaced: ${JSON.stringify(
          {
            replayed: replay.record,
            ran: tick.record,
            wrote: tick.after.writes - tick.before.writes
          }
        ).slice(0, 2000)}`
      )
  }
}

/**
 * Whether a tick left the state as it found it: the same values, keys in the same order (a key
 * moved counts as a change, which only costs a skip). A tick hands on what it did not change as
 * it was, so most parts are the same object and need no looking into.
 */
function sameState(after: StateDocument, before: StateDocument): boolean {
  return sameValue(after, before)
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  for (let k = 0; k < keysA.length; k++) {
    const key = keysA[k]
    if (key !== keysB[k]) return false
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false
  }
  return true
}
