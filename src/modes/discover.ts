/**
 * mode: discover — CI failures (and labels) become deduplicated work in the DAG (docs/specs/0000-product.md §13).
 * `workflow_run`: trigger check (pure) → facts (failed jobs, logs, issues filed before) → plan
 * (`discover/plan.ts`) → apply. `issues: labeled` with `delivery:unit`: the enrolment check,
 * which says once what tick will do with the issue.
 */
import { LABEL_UNIT } from '../loop/labels.js'
import { issuesEvent } from '../events.js'
import { now } from '../clock.js'
import { applyDiscover, applyEnrolment } from '../discover/apply.js'
import { enrolmentBlockers, planEnrolment } from '../discover/enrolment.js'
import { discoveredIssues, runFailures } from '../discover/facts.js'
import { planDiscover, REQUESTS_PER_FILED_ISSUE, type DiscoverPlan } from '../discover/plan.js'
import type { RunFacts } from '../discover/render.js'
import { discoverTrigger, type WorkflowRunPayload } from '../discover/trigger.js'
import { pullFacts } from '../loop/pulls.js'
import { loopWork, workPolicy } from '../loop/work.js'
import { cell, table } from '../report/markdown.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

function ignored(reason: string, report: Record<string, unknown> = {}): ModeResult {
  return {
    status: 'ignored',
    report: { reason, ...report },
    summary: `## Delivery Loop · discover\n\nNothing to do: ${reason}.`
  }
}

async function trustOf(env: ModeEnvironment) {
  return env.trust()
}

export async function discoverMode(env: ModeEnvironment): Promise<ModeResult> {
  const repository = await env.github.repository()
  const trigger = discoverTrigger(env.context, env.config, repository.defaultBranch)
  if (trigger.kind === 'enrolment') return enrolment(env)
  if (trigger.kind === 'ignored') {
    if (trigger.fork)
      env.logger.notice(
        `Ignoring run ${trigger.fork.run}: it ran on a fork (${trigger.fork.repository}), whose failures are not trusted`
      )
    return ignored(trigger.reason, trigger.fork ? { fork: true } : {})
  }
  return fileFailures(env, trigger.run)
}

async function fileFailures(
  env: ModeEnvironment,
  payload: WorkflowRunPayload
): Promise<ModeResult> {
  const { github, logger, inputs } = env
  const run: RunFacts & { workflow: string } = {
    id: payload.id,
    attempt: payload.run_attempt ?? 1,
    url: payload.html_url,
    sha: payload.head_sha,
    branch: payload.head_branch,
    workflow: payload.name
  }
  const failures = await runFailures(github, logger, payload)
  if (!failures.length) return ignored(`run ${run.id} has no failed job`)
  const trust = await trustOf(env)
  const existing = await discoveredIssues(github)
  // Filing spends REST requests: keep api.reserve of them (from this run's answers, no request).
  const { core } = await github.rateLimit()
  const room = Math.max(
    0,
    Math.floor((core.remaining - env.config.api.reserve) / REQUESTS_PER_FILED_ISSUE)
  )
  const plan = planDiscover({
    run,
    failures,
    existing,
    trust,
    config: env.config,
    now: now().toISOString(),
    room: { issues: room, remaining: core.remaining }
  })
  const applied = inputs.dryRun ? {} : await applyDiscover(github, logger, plan, trust)
  const summaryIssue = applied.summaryIssue ?? plan.summaryIssue
  const of = (action: string) => plan.outcomes.filter(o => o.action === action)
  return {
    status:
      of('created').length || of('updated').length || of('reopened').length
        ? 'filed'
        : 'no-new-failures',
    outputs: {
      created: String(of('created').length),
      updated: String(of('updated').length),
      reopened: String(of('reopened').length)
    },
    report: {
      run: {
        id: run.id,
        attempt: run.attempt,
        workflow: run.workflow,
        path: payload.path,
        branch: run.branch
      },
      created: of('created'),
      updated: of('updated'),
      reopened: of('reopened'),
      skipped: of('skipped'),
      ...(summaryIssue ? { summary_issue: summaryIssue } : {})
    },
    summary: discoverSummary(plan, run, failures.length, inputs.dryRun, summaryIssue)
  }
}

function discoverSummary(
  plan: DiscoverPlan,
  run: RunFacts & { workflow: string },
  distinct: number,
  dryRun: boolean,
  summaryIssue: number | undefined
): string {
  const count = (action: string) => plan.outcomes.filter(o => o.action === action).length
  const rows = plan.outcomes.map(o => [
    o.action,
    o.issue ? `#${o.issue}` : o.action === 'created' ? '(dry run)' : '—',
    cell(o.job),
    cell(o.step),
    `\`${o.signature}\``,
    cell(o.reason ?? '')
  ])
  return [
    '## Delivery Loop · discover',
    '',
    `Run [${run.id}](${run.url}) of \`${run.workflow}\` on \`${run.branch}\`: **${distinct}** distinct failure(s) — ${count('created')} filed, ${count('updated')} updated, ${count('reopened')} reopened, ${count('skipped')} skipped${dryRun ? ' (dry run: nothing written)' : ''}.`,
    '',
    table(['action', 'issue', 'job', 'step', 'signature', 'note'], rows),
    ...(summaryIssue ? ['', `Failures over the cap are listed in #${summaryIssue}.`] : [])
  ].join('\n')
}

async function enrolment(env: ModeEnvironment): Promise<ModeResult> {
  const { github, inputs } = env
  const payload = issuesEvent(env.context) ?? {}
  if (payload.action !== 'labeled' || payload.label?.name?.toLowerCase() !== LABEL_UNIT)
    return ignored('issues event is not the delivery:unit label being added')
  const number = payload.issue?.number
  const issue = number ? await github.getIssue(number) : undefined
  if (!issue) return ignored(`issue #${number ?? '?'} not found`)
  const blockers = enrolmentBlockers(issue)
  const trust = await trustOf(env)
  const pulls = (await github.scanOpenPulls()).map(pullFacts)
  const plan = planEnrolment(
    {
      issue,
      blockers: blockers.length ? await github.lookupIssues(blockers) : new Map(),
      pulls: loopWork(pulls, workPolicy(trust, env.config)).pulls,
      comments: await github.listComments(issue.number),
      now: now()
    },
    env.config,
    trust
  )
  const commented = !inputs.dryRun && (await applyEnrolment(github, issue.number, plan))
  return {
    status: 'enrolled',
    report: {
      issue: issue.number,
      verdict: plan.verdict,
      problems: plan.problems,
      blocked_by: plan.blockedBy,
      commented
    },
    summary: `## Delivery Loop · discover\n\n#${issue.number} joined the loop: ${plan.verdict}.`
  }
}
