/**
 * The state document kept between scheduled runs (docs/specs/0000-product.md §8): one versioned JSON object validated
 * against a shipped schema. Modes record only what GitHub cannot tell them; everything here can
 * be lost without harm to correctness (GitHub facts win), only to budgets and history.
 */
import type { ValidateFunction } from 'ajv'
import { validate as precompiled } from '../generated/state-validator.js'
import { etaStateSchema, type EtaState } from './eta.js'
import { guardrailsStateSchema, type GuardrailsState } from './guardrails.js'
import { tickStateSchema, type TickState } from './tick.js'

export interface CompileCursor {
  /** Blob sha of the ROADMAP.md that was compiled. */
  roadmap_sha?: string
  /** Time of the last compile that finished every write. */
  completed_at?: string
  /** Writes still to do when the last compile stopped at its write budget. */
  remaining: number
}

export interface StateDocument {
  version: 1
  /** Incremented on every save; the higher seq wins when two copies disagree. */
  seq: number
  updated_at: string
  /** Run that wrote this copy, for humans reading it. */
  run?: { id: string; attempt: string }
  /** The repository this state belongs to: a copy naming another is refused. */
  repository?: { id: number }
  compile?: CompileCursor
  tick?: TickState
  guardrails?: GuardrailsState
  /** The dashboard issue that mirrors this state. */
  dashboard?: { issue: number }
  /** The dashboard's ETA: the last forecast of the open slices (state/eta.ts). */
  eta?: EtaState
}

export const stateSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://delivery-loop.dev/schema/state.schema.json',
  title: 'Delivery Loop state document',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'seq', 'updated_at'],
  properties: {
    version: { const: 1 },
    seq: { type: 'integer', minimum: 0 },
    updated_at: { type: 'string', format: 'date-time' },
    run: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'attempt'],
      properties: { id: { type: 'string' }, attempt: { type: 'string' } }
    },
    repository: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: { id: { type: 'integer' } }
    },
    compile: {
      type: 'object',
      additionalProperties: false,
      required: ['remaining'],
      properties: {
        roadmap_sha: { type: 'string' },
        completed_at: { type: 'string', format: 'date-time' },
        remaining: { type: 'integer', minimum: 0 }
      }
    },
    tick: tickStateSchema,
    guardrails: guardrailsStateSchema,
    dashboard: {
      type: 'object',
      additionalProperties: false,
      required: ['issue'],
      properties: { issue: { type: 'integer', minimum: 1 } }
    },
    eta: etaStateSchema
  }
} as const

/** Precompiled from `stateSchema` (formats: `stateFormats`) by `npm run schema`. */
const stateValidator = () => precompiled as unknown as ValidateFunction<StateDocument>

export function emptyState(): StateDocument {
  return { version: 1, seq: 0, updated_at: new Date(0).toISOString() }
}

/** Parse stored text; returns the problems instead of throwing — a bad state is never fatal. */
export function parseState(text: string): { state?: StateDocument; problem?: string } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { problem: `state is not JSON (${(error as Error).message})` }
  }
  const validateState = stateValidator()
  if (!validateState(data)) {
    const problems = (validateState.errors ?? [])
      .map(e => `${e.instancePath || '(root)'} ${e.message}`)
      .join('; ')
    return { problem: `state does not match its schema: ${problems}` }
  }
  return { state: data }
}
