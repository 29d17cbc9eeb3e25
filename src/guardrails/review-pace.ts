/**
 * Review capacity as the loop actually gets it (pure, from GitHub facts only — nothing kept that
 * losing the cache would lose): the loop's pull requests waiting for a person to merge, the work
 * on its way to them, and how people merged the loop's pull requests over the last two weeks —
 * by hour of the week (a team that merges in office hours clears nothing at night) and by
 * reviewer. From that, how long a pull request that becomes ready now is expected to wait.
 *
 * The pace of an hour of the week is merges per hour *in which something of the loop's waited*:
 * an hour when nothing waited says nothing about the people (they had nothing to merge), so it
 * takes the average pace. Counting it as "no merges" starved the loop: held work never became
 * ready in those hours, so they never showed a merge, so work stayed held (the forecast found it).
 */

/** One merge of the loop's work: when it became ready (the loop's pass), when, and who merged. */
export interface MergeSample {
  readyAt: string
  mergedAt: string
  mergedBy: string | null
}

export interface ReviewQueueFacts {
  /** The loop's pull requests ready for a person to merge, with since when. */
  waiting: { pull: number; readySince?: string }[]
  /** The loop's work on its way there: claimed, or a pull request not ready yet. */
  onTheWay: number
  merged: MergeSample[]
  now: Date
}

export interface ReviewPace {
  waiting: number
  /** The waiting pull requests themselves, as the facts gave them. */
  queue: ReviewQueueFacts['waiting']
  onTheWay: number
  /** How long the oldest ready pull request has waited. */
  oldestHours?: number
  /** Merges of the loop's pull requests in the last two weeks, and by whom. */
  merges: number
  byReviewer: Record<string, number>
  /** Median hours from ready to merged, over those merges. */
  medianWaitHours?: number
  /**
   * Expected merges in each hour of the week while work waits (UTC, Monday 00:00 first);
   * undefined: too few merges to pace by.
   */
  profile?: number[]
  now: Date
}

/** The history read: two weeks, so each hour of the week is seen twice. */
export const HISTORY_DAYS = 14
/** Fewer merges than this are too few to pace by: only the hard cap and the oldest wait hold. */
export const MIN_SAMPLES = 3
/** A wait longer than this is "not within sight" (the profile has no merges ahead). */
const HORIZON_HOURS = 24 * 14
/** An hour of the week with less waiting than this seen in it takes the average pace. */
const MIN_EXPOSURE_HOURS = 0.5

const HOUR = 3600_000

/** Monday 00:00 UTC = 0 … Sunday 23:00 = 167. */
function hourOfWeek(at: Date): number {
  return ((at.getUTCDay() + 6) % 7) * 24 + at.getUTCHours()
}

const median = (values: number[]) => {
  if (!values.length) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function reviewPace(facts: ReviewQueueFacts): ReviewPace {
  const now = facts.now.getTime()
  const recent = facts.merged.filter(m => {
    const at = Date.parse(m.mergedAt)
    return at <= now && at > now - HISTORY_DAYS * 24 * HOUR
  })
  const byReviewer: Record<string, number> = {}
  for (const m of recent) {
    const who = m.mergedBy ?? 'unknown'
    byReviewer[who] = (byReviewer[who] ?? 0) + 1
  }
  const readySince = facts.waiting.flatMap(w => (w.readySince ? [Date.parse(w.readySince)] : []))
  const oldest = readySince.length ? Math.min(...readySince) : undefined
  const waits = recent.map(m => Math.max(0, Date.parse(m.mergedAt) - Date.parse(m.readyAt)) / HOUR)
  const waited: [number, number][] = [
    ...recent.map(m => [Date.parse(m.readyAt), Date.parse(m.mergedAt)] as [number, number]),
    ...readySince.map(at => [at, now] as [number, number])
  ]
  const profile =
    recent.length >= MIN_SAMPLES
      ? paceProfile(recent, exposure(waited, now - HISTORY_DAYS * 24 * HOUR, now))
      : undefined
  return {
    waiting: facts.waiting.length,
    queue: facts.waiting,
    onTheWay: facts.onTheWay,
    ...(oldest !== undefined ? { oldestHours: Math.max(0, now - oldest) / HOUR } : {}),
    merges: recent.length,
    byReviewer,
    ...(waits.length ? { medianWaitHours: median(waits) } : {}),
    ...(profile ? { profile } : {}),
    now: facts.now
  }
}

/**
 * Hours in which something waited, by hour of the week: the union of the waiting intervals
 * (ready → merged, or ready → now), clipped to the history.
 */
function exposure(intervals: [number, number][], from: number, to: number): number[] {
  const out = new Array<number>(168).fill(0)
  const sorted = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0])
  let covered = from
  for (const [a, b] of sorted) {
    for (let at = Math.max(a, covered); at < b;) {
      const next = Math.min(b, Math.floor(at / HOUR) * HOUR + HOUR)
      out[hourOfWeek(new Date(at))] += (next - at) / HOUR
      at = next
    }
    covered = Math.max(covered, b)
  }
  return out
}

