/** Dispatches in one tick. */
import type { Rule } from './types.js'

export const perTickRule: Rule = {
  name: 'per-tick',
  check(_c, ctx, tally) {
    const max = ctx.config.guardrails.budget.max_dispatches_per_tick
    return tally.all < max ? undefined : `dispatches ${tally.all}/${max} in this tick`
  }
}
