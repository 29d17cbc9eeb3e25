/** An agent's own report made into the attestation record (publish/agent-report.ts). */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readAttestations } from '../../src/guardrails/attestation.js'
import {
  agentReportRecord,
  agentReportsRecord,
  claudeExecutionRecord
} from '../../src/publish/agent-report.js'
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

describe('usage that cannot be read is no record, never zero', () => {
  const messages = JSON.parse(file) as Record<string, unknown>[]
  /** The execution file with its result message changed by `change`. */
  const withResult = (change: (r: Record<string, unknown>) => void) => {
    const copy = structuredClone(messages)
    change([...copy].reverse().find(m => m.type === 'result')!)
    return JSON.stringify(copy)
  }
  const usage = (r: Record<string, unknown>) => r.usage as Record<string, unknown>

  it.each([
    ['usage missing', (r: Record<string, unknown>) => delete r.usage],
    [
      'input renamed',
      (r: Record<string, unknown>) => {
        usage(r).prompt_tokens = usage(r).input_tokens
        delete usage(r).input_tokens
      }
    ],
    ['output a string', (r: Record<string, unknown>) => (usage(r).output_tokens = '9876')],
    [
      'a negative cache read',
      (r: Record<string, unknown>) => (usage(r).cache_read_input_tokens = -5)
    ],
    ['a negative cost', (r: Record<string, unknown>) => (r.total_cost_usd = -1)],
    ['a cost as a string', (r: Record<string, unknown>) => (r.total_cost_usd = '0')]
  ])('Claude: %s', (_, change) => {
    expect(claudeExecutionRecord(withResult(change), end)).toMatchObject({
      problem: expect.stringContaining('no record')
    })
  })

  it('an absurd duration dates the run at its end instead of crashing publish', () => {
    for (const duration_ms of [1e300, 8.64e15 * 10, -1, 'long'])
      expect(
        claudeExecutionRecord(
          withResult(r => (r.duration_ms = duration_ms)),
          end
        )
      ).toMatchObject({ record: { started_at: end.toISOString(), duration_seconds: 0 } })
  })

  const log = readFileSync('__tests__/fixtures/agents/codex-rollout.jsonl', 'utf8')
  const prices = { 'gpt-5.1-codex': { input: 1.25, cached_input: 0.125, output: 10 } }
  /** The log with every token count's totals changed by `change`. */
  const withTotals = (change: (t: Record<string, unknown>) => void) =>
    log
      .split('\n')
      .map(line => {
        if (!line.includes('token_count')) return line
        const parsed = JSON.parse(line) as {
          payload: { info: { total_token_usage: Record<string, unknown> } | null }
        }
        if (parsed.payload.info) change(parsed.payload.info.total_token_usage)
        return JSON.stringify(parsed)
      })
      .join('\n')

  it.each([
    [
      'input renamed',
      (t: Record<string, unknown>) => {
        t.prompt_tokens = t.input_tokens
        delete t.input_tokens
      }
    ],
    ['input a string', (t: Record<string, unknown>) => (t.input_tokens = '40000')],
    ['a negative total', (t: Record<string, unknown>) => (t.total_tokens = -1)],
    [
      'no output at all',
      (t: Record<string, unknown>) => {
        delete t.total_tokens
        delete t.output_tokens
      }
    ],
    ['cached a string', (t: Record<string, unknown>) => (t.cached_input_tokens = 'x')]
  ])('Codex: %s', (_, change) => {
    expect(codexSessionRecord(withTotals(change), end, prices)).toMatchObject({
      problem: expect.stringContaining('no record')
    })
  })

  it('a run that wrote several session logs is charged for all of them; one unreadable is no record', () => {
    const one = codexSessionRecord(log, end, prices) as { record: { cost_usd: number } }
    const both = agentReportsRecord([log, log], end, prices)
    expect(both).toMatchObject({
      record: { cost_usd: one.record.cost_usd * 2, tokens: { input: 80000, output: 12000 } }
    })
    expect(
      agentReportsRecord([log, withTotals(t => delete t.input_tokens)], end, prices)
    ).toMatchObject({ problem: expect.stringContaining('report 2 of 2') })
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
