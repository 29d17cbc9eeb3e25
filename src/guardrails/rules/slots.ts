/** Free slots: open claims and pull requests under `max_in_flight`. Fixes hold a slot already. */
import type { Rule } from './types.js'

export const slotsRule: Rule = {
  name: 'slots',
  check(c, ctx, tally) {
    if (c.kind !== 'new') return undefined
    const max = ctx.config.guardrails.budget.max_in_flight
    const busy = ctx.busy + tally.new
    return busy < max ? undefined : `in flight ${busy}/${max}: no free slot`
  }
}
