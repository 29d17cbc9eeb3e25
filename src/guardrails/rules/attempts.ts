/**
 * Attempts per issue, counted across ticks until the issue closes or a human resets it. A
 * conflict task is not the worker's failure and has its own bound (`max_conflict_attempts`,
 * guardrails/conflicts.ts): the budget never holds it, or a pull request whose base moved after
 * its last attempt would wait for ever, neither fixed nor frozen.
 */
import type { Rule } from './types.js'

export const attemptsRule: Rule = {
  name: 'attempts',
  check(c, ctx) {
    if (c.kind === 'conflict') return undefined
    const max = ctx.config.guardrails.budget.max_attempts_per_issue
    return c.attempts < max ? undefined : `attempts ${c.attempts}/${max} for #${c.issue}`
  }
}
