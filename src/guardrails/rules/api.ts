/** The API quota: keep `api.reserve` requests, shrink the wave rather than run dry mid-tick. */
import type { Rule } from './types.js'

export const apiRule: Rule = {
  name: 'api',
  check(_c, ctx, tally) {
    if (tally.all < ctx.apiRoom) return undefined
    return `API quota: ${ctx.remaining} requests left, ${ctx.config.api.reserve} kept in reserve — room for ${ctx.apiRoom} dispatch(es) this tick`
  }
}
