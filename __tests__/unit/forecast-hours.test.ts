/**
 * People's working hours in their own time zone: a merge waits for the next weekday hour inside
 * `merge.working_hours` as the clock on their wall shows it — summer time included.
 */
import { describe, expect, it } from '@jest/globals'
import { parseModels } from '../../src/forecast/models.js'
import { Mergers } from '../../src/forecast/people.js'
import { seeded } from '../../src/forecast/random.js'

const start = new Date('2027-01-04T00:00:00Z') // a Monday, midnight UTC
const mergers = (hours: string) =>
  new Mergers(
    parseModels(`merge:\n  delay: 0\n  working_hours: ${hours}\n`, 'models.yml').merge,
    seeded(1),
    start
  )
const at = (m: Mergers, iso: string) =>
  new Date(
    start.getTime() + m.workingTime((Date.parse(iso) - start.getTime()) / 60_000) * 60_000
  ).toISOString()

describe("people's working hours", () => {
  it('waits for the next weekday hour inside the window, in UTC by default', () => {
    const utc = mergers('{ start: 9, end: 17 }')
    expect(at(utc, '2027-01-04T08:15:00Z')).toBe('2027-01-04T09:00:00.000Z')
    expect(at(utc, '2027-01-04T10:20:00Z')).toBe('2027-01-04T10:20:00.000Z')
    // Friday evening: Monday morning.
    expect(at(utc, '2027-01-08T17:30:00Z')).toBe('2027-01-11T09:00:00.000Z')
  })

  it("keeps a team's own clock: Berlin's 9 to 17 is 8 to 16 UTC in winter, 7 to 15 in summer", () => {
    const berlin = mergers('{ start: 9, end: 17, timezone: Europe/Berlin }')
    expect(at(berlin, '2027-01-04T07:30:00Z')).toBe('2027-01-04T08:00:00.000Z')
    expect(at(berlin, '2027-01-04T16:10:00Z')).toBe('2027-01-05T08:00:00.000Z')
    expect(at(berlin, '2027-07-05T06:00:00Z')).toBe('2027-07-05T07:00:00.000Z')
    // New York's Friday evening is already Saturday in UTC: still the weekend there.
    const ny = mergers('{ start: 9, end: 17, timezone: America/New_York }')
    expect(at(ny, '2027-01-08T21:30:00Z')).toBe('2027-01-08T21:30:00.000Z')
    expect(at(ny, '2027-01-08T22:30:00Z')).toBe('2027-01-11T14:00:00.000Z')
  })
})
