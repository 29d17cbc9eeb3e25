/** The tick's outputs, JSON report and job summary, rendered from the plan and what was applied. */
import { cell, table } from '../report/markdown.js'
import { neutralizeMentions } from '../text/sanitize.js'
import type { DispatchTask } from './adapters.js'
import type { TickApplyResult } from './apply.js'
import type { Skip, TickPlan, TickStatus } from './plan.js'

/**
 * One entry of the `wave` output: what a `strategy.matrix` worker job needs. `ref` is what the
 * worker checks out — the default branch for new work (a stacked task: its blocker's reviewed head), the
 * pull request's branch for a fix or a conflict — and `base` the branch it merges into (a
 * conflict task merges it into `ref`): the default branch, or a stacked one's base, said here
 * because a workflow cannot always tell (a scheduled run's event names no repository, so
 * `github.event.repository.default_branch` is empty there).
 */
export function waveEntry(t: DispatchTask, defaultBranch: string) {
  return {
    issue: t.issue,
    branch: t.branch,
    // A stacked task starts from the blocker's head it was reviewed at, not whatever is there now.
    ref: t.kind === 'new' ? (t.baseSha ?? defaultBranch) : t.branch,
    base: t.base ?? defaultBranch,
    attempt: t.attempt,
    kind: t.kind,
    title: t.title,
    ...(t.pull !== undefined ? { pull: t.pull } : {})
  }
}

export interface TickOutcome {
  status: TickStatus
  /** Where new work starts (the wave's `ref`). */
  defaultBranch: string
  dryRun: boolean
  /** Tasks that went (or, in a dry run, would go). */
  sent: DispatchTask[]
  skipped: Skip[]
  applied?: TickApplyResult
}

export function tickOutputs(plan: TickPlan, outcome: TickOutcome): Record<string, string> {
  const count = (cls: string) => plan.issues.filter(c => c.class === cls).length
  return {
    wave: JSON.stringify(outcome.sent.map(t => waveEntry(t, outcome.defaultBranch))),
    'review-wave': JSON.stringify(plan.reviewWave),
    dispatched: String(outcome.sent.filter(t => t.kind === 'new').length),
    fixes: String(outcome.sent.filter(t => t.kind !== 'new').length),
    ready: String(count('ready') + count('stalled')),
    'in-flight': String(count('in-flight'))
  }
}

export function tickReport(plan: TickPlan, outcome: TickOutcome): Record<string, unknown> {
  const sent = outcome.sent.map(t => waveEntry(t, outcome.defaultBranch))
  return {
    issues: plan.issues,
    wave: sent.filter(t => t.kind === 'new'),
    fix_wave: sent.filter(t => t.kind !== 'new'),
    review_wave: plan.reviewWave,
    merge_order: plan.mergeOrder,
    skipped: outcome.skipped,
    limits: plan.limits,
    disagreements: plan.disagreements,
    ignored_pulls: plan.ignoredPulls,
    duplicates: plan.duplicates,
    released_claims: outcome.applied?.released ?? plan.releases,
    notices: plan.notices,
    api: plan.api,
    guardrails: plan.guardrails,
    commands: plan.commands.records,
    ...(outcome.applied?.updated.length ? { updated_branches: outcome.applied.updated } : {}),
    ...(outcome.applied?.retargeted.length ? { retargeted: outcome.applied.retargeted } : {}),
    ...(outcome.applied?.failed.length ? { failed: outcome.applied.failed } : {}),
    ...(outcome.applied?.unconfirmed.length ? { unconfirmed: outcome.applied.unconfirmed } : {})
  }
}

export function tickSummary(plan: TickPlan, outcome: TickOutcome): string {
  const rows = plan.issues.map(c => [
    `#${c.issue}`,
    cell(neutralizeMentions(c.title), 60),
    c.sub ? `${c.class} (${c.sub})` : c.class,
    cell(neutralizeMentions(c.reason), 140)
  ])
  const section = (title: string, body: string[]) =>
    body.length ? [`### ${title}`, '', ...body, ''] : []
  return [
    '## Delivery Loop · tick',
    '',
    `Status: **${outcome.status}**${outcome.dryRun ? ' (dry run: nothing was written)' : ''} · ${outcome.sent.length} dispatched · ${plan.reviewWave.length} awaiting review`,
    '',
    ...section(
      'Wave',
      outcome.sent.length
        ? [
            table(
              ['issue', 'kind', 'branch', 'attempt'],
              outcome.sent.map(w => [`#${w.issue}`, w.kind, `\`${w.branch}\``, String(w.attempt)])
            )
          ]
        : []
    ),
    ...section(
      'Not dispatched',
      outcome.skipped.length
        ? [
            table(
              ['issue', 'why'],
              outcome.skipped.map(s => [`#${s.issue}`, cell(s.reason)])
            )
          ]
        : []
    ),
    ...guardrailsSection(plan),
    ...section(
      'Duplicates',
      plan.duplicates.map(
        d => `- #${d.issue} repeats #${d.of} (marker \`${d.marker}\`): never dispatched`
      )
    ),
    ...section(
      "Ignored: not the loop's pull requests",
      plan.ignoredPulls.map(
        p =>
          `- PR #${p.pull} (names ${p.issues.map(n => `#${n}`).join(', ')}): ${cell(neutralizeMentions(p.reason))}`
      )
    ),
    ...section(
      'Released claims',
      (outcome.applied?.released ?? plan.releases).map(r => `- #${r.issue}: ${cell(r.reason)}`)
    ),
    '### Issues',
    '',
    rows.length
      ? table(['issue', 'title', 'state', 'reason'], rows)
      : '_No open issue is labelled delivery:unit._'
  ].join('\n')
}

/** Every guardrail decision with the numbers behind it. */
function guardrailsSection(plan: TickPlan): string[] {
  const g = plan.guardrails
  const b = g.breaker
  const breaker =
    b.state === 'closed'
      ? `closed (${b.failed_ticks} failed tick(s) in a row)`
      : b.state === 'open'
        ? `**open** until ${b.reopens_at ?? '?'} (cooldown ${b.cooldown_minutes} min)`
        : `half-open: one probe (cooldown ${b.cooldown_minutes} min)`
  return [
    '### Guardrails',
    '',
    table(
      ['guardrail', 'now'],
      [
        ['breaker', breaker],
        ...Object.entries(g.budgets).map(([k, v]) => [k.replace(/_/g, ' '), cell(v)])
      ]
    ),
    '',
    ...b.transitions.map(t => `- breaker ${t.from} → ${t.to} at ${t.at}: ${cell(t.reason)}`),
    ...g.frozen.map(f => `- #${f.issue} frozen (needs-human): ${cell(f.reason)}`),
    ...g.unfrozen.map(n => `- #${n} unfrozen by a human: streak cleared, attempt budget reset`),
    ...g.usage.invalid.map(i => `- invalid attestation in ${i.where}: ${cell(i.reason)}`),
    ''
  ]
}
