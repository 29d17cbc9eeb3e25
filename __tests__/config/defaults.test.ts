import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { defaultConfig, parseConfig } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { ConfigError } from '../../src/errors.js'

function errorsOf(text: string): ConfigError {
  try {
    parseConfig(text)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('.delivery.yml', () => {
  it('fills every documented default when the file only has a version', () => {
    const { config, warnings } = parseConfig('version: 1\n')
    expect(warnings).toEqual([])
    expect(config.dispatch.adapter).toBe('matrix')
    expect(config.guardrails.budget).toEqual({
      max_in_flight: 3,
      max_dispatches_per_tick: 3,
      max_dispatches_per_day: 20,
      max_attempts_per_issue: 3,
      window_hours: 24,
      prices: {}
    })
    expect(config.guardrails.circuit_breaker).toEqual({
      max_no_progress_attempts: 2,
      max_conflict_attempts: 2,
      trip_after_failed_ticks: 3,
      cooldown_minutes: 60
    })
    expect(config.skills).toEqual({ paths: [], include: [], mode: 'metadata', budget_bytes: 4096 })
    expect(config.discover.max_issues_per_run).toBe(5)
    expect(config.compile.write_markers).toBe('commit')
    expect(config.dependencies.satisfied_by).toBe('closed')
    expect(config.api.reserve).toBe(100)
    expect(defaultConfig()).toEqual(config)
  })

  it('reports a wrong type, an unknown enum value and a negative budget, each with key path and line', () => {
    const error = errorsOf(
      [
        'version: 1',
        'dispatch:',
        '  adapter: carrier-pigeon',
        'guardrails:',
        '  budget:',
        '    max_in_flight: -2',
        'ci:',
        '  checks: build',
        ''
      ].join('\n')
    )
    const found = error.diagnostics.map(d => [d.path, d.line])
    expect(found).toEqual(
      expect.arrayContaining([
        ['dispatch.adapter', 3],
        ['guardrails.budget.max_in_flight', 6],
        ['ci.checks', 8]
      ])
    )
    expect(error.diagnostics).toHaveLength(3)
    expect(error.message).toContain(
      '.delivery.yml:3: dispatch.adapter: must be one of "matrix", "workflow"'
    )
    expect(error.message).toContain(
      '.delivery.yml:6: guardrails.budget.max_in_flight: must be a positive number'
    )
    expect(error.message).toContain('.delivery.yml:8: ci.checks: must be of type array')
  })

  it('treats zero as an error, never as "unlimited"', () => {
    const error = errorsOf('version: 1\nguardrails:\n  budget:\n    max_dispatches_per_day: 0\n')
    expect(error.diagnostics).toEqual([
      expect.objectContaining({ path: 'guardrails.budget.max_dispatches_per_day', line: 4 })
    ])
  })

  it('warns about unknown keys (with their line) and ignores them', () => {
    const { config, warnings } = parseConfig(
      'version: 1\nfuture_feature: true\ndispatch:\n  colour: red\n'
    )
    expect(warnings.map(w => [w.path, w.line])).toEqual([
      ['future_feature', 2],
      ['dispatch.colour', 4]
    ])
    expect(config).not.toHaveProperty('future_feature')
    expect(config.dispatch).not.toHaveProperty('colour')
  })

  it('requires the version and reports broken YAML with its line', () => {
    expect(errorsOf('dispatch:\n  adapter: label\n').diagnostics[0]).toMatchObject({
      path: '(root)',
      message: expect.stringContaining('version')
    })
    const yamlError = errorsOf('version: 1\ndispatch: [unclosed\n')
    expect(yamlError.message).toContain('not valid YAML')
    expect(yamlError.diagnostics[0].line).toBeGreaterThanOrEqual(2)
  })

  it('publishes the same schema in docs/', () => {
    const published = JSON.parse(readFileSync('docs/delivery.schema.json', 'utf8'))
    expect(published).toEqual(JSON.parse(JSON.stringify(configSchema)))
  })
})

describe('examples/delivery.yml', () => {
  it('is valid and spells out exactly the defaults', () => {
    const { config, warnings } = parseConfig(
      readFileSync('examples/delivery.yml', 'utf8'),
      'examples/delivery.yml'
    )
    expect(warnings).toEqual([])
    expect(config).toEqual(defaultConfig())
  })
})
