/**
 * doctor's judgement (pure): every check of a repository's set-up from the facts, each finding
 * with what is wrong and how to fix it, and where (file and line) when a file says it.
 *
 * - `fail`: the loop cannot work as set up (a run will fail, or work will silently stall);
 * - `warn`: it works, but worse than it should (no schedule, more permission than needed…);
 * - `note`: worth knowing, nothing to do (not set up yet, not checkable with this token);
 * - `ok`: checked and right.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { Mode } from '../inputs.js'
import { LABEL_DASHBOARD } from '../loop/labels.js'
import { canWrite } from '../loop/trust.js'
import type { DoctorFacts } from './facts.js'
import { covers, needsOf, type ModeUse } from './requirements.js'
import { granted, writeGrants } from './workflows.js'

import { SETTINGS_ACTIONS, type Finding, type FindingStatus } from './finding.js'
import { modeJobs, type ModeJob } from './mode-jobs.js'
import {
  ciFindings,
  dependencyFindings,
  labelFindings,
  markerFindings
} from './repository-checks.js'
import { configFileFindings } from './config-file.js'
import { scheduleFindings, triggerFindings } from './trigger-checks.js'
import { appTokenFindings, configFindings, loopCiFindings } from './first-week.js'

export type { Finding, FindingStatus } from './finding.js'

export interface DoctorPlan {
  findings: Finding[]
  /** healthy: nothing to fix; attention: warnings only; unhealthy: something fails. */
  status: 'healthy' | 'attention' | 'unhealthy'
}

export function planDoctor(facts: DoctorFacts, config: DeliveryConfig): DoctorPlan {
  const jobs = modeJobs(facts.files)
  const findings = [
    ...configFileFindings(facts.configFile),
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
    calibrates: j.with.calibrate === 'true',
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
