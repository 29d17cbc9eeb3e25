/**
 * Codex's own report of a run, turned into an attestation record (pure). The Codex CLI under
 * codex-action logs each session as JSON lines (`$CODEX_HOME/sessions/…/rollout-*.jsonl`): a
 * `turn_context` line names the model, and `event_msg` lines of type `token_count` carry the
 * running totals (`info.total_token_usage`). The log has tokens but no cost, so the team's price
 * table (`guardrails.budget.prices`) prices it; a model without a price gets no record — a cost
 * cap then stops dispatch for want of evidence rather than count the run as free.
 */
import type { Attestation } from '../guardrails/attestation.js'
import { MAX_RUN_MS, optionalCount, readableCount } from './usage-count.js'

export interface Price {
  input: number
  cached_input?: number
  output: number
}

interface Line {
  timestamp?: unknown
  type?: unknown
  payload?: {
    type?: unknown
    model?: unknown
    info?: { total_token_usage?: Record<string, unknown> } | null
  }
}

function lines(text: string): Line[] {
  const out: Line[] = []
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue
    try {
      out.push(JSON.parse(raw) as Line)
    } catch {
      // A line cut off when the runner stopped: the totals before it still stand.
    }
  }
  return out
}

/**
 * The session's token totals, or why they cannot be read: a renamed, negative or non-numeric
 * field is "no record" (a cost cap then holds dispatch), never zero.
 */
function codexTokens(
  totals: Record<string, unknown>
): { input: number; cached: number; output: number } | { problem: string } {
  const unreadable = (field: string) => ({
    problem: `the Codex session log's token count has no readable ${field}: this run has no record`
  })
  const input = readableCount(totals.input_tokens)
  if (input === undefined) return unreadable('input_tokens')
  const cached = optionalCount(totals.cached_input_tokens)
  const total = optionalCount(totals.total_tokens)
  const out = optionalCount(totals.output_tokens)
  const reasoning = optionalCount(totals.reasoning_output_tokens)
  if (cached === null) return unreadable('cached_input_tokens')
  if (total === null || out === null || reasoning === null)
    return unreadable('output count (total_tokens, output_tokens, reasoning_output_tokens)')
  // Whatever the log counts as output (reasoning included or apart), total minus input is all of it.
  if (total !== undefined && total >= input)
    return { input, cached: Math.min(cached ?? 0, input), output: total - input }
  if (out === undefined) return unreadable('output_tokens')
  return { input, cached: Math.min(cached ?? 0, input), output: out + (reasoning ?? 0) }
}

/** The record of a Codex session that ended at `endedAt`, or why there is none. */
export function codexSessionRecord(
  text: string,
  endedAt: Date,
  prices: Readonly<Record<string, Price>>
): { record: Attestation } | { problem: string } {
  const all = lines(text)
  const model = [...all]
    .reverse()
    .find(l => l.type === 'turn_context' && typeof l.payload?.model === 'string')?.payload
    ?.model as string | undefined
  const totals = [...all]
    .reverse()
    .find(l => l.type === 'event_msg' && l.payload?.type === 'token_count' && l.payload.info)
    ?.payload?.info?.total_token_usage
  if (!totals)
    return { problem: 'the Codex session log has no token count: the run did not finish' }
  if (!model) return { problem: 'the Codex session log names no model (no turn_context line)' }
  const price = prices[model]
  if (!price)
    return {
      problem: `no price for ${model} in guardrails.budget.prices: Codex reports tokens, not cost, so this run has no record`
    }
  const tokens = codexTokens(totals)
  if ('problem' in tokens) return tokens
  const { input, cached, output } = tokens
  const cost =
    ((input - cached) * price.input +
      cached * (price.cached_input ?? price.input) +
      output * price.output) /
    1e6
  const first = all.find(l => typeof l.timestamp === 'string')?.timestamp as string | undefined
  const at = first ? Date.parse(first) : NaN
  // A start before any run could have begun, or after the end, is noise: dated at its end.
  const started =
    at <= endedAt.getTime() && endedAt.getTime() - at <= MAX_RUN_MS ? new Date(at) : endedAt
  return {
    record: {
      role: 'worker',
      provider: 'openai',
      model: model.slice(0, 200),
      exit_code: 0,
      started_at: started.toISOString(),
      ended_at: endedAt.toISOString(),
      duration_seconds: Math.max(0, Math.round((endedAt.getTime() - started.getTime()) / 1000)),
      tokens: { input, output },
      cost_usd: Math.round(cost * 1e6) / 1e6
    }
  }
}
