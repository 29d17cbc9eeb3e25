/**
 * Attestation records (docs/specs/0000-product.md §9): one `<!-- lc:attest {json} -->` block per model run, in a worker's
 * pull request body or in a comment on the unit issue or its pull request. Only trusted authors
 * count (the loop's identities, or users who can write to the repository); every record is checked
 * against a shipped JSON Schema, and the invalid ones are reported with the reason.
 */
import type { ValidateFunction } from 'ajv'
import { validate as precompiled } from '../generated/attestation-validator.js'
import { createHash } from 'node:crypto'
import { attestBlocksOf } from '../loop/markers.js'
import { rememberedByText } from '../text/remembered.js'

export interface Attestation {
  role: 'worker' | 'reviewer'
  provider: string
  model: string
  effort?: string
  permission?: string
  exit_code: number
  started_at: string
  ended_at: string
  duration_seconds?: number
  tokens: { input: number; output: number }
  cost_usd: number
  /** The unit issue and attempt the run worked on, and the workflow run it ran in. */
  issue?: number
  attempt?: number
  run?: string
}

export const attestationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://delivery-loop.dev/schema/attestation.schema.json',
  title: 'Delivery Loop attestation record (<!-- lc:attest {json} -->)',
  type: 'object',
  additionalProperties: false,
  required: [
    'role',
    'provider',
    'model',
    'exit_code',
    'started_at',
    'ended_at',
    'tokens',
    'cost_usd'
  ],
  properties: {
    role: { enum: ['worker', 'reviewer'], description: 'Who ran: the worker or the reviewer.' },
    provider: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: 'e.g. anthropic, openai.'
    },
    model: { type: 'string', minLength: 1, maxLength: 200 },
    effort: {
      type: 'string',
      maxLength: 100,
      description: 'Reasoning effort or turn limit, as the agent names it.'
    },
    permission: {
      type: 'string',
      maxLength: 200,
      description: 'The permission profile the agent ran with.'
    },
    exit_code: { type: 'integer' },
    started_at: { type: 'string', format: 'date-time' },
    ended_at: { type: 'string', format: 'date-time' },
    duration_seconds: { type: 'number', minimum: 0 },
    tokens: {
      type: 'object',
      additionalProperties: false,
      required: ['input', 'output'],
      properties: {
        input: { type: 'integer', minimum: 0 },
        output: { type: 'integer', minimum: 0 }
      }
    },
    cost_usd: { type: 'number', minimum: 0 },
    issue: {
      type: 'integer',
      minimum: 1,
      description:
        'The unit issue this run worked on; a record found on another issue is refused. publish fills it in.'
    },
    attempt: {
      type: 'integer',
      minimum: 1,
      description:
        "The attempt (the wave's `attempt`) this run was; it is charged no earlier than that attempt's dispatch. publish fills it in."
    },
    run: {
      type: 'string',
      maxLength: 100,
      description: 'The workflow run id the agent ran in (`github.run_id`), for the audit trail.'
    }
  }
} as const

/** Precompiled from `attestationSchema` (formats: `attestationFormats`) by `npm run schema`. */
const attestationValidator = () => precompiled as unknown as ValidateFunction<Attestation>

/** Records bigger than this are refused unread (a record is a few hundred bytes). */
const MAX_RECORD_BYTES = 4096

export interface FoundRecord {
  id: string
  record: Attestation
}

export interface InvalidRecord {
  where: string
  reason: string
}

/** One record's JSON, checked: the record with a content id, or why it is not one. */
export function readRecord(raw: string, where: string): FoundRecord | InvalidRecord {
  if (Buffer.byteLength(raw) > MAX_RECORD_BYTES)
    return { where, reason: `record over ${MAX_RECORD_BYTES} bytes` }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    return { where, reason: `not JSON (${(error as Error).message})` }
  }
  const validate = attestationValidator()
  if (!validate(data)) {
    const why = (validate.errors ?? [])
      .map(e => `${e.instancePath || '(root)'} ${e.message}`)
      .join('; ')
    return { where, reason: `does not match the attestation schema: ${why}` }
  }
  if (Date.parse(data.ended_at) < Date.parse(data.started_at))
    return { where, reason: 'ended_at is before started_at' }
  // The same record pasted twice, or seen on two ticks, is one record.
  const id = createHash('sha1').update(JSON.stringify(data)).digest('hex').slice(0, 16)
  return { id, record: data }
}

/** Every attestation block in `text`: the valid records (with a content id) and the invalid ones. */
export function readAttestations(
  text: string,
  where: string
): { records: readonly FoundRecord[]; invalid: InvalidRecord[] } {
  const read = attestationsIn(text)
  return { records: read.records, invalid: read.invalid.map(reason => ({ where, reason })) }
}

/** A text's records and why its invalid ones are invalid, read once per text. */
export const attestationsIn = rememberedByText((text: string) => {
  const records: FoundRecord[] = []
  const invalid: string[] = []
  for (const raw of attestBlocksOf(text)) {
    const read = readRecord(raw, '')
    if ('record' in read) records.push(read)
    else invalid.push(read.reason)
  }
  return { records, invalid }
})
