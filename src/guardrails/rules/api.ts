/** The API quota: keep `api.reserve` of each budget, shrink the wave rather than run dry mid-tick. */
import { describeApiRoom } from '../api-room.js'
import type { Rule } from './types.js'

export const apiRule: Rule = {
  name: 'api',
  check(_c, ctx, tally) {
    if (tally.all < ctx.api.dispatches) return undefined
    return `API quota: ${describeApiRoom(ctx.api)}`
  }
}
