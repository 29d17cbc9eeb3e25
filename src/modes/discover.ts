/**
 * mode: discover — CI failures (and labels) become deduplicated work in the DAG (SPEC §13).
 *
 * `workflow_run` (completed, failure or timed_out, not from a fork, on watched workflows and
 * branches): one signature per failed job and step → create, update the counter, reopen as
 * regressed, or leave alone; beyond `discover.max_issues_per_run` one summary issue.
 * `issues: labeled` with `delivery:unit`: say once what tick will do with the issue.
 */
import { LABEL_UNIT, labelStyle } from '../compile/render.js'
import { normaliseLogin } from '../compile/plan.js'
import { logExcerpt } from '../discover/excerpt.js'
import {
  failureBody,
  failureTitle,
  readOccurrence,
  summaryBody,
  type Failure,
  type RunFacts
} from '../discover/render.js'
import { discoverMarkerOf, failureSignature } from '../discover/signature.js'
import type { GitHubPort, TrackedIssue } from '../github/port.js'
import { cell, table } from '../report/markdown.js'
import { HELD_LABELS } from '../tick/classify.js'
import { ACTIONS_BOT } from './compile.js'
import type { ModeEnvironment, ModeResult } from './types.js'

export const LABEL_DISCOVERED = 'delivery:discovered'
const FAILED = new Set(['failure', 'timed_out'])
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])
const ENROLLED_MARKER = '<!-- delivery-loop:enrolled -->'

interface WorkflowRunPayload {
  id: number
  name: string
  path: string
  conclusion: string | null
  head_branch: string
  head_sha: string
  html_url: string
  run_attempt?: number
  head_repository?: { full_name?: string } | null
  repository?: { full_name?: string }
}

interface Outcome {
  signature: string
  job: string
  step: string
  issue?: number
  reason?: string
}

function ignored(reason: string, report: Record<string, unknown> = {}): ModeResult {
  return {
    status: 'ignored',
    report: { reason, ...report },
    summary: `## Delivery Loop · discover\n\nNothing to do: ${reason}.`
  }
}

async function trustFn(env: ModeEnvironment): Promise<(login: string | null) => boolean> {
  const viewer = await env.github.viewerLogin()
  const logins = new Set(
    [ACTIONS_BOT, ...(viewer ? [viewer] : []), ...env.config.trust.bot_logins].map(normaliseLogin)
  )
  return login => logins.has(normaliseLogin(login))
}

async function ensureLabels(github: GitHubPort, names: string[]): Promise<void> {
  const existing = new Set((await github.listLabels()).map(l => l.toLowerCase()))
  for (const name of names) {
    if (existing.has(name.toLowerCase())) continue
    const style = labelStyle(name)
    await github.createLabel(name, style.color, style.description)
  }
}

export async function discoverMode(env: ModeEnvironment): Promise<ModeResult> {
  const { context } = env
  if (context.eventName === 'issues') return enrolment(env)
  if (context.eventName !== 'workflow_run') {
    return ignored(`discover runs on workflow_run and issues events, not ${context.eventName}`)
  }
  const payload = context.payload as { action?: string; workflow_run?: WorkflowRunPayload }
  const run = payload.workflow_run
  if (!run || payload.action !== 'completed') return ignored('the workflow run has not completed')
  if (!FAILED.has(run.conclusion ?? ''))
    return ignored(`the run concluded ${run.conclusion ?? 'without a conclusion'}`)
  const self = `${context.repo.owner}/${context.repo.repo}`.toLowerCase()
  const head = run.head_repository?.full_name?.toLowerCase()
  if (head && head !== self) {
    env.logger.notice(
      `Ignoring run ${run.id}: it ran on a fork (${run.head_repository?.full_name}), whose failures are not trusted`
    )
    return ignored(`run ${run.id} came from a fork (${run.head_repository?.full_name})`, {
      fork: true
    })
  }
  const { discover } = env.config
  if (
    discover.workflows.length &&
    !discover.workflows.some(w => w === run.name || w === run.path || run.path.endsWith(`/${w}`))
  ) {
    return ignored(`workflow ${run.name} is not in discover.workflows`)
  }
  const repository = await env.github.repository()
  const branches = discover.branches.length ? discover.branches : [repository.defaultBranch]
  if (!branches.includes(run.head_branch))
    return ignored(`branch ${run.head_branch} is not watched (${branches.join(', ')})`)

  return fileFailures(env, run)
}

