/** Which attempt a usage record belongs to and when it is charged (guardrails/usage-binding.ts). */
import { describe, expect, it } from '@jest/globals'
import type { Attestation } from '../../src/guardrails/attestation.js'
import { bindRecord } from '../../src/guardrails/usage-binding.js'

const record = (fields: Partial<Attestation>): Attestation => ({
  role: 'worker',
  provider: 'openai',
  model: 'gpt-5',
  exit_code: 0,
  started_at: '2026-05-01T10:00:00Z',
  ended_at: '2026-05-01T11:00:00Z',
  tokens: { input: 10, output: 5 },
  cost_usd: 1,
  ...fields
})
const now = new Date('2026-05-01T12:00:00Z')
const dispatches = [
  { attempt: 1, at: '2026-05-01T09:00:00Z' },
  { attempt: 2, at: '2026-05-01T10:30:00Z' }
]

describe('bindRecord', () => {
  it('binds to the newest attempt dispatched before the record ended, charged at its end', () => {
    expect(bindRecord(record({}), 7, dispatches, now)).toEqual({
      at: '2026-05-01T11:00:00.000Z',
      attempt: 2
    })
  })

  it('a record naming its attempt ends before that dispatch: refused', () => {
    expect(
      bindRecord(record({ attempt: 2, ended_at: '2026-05-01T10:00:00Z' }), 7, dispatches, now)
    ).toEqual({
      refused: 'ended 2026-05-01T10:00:00Z, before attempt 2 was dispatched (2026-05-01T10:30:00Z)'
    })
  })

  it('a little clock skew is forgiven: charged no earlier than the dispatch', () => {
    const skewed = record({ attempt: 2, ended_at: '2026-05-01T10:27:00Z' })
    expect(bindRecord(skewed, 7, dispatches, now)).toEqual({
      at: '2026-05-01T10:30:00.000Z',
      attempt: 2
    })
  })

  it('an attempt the loop never dispatched, another issue, the far past, the future: refused', () => {
    expect(bindRecord(record({ attempt: 5 }), 7, dispatches, now)).toEqual({
      refused: 'names attempt 5, which the loop never dispatched on this issue'
    })
    expect(bindRecord(record({ issue: 8 }), 7, dispatches, now)).toEqual({
      refused: 'names issue #8, but was found on #7'
    })
    expect(
      bindRecord(record({ ended_at: '2020-01-01T00:00:00Z' }), 7, dispatches, now)
    ).toMatchObject({ refused: expect.stringContaining('before attempt 1 was dispatched') })
    expect(bindRecord(record({ ended_at: '2026-05-01T12:10:00Z' }), 7, dispatches, now)).toEqual({
      refused: 'ended_at 2026-05-01T12:10:00Z is in the future'
    })
  })

  it('within the skew of now it is charged now, never later than first seen', () => {
    expect(bindRecord(record({ ended_at: '2026-05-01T12:03:00Z' }), 7, dispatches, now)).toEqual({
      at: '2026-05-01T12:00:00.000Z',
      attempt: 2
    })
  })

  it('on an issue with no known attempt it is charged when first seen, whatever date it gives', () => {
    expect(bindRecord(record({}), 7, [], now)).toEqual({ at: '2026-05-01T12:00:00.000Z' })
    // Back-dated to 2020 with $400: charged now, inside the window, never lost before it.
    expect(
      bindRecord(
        record({ started_at: '2020-01-01T00:00:00Z', ended_at: '2020-01-01T01:00:00Z' }),
        7,
        [],
        now
      )
    ).toEqual({ at: '2026-05-01T12:00:00.000Z' })
  })

  it('on a closed pull request with no known attempt, it is charged when the pull request closed — the same time at every tick that finds it again', () => {
    const closed = new Date('2026-05-01T09:00:00Z')
    expect(bindRecord(record({}), 7, [], now, closed)).toEqual({ at: '2026-05-01T09:00:00.000Z' })
    // A day later the same record, found again, still binds to the close: it ages out once.
    const later = new Date(now.getTime() + 25 * 3600_000)
    expect(bindRecord(record({}), 7, [], later, closed)).toEqual({ at: '2026-05-01T09:00:00.000Z' })
  })
})
