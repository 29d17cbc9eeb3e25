/**
 * mode: verdict — publish an independent reviewer's verdict on a pull request (docs/specs/0000-product.md §9): gather
 * (the pull request, the verdict file, the loop's earlier review, the worker's provider) → judge
 * and plan (pure) → apply (one `loopreview` check, one COMMENT review). Every verdict, malformed
 * ones included, is a normal outcome: the step succeeds and the check says what happened.
 */
import { runUrl } from '../context.js'
import path from 'node:path'
import { InputError } from '../errors.js'
import { table, cell } from '../report/markdown.js'
import { applyVerdict } from '../review/verdict-apply.js'
import { judgeVerdict } from '../review/verdict-check.js'
import { readVerdictFile, workerProvider } from '../review/verdict-facts.js'
import { planVerdict, type VerdictPlan } from '../review/verdict-plan.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

function summaryOf(plan: VerdictPlan, dryRun: boolean): string {
  const j = plan.judgement
  return [
    '## Delivery Loop · verdict',
    '',
    plan.skipped
      ? `Nothing published: ${plan.skipped}.`
      : `Verdict on #${plan.pull} at ${plan.headSha.slice(0, 7)}: **${j.outcome}**${dryRun ? ' (dry run: nothing was published)' : ''}.`,
    ...(j.reasons.length ? ['', ...j.reasons.map(r => `- ${r}`)] : []),
    '',
    table(
      ['Severity', 'Where', 'Finding'],
      (j.verdict?.findings ?? []).map(f => [
        f.severity,
        f.file ? `\`${cell(f.file)}${f.line ? `:${f.line}` : ''}\`` : '—',
        cell(f.note)
      ])
    )
  ].join('\n')
}

export async function verdictMode(env: ModeEnvironment): Promise<ModeResult> {
  const { inputs, github, context, config } = env
  if (inputs.pullRequest === undefined)
    throw new InputError('pull-request', 'is required for mode verdict (the reviewed pull request)')
  if (!inputs.verdictFile)
    throw new InputError('verdict-file', "is required for mode verdict (the reviewer's JSON)")
  const pull = await github.getPull(inputs.pullRequest)
  if (!pull)
    throw new InputError(
      'pull-request',
      `#${inputs.pullRequest} is not a pull request in ${context.repo.owner}/${context.repo.repo}`
    )
  const trust = await env.trust()
  const file = path.resolve(context.workspace, inputs.verdictFile)
  const judgement = judgeVerdict(
    await readVerdictFile(file, config.verification.max_verdict_bytes),
    {
      headSha: pull.headSha,
      ...(inputs.headSha ? { reviewedSha: inputs.headSha } : {}),
      requireDistinctReviewer: config.verification.require_distinct_reviewer,
      ...withWorker(workerProvider(pull, trust, config))
    }
  )
  const plan = planVerdict({
    pull,
    judgement,
    reviews: pull.state === 'OPEN' ? await github.listReviews(pull.number) : [],
    trust,
    runUrl: runUrl(context)
  })
  const applied = inputs.dryRun ? {} : await applyVerdict(github, plan)
  const status = plan.skipped ? 'skipped' : inputs.dryRun ? 'planned' : 'published'
  return {
    status,
    outputs: {
      verdict: judgement.outcome,
      reason: judgement.reasons.join('; '),
      'check-run-id': applied.checkRunId ? String(applied.checkRunId) : ''
    },
    report: {
      pull_request: pull.number,
      head_sha: pull.headSha,
      verdict: judgement.outcome,
      reasons: judgement.reasons,
      reviewer: judgement.verdict?.reviewer ?? null,
      findings: judgement.verdict?.findings.length ?? 0,
      skipped: plan.skipped ?? null,
      operations: plan.operations.map(o => o.op),
      check_run_id: applied.checkRunId ?? null,
      review_id: applied.reviewId ?? null
    },
    summary: summaryOf(plan, inputs.dryRun)
  }
}

function withWorker(worker: { provider: string; from: string } | undefined) {
  return worker ? { worker } : {}
}
