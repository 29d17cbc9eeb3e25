/**
 * The agent's own report of a run, turned into an attestation record (pure), so a team's cost cap
 * counts what the agent actually spent without a script of its own. claude-code-action writes
 * its run as a JSON array of Agent SDK messages (its `execution_file` output): the `system/init`
 * message names the model, the final `result` message carries `total_cost_usd`, token `usage`,
 * `num_turns` and `duration_ms`. Codex's session log is read by codex-report.ts.
 */
import type { Attestation } from '../guardrails/attestation.js'
import { codexSessionRecord, type Price } from './codex-report.js'
import { MAX_RUN_MS, optionalCount, readableCount } from './usage-count.js'

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

/** The tokens of a result's `usage`: input (cache reads and writes included) and output. */
function claudeTokens(
  usage: Record<string, unknown>
): { input: number; output: number } | { problem: string } {
  const input = readableCount(usage.input_tokens)
  const output = readableCount(usage.output_tokens)
  const cacheWrite = optionalCount(usage.cache_creation_input_tokens)
  const cacheRead = optionalCount(usage.cache_read_input_tokens)
  if (input === undefined || output === undefined || cacheWrite === null || cacheRead === null)
    return {
      problem:
        "the execution file's result has no readable token usage (input_tokens, output_tokens): this run has no record"
    }
  // Cache reads and writes are input the model processed, and priced as such.
  return {
    input: Math.round(input + (cacheWrite ?? 0) + (cacheRead ?? 0)),
    output: Math.round(output)
  }
}

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
  if (!result || result.total_cost_usd === undefined)
    return {
      problem:
        'the execution file has no result message with total_cost_usd: the run did not finish'
    }
  const cost = readableCount(result.total_cost_usd)
  if (cost === undefined)
    return {
      problem: `the execution file's total_cost_usd (${JSON.stringify(result.total_cost_usd)}) is not a cost: this run has no record`
    }
  const tokens = claudeTokens(result.usage ?? {})
  if ('problem' in tokens) return tokens
  const init = list.find(m => m?.type === 'system' && m.subtype === 'init')
  const model =
    (typeof init?.model === 'string' && init.model) ||
    Object.keys(result.modelUsage ?? {})[0] ||
    'unknown'
  // A duration past any run's length is noise: the run is dated at its end, never a crash.
  const ms = readableCount(result.duration_ms)
  const seconds = ms !== undefined && ms <= MAX_RUN_MS ? ms / 1000 : 0
  const started = new Date(endedAt.getTime() - seconds * 1000)
  const turns = readableCount(result.num_turns)
  return {
    record: {
      role: 'worker',
      provider: 'anthropic',
      model: model.slice(0, 200),
      effort: turns !== undefined ? `${Math.round(turns)} turns` : 'unknown turns',
      exit_code: result.is_error === true ? 1 : 0,
      started_at: started.toISOString(),
      ended_at: endedAt.toISOString(),
      duration_seconds: Math.round(seconds),
      tokens,
      cost_usd: cost
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

/**
 * One record for a run that wrote several reports (Codex starts a session log per session): the
 * sums of tokens and cost, from the first start to the last end. One report without a record
 * makes the whole run "no record": a part counted would undercount the run.
 */
export function agentReportsRecord(
  texts: readonly string[],
  endedAt: Date,
  prices: Readonly<Record<string, Price>>
): { record: Attestation } | { problem: string } {
  const records: Attestation[] = []
  for (const [i, text] of texts.entries()) {
    const made = agentReportRecord(text, endedAt, prices)
    if ('problem' in made)
      return texts.length > 1
        ? { problem: `report ${i + 1} of ${texts.length}: ${made.problem}` }
        : made
    records.push(made.record)
  }
  if (records.length === 1) return { record: records[0] }
  const started = Math.min(...records.map(r => Date.parse(r.started_at)))
  const ended = Math.max(...records.map(r => Date.parse(r.ended_at)))
  const sum = (f: (r: Attestation) => number) => records.reduce((n, r) => n + f(r), 0)
  return {
    record: {
      ...records[0],
      model: [...new Set(records.map(r => r.model))].join(', ').slice(0, 200),
      exit_code: Math.max(...records.map(r => r.exit_code)),
      started_at: new Date(started).toISOString(),
      ended_at: new Date(ended).toISOString(),
      duration_seconds: Math.round((ended - started) / 1000),
      tokens: { input: sum(r => r.tokens.input), output: sum(r => r.tokens.output) },
      cost_usd: Math.round(sum(r => r.cost_usd) * 1e6) / 1e6
    }
  }
}
