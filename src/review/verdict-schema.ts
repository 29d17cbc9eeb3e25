/**
 * The reviewer's verdict (docs/specs/0000-product.md §9): the JSON a reviewer agent writes, checked against this schema
 * (published as docs/verdict.schema.json by `npm run schema`).
 */
import type { Verdict } from '../loop/pulls.js'

export type Severity = 'blocker' | 'major' | 'minor' | 'info'

export interface Finding {
  severity: Severity
  file?: string
  line?: number
  note: string
}

export interface ReviewerVerdict {
  verdict: Verdict
  findings: Finding[]
  evidence: string
  spec_conformance: 'pass' | 'fail' | 'not-applicable'
  reviewer: { provider: string; model: string }
  head_sha?: string
}

export const verdictSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://delivery-loop.dev/schema/verdict.schema.json',
  title: 'Delivery Loop review verdict (mode: verdict)',
  type: 'object',
  additionalProperties: false,
  required: ['verdict', 'findings', 'evidence', 'spec_conformance', 'reviewer'],
  properties: {
    verdict: {
      enum: ['pass', 'fail', 'needs-human'],
      description:
        'pass: ready for a human to merge; fail: the worker must change it; needs-human: the reviewer cannot decide.'
    },
    findings: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['severity', 'note'],
        properties: {
          severity: { enum: ['blocker', 'major', 'minor', 'info'] },
          file: {
            type: 'string',
            minLength: 1,
            maxLength: 1000,
            description: 'Path in the repository.'
          },
          line: { type: 'integer', minimum: 1, description: 'Line in the head version of file.' },
          note: { type: 'string', minLength: 1, maxLength: 4000 }
        }
      }
    },
    evidence: {
      type: 'string',
      minLength: 1,
      maxLength: 20000,
      description:
        'What the reviewer checked and how: tests run, files read, spec sections compared.'
    },
    spec_conformance: { enum: ['pass', 'fail', 'not-applicable'] },
    reviewer: {
      type: 'object',
      additionalProperties: false,
      required: ['provider', 'model'],
      properties: {
        provider: { type: 'string', minLength: 1, maxLength: 100, description: 'e.g. openai.' },
        model: { type: 'string', minLength: 1, maxLength: 200 }
      }
    },
    head_sha: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{7,40}$',
      description: 'The head commit reviewed (the review packet names it); another head is refused.'
    }
  }
} as const