async function fileFailures(env: ModeEnvironment, run: WorkflowRunPayload): Promise<ModeResult> {
  const { github, logger, config, inputs } = env
  const facts: RunFacts = {
    id: run.id,
    attempt: run.run_attempt ?? 1,
    url: run.html_url,
    sha: run.head_sha,
    branch: run.head_branch
  }

  // Failures of this run, one per signature.
  const failures: Failure[] = []
  for (const job of await github.listRunJobs(run.id)) {
    if (!FAILED.has(job.conclusion ?? '')) continue
    const step = job.steps.find(s => FAILED.has(s.conclusion ?? ''))?.name ?? '(no failed step)'
    let log = ''
    try {
      log = await github.jobLog(job.id)
    } catch (error) {
      logger.warning(`No log for job ${job.name}: ${(error as Error).message}`)
    }
    const excerpt = logExcerpt(log)
    const signature = failureSignature({
      workflowPath: run.path,
      job: job.name,
      step,
      errorLine: excerpt.errorLine
    })
    if (failures.some(f => f.signature === signature)) continue
    failures.push({
      signature,
      workflow: run.name,
      workflowPath: run.path,
      job: job.name,
      jobUrl: job.htmlUrl,
      step,
      errorLine: excerpt.errorLine,
      excerpt: excerpt.markdown
    })
  }
  if (!failures.length) return ignored(`run ${run.id} has no failed job`)

  // Existing discovered issues (open and closed, all pages), trusted authors only.
  const trusted = await trustFn(env)
  const existing = await github.listIssuesWithLabels([LABEL_DISCOVERED])
  const bySignature = new Map<string, TrackedIssue>()
  for (const issue of [...existing].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const sig = discoverMarkerOf(issue.body)
    if (sig && trusted(issue.author) && !bySignature.has(sig)) bySignature.set(sig, issue)
  }

  const now = new Date().toISOString()
  const created: Outcome[] = []
  const updated: Outcome[] = []
  const reopened: Outcome[] = []
  const skipped: Outcome[] = []
  const overflow: Failure[] = []
  const labels = [LABEL_DISCOVERED, ...(config.discover.enqueue ? [LABEL_UNIT] : [])]
  let labelsReady = inputs.dryRun
  const writeLabels = async () => {
    if (!labelsReady) await ensureLabels(github, labels)
    labelsReady = true
  }
  // A redelivered event must not file what this run's summary issue already lists.
  const runMarker = `<!-- lc:d1s=${facts.id}.${facts.attempt} -->`
  const runSummary = existing.find(i => i.body.includes(runMarker) && trusted(i.author))
  const listed = new Set([...(runSummary?.body ?? '').matchAll(/`([0-9a-f]{16})`/g)].map(m => m[1]))
  let newCount = 0
  const commentEvery = config.discover.comment_every_hours * 3600_000

  for (const f of failures) {
    const outcome: Outcome = { signature: f.signature, job: f.job, step: f.step }
    const issue = bySignature.get(f.signature)
    if (!issue) {
      if (listed.has(f.signature)) {
        skipped.push({
          ...outcome,
          issue: runSummary!.number,
          reason: `already listed for this run in #${runSummary!.number}`
        })
        continue
      }
      if (newCount >= config.discover.max_issues_per_run) {
        overflow.push(f)
        continue
      }
      newCount++
      if (!inputs.dryRun) {
        await writeLabels()
        const body = failureBody(
          f,
          facts,
          {
            count: 1,
            firstSeen: now,
            lastRun: facts.id,
            lastAttempt: facts.attempt,
            commentedAt: now
          },
          now
        )
        outcome.issue = (await github.createIssue({ title: failureTitle(f), body, labels })).number
        logger.info(`filed #${outcome.issue} for ${f.job} / ${f.step} (${f.signature})`)
      }
      created.push(outcome)
      continue
    }
    outcome.issue = issue.number
    const seen = readOccurrence(issue.body, issue.createdAt)
    if (issue.state === 'CLOSED' && issue.stateReason !== 'COMPLETED') {
      outcome.reason = `#${issue.number} was closed as ${(issue.stateReason ?? 'not planned').toLowerCase().replace('_', ' ')}: left alone`
      skipped.push(outcome)
      continue
    }
    if (seen.lastRun === facts.id && seen.lastAttempt === facts.attempt) {
      outcome.reason = `run ${facts.id} was already counted on #${issue.number}`
      skipped.push(outcome)
      continue
    }
    const regressed = issue.state === 'CLOSED'
    const dueComment = regressed || Date.parse(now) - Date.parse(seen.commentedAt) >= commentEvery
    const next = {
      ...seen,
      count: seen.count + 1,
      lastRun: facts.id,
      lastAttempt: facts.attempt,
      commentedAt: dueComment ? now : seen.commentedAt
    }
    if (!inputs.dryRun) {
      await github.updateIssue(issue.number, {
        body: failureBody(f, facts, next, now),
        ...(regressed ? { state: 'open' as const } : {})
      })
      if (regressed) {
        await github.createComment(
          issue.number,
          `Delivery Loop: **regressed** — this failure happened again in run [${facts.id}](${facts.url}) on \`${facts.branch}\` after the issue was closed as completed (occurrence ${next.count}).`
        )
      } else if (dueComment) {
        await github.createComment(
          issue.number,
          `Delivery Loop: seen again in run [${facts.id}](${facts.url}) (occurrence ${next.count}).`
        )
      }
    }
    ;(regressed ? reopened : updated).push(outcome)
  }

  let summaryIssue: number | undefined
  if (overflow.length) {
    if (runSummary) summaryIssue = runSummary.number
    else if (!inputs.dryRun) {
      await writeLabels()
      summaryIssue = (
        await github.createIssue({
          title: `CI failures: ${overflow.length} more in ${run.name} run ${facts.id}`,
          body: summaryBody(runMarker, facts, run.name, overflow),
          labels: [LABEL_DISCOVERED]
        })
      ).number
    }
    for (const f of overflow) {
      skipped.push({
        signature: f.signature,
        job: f.job,
        step: f.step,
        reason: `over discover.max_issues_per_run; listed in the summary issue${summaryIssue ? ` #${summaryIssue}` : ''}`
      })
    }
  }

  const rows = [
    ...created.map(o => ['created', o.issue ? `#${o.issue}` : '(dry run)', o]),
    ...updated.map(o => ['updated', `#${o.issue}`, o]),
    ...reopened.map(o => ['reopened', `#${o.issue}`, o]),
    ...skipped.map(o => ['skipped', o.issue ? `#${o.issue}` : '—', o])
  ].map(([action, issue, o]) => {
    const out = o as Outcome
    return [
      action as string,
      issue as string,
      cell(out.job),
      cell(out.step),
      `\`${out.signature}\``,
      cell(out.reason ?? '')
    ]
  })
  const summary = [
    '## Delivery Loop · discover',
    '',
    `Run [${facts.id}](${facts.url}) of \`${run.name}\` on \`${facts.branch}\`: **${failures.length}** distinct failure(s) — ${created.length} filed, ${updated.length} updated, ${reopened.length} reopened, ${skipped.length} skipped${inputs.dryRun ? ' (dry run: nothing written)' : ''}.`,
    '',
    table(['action', 'issue', 'job', 'step', 'signature', 'note'], rows),
    ...(summaryIssue ? ['', `Failures over the cap are listed in #${summaryIssue}.`] : [])
  ].join('\n')

  return {
    status: created.length || updated.length || reopened.length ? 'filed' : 'no-new-failures',
    outputs: {
      created: String(created.length),
      updated: String(updated.length),
      reopened: String(reopened.length)
    },
    report: {
      run: {
        id: facts.id,
        attempt: facts.attempt,
        workflow: run.name,
        path: run.path,
        branch: facts.branch
      },
      created,
      updated,
      reopened,
      skipped,
      ...(summaryIssue ? { summary_issue: summaryIssue } : {})
    },
    summary
  }
}

