/** Dispatches per rolling window (`max_dispatches_per_day` over `window_hours`). */
import type { Rule } from './types.js'

export const windowRule: Rule = {
  name: 'window',
  check(_c, ctx, tally) {
    const b = ctx.config.guardrails.budget
    const used = ctx.recent + tally.all
    if (used < b.max_dispatches_per_day) return undefined
    return `dispatches ${used}/${b.max_dispatches_per_day} in the last ${b.window_hours} h`
  }
}
