/**
 * doctor's judgement (pure): every check of a repository's set-up from the facts, each finding
 * with what is wrong and how to fix it, and where (file and line) when a file says it.
 *
 * - `fail`: the loop cannot work as set up (a run will fail, or work will silently stall);
 * - `warn`: it works, but worse than it should (no schedule, more permission than needed…);
 * - `note`: worth knowing, nothing to do (not set up yet, not checkable with this token);
 * - `ok`: checked and right.
 */
/* eslint-disable max-lines -- to split: one file per family of checks */
import type { DeliveryConfig } from '../config/types.js'
import type { Mode } from '../inputs.js'
import { LABEL_CLAIM, LABEL_DASHBOARD, LABEL_NEEDS_HUMAN, LABEL_UNIT } from '../loop/labels.js'
import { REVIEW_CHECK } from '../loop/pulls.js'
import { canWrite, normaliseLogin } from '../loop/trust.js'
import type { DoctorFacts } from './facts.js'
import { covers, needsOf, type ModeUse } from './requirements.js'
import { cronGapMinutes } from './cron-gap.js'
import { granted, writeGrants, type JobShape, type WorkflowShape } from './workflows.js'

import type { Finding, FindingStatus } from './finding.js'
import { appTokenFindings, configFindings, loopCiFindings } from './first-week.js'

export type { Finding, FindingStatus } from './finding.js'

/** A loop pull request whose head is older than this and has no check at all got no CI. */
const CI_GRACE_MINUTES = 15

/** The tick's schedule is late when no run came for this many intervals (GitHub delays them). */
const LATE_INTERVALS = 3

const SETTINGS_ACTIONS = 'Settings → Actions → General'

/** Rules that make GitHub refuse a commit straight to the branch. */
const COMMIT_REFUSING_RULES = ['pull_request', 'update', 'required_status_checks']

export interface DoctorPlan {
  findings: Finding[]
  /** healthy: nothing to fix; attention: warnings only; unhealthy: something fails. */
  status: 'healthy' | 'attention' | 'unhealthy'
}

interface ModeJob {
  file: WorkflowShape
  job: JobShape
  mode: Mode
  with: Record<string, string>
}

function modeJobs(files: readonly WorkflowShape[]): ModeJob[] {
  return files.flatMap(file =>
    file.jobs.flatMap(job => job.modes.map(m => ({ file, job, mode: m.mode, with: m.step.with })))
  )
}

export function planDoctor(facts: DoctorFacts, config: DeliveryConfig): DoctorPlan {
  const jobs = modeJobs(facts.files)
  const findings = [
    ...tokenFindings(facts),
    ...settingsFindings(facts, jobs),
    ...workflowFindings(facts, config, jobs),
    ...permissionFindings(facts, config, jobs),
    ...triggerFindings(facts, jobs),
    ...markerFindings(facts, config),
    ...labelFindings(facts),
    ...dependencyFindings(facts),
    ...ciFindings(facts),
    ...scheduleFindings(facts, jobs),
    ...dashboardFindings(facts),
    ...appFindings(facts),
    ...appTrustFindings(facts, config),
    ...loopCiFindings(
      facts,
      jobs.filter(j => j.mode === 'tick').map(j => j.file)
    ),
    ...appTokenFindings(facts),
    ...configFindings(facts)
  ]
  const status = findings.some(f => f.status === 'fail')
    ? 'unhealthy'
    : findings.some(f => f.status === 'warn')
      ? 'attention'
      : 'healthy'
  return { findings, status }
}

function tokenFindings(facts: DoctorFacts): Finding[] {
  if (!facts.viewer || facts.viewer.endsWith('[bot]') || !facts.viewerRole)
    return [
      {
        check: 'token',
        status: 'ok',
        message: `an App or Actions token${facts.viewer ? ` (${facts.viewer})` : ''}: each job's permissions are checked below`
      }
    ]
  const role = facts.viewerRole
  if (canWrite(role))
    return [
      {
        check: 'token',
        status: 'ok',
        message: `the token is ${facts.viewer}'s, with ${role} access`
      }
    ]
  return [
    {
      check: 'token',
      status: 'fail',
      message: `the token is ${facts.viewer}'s, with ${role} access: the loop's modes write issues and checks`,
      fix: 'use a token of someone with write access to the repository (or run doctor as a mode in a workflow)'
    }
  ]
}

function settingsFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const s = facts.settings
  if (!s)
    return [
      {
        check: 'actions-settings',
        status: 'note',
        message: `the Actions settings are readable by admins only: not checked with this token`,
        fix: `run doctor with an admin's token, or check ${SETTINGS_ACTIONS} by hand`
      }
    ]
  const out: Finding[] = []
  if (!s.enabled)
    out.push({
      check: 'actions-settings',
      status: 'fail',
      message: 'GitHub Actions is disabled for this repository: no workflow of the loop runs',
      fix: `enable Actions in ${SETTINGS_ACTIONS} → Actions permissions`
    })
  else if (s.allowedActions === 'local_only')
    out.push({
      check: 'actions-settings',
      status: 'fail',
      message:
        'only actions from this repository may run: delivery-loop and the pinned actions of the workflows are refused',
      fix: `allow them in ${SETTINGS_ACTIONS} → Actions permissions (or allow selected actions and list them)`
    })
  else if (s.allowedActions === 'selected')
    out.push({
      check: 'actions-settings',
      status: 'note',
      message: 'only selected actions may run',
      fix: `make sure delivery-loop/delivery-loop@* and every action the workflows pin are allowed in ${SETTINGS_ACTIONS}`
    })
  const defaults = jobs.filter(j => j.job.permissions === undefined)
  if (s.defaultWorkflowPermissions === 'read')
    for (const j of defaults.filter(j =>
      needsOf(useOf(j, undefined)).some(n => n.access === 'write')
    ))
      out.push({
        check: 'actions-settings',
        status: 'fail',
        message: `job ${j.job.id} (mode ${j.mode}) sets no permissions:, and the repository's default GITHUB_TOKEN may only read`,
        fix: `give the job its own permissions: (docs/permissions.md), or choose "Read and write permissions" in ${SETTINGS_ACTIONS} → Workflow permissions`,
        file: j.file.path,
        line: j.job.line
      })
  if (!out.length)
    out.push({
      check: 'actions-settings',
      status: 'ok',
      message: `Actions enabled; the default GITHUB_TOKEN may ${s.defaultWorkflowPermissions ?? 'read'}${s.canApprovePullRequestReviews ? ' and open pull requests' : ''}`
    })
  return out
}

function useOf(j: ModeJob, config: DeliveryConfig | undefined): ModeUse {
  const condition = (j.job.condition ?? '').replace(/\s+/g, ' ')
  return {
    mode: j.mode,
    pullRequestOnly:
      /github\.event_name == '(pull_request|pull_request_target)'/.test(condition) &&
      !/!=/.test(condition),
    dryRun: j.with['dry-run'] === 'true',
    reviewPacket: 'pull-request' in j.with,
    dispatchesWorkflows: config?.dispatch.adapter === 'workflow',
    seesWorkerRuns: ['matrix', 'workflow'].includes(config?.dispatch.adapter ?? 'matrix')
  }
}

function workflowFindings(facts: DoctorFacts, config: DeliveryConfig, jobs: ModeJob[]): Finding[] {
  const out: Finding[] = []
  for (const file of facts.files)
    for (const p of file.problems)
      out.push({
        check: 'workflows',
        status: 'fail',
        message: `GitHub refuses this workflow: ${p.message}`,
        fix: 'correct the file (GitHub reports it as an invalid workflow and runs none of its jobs)',
        file: file.path,
        line: p.line
      })
  const has = (mode: Mode) => jobs.some(j => j.mode === mode)
  const missing: { mode: Mode; example: string; status: FindingStatus; why: string }[] = [
    {
      mode: 'compile',
      example: 'delivery-compile.yml',
      status: 'fail',
      why: 'the roadmap never becomes issues'
    },
    { mode: 'tick', example: 'delivery-tick.yml', status: 'fail', why: 'nothing is dispatched' },
    {
      mode: 'discover',
      example: 'delivery-discover.yml',
      status: 'note',
      why: 'CI failures on the default branch do not become issues'
    }
  ]
  for (const m of missing.filter(m => !has(m.mode)))
    out.push({
      check: 'workflows',
      status: m.status,
      message: `no workflow runs mode: ${m.mode}: ${m.why}`,
      fix: `add .github/workflows/${m.example} from examples/workflows (or run \`delivery-loop init\`)`
    })
  if (config.dispatch.adapter === 'workflow') out.push(...workerWorkflowFindings(facts, config))
  for (const w of facts.workflows.filter(w => w.state !== 'active')) {
    const shape = facts.files.find(f => f.path === w.path)
    if (!shape?.jobs.some(j => j.modes.length) && w.path !== workerPath(config)) continue
    out.push({
      check: 'workflows',
      status: 'fail',
      message:
        w.state === 'disabled_inactivity'
          ? `${w.name} was disabled by GitHub after 60 days without activity in the repository`
          : `${w.name} is disabled (${w.state})`,
      fix: `enable it: Actions → ${w.name} → Enable workflow`,
      file: w.path
    })
  }
  for (const j of jobs.filter(j => j.mode === 'publish' && !j.with['push-token']))
    out.push({
      check: 'workflows',
      status: 'warn',
      message: `job ${j.job.id} publishes without push-token: its commits and pull requests are made with GITHUB_TOKEN, which starts no CI`,
      fix: "pass a GitHub App's token as push-token (examples/workflows/delivery-tick.yml)",
      file: j.file.path,
      line: j.job.line
    })
  if (!out.length)
    out.push({
      check: 'workflows',
      status: 'ok',
      message: `${[...new Set(jobs.map(j => j.mode))].sort().join(', ')} run in ${new Set(jobs.map(j => j.file.path)).size} valid workflow(s)`
    })
  return out
}

