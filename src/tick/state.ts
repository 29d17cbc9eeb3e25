/**
 * Tick's part of the state document: the attempts made per issue (across ticks, until the issue
 * closes) and whether the loop is paused. Validated with the rest of the document
 * (`state/document.ts` embeds `tickStateSchema`).
 */
import type { TaskKind } from '../loop/markers.js'

export interface AttemptRecord {
  at: string
  attempt: number
  branch: string
  adapter: string
  run: string
  kind: TaskKind
  head_sha?: string
}

export interface TickState {
  attempts: Record<string, AttemptRecord[]>
  paused?: boolean
}

export const tickStateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['attempts'],
  properties: {
    paused: { type: 'boolean' },
    attempts: {
      type: 'object',
      propertyNames: { pattern: '^[1-9][0-9]*$' },
      additionalProperties: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['at', 'attempt', 'branch', 'adapter', 'run', 'kind'],
          properties: {
            at: { type: 'string', format: 'date-time' },
            attempt: { type: 'integer', minimum: 1 },
            branch: { type: 'string', minLength: 1 },
            adapter: { type: 'string', minLength: 1 },
            run: { type: 'string' },
            kind: { enum: ['new', 'fix', 'review-fix'] },
            head_sha: { type: 'string' }
          }
        }
      }
    }
  }
} as const

/** A copy of the stored tick state (the document is already schema-checked on load). */
export function tickStateOf(state: { tick?: unknown }): TickState {
  const t = state.tick as TickState | undefined
  return {
    attempts: Object.fromEntries(Object.entries(t?.attempts ?? {}).map(([k, v]) => [k, [...v]])),
    ...(t?.paused ? { paused: true } : {})
  }
}

export function withAttempts(
  state: TickState,
  records: { issue: number; record: AttemptRecord }[]
): TickState {
  const attempts = { ...state.attempts }
  for (const { issue, record } of records)
    attempts[String(issue)] = [...(attempts[String(issue)] ?? []), record]
  return { ...state, attempts }
}
