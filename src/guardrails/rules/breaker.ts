/** The global breaker: open → nothing goes; half-open → exactly one probe. */
import type { Rule } from './types.js'

export const breakerRule: Rule = {
  name: 'breaker',
  check(_c, ctx, tally) {
    if (ctx.breaker.kind === 'none') return ctx.breaker.reason
    if (ctx.breaker.kind === 'probe' && tally.all >= 1)
      return 'breaker half-open: one probe dispatch per tick until it succeeds'
    return undefined
  }
}