function workerPath(config: DeliveryConfig): string | undefined {
  const w = config.dispatch.workflow
  return w ? (w.includes('/') ? w : `.github/workflows/${w}`) : undefined
}

function workerWorkflowFindings(facts: DoctorFacts, config: DeliveryConfig): Finding[] {
  const path = workerPath(config)
  const file = facts.files.find(f => f.path === path || f.name === config.dispatch.workflow)
  if (!file)
    return [
      {
        check: 'workflows',
        status: 'fail',
        message: `dispatch.workflow names ${config.dispatch.workflow ?? '(nothing)'}, which is no workflow on the default branch: every dispatch fails`,
        fix: 'add the worker workflow (examples/workflows/delivery-worker.yml) or correct dispatch.workflow in .delivery.yml',
        file: '.delivery.yml'
      }
    ]
  const dispatch = file.on.get('workflow_dispatch')
  const inputs = Object.keys((dispatch?.inputs ?? {}) as Record<string, unknown>)
  const wanted = ['issue', 'branch', 'attempt', 'kind']
  const lacking = wanted.filter(i => !inputs.includes(i))
  if (!dispatch || lacking.length)
    return [
      {
        check: 'workflows',
        status: 'fail',
        message: !dispatch
          ? `${file.path} has no workflow_dispatch trigger: tick cannot start it`
          : `${file.path} takes no input ${lacking.join(', ')}: tick's dispatch is refused (422)`,
        fix: 'declare on.workflow_dispatch.inputs issue, branch, attempt, kind and pull (examples/workflows/delivery-worker.yml)',
        file: file.path
      }
    ]
  return []
}

/** Agent actions: their jobs should hold no write permission (the loop publishes). */
const AGENT_ACTIONS = /(claude-code-action|codex-action|openhands)/

function permissionFindings(
  facts: DoctorFacts,
  config: DeliveryConfig,
  jobs: ModeJob[]
): Finding[] {
  const out: Finding[] = []
  for (const j of jobs) {
    if (j.job.permissions === undefined) continue
    const needs = needsOf(useOf(j, config))
    for (const n of needs.filter(n => !covers(granted(j.job, n.scope), n.access)))
      out.push({
        check: 'permissions',
        status: 'fail',
        message: `job ${j.job.id} (mode ${j.mode}) has ${n.scope}: ${granted(j.job, n.scope)}; it needs ${n.scope}: ${n.access} (${n.why}) — GitHub answers 403 "Resource not accessible by integration"`,
        fix: `add \`${n.scope}: ${n.access}\` under the job's permissions:`,
        file: j.file.path,
        line: j.job.permissionsLine ?? j.job.line
      })
  }
  // Least privilege: a write no mode of the job needs (agent jobs are checked separately).
  for (const file of facts.files)
    for (const job of file.jobs.filter(job => job.modes.length && job.permissions !== undefined)) {
      const needs = job.modes.flatMap(m =>
        needsOf(useOf({ file, job, mode: m.mode, with: m.step.with }, config))
      )
      const grants = writeGrants(job).filter(g => !needs.some(n => g === `${n.scope}: ${n.access}`))
      if (grants.length)
        out.push({
          check: 'permissions',
          status: 'warn',
          message: `job ${job.id} grants ${grants.join(', ')}, which its mode does not need`,
          fix: 'lower it to what docs/permissions.md lists for the mode',
          file: file.path,
          line: job.permissionsLine ?? job.line
        })
    }
  for (const file of facts.files)
    for (const job of file.jobs.filter(job => job.steps.some(s => AGENT_ACTIONS.test(s.uses)))) {
      const writes = writeGrants(job)
      if (writes.length)
        out.push({
          check: 'permissions',
          status: 'warn',
          message: `job ${job.id} runs an agent with ${writes.join(', ')}: a prompt-injected agent could use it`,
          fix: 'give agent jobs read permissions only (contents: read, issues: read); the loop publishes their patch',
          file: file.path,
          line: job.permissionsLine ?? job.line
        })
    }
  if (!out.length && jobs.length)
    out.push({
      check: 'permissions',
      status: 'ok',
      message: `every job has what its mode needs and no write more (${jobs.length} step(s) checked)`
    })
  return out
}

