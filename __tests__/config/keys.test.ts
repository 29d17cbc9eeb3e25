/**
 * No configuration key is accepted and ignored: every key of the schema is listed here with the
 * source file where it takes effect, and that file reads it. A new key without a home fails.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseConfig } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { ConfigError } from '../../src/errors.js'

/** Key path → the file that reads it, and how it reads it. */
const WHERE: Record<string, [file: string, reads: string]> = {
  version: ['src/config/schema.ts', 'const: 1'],
  'forecast.eta': ['src/modes/index.ts', 'env.config.forecast.eta'],
  'forecast.runs': ['src/forecast/eta.ts', 'env.config.forecast.runs'],
  'forecast.models': ['src/forecast/eta.ts', 'env.config.forecast.models'],
  'forecast.deadline': ['src/forecast/eta.ts', 'env.config.forecast.deadline'],
  'dispatch.adapter': ['src/tick/adapters.ts', 'config.dispatch.adapter'],
  'dispatch.workflow': ['src/tick/adapters.ts', "need(config, 'workflow')"],
  'dispatch.ref': ['src/tick/adapters.ts', 'config.dispatch.ref'],
  'dispatch.assignee': ['src/tick/adapters.ts', "need(config, 'assignee')"],
  'dispatch.comment_template': ['src/tick/adapters.ts', "need(config, 'comment_template')"],
  'dispatch.label': ['src/tick/adapters.ts', "need(config, 'label')"],
  'dispatch.lease_minutes': ['src/tick/plan.ts', 'config.dispatch.lease_minutes'],
  'dispatch.fix_wave': ['src/tick/tasks.ts', 'config.dispatch.fix_wave'],
  'dispatch.approval': ['src/tick/plan.ts', 'config.dispatch.approval'],
  'guardrails.budget.max_in_flight': ['src/guardrails/rules/slots.ts', 'max_in_flight'],
  'guardrails.budget.max_dispatches_per_tick': [
    'src/guardrails/rules/per-tick.ts',
    'max_dispatches_per_tick'
  ],
  'guardrails.budget.max_dispatches_per_day': [
    'src/guardrails/rules/window.ts',
    'max_dispatches_per_day'
  ],
  'guardrails.budget.max_attempts_per_issue': [
    'src/guardrails/rules/attempts.ts',
    'max_attempts_per_issue'
  ],
  'guardrails.budget.max_total_tokens': ['src/guardrails/rules/usage.ts', 'max_total_tokens'],
  'guardrails.budget.max_total_cost_usd': ['src/guardrails/rules/usage.ts', 'max_total_cost_usd'],
  'guardrails.budget.window_hours': ['src/tick/guard.ts', 'budget.window_hours'],
  'guardrails.budget.prices': ['src/modes/publish.ts', 'budget.prices'],
  'guardrails.circuit_breaker.max_no_progress_attempts': [
    'src/guardrails/progress.ts',
    'max_no_progress_attempts'
  ],
  'guardrails.circuit_breaker.max_conflict_attempts': [
    'src/guardrails/conflicts.ts',
    'max_conflict_attempts'
  ],
  'guardrails.circuit_breaker.trip_after_failed_ticks': [
    'src/guardrails/breaker.ts',
    'settings.trip_after_failed_ticks'
  ],
  'guardrails.review.max_waiting': ['src/guardrails/rules/review.ts', 'max_waiting'],
  'guardrails.review.max_wait_hours': ['src/guardrails/rules/review.ts', 'max_wait_hours'],
  'guardrails.circuit_breaker.cooldown_minutes': [
    'src/guardrails/breaker.ts',
    'settings.cooldown_minutes'
  ],
  'ci.checks': ['src/tick/plan.ts', 'config.ci.checks'],
  'ci.no_checks_after_minutes': ['src/tick/plan.ts', 'config.ci.no_checks_after_minutes'],
  'verification.require_distinct_reviewer': [
    'src/modes/verdict.ts',
    'config.verification.require_distinct_reviewer'
  ],
  'verification.max_reviews_per_head': ['src/tick/tasks.ts', 'v.max_reviews_per_head'],
  'verification.review_lease_minutes': ['src/tick/tasks.ts', 'v.review_lease_minutes'],
  'verification.max_verdict_bytes': [
    'src/modes/verdict.ts',
    'config.verification.max_verdict_bytes'
  ],
  'verification.packet.total_bytes': ['src/review/packet.ts', 'limits.total_bytes'],
  'verification.packet.pull_request_bytes': ['src/review/packet.ts', 'limits.pull_request_bytes'],
  'verification.packet.issue_bytes': ['src/review/packet.ts', 'limits.issue_bytes'],
  'verification.packet.files_bytes': ['src/review/packet.ts', 'limits.files_bytes'],
  'verification.packet.diff_bytes': ['src/review/packet.ts', 'limits.diff_bytes'],
  'verification.packet.file_patch_bytes': ['src/review/packet.ts', 'limits.file_patch_bytes'],
  'verification.packet.spec_bytes': ['src/review/packet.ts', 'limits.spec_bytes'],
  'adapters.worker': ['src/review/verdict-facts.ts', 'config.adapters.worker'],
  'skills.paths': ['src/prompt/repo-skills.ts', 'config.skills.paths'],
  'skills.include': ['src/prompt/repo-skills.ts', 'config.skills.include'],
  'skills.mode': ['src/prompt/repo-skills.ts', 'config.skills.mode'],
  'skills.budget_bytes': ['src/prompt/repo-skills.ts', 'config.skills.budget_bytes'],
  'discover.workflows': ['src/discover/trigger.ts', 'config.discover'],
  'discover.branches': ['src/discover/trigger.ts', 'config.discover'],
  'discover.max_issues_per_run': ['src/discover/plan.ts', 'config.discover.max_issues_per_run'],
  'discover.comment_every_hours': ['src/discover/plan.ts', 'discover.comment_every_hours'],
  'discover.enqueue': ['src/discover/plan.ts', 'config.discover.enqueue'],
  'compile.write_markers': ['src/modes/compile.ts', 'config.compile.write_markers'],
  'compile.markers_branch': ['src/modes/compile.ts', 'config.compile.markers_branch'],
  'compile.max_closes_per_run': ['src/modes/compile.ts', 'config.compile.max_closes_per_run'],
  'compile.max_writes_per_run': ['src/modes/compile.ts', 'config.compile.max_writes_per_run'],
  'publish.forbidden_paths': ['src/publish/rules.ts', 'rules.forbidden_paths'],
  'publish.allowed_paths': ['src/publish/rules.ts', 'rules.allowed_paths'],
  'publish.roadmap_in_doc_slices': ['src/publish/rules.ts', 'rules.roadmap_in_doc_slices'],
  'publish.max_files': ['src/publish/rules.ts', 'rules.max_files'],
  'publish.max_bytes': ['src/publish/rules.ts', 'rules.max_bytes'],
  'publish.max_binary_bytes': ['src/publish/rules.ts', 'rules.max_binary_bytes'],
  'dependencies.satisfied_by': ['src/tick/plan.ts', 'config.dependencies.satisfied_by'],
  'dependencies.stack': ['src/tick/plan.ts', 'config.dependencies.stack'],
  'trust.bot_logins': ['src/tick/plan-scope.ts', 'config.trust.bot_logins'],
  'trust.agent_logins': ['src/loop/work.ts', 'config.trust.agent_logins'],
  'api.reserve': ['src/tick/guard.ts', 'config.api.reserve']
}

