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

  it('publishes the same schema in docs/', () => {
    expect(JSON.parse(readFileSync('docs/state.schema.json', 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(stateSchema))
    )
  })
})