/** A tick workflow without a schedule moves only when someone runs it. */
function missingScheduleFindings(ticks: ModeJob[]): Finding[] {
  return [...new Set(ticks.map(j => j.file))].flatMap(file =>
    file.on.has('schedule')
      ? []
      : [
          {
            check: 'triggers',
            status: 'warn' as const,
            message: `${file.path} has no schedule: the loop moves only when someone runs it`,
            fix: "add on.schedule with a cron such as '17,47 * * * *' (off the hour and the half hour, GitHub's busiest minutes)",
            file: file.path
          }
        ]
  )
}

/** Ticks need a concurrency group that never cancels a running tick; others need their own. */
function concurrencyFindings(ticks: ModeJob[], jobs: ModeJob[]): Finding[] {
  const out: Finding[] = []
  for (const j of ticks) {
    const group = j.job.concurrency ?? j.file.concurrency
    if (!group?.group)
      out.push({
        check: 'concurrency',
        status: 'warn',
        message: `job ${j.job.id} (tick) has no concurrency group: two ticks can run at once and race for the same claims`,
        fix: 'add concurrency: { group: delivery-loop-tick, cancel-in-progress: false } to the tick job',
        file: j.file.path,
        line: j.job.line
      })
    else if (group.cancelInProgress === 'true')
      out.push({
        check: 'concurrency',
        status: 'fail',
        message: `job ${j.job.id} (tick) cancels the running tick when a new one starts: a tick cut off mid-write leaves claims half made`,
        fix: 'set cancel-in-progress: false',
        file: j.file.path,
        line: j.job.line
      })
  }
  const tickGroups = new Set(
    ticks.map(j => (j.job.concurrency ?? j.file.concurrency)?.group).filter(Boolean)
  )
  for (const j of jobs.filter(j => j.mode === 'compile' || j.mode === 'discover')) {
    const group = (j.job.concurrency ?? j.file.concurrency)?.group
    if (group && tickGroups.has(group))
      out.push({
        check: 'concurrency',
        status: 'warn',
        message: `job ${j.job.id} (${j.mode}) shares the tick's concurrency group ${group}: GitHub keeps one pending run per group and cancels the others, so ${j.mode} runs are dropped`,
        fix: `give ${j.mode} its own group (e.g. delivery-loop-${j.mode})`,
        file: j.file.path,
        line: j.job.line
      })
  }
  return out
}

/** compile runs on pushes to the default branch that touch the roadmap. */
function compileTriggerFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const out: Finding[] = []
  const main = facts.repository.defaultBranch
  for (const file of new Set(jobs.filter(j => j.mode === 'compile').map(j => j.file))) {
    const push = file.on.get('push')
    if (!push) {
      if (!file.on.has('workflow_dispatch') || file.on.size > 1)
        out.push({
          check: 'triggers',
          status: 'warn',
          message: `${file.path} does not run on push: roadmap changes reach the issues only when someone runs compile`,
          fix: `add on.push with branches: [${main}] and paths: [ROADMAP.md, .delivery.yml]`,
          file: file.path
        })
      continue
    }
    const branches = (push.branches ?? []) as string[]
    const paths = (push.paths ?? []) as string[]
    if (branches.length && !branches.includes(main))
      out.push({
        check: 'triggers',
        status: 'fail',
        message: `${file.path} runs on pushes to ${branches.join(', ')}, not to the default branch ${main}`,
        fix: `list ${main} under on.push.branches`,
        file: file.path
      })
    if (paths.length && !paths.some(p => p === 'ROADMAP.md' || p.includes('*')))
      out.push({
        check: 'triggers',
        status: 'fail',
        message: `${file.path} runs on pushes touching ${paths.join(', ')}, which does not include ROADMAP.md`,
        fix: 'add ROADMAP.md (and .delivery.yml) under on.push.paths',
        file: file.path
      })
  }
  return out
}