/** Merges per waiting hour in each hour of the week; the average where too little waited. */
function paceProfile(merges: MergeSample[], waited: number[]): number[] {
  const counts = new Array<number>(168).fill(0)
  for (const m of merges) counts[hourOfWeek(new Date(m.mergedAt))] += 1
  const total = waited.reduce((a, b) => a + b, 0)
  const average = merges.length / Math.max(total, MIN_EXPOSURE_HOURS)
  return waited.map((hours, i) => (hours >= MIN_EXPOSURE_HOURS ? counts[i] / hours : average))
}

/**
 * Hours until `position` merges are expected, walking the week's profile forward from now
 * (the current hour counted for what is left of it); undefined without a profile, Infinity
 * when not within two weeks.
 */
export function expectedWaitHours(pace: ReviewPace, position: number): number | undefined {
  if (!pace.profile) return undefined
  let expected = 0
  let at = pace.now.getTime()
  for (let h = 0; h < HORIZON_HOURS; h++) {
    const bucket = pace.profile[hourOfWeek(new Date(at))]
    const left = h === 0 ? 1 - (at % HOUR) / HOUR : 1
    if (expected + bucket * left >= position)
      return (at - pace.now.getTime()) / HOUR + (position - expected) / bucket
    expected += bucket * left
    at = Math.floor(at / HOUR) * HOUR + HOUR
  }
  return Infinity
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** The review queue and pace for the report and the dashboard, when pacing is configured. */
export function reviewReport(
  pace: ReviewPace,
  limits: { max_waiting?: number; max_wait_hours?: number }
): { review?: ReviewReport } {
  const { max_waiting, max_wait_hours } = limits
  if (max_waiting === undefined && max_wait_hours === undefined) return {}
  const expected = expectedWaitHours(pace, pace.waiting + pace.onTheWay + 1)
  return {
    review: {
      waiting: pace.queue.map(w => ({
        pull: w.pull,
        ...(w.readySince ? { ready_since: w.readySince } : {})
      })),
      on_the_way: pace.onTheWay,
      ...(max_waiting !== undefined ? { max_waiting } : {}),
      ...(max_wait_hours !== undefined ? { max_wait_hours } : {}),
      ...(pace.oldestHours !== undefined ? { oldest_hours: round1(pace.oldestHours) } : {}),
      merges: pace.merges,
      by_reviewer: pace.byReviewer,
      ...(pace.medianWaitHours !== undefined
        ? { median_wait_hours: round1(pace.medianWaitHours) }
        : {}),
      ...(expected !== undefined && Number.isFinite(expected)
        ? { expected_wait_hours: round1(expected) }
        : {})
    }
  }
}

/** Review-aware pacing as the tick saw it (`guardrails.review`). */
export interface ReviewReport {
  /** Ready for a person to merge, with since when (the loop's pass). */
  waiting: { pull: number; ready_since?: string }[]
  on_the_way: number
  max_waiting?: number
  max_wait_hours?: number
  oldest_hours?: number
  /** Merges of the loop's pull requests in the last two weeks, and by whom. */
  merges: number
  by_reviewer: Record<string, number>
  median_wait_hours?: number
  /** Expected hours until a pull request ready now is merged; absent with too few merges. */
  expected_wait_hours?: number
}
