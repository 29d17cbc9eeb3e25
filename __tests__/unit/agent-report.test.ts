/** An agent's own report made into the attestation record (publish/agent-report.ts). */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readAttestations } from '../../src/guardrails/attestation.js'
import { claudeExecutionRecord } from '../../src/publish/agent-report.js'

const file = readFileSync('__tests__/fixtures/agents/claude-execution-output.json', 'utf8')
const end = new Date('2026-11-05T10:00:00Z')

describe("claude-code-action's execution file", () => {
  it('gives the cost, the tokens (cache included), the model, the turns and the run time', () => {
    const made = claudeExecutionRecord(file, end)
    expect(made).toEqual({
      record: {
        role: 'worker',
        provider: 'anthropic',
        model: 'claude-sonnet-4-5-20250929',
        effort: '23 turns',
        exit_code: 0,
        started_at: '2026-11-05T09:53:08.000Z',
        ended_at: '2026-11-05T10:00:00.000Z',
        duration_seconds: 412,
        tokens: { input: 355772, output: 9876 },
        cost_usd: 1.8734
      }
    })
    // And it is a record the schema accepts.
    const read = readAttestations(
      `<!-- lc:attest ${JSON.stringify((made as { record: unknown }).record)} -->`,
      'x'
    )
    expect(read.invalid).toEqual([])
  })

  it('says why when the run did not finish or the file is not one', () => {
    const unfinished = JSON.stringify(JSON.parse(file).slice(0, 2))
    expect(claudeExecutionRecord(unfinished, end)).toEqual({
      problem:
        'the execution file has no result message with total_cost_usd: the run did not finish'
    })
    expect(claudeExecutionRecord('{"type":"result"}', end)).toMatchObject({
      problem: expect.stringContaining('not a list of messages')
    })
    expect(claudeExecutionRecord('not json', end)).toMatchObject({
      problem: expect.stringContaining('not JSON')
    })
  })
})
