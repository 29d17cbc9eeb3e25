/** Attempts per issue, counted across ticks until the issue closes or a human resets it. */
import type { Rule } from './types.js'

export const attemptsRule: Rule = {
  name: 'attempts',
  check(c, ctx) {
    const max = ctx.config.guardrails.budget.max_attempts_per_issue
    return c.attempts < max ? undefined : `attempts ${c.attempts}/${max} for #${c.issue}`
  }
}
