/**
 * Tick's part of the state document: the attempts made per issue (across ticks, until the issue
 * closes) and whether the loop is paused. Validated with the rest of the document
 * (`state/document.ts` embeds `tickStateSchema`).
 */
import { timeOf } from '../clock.js'
import { TASK_KINDS, type TaskKind } from '../loop/markers.js'
import type { ClaimFacts } from '../loop/claims.js'

export interface AttemptRecord {
  at: string
  attempt: number
  branch: string
  adapter: string
  run: string
  kind: TaskKind
  head_sha?: string
}

/** A dashboard command the loop acted on (or refused), for the dashboard's own log. */
export interface CommandRecord {
  command: string
  by: string
  at: string
  outcome: 'applied' | 'ignored'
  note?: string
}

export interface TickState {
  attempts: Record<string, AttemptRecord[]>
  paused?: boolean
  /** Who paused the loop from the dashboard, and when. */
  paused_by?: { login: string; at: string }
  /** The last dashboard commands (newest last, at most 10). */
  commands?: CommandRecord[]
  /** Supervised mode: approved proposals not dispatched yet, issue → the revision approved. */
  approved?: Record<string, string>
  /** Review waves sent, pull request → its head and each send (tick/review-sends.ts). */
  reviews?: Record<string, ReviewRecord>
}

/** The review waves sent for a pull request's current head. */
export interface ReviewRecord {
  head: string
  sent: { at: string; run: string }[]
  /** Its sends ran out and its issue was frozen: a person unfreezing it starts afresh. */
  frozen?: boolean
}

export const tickStateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['attempts'],
  properties: {
    paused: { type: 'boolean' },
    reviews: {
      type: 'object',
      // One per open pull request reviewed: bounded by the repository, not by a small number.
      maxProperties: 20000,
      propertyNames: { pattern: '^[1-9][0-9]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['head', 'sent'],
        properties: {
          head: { type: 'string', pattern: '^[0-9a-fA-F]{7,40}$' },
          sent: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['at', 'run'],
              properties: {
                at: { type: 'string', format: 'date-time' },
                run: { type: 'string', maxLength: 40 }
              }
            }
          },
          frozen: { type: 'boolean' }
        }
      }
    },
    approved: {
      type: 'object',
      maxProperties: 500,
      additionalProperties: { type: 'string', pattern: '^[0-9a-f]{8,40}$' }
    },
    paused_by: {
      type: 'object',
      additionalProperties: false,
      required: ['login', 'at'],
      properties: { login: { type: 'string' }, at: { type: 'string', format: 'date-time' } }
    },
    commands: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'by', 'at', 'outcome'],
        properties: {
          command: { type: 'string' },
          by: { type: 'string' },
          at: { type: 'string', format: 'date-time' },
          outcome: { enum: ['applied', 'ignored'] },
          note: { type: 'string' }
        }
      }
    },
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
            kind: { enum: TASK_KINDS },
            head_sha: { type: 'string' }
          }
        }
      }
    }
  }
} as const

/** The attempts the state holds, to read only (no copy: facts that only look at them). */
export function attemptsIn(state: {
  tick?: unknown
}): Readonly<Record<string, readonly AttemptRecord[]>> {
  return (state.tick as TickState | undefined)?.attempts ?? {}
}

/** A copy of the stored tick state (the document is already schema-checked on load). */
export function tickStateOf(state: { tick?: unknown }): TickState {
  const t = state.tick as TickState | undefined
  return {
    // Lists and records are shared, never changed (a tick adds to a copy of a list); the
    // forecast's skip test runs every tick on a frozen state to prove it.
    attempts: { ...t?.attempts },
    ...(t?.paused ? { paused: true } : {}),
    ...(t?.paused_by ? { paused_by: t.paused_by } : {}),
    ...(t?.commands ? { commands: [...t.commands] } : {}),
    // Approvals last until used or withdrawn: a budget or a pause holding approved work back
    // must not send it back to the proposals.
    ...(t?.approved && Object.keys(t.approved).length ? { approved: { ...t.approved } } : {}),
    ...(t?.reviews && Object.keys(t.reviews).length ? { reviews: { ...t.reviews } } : {})
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

/**
 * The attempts the loop's claims on GitHub show and the state does not (a lost or older copy):
 * rebuilt so that losing the cache never refills the rolling budget or the attempt count.
 */
export function attemptsFromClaims(
  claims: Map<number, ClaimFacts[]>,
  isLoop: (author: string | null) => boolean
): { issue: number; record: AttemptRecord }[] {
  return [...claims].flatMap(([issue, list]) =>
    list
      .filter(
        c =>
          (c.marker.phase === 'dispatched' || c.marker.phase === 'dispatching') && isLoop(c.author)
      )
      .map(c => ({
        issue,
        record: {
          at: c.createdAt,
          attempt: c.marker.attempt,
          branch: c.marker.branch,
          adapter: 'unknown',
          run: c.marker.run ?? 'unknown',
          kind: c.marker.kind,
          ...(c.marker.head ? { head_sha: c.marker.head } : {})
        }
      }))
  )
}

/** Add records the state lacks (same attempt, run and kind count once). */
export function mergeAttempts(
  state: TickState,
  records: { issue: number; record: AttemptRecord }[]
): TickState {
  // Lists are kept in time order as they are written: only a list given a record is copied
  // and sorted again (a tick merges its claims every time, mostly adding nothing).
  const attempts = { ...state.attempts }
  const added = new Set<string>()
  for (const { issue, record } of records) {
    const key = String(issue)
    const list = attempts[key] ?? []
    const same = list.find(
      a =>
        a.attempt === record.attempt &&
        a.kind === record.kind &&
        (a.run === record.run || record.run === 'unknown')
    )
    if (same) continue
    attempts[key] = [...list, record]
    added.add(key)
  }
  for (const [key, list] of Object.entries(attempts))
    if (added.has(key) || !inTimeOrder(list))
      attempts[key] = [...list].sort((a, b) => a.at.localeCompare(b.at))
  return { ...state, attempts }
}

/** Forget attempts of issues that left the loop once they are older than the rolling window. */
export function pruneAttempts(state: TickState, open: Set<number>, since: number): TickState {
  const attempts = Object.fromEntries(
    Object.entries(state.attempts).filter(
      ([issue, list]) => open.has(Number(issue)) || list.some(a => timeOf(a.at) >= since)
    )
  )
  return { ...state, attempts }
}

/** Whether a list's times (ISO 8601, one format) never go back. */
function inTimeOrder(list: readonly AttemptRecord[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].at > list[i].at) return false
  return true
}
