/** The precompiled validators in src/generated/ are what the schemas compile to, and they work. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { GENERATED_DIR, validatorSources } from '../../scripts/validators.js'
import { defaultConfig } from '../../src/config/load.js'
import { readAttestations } from '../../src/guardrails/attestation.js'
import { parseState } from '../../src/state/document.js'

describe('precompiled schema validators', () => {
  it.each(Object.entries(validatorSources()))(
    'src/generated/%s matches its schema (run `npm run schema`)',
    (file, source) => {
      expect(readFileSync(path.join(GENERATED_DIR, file), 'utf8')).toBe(source)
    }
  )

  it('fill the configuration defaults', () => {
    const config = defaultConfig()
    expect(config.guardrails.budget.max_in_flight).toBeGreaterThan(0)
    expect(config.compile.max_closes_per_run).toBe(10)
  })

  it('check string lengths in code points and formats with the shared format checks', () => {
    const state = (updated: string) =>
      parseState(JSON.stringify({ version: 1, seq: 1, updated_at: updated }))
    expect(state('2026-11-24T12:00:00Z').state).toBeDefined()
    expect(state('not a time').problem).toContain('updated_at')
    const record = (model: string, started: string) =>
      readAttestations(
        `<!-- lc:attest ${JSON.stringify({ role: 'worker', provider: 'anthropic', model, exit_code: 0, started_at: started, ended_at: '2026-11-24T13:00:00Z', tokens: { input: 1, output: 1 }, cost_usd: 0.1 })} -->`,
        'test'
      )
    // 200 emoji are 200 code points (400 UTF-16 units): within maxLength 200.
    expect(record('😀'.repeat(200), '2026-11-24T12:00:00Z').records).toHaveLength(1)
    expect(record('😀'.repeat(201), '2026-11-24T12:00:00Z').invalid).toHaveLength(1)
    // Date.parse reads "Nov 24 2026", the attestation format does not.
    expect(record('m', 'Nov 24 2026').invalid[0].reason).toContain('started_at')
  })
})
