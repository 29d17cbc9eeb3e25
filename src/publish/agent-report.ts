/**
 * The agent's own report of a run, turned into an attestation record (pure), so a team's cost cap
 * counts what the agent actually spent without a script of its own. claude-code-action writes
 * its run as a JSON array of Agent SDK messages (its `execution_file` output): the `system/init`
 * message names the model, the final `result` message carries `total_cost_usd`, token `usage`,
 * `num_turns` and `duration_ms`. Codex's session log is read by codex-report.ts.
 */
import type { Attestation } from '../guardrails/attestation.js'
import { codexSessionRecord, type Price } from './codex-report.js'

interface SdkMessage {
  type?: unknown
  subtype?: unknown
  model?: unknown
  is_error?: unknown
  duration_ms?: unknown
  num_turns?: unknown
  total_cost_usd?: unknown
  usage?: Record<string, unknown>
  modelUsage?: Record<string, unknown>
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0)

/**
 * The record of a claude-code-action run whose execution file ended at `endedAt`, or why there
 * is none (not the file's format, or no result message: the run did not finish).
 */
export function claudeExecutionRecord(
  text: string,
  endedAt: Date
): { record: Attestation } | { problem: string } {
  let messages: unknown
  try {
    messages = JSON.parse(text)
  } catch (error) {
    return { problem: `the execution file is not JSON (${(error as Error).message})` }
  }
  if (!Array.isArray(messages))
    return {
      problem: 'the execution file is not a list of messages (claude-code-action writes one)'
    }
  const list = messages as SdkMessage[]
  const result = [...list].reverse().find(m => m?.type === 'result')
  if (!result || typeof result.total_cost_usd !== 'number')
    return {
      problem:
        'the execution file has no result message with total_cost_usd: the run did not finish'
    }
  const init = list.find(m => m?.type === 'system' && m.subtype === 'init')
  const model =
    (typeof init?.model === 'string' && init.model) ||
    Object.keys(result.modelUsage ?? {})[0] ||
    'unknown'
  const usage = result.usage ?? {}
  const seconds = count(result.duration_ms) / 1000
  const started = new Date(endedAt.getTime() - seconds * 1000)
  return {
    record: {
      role: 'worker',
      provider: 'anthropic',
      model: model.slice(0, 200),
      effort: `${count(result.num_turns)} turns`,
      exit_code: result.is_error === true ? 1 : 0,
      started_at: started.toISOString(),
      ended_at: endedAt.toISOString(),
      duration_seconds: Math.round(seconds),
      // Cache reads and writes are input the model processed, and priced as such.
      tokens: {
        input: Math.round(
          count(usage.input_tokens) +
            count(usage.cache_creation_input_tokens) +
            count(usage.cache_read_input_tokens)
        ),
        output: Math.round(count(usage.output_tokens))
      },
      cost_usd: result.total_cost_usd
    }
  }
}

/**
 * The record of an agent's own report, whichever agent wrote it: claude-code-action's execution
 * file (a JSON array) or Codex's session log (JSON lines, priced with `prices`).
 */
export function agentReportRecord(
  text: string,
  endedAt: Date,
  prices: Readonly<Record<string, Price>>
): { record: Attestation } | { problem: string } {
  return text.trimStart().startsWith('[')
    ? claudeExecutionRecord(text, endedAt)
    : codexSessionRecord(text, endedAt, prices)
}