/** A tick on its schedule only waits for the next slot after every merge or green run. */
function eventTriggerFindings(ticks: ModeJob[]): Finding[] {
  return [...new Set(ticks.map(j => j.file))].flatMap(file => {
    const events = ['pull_request', 'workflow_run', 'issues'].filter(e => file.on.has(e))
    if (!file.on.has('schedule') || events.length >= 2) return []
    return [
      {
        check: 'triggers',
        status: 'note' as const,
        message: `${file.path} ticks on its schedule${events.length ? ` and ${events.join(', ')}` : ''} only: after a merge or a green CI run the loop waits for the next scheduled tick`,
        fix: 'add the event triggers of examples/workflows/delivery-tick.yml (docs/dashboard.md#when-tick-runs)',
        file: file.path
      }
    ]
  })
}

/** on.workflow_run naming a workflow that is not here never starts anything. */
function watchedWorkflowFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const names = new Set(facts.workflows.flatMap(w => [w.name, w.path]))
  const watching = jobs.filter(j => j.mode === 'discover' || j.mode === 'tick')
  return [...new Set(watching.map(j => j.file))].flatMap(file => {
    const watched = (file.on.get('workflow_run')?.workflows ?? []) as string[]
    const unknown = watched.filter(w => !names.has(w))
    if (!unknown.length) return []
    return [
      {
        check: 'triggers',
        status: 'warn' as const,
        message: `${file.path} waits for ${unknown.map(w => `"${w}"`).join(', ')} (on.workflow_run), which is no workflow here: it never starts it`,
        fix: `list the workflows to watch under on.workflow_run.workflows by their name: (here: ${facts.workflows
          .filter(w => !facts.files.find(f => f.path === w.path)?.jobs.some(j => j.modes.length))
          .map(w => `"${w.name}"`)
          .join(', ')})`,
        file: file.path
      }
    ]
  })
}

/** The workflows' triggers and concurrency, one finding per rule, in order. */
function triggerFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const ticks = jobs.filter(j => j.mode === 'tick')
  const out = [
    ...missingScheduleFindings(ticks),
    ...concurrencyFindings(ticks, jobs),
    ...compileTriggerFindings(facts, jobs),
    ...eventTriggerFindings(ticks),
    ...watchedWorkflowFindings(facts, jobs)
  ]
  if (!out.length && jobs.length)
    out.push({
      check: 'triggers',
      status: 'ok',
      message:
        'the tick is scheduled and has its own concurrency group; compile runs on roadmap pushes'
    })
  return out
}

function markerFindings(facts: DoctorFacts, config: DeliveryConfig): Finding[] {
  const mode = config.compile.write_markers
  if (mode === 'off') return []
  const refusing = facts.guard.rules.filter(r => COMMIT_REFUSING_RULES.includes(r))
  const guarded = facts.guard.protected === true || refusing.length > 0
  const branch = facts.repository.defaultBranch
  const out: Finding[] = []
  const needsPr = mode === 'pr' || guarded
  if (mode === 'commit' && guarded)
    out.push({
      check: 'markers',
      status: 'note',
      message: `${branch} is protected${refusing.length ? ` (rules: ${refusing.join(', ')})` : ''}: compile's marker commit is refused, and it opens a marker pull request instead`,
      fix: 'set compile.write_markers: pr in .delivery.yml to skip the refused commit (or off)',
      file: '.delivery.yml'
    })
  if (needsPr && facts.settings?.canApprovePullRequestReviews === false)
    out.push({
      check: 'markers',
      status: 'fail',
      message: `compile opens its marker pull request with GITHUB_TOKEN, which this repository does not allow`,
      fix: `enable "Allow GitHub Actions to create and approve pull requests" in ${SETTINGS_ACTIONS} → Workflow permissions, or set compile.write_markers: off`,
      file: '.delivery.yml'
    })
  if (needsPr && !facts.settings)
    out.push({
      check: 'markers',
      status: 'note',
      message: `compile opens a marker pull request with GITHUB_TOKEN: that needs "Allow GitHub Actions to create and approve pull requests" (not readable with this token)`
    })
  if (!out.length)
    out.push({
      check: 'markers',
      status: 'ok',
      message:
        mode === 'commit'
          ? `compile can commit the unit markers to ${branch}`
          : 'compile can open its marker pull request'
    })
  return out
}