type SchemaNode = { properties?: Record<string, SchemaNode> }

function leaves(node: SchemaNode, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
    child.properties ? leaves(child, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe('every configuration key takes effect', () => {
  const keys = leaves(configSchema as unknown as SchemaNode)

  it('lists every schema key, and no key the schema does not have', () => {
    expect(Object.keys(WHERE).sort()).toEqual([...keys].sort())
  })

  it.each(Object.entries(WHERE))('%s is read in %s', (_key, [file, reads]) => {
    expect(readFileSync(file, 'utf8')).toContain(reads)
  })
})

describe('numbers that would mean "unlimited" are refused with the key path and the line', () => {
  it.each([
    [
      'guardrails:\n  budget:\n    max_total_cost_usd: 0\n',
      'guardrails.budget.max_total_cost_usd',
      4
    ],
    ['guardrails:\n  budget:\n    window_hours: 0\n', 'guardrails.budget.window_hours', 4],
    [
      'guardrails:\n  circuit_breaker:\n    cooldown_minutes: -5\n',
      'guardrails.circuit_breaker.cooldown_minutes',
      4
    ],
    ['guardrails:\n  budget:\n    max_total_tokens: -1\n', 'guardrails.budget.max_total_tokens', 4]
  ])('%j', (yaml, path, line) => {
    let error: unknown
    try {
      parseConfig(`version: 1\n${yaml}`)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).diagnostics).toEqual([
      expect.objectContaining({ path, line, file: '.delivery.yml' })
    ])
  })
})
