import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { attestationSchema, readAttestations } from '../../src/guardrails/attestation.js'
import { codePath } from '../../src/report/markdown.js'

const record = {
  role: 'worker',
  provider: 'openai',
  model: 'gpt-5-codex',
  effort: 'high',
  permission: 'workspace-write',
  exit_code: 0,
  started_at: '2026-11-24T10:00:00Z',
  ended_at: '2026-11-24T10:12:30Z',
  duration_seconds: 750,
  tokens: { input: 120000, output: 8000 },
  cost_usd: 0.42
}
const block = (r: unknown) => `<!-- lc:attest ${typeof r === 'string' ? r : JSON.stringify(r)} -->`

describe('attestation records', () => {
  it('publishes the same schema in docs/', () => {
    expect(JSON.parse(readFileSync('docs/attestation.schema.json', 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(attestationSchema))
    )
  })

  it('reads a valid record with a content id: the same record twice is one record', () => {
    const text = `Closes #4\n\n${block(record)}\n\nagain:\n${block(record)}`
    const { records, invalid } = readAttestations(text, 'pull request #9')
    expect(invalid).toEqual([])
    expect(records).toHaveLength(2)
    expect(records[0].id).toBe(records[1].id)
    expect(records[0].record).toEqual(record)
  })

  it('reads a record only from a line of its own: one quoted inside a line is text', () => {
    const text = [
      `- \`${block(record)}\` (added)`,
      `**publish.allowed_paths**: ${block(record)} is outside the allowed paths`,
      `> ${block(record)}`
    ].join('\n')
    expect(readAttestations(text, 'pull request #9')).toEqual({ records: [], invalid: [] })
    expect(readAttestations(`  ${block(record)}  \r\n`, 'x').records).toHaveLength(1)
  })

  it('shows a file name as inert code: no marker, no new line, no way out of the span', () => {
    expect(codePath('src/a b.ts')).toBe('`src/a b.ts`')
    const shown = codePath(`x\n${block(record)}\`y`)
    expect(shown.split('\n')).toHaveLength(1)
    expect(shown).not.toContain('<')
    expect(shown.slice(1, -1)).not.toContain('`')
  })

  it.each([
    ['not JSON', '{role: worker}', 'not JSON'],
    [
      'a missing field',
      { ...record, cost_usd: undefined },
      "must have required property 'cost_usd'"
    ],
    ['a negative cost', { ...record, cost_usd: -1 }, '/cost_usd must be >= 0'],
    [
      'an unknown role',
      { ...record, role: 'boss' },
      '/role must be equal to one of the allowed values'
    ],
    ['an unknown field', { ...record, secret: 'x' }, 'must NOT have additional properties'],
    [
      'a time that is no time',
      { ...record, started_at: 'yesterday' },
      '/started_at must match format'
    ],
    [
      'an end before its start',
      { ...record, ended_at: '2026-11-24T09:00:00Z' },
      'ended_at is before started_at'
    ],
    ['a huge record', { ...record, model: 'x'.repeat(5000) }, 'record over 4096 bytes']
  ])('refuses %s with the reason', (_what, r, reason) => {
    const { records, invalid } = readAttestations(block(r), 'comment 5 on #4')
    expect(records).toEqual([])
    expect(invalid).toEqual([{ where: 'comment 5 on #4', reason: expect.stringContaining(reason) }])
  })
})
