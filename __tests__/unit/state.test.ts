import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { emptyState, parseState, stateSchema } from '../../src/state/document.js'

describe('state document', () => {
  it('round-trips a valid document', () => {
    const state = {
      ...emptyState(),
      seq: 4,
      compile: { remaining: 0, completed_at: '2026-11-23T10:00:00.000Z' }
    }
    expect(parseState(JSON.stringify(state))).toEqual({ state })
  })

  it('reports, never throws on, corrupt or schema-invalid state', () => {
    expect(parseState('{"version": 1, "seq":')).toEqual({
      problem: expect.stringContaining('state is not JSON')
    })
    expect(parseState(JSON.stringify({ version: 2, seq: -1, updated_at: 'yesterday' }))).toEqual({
      problem: expect.stringMatching(
        /does not match its schema: .*version.*seq|does not match its schema/
      )
    })
  })

  // Each is a warning at load and the tick falls back to the dashboard's mirror (one of them is
  // run end to end in __tests__/e2e/guardrails.test.ts).
  it.each([
    ['not JSON', 'this is not json', /state is not JSON/],
    [
      'the wrong schema',
      JSON.stringify({ version: 1, seq: 'x', updated_at: 'then' }),
      /does not match its schema/
    ],
    [
      'version 2',
      JSON.stringify({ version: 2, seq: 99, updated_at: '2026-11-30T00:00:00Z' }),
      /does not match its schema/
    ]
  ])('refuses a cache entry that is %s, saying why', (_what, text, why) => {
    expect(parseState(text)).toEqual({ problem: expect.stringMatching(why) })
  })

  it('publishes the same schema in docs/', () => {
    expect(JSON.parse(readFileSync('docs/state.schema.json', 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(stateSchema))
    )
  })
})
