/**
 * Merging two copies of the state (pure): the cache's and the dashboard mirror's, or ours and one
 * a concurrent run wrote meanwhile. Append-only sets are united (attempts, the usage ledger);
 * records that change carry their own time and the newer wins (each issue's guard, the breaker);
 * the rest comes from the copy with the higher `seq`. Nothing either run recorded is lost.
 */
import type { GuardrailsState, IssueGuard } from './guardrails.js'
import type { AttemptRecord, TickState } from './tick.js'
import type { StateDocument } from './document.js'

function newer<T extends { updated_at: string }>(
  a: T | undefined,
  b: T | undefined
): T | undefined {
  if (!a) return b
  if (!b) return a
  return Date.parse(b.updated_at) > Date.parse(a.updated_at) ? b : a
}

function unionAttempts(a: TickState | undefined, b: TickState | undefined) {
  const out: Record<string, AttemptRecord[]> = {}
  for (const source of [a?.attempts ?? {}, b?.attempts ?? {}]) {
    for (const [issue, records] of Object.entries(source)) {
      const list = (out[issue] ??= [])
      for (const r of records)
        if (!list.some(x => x.attempt === r.attempt && x.run === r.run && x.kind === r.kind))
          list.push(r)
    }
  }
  for (const list of Object.values(out))
    list.sort((x, y) => x.at.localeCompare(y.at) || x.attempt - y.attempt)
  return out
}

function mergeGuardrails(
  a: GuardrailsState | undefined,
  b: GuardrailsState | undefined
): GuardrailsState | undefined {
  if (!a || !b) return a ?? b
  const issues: Record<string, IssueGuard> = { ...a.issues }
  for (const [n, g] of Object.entries(b.issues)) issues[n] = newer(issues[n], g)!
  const breaker = newer(a.breaker, b.breaker)
  return { issues, usage: { ...a.usage, ...b.usage }, ...(breaker ? { breaker } : {}) }
}

export function mergeStates(a: StateDocument, b: StateDocument): StateDocument {
  const [low, high] = a.seq <= b.seq ? [a, b] : [b, a]
  const merged: StateDocument = { ...low, ...high }
  if (low.tick || high.tick)
    merged.tick = { ...(high.tick ?? low.tick)!, attempts: unionAttempts(low.tick, high.tick) }
  const guardrails = mergeGuardrails(low.guardrails, high.guardrails)
  if (guardrails) merged.guardrails = guardrails
  return merged
}

/** What a copy holds, without the bookkeeping that changes on every save. */
export function stateContent(state: StateDocument): string {
  const { seq: _seq, updated_at: _at, run: _run, ...content } = state
  return JSON.stringify(content)
}