const EXPECTED_LABELS = [LABEL_UNIT, LABEL_DASHBOARD, LABEL_CLAIM, LABEL_NEEDS_HUMAN]

function labelFindings(facts: DoctorFacts): Finding[] {
  const have = new Set(facts.labels.map(l => l.toLowerCase()))
  const missing = EXPECTED_LABELS.filter(l => !have.has(l.toLowerCase()))
  if (!missing.length)
    return [{ check: 'labels', status: 'ok', message: "the loop's labels exist" }]
  return [
    {
      check: 'labels',
      status: 'note',
      message: `${missing.join(', ')} do not exist yet: compile and tick create them on first use`
    }
  ]
}

function dependencyFindings(facts: DoctorFacts): Finding[] {
  if (facts.dependencies === undefined)
    return [
      {
        check: 'dependencies',
        status: 'note',
        message:
          'no unit issue yet to ask about issue dependencies: compile uses them where GitHub has them, blocked-by:#N labels otherwise'
      }
    ]
  return facts.dependencies
    ? [
        {
          check: 'dependencies',
          status: 'ok',
          message: 'native issue dependencies ("blocked by") are available'
        }
      ]
    : [
        {
          check: 'dependencies',
          status: 'note',
          message:
            'issue dependencies are not available here (GitHub Enterprise Server without them, or refused for the token): the blocked-by:#N label fallback is in use'
        }
      ]
}

function ciFindings(facts: DoctorFacts): Finding[] {
  const cutoff = facts.now.getTime() - CI_GRACE_MINUTES * 60_000
  const silent = facts.pulls.filter(
    p =>
      Date.parse(p.headCommittedAt ?? p.createdAt) < cutoff &&
      Date.parse(p.createdAt) < cutoff &&
      !p.checks.some(c => c.name !== REVIEW_CHECK)
  )
  if (!facts.pulls.length)
    return [
      {
        check: 'ci-on-loop-prs',
        status: 'note',
        message: 'no loop pull request is open: CI on them is checked once there is one'
      }
    ]
  if (!silent.length)
    return [
      {
        check: 'ci-on-loop-prs',
        status: 'ok',
        message: `CI ran on the loop's open pull requests (${facts.pulls.length})`
      }
    ]
  const byActions = silent.filter(p => normaliseLogin(p.author) === 'github-actions')
  return [
    {
      check: 'ci-on-loop-prs',
      status: 'fail',
      message: `no CI ran on ${silent.map(p => `#${p.number}`).join(', ')} (more than ${CI_GRACE_MINUTES} minutes after their last push)${byActions.length ? `: ${byActions.map(p => `#${p.number}`).join(', ')} were pushed with GITHUB_TOKEN, whose pushes start no workflows` : ''}`,
      fix: "give publish a GitHub App's token as push-token (or a PAT), and make sure the CI workflow runs on pull_request"
    }
  ]
}

/** Minutes between scheduled runs of a cron (its longest gap); a day when it cannot be read. */
function cronInterval(cron: string): number {
  return cronGapMinutes(cron) ?? 24 * 60
}

function scheduleFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const out: Finding[] = []
  for (const file of new Set(jobs.filter(j => j.mode === 'tick').map(j => j.file))) {
    const crons = ((file.on.get('schedule') ?? []) as unknown as { cron?: string }[])
      .map(s => s.cron ?? '')
      .filter(Boolean)
    if (!crons.length || !Array.isArray(file.on.get('schedule'))) continue
    const interval = Math.min(...crons.map(cronInterval))
    const runs = facts.runs.get(file.path) ?? []
    const scheduled = runs.filter(r => r.event === 'schedule')
    const last = scheduled[0] ?? runs[0]
    if (!last) {
      out.push({
        check: 'schedule',
        status: 'note',
        message: `${file.path} has not run yet: its schedule starts once the file is on the default branch (GitHub may take a while to pick it up)`,
        fix: 'start it now with "Run workflow" (workflow_dispatch)',
        file: file.path
      })
      continue
    }
    const age = (facts.now.getTime() - Date.parse(last.createdAt)) / 60_000
    const late = Math.max(LATE_INTERVALS * interval, 120)
    if (!scheduled.length || age > late)
      out.push({
        check: 'schedule',
        status: 'warn',
        message: `${file.path}: the last ${scheduled.length ? 'scheduled ' : ''}run was ${Math.round(age / 60)} h ago (schedule every ${interval} min)`,
        fix: 'check that the workflow is enabled and on the default branch; GitHub disables schedules in public repositories after 60 days without activity',
        file: file.path
      })
    else
      out.push({
        check: 'schedule',
        status: 'ok',
        message: `${file.path} last ran on schedule ${Math.round(age)} min ago`
      })
    const failed = runs
      .slice(0, 3)
      .filter(r => r.status === 'completed' && r.conclusion === 'failure')
    if (failed.length === 3)
      out.push({
        check: 'schedule',
        status: 'warn',
        message: `${file.path}: its last 3 runs failed`,
        fix: 'open the latest run: its summary says what to fix (docs/troubleshooting.md)',
        file: file.path
      })
  }
  return out
}

function dashboardFindings(facts: DoctorFacts): Finding[] {
  const dashboards = facts.issues.filter(i => i.labels.includes(LABEL_DASHBOARD))
  const open = dashboards.filter(i => i.state === 'OPEN')
  if (open.length)
    return [{ check: 'dashboard', status: 'ok', message: `the dashboard is #${open[0].number}` }]
  if (dashboards.length)
    return [
      {
        check: 'dashboard',
        status: 'warn',
        message: `the dashboard #${dashboards[0].number} is closed: its controls (pause, resume, retry) are out of sight`,
        fix: `reopen #${dashboards[0].number}; the next tick otherwise opens a new one`
      }
    ]
  return [
    {
      check: 'dashboard',
      status: 'note',
      message: 'no dashboard yet: the first tick opens it'
    }
  ]
}

/**
 * Publish pushes as the team's App, so its pull requests are the loop's work only when the App's
 * bot is trusted: otherwise tick sees the claimed issue without work and dispatches it again.
 */
function appTrustFindings(facts: DoctorFacts, config: DeliveryConfig): Finding[] {
  const usesApp = facts.files.some(f =>
    f.jobs.some(j => j.steps.some(s => /create-github-app-token/.test(s.uses)))
  )
  if (!usesApp || config.trust.bot_logins.length) return []
  return [
    {
      check: 'app-trust',
      status: 'fail',
      message:
        "publish pushes with a GitHub App's token, but trust.bot_logins names no bot: the App's pull requests are not the loop's work, so tick dispatches their issues again",
      fix: "list the App's bot in .delivery.yml: trust: { bot_logins: ['<app-slug>[bot]'] }",
      file: '.delivery.yml'
    }
  ]
}

function appFindings(facts: DoctorFacts): Finding[] {
  const usesApp = facts.files.some(f =>
    f.jobs.some(j => j.steps.some(s => /create-github-app-token/.test(s.uses)))
  )
  if (!usesApp && !facts.app) return []
  if (!facts.app)
    return [
      {
        check: 'app',
        status: 'note',
        message:
          "the workflows make a GitHub App token: its installation is checked only with the App's token",
        fix: 'pass it as DELIVERY_LOOP_PUSH_TOKEN (CLI) or push-token (mode: doctor)'
      }
    ]
  if (facts.app.reaches === undefined)
    return [
      {
        check: 'app',
        status: 'note',
        message:
          'the push token is not an App installation token (a PAT?): its pushes start CI as its owner'
      }
    ]
  return facts.app.reaches
    ? [
        {
          check: 'app',
          status: 'ok',
          message: 'the App is installed and its installation includes this repository'
        }
      ]
    : [
        {
          check: 'app',
          status: 'fail',
          message: `the App's installation does not include ${facts.repository.fullName}: create-github-app-token fails and nothing is published`,
          fix: "add the repository to the App's installation (the App's page → Configure → Repository access)"
        }
      ]
}
