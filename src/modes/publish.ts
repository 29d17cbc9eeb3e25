/**
 * mode: publish — the loop, not the agent, writes a worker's change (docs/specs/0000-product.md §6, safe outputs):
 * gather (the issue, its claim, the branch and base, the patch as git reads it, the attestation)
 * → check the rules and plan (pure) → apply with the push token (Git Data API: no credentials
 * on disk, never a force). A refused change is never pushed; the issue says which rule refused it.
 */
import { applyPublish } from '../publish/apply.js'
import {
  attestationBlock,
  patchOf,
  pushTokenWarning,
  readAgainstBase,
  revertedOnBase,
  taskFacts,
  type PublishSources
} from '../publish/facts.js'
import { patchNames } from '../publish/patch.js'
import { planPublish, type PublishPlan, type PublishTask } from '../publish/plan.js'
import { refusalsOf, rulesContext, type RuleSettings } from '../publish/refusals.js'
import { patchRefusals } from '../publish/rules.js'
import { cell, table } from '../report/markdown.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

/** What publish's facts read from, out of the mode's environment. */
async function sourcesOf(env: ModeEnvironment): Promise<PublishSources> {
  const { inputs, github, context, config } = env
  return {
    inputs,
    github,
    trust: await env.trust(),
    workspace: context.workspace,
    runnerTemp: context.runnerTemp,
    runId: context.runId,
    prices: config.guardrails.budget.prices
  }
}

function summaryOf(
  plan: PublishPlan,
  task: PublishTask,
  warning: string | undefined,
  pull?: number
): string {
  return [
    '## Delivery Loop · publish',
    '',
    plan.outcome === 'published'
      ? `Published attempt ${task.attempt} of #${task.issue} to \`${task.branch}\`${pull ? ` — pull request #${pull}` : ''}.`
      : `Refused the change of attempt ${task.attempt} of #${task.issue}: nothing was pushed.`,
    ...(warning ? ['', `> [!WARNING]\n> ${warning}`] : []),
    '',
    table(
      ['rule', 'detail'],
      plan.refusals.map(r => [r.rule, cell(r.detail, 300)])
    )
  ].join('\n')
}

export async function publishMode(env: ModeEnvironment): Promise<ModeResult> {
  const { inputs, github } = env
  const settings: RuleSettings = {
    config: env.config,
    roadmapPath: inputs.roadmapPath,
    configPath: inputs.configPath,
    ...(inputs.branch ? { branch: inputs.branch } : {})
  }
  const patch = await patchOf(inputs, env.context.workspace)
  // Decided from the patch alone, before the first request: a patch refused by its names, its
  // size in files or the modes it declares is never read against its base.
  const names = patch ? await patchNames(patch, env.context.runnerTemp) : undefined
  const early = names ? patchRefusals(names, rulesContext(settings)) : []
  const sources = await sourcesOf(env)
  const facts = await taskFacts(sources)
  const read = await readAgainstBase(sources, patch, names, early, facts)
  const attestation = await attestationBlock(sources, facts.task)
  const reverted = await revertedOnBase(sources, facts, read)
  const plan = planPublish({
    task: facts.task,
    changes: read.changes,
    refusals: refusalsOf(settings, facts, early, read),
    ...(attestation.block ? { attestation: attestation.block } : {}),
    baseSha: facts.base,
    ...(facts.head ? { headSha: facts.head } : {}),
    branchExists: facts.head !== undefined,
    ...(read.alreadyApplied ? { alreadyApplied: true } : {}),
    defaultBranch: facts.repository.defaultBranch,
    ...(facts.claim ? { claim: facts.claim } : {}),
    ...(reverted.length ? { reverted } : {})
  })
  if (reverted.length && plan.outcome === 'published')
    env.logger.warning(
      `The resolution undoes what ${facts.repository.defaultBranch} changed since the branch forked in ${reverted.join(', ')}: said on the pull request`
    )
  const push = env.push ?? github
  const warning =
    plan.outcome === 'published' ? await pushTokenWarning(push, env.push !== undefined) : undefined
  if (warning) env.logger.warning(warning)
  if (read.alreadyApplied && plan.outcome === 'published')
    env.logger.info(
      `${facts.task.branch} already holds this change (a re-run after its commit was pushed): nothing to commit; finishing its pull request`
    )
  const applied = inputs.dryRun
    ? {}
    : {
        ...(read.alreadyApplied && facts.head ? { commit: facts.head } : {}),
        ...(await applyPublish(github, push, plan, read.contents))
      }
  return {
    status: inputs.dryRun ? 'planned' : plan.outcome,
    outputs: {
      'pull-request': applied.pull ? String(applied.pull) : '',
      commit: applied.commit ?? '',
      reason: plan.refusals.map(r => `${r.rule}: ${r.detail}`).join('; ')
    },
    report: {
      issue: facts.task.issue,
      attempt: facts.task.attempt,
      kind: facts.task.kind,
      branch: facts.task.branch,
      base: facts.base,
      outcome: plan.outcome,
      refusals: plan.refusals,
      changes: read.changes,
      attestation: attestation.block ? 'included' : (attestation.problem ?? null),
      push_token_warning: warning ?? null,
      reverted_base_changes: reverted,
      commit: applied.commit ?? null,
      pull_request: applied.pull ?? null
    },
    summary: summaryOf(plan, facts.task, warning, applied.pull)
  }
}