/** `issues: labeled` with `delivery:unit`: check the issue and say once what tick will do. */
async function enrolment(env: ModeEnvironment): Promise<ModeResult> {
  const { github, inputs } = env
  const payload = env.context.payload as {
    action?: string
    label?: { name?: string }
    issue?: { number?: number }
  }
  if (payload.action !== 'labeled' || payload.label?.name?.toLowerCase() !== LABEL_UNIT) {
    return ignored(`issues event is not the ${LABEL_UNIT} label being added`)
  }
  const number = payload.issue?.number
  const issue = number ? await github.getIssue(number) : undefined
  if (!issue) return ignored(`issue #${number ?? '?'} not found`)
  const trusted = await trustFn(env)
  const problems: string[] = []
  const labels = issue.labels.map(l => l.toLowerCase())
  const held = labels.filter(l => HELD_LABELS.includes(l))
  const blockerNumbers = [
    ...new Set([
      ...issue.labels.flatMap(l => {
        const m = /^blocked-by:#(\d+)$/i.exec(l)
        return m ? [Number(m[1])] : []
      }),
      ...issue.blockedBy.map(b => b.number)
    ])
  ]
  const blockers = blockerNumbers.length ? await github.lookupIssues(blockerNumbers) : new Map()
  const open = blockerNumbers.filter(n => {
    const b = blockers.get(n)
    return !b || b.state !== 'CLOSED' || b.stateReason !== 'COMPLETED'
  })
  let verdict: string
  if (issue.state === 'CLOSED') verdict = 'it is closed, so tick will not dispatch it'
  else if (!TRUSTED_ASSOCIATIONS.has(issue.authorAssociation) && !trusted(issue.author)) {
    verdict = `its author (${issue.author ?? 'unknown'}, ${issue.authorAssociation.toLowerCase()}) is not a collaborator, so tick will not dispatch it (untrusted)`
    problems.push('untrusted author')
  } else if (held.length)
    verdict = `it is held (${held.join(', ')}); tick dispatches it once the label is removed`
  else if (labels.some(l => l.includes('needs-human')))
    verdict = 'it needs a human; tick dispatches it once that label is removed'
  else if (open.length) {
    const missing = open.filter(n => blockers.get(n) === null)
    if (missing.length)
      problems.push(`blockers that are no issues: ${missing.map(n => `#${n}`).join(', ')}`)
    verdict = `it is blocked by ${open.map(n => `#${n}`).join(', ')}; tick dispatches it when they are closed as completed`
  } else verdict = 'it is ready: the next tick may dispatch it, within the budgets'

  const text = `${ENROLLED_MARKER}\nDelivery Loop: this issue joined the loop (\`${LABEL_UNIT}\`). ${verdict[0].toUpperCase()}${verdict.slice(1)}.`
  let commented = false
  if (!inputs.dryRun) {
    const comments = await github.listComments(issue.number)
    if (!comments.some(c => c.body.includes(ENROLLED_MARKER) && trusted(c.author))) {
      await github.createComment(issue.number, text)
      commented = true
    }
  }
  return {
    status: 'enrolled',
    report: { issue: issue.number, verdict, problems, blocked_by: open, commented },
    summary: `## Delivery Loop · discover\n\n#${issue.number} joined the loop: ${verdict}.`
  }
}
