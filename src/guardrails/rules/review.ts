/**
 * Review-aware pacing (`guardrails.review`): new work waits while the loop's pull requests ready
 * for a person to merge, and those on their way, would pile up beyond what people merge — a hard
 * cap (`max_waiting`), and a pace (`max_wait_hours`): no new work while the oldest ready pull
 * request has waited longer, or while one becoming ready now is expected to. Fixes, conflict tasks
 * and reviews of work already open are never held: they empty the queue.
 */
import { expectedWaitHours, MIN_SAMPLES } from '../review-pace.js'
import type { Rule } from './types.js'

const hours = (h: number) => (h >= 48 ? `${Math.round(h / 24)} days` : `${h.toFixed(1)} h`)

export const reviewRule: Rule = {
  name: 'review',
  check(c, ctx, tally) {
    if (c.kind !== 'new') return undefined
    const { max_waiting, max_wait_hours } = ctx.config.guardrails.review
    const pace = ctx.review
    const queued = pace.waiting + pace.onTheWay + tally.new
    if (max_waiting !== undefined && queued >= max_waiting)
      return `review queue full: ${pace.waiting} pull request(s) ready for a person to merge and ${pace.onTheWay + tally.new} on their way, max_waiting ${max_waiting}`
    if (max_wait_hours === undefined) return undefined
    if (pace.oldestHours !== undefined && pace.oldestHours > max_wait_hours)
      return `the oldest pull request ready to merge has waited ${hours(pace.oldestHours)}, over max_wait_hours ${max_wait_hours}: new work waits until people catch up`
    const wait = expectedWaitHours(pace, queued + 1)
    if (wait !== undefined && wait > max_wait_hours)
      return `a pull request ready now would wait ~${Number.isFinite(wait) ? hours(wait) : 'over two weeks'} for a merge at the pace people merged the loop's last ${pace.merges} (${MIN_SAMPLES}+ needed to pace), over max_wait_hours ${max_wait_hours}`
    return undefined
  }
}
