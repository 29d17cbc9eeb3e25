/**
 * The guardrails' memory (docs/specs/0000-product.md §7, §8): per-issue no-progress streaks and freezes, the global
 * circuit breaker, and the usage ledger charged from attestations. Part of the one state
 * document (`state/document.ts` embeds `guardrailsStateSchema`).
 */

export type CiState = 'red' | 'green' | 'pending'

/** What the loop last saw of an issue's work, to tell progress from heartbeats. */
export interface Observation {
  pull?: number
  head?: string
  ci?: CiState
}

export interface IssueGuard {
  /** Consecutive attempts that ended without progress. */
  streak: number
  /** Highest attempt number already judged (each attempt is judged once). */
  judged: number
  /** Attempts used before the last human reset: the attempt budget counts from here. */
  attempts_base: number
  /** When a person last removed needs-human: conflict attempts count from here. */
  reset_at?: string
  last?: Observation
  frozen?: { at: string; reason: string }
  updated_at: string
}

export type BreakerPosition = 'closed' | 'open' | 'half-open'

export interface BreakerState {
  state: BreakerPosition
  /** Consecutive ticks whose every dispatch, or whose API calls, failed. */
  failed_ticks: number
  opened_at?: string
  /** The current cooldown: doubled on every failed probe, at most 24 h. */
  cooldown_minutes: number
  updated_at: string
}

/** One attestation record charged to the ledger (its id is the hash of its content). */
export interface UsageRecord {
  at: string
  issue: number
  pull?: number
  role: string
  provider: string
  model: string
  tokens: number
  cost_usd: number
}

export interface GuardrailsState {
  issues: Record<string, IssueGuard>
  breaker?: BreakerState
  usage: Record<string, UsageRecord>
}

const dateTime = { type: 'string', format: 'date-time' } as const
const count = { type: 'integer', minimum: 0 } as const

export const guardrailsStateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['issues', 'usage'],
  properties: {
    issues: {
      type: 'object',
      propertyNames: { pattern: '^[1-9][0-9]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['streak', 'judged', 'attempts_base', 'updated_at'],
        properties: {
          streak: count,
          judged: count,
          attempts_base: count,
          reset_at: dateTime,
          last: {
            type: 'object',
            additionalProperties: false,
            properties: {
              pull: { type: 'integer', minimum: 1 },
              head: { type: 'string' },
              ci: { enum: ['red', 'green', 'pending'] }
            }
          },
          frozen: {
            type: 'object',
            additionalProperties: false,
            required: ['at', 'reason'],
            properties: { at: dateTime, reason: { type: 'string' } }
          },
          updated_at: dateTime
        }
      }
    },
    breaker: {
      type: 'object',
      additionalProperties: false,
      required: ['state', 'failed_ticks', 'cooldown_minutes', 'updated_at'],
      properties: {
        state: { enum: ['closed', 'open', 'half-open'] },
        failed_ticks: count,
        opened_at: dateTime,
        cooldown_minutes: { type: 'integer', minimum: 1 },
        updated_at: dateTime
      }
    },
    usage: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'issue', 'role', 'provider', 'model', 'tokens', 'cost_usd'],
        properties: {
          at: dateTime,
          issue: { type: 'integer', minimum: 1 },
          pull: { type: 'integer', minimum: 1 },
          role: { type: 'string' },
          provider: { type: 'string' },
          model: { type: 'string' },
          tokens: count,
          cost_usd: { type: 'number', minimum: 0 }
        }
      }
    }
  }
} as const

export function emptyGuardrails(): GuardrailsState {
  return { issues: {}, usage: {} }
}

export function guardrailsOf(state: { guardrails?: GuardrailsState }): GuardrailsState {
  const g = state.guardrails
  if (!g) return emptyGuardrails()
  // The records are shared, never changed: a plan makes new ones (copyIssueGuard, charge); the
  // forecast's skip test runs every tick on a frozen state to prove it.
  return { issues: g.issues, usage: g.usage, ...(g.breaker ? { breaker: { ...g.breaker } } : {}) }
}

/** A copy of an issue's guard a plan may change (typed: structuredClone costs ×10 a tick). */
export function copyIssueGuard(guard: IssueGuard): IssueGuard {
  return {
    ...guard,
    ...(guard.last ? { last: { ...guard.last } } : {}),
    ...(guard.frozen ? { frozen: { ...guard.frozen } } : {})
  }
}
