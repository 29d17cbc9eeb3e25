/** An agent's own report made into the attestation record (publish/agent-report.ts). */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readAttestations } from '../../src/guardrails/attestation.js'
import { agentReportRecord, claudeExecutionRecord } from '../../src/publish/agent-report.js'
import { codexSessionRecord } from '../../src/publish/codex-report.js'

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

describe("Codex's session log", () => {
  const log = readFileSync('__tests__/fixtures/agents/codex-rollout.jsonl', 'utf8')
  const prices = { 'gpt-5.1-codex': { input: 1.25, cached_input: 0.125, output: 10 } }

  it('gives the last running totals, priced with the price table, and the model and run time', () => {
    // 24,000 uncached × $1.25 + 16,000 cached × $0.125 + 6,000 output × $10, per million.
    expect(codexSessionRecord(log, end, prices)).toEqual({
      record: {
        role: 'worker',
        provider: 'openai',
        model: 'gpt-5.1-codex',
        exit_code: 0,
        started_at: '2026-11-05T09:50:00.000Z',
        ended_at: '2026-11-05T10:00:00.000Z',
        duration_seconds: 600,
        tokens: { input: 40000, output: 6000 },
        cost_usd: 0.092
      }
    })
  })

  it('prices cached input as input when the table names no cached price', () => {
    const made = codexSessionRecord(log, end, { 'gpt-5.1-codex': { input: 1, output: 10 } })
    expect((made as { record: { cost_usd: number } }).record.cost_usd).toBe(0.1)
  })

  it('gives no record for a model without a price, and says which', () => {
    expect(codexSessionRecord(log, end, {})).toEqual({
      problem:
        'no price for gpt-5.1-codex in guardrails.budget.prices: Codex reports tokens, not cost, so this run has no record'
    })
  })

  it('gives no record for a session that never counted tokens', () => {
    const unfinished = log.split('\n').slice(0, 3).join('\n')
    expect(codexSessionRecord(unfinished, end, prices)).toEqual({
      problem: 'the Codex session log has no token count: the run did not finish'
    })
  })

  it('is told from an execution file by its form', () => {
    expect(agentReportRecord(log, end, prices)).toEqual(codexSessionRecord(log, end, prices))
    expect(agentReportRecord(file, end, prices)).toEqual(claudeExecutionRecord(file, end))
  })
})
