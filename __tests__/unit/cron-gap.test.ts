/** How often a schedule fires (src/doctor/cron-gap.ts): its longest gap, lists and steps read. */
import { describe, expect, it } from '@jest/globals'
import { cronGapMinutes } from '../../src/doctor/cron-gap.js'

describe('the longest wait between runs of a schedule', () => {
  it.each([
    ['*/30 * * * *', 30],
    ['0,30 * * * *', 30],
    ['17,47 * * * *', 30],
    ['5 * * * *', 60],
    ['0 */6 * * *', 360],
    ['0 9-17 * * 1-5', 16 * 60],
    ['*/5 * * * *', 5],
    ['10-20/5 * * * *', 50]
  ])('%s: %i minutes', (cron, gap) => {
    expect(cronGapMinutes(cron)).toBe(gap)
  })

  it('cannot read what is not minute and hour fields', () => {
    expect(cronGapMinutes('@daily')).toBeUndefined()
    expect(cronGapMinutes('61 * * * *')).toBeUndefined()
  })
})
