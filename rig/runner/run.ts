/**
 * One workflow run, as GitHub Actions makes it: jobs in `needs` order with `if:` and the status
 * functions, `strategy.matrix` (axes, include, exclude, `fromJSON`), job outputs, `concurrency`
 * groups, a GITHUB_TOKEN per job scoped to its `permissions:`, and the run recorded in the
 * emulator (its jobs and conclusion, read by the action; `workflow_run` completed when it ends).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { WorkflowRun } from '../github/model.js'
import { tempDir } from '../harness.js'
import {
  concurrencyOf,
  dispatchInputs,
  githubRefs,
  needsOf,
  readOnly,
  restrictedRun
} from './event-context.js'
import { condition, interpolate, interpolateText, type Contexts } from './expressions.js'
import { expandMatrix } from './matrix.js'
import { jobGrants } from './permissions.js'
import type { JobDef, JobResult, LegResult, RunContext, RunResult } from './run-types.js'
import { runSteps } from './steps.js'

interface RunState {
  id: number
  ctx: RunContext
  contexts: Contexts
  runnerEnvBase: Record<string, string>
  artifacts: Map<string, Map<string, Buffer>>
  warnings: string[]
  record: WorkflowRun
}

async function runLeg(
  state: RunState,
  jobId: string,
  job: JobDef,
  contexts: Contexts,
  matrix: Record<string, unknown> | undefined
): Promise<{ leg: LegResult; outputs: Record<string, string> }> {
  const { ctx } = state
  const model = ctx.rig.github.model
  const grants = restrictedRun(ctx)
    ? readOnly(
        jobGrants(
          job.permissions,
          ctx.doc.permissions,
          model.actionsSettings.defaultWorkflowPermissions
        )
      )
    : jobGrants(
        job.permissions,
        ctx.doc.permissions,
        model.actionsSettings.defaultWorkflowPermissions
      )
  const label = `run ${state.id} job ${jobId} ${model.id()}`
  const token = model.mintToken('github-actions[bot]', grants, label)
  const home = tempDir('job')
  const workspace = path.join(home, 'workspace')
  const runnerTemp = path.join(home, 'temp')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(runnerTemp, { recursive: true })
  const log: string[] = []
  const name = matrix
    ? `${job.name ?? jobId} (${Object.values(matrix)
        .map(v => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
        .join(', ')})`
    : (job.name ?? jobId)
  const legContexts: Contexts = {
    ...contexts,
    github: { ...(contexts.github as object), token, job: jobId, workspace },
    matrix: matrix ?? {},
    runner: {
      os: 'Linux',
      arch: 'X64',
      temp: runnerTemp,
      environment: 'github-hosted',
      name: 'rig'
    }
  }
  const env = {
    ...Object.fromEntries(
      Object.entries(ctx.doc.env ?? {}).map(([k, v]) => [k, interpolateText(v, legContexts)])
    ),
    ...Object.fromEntries(
      Object.entries(job.env ?? {}).map(([k, v]) => [k, interpolateText(v, legContexts)])
    )
  }
  const runnerEnv = {
    ...state.runnerEnvBase,
    HOME: home,
    GITHUB_JOB: jobId,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    ...(grants['id-token'] === 'write'
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: `${ctx.rig.github.url}/_rig/oidc`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: token
        }
      : {})
  }
  const outcome = await runSteps({
    steps: job.steps ?? [],
    contexts: legContexts,
    env,
    runnerEnv,
    workspace,
    runnerTemp,
    defaults: job.defaults?.run ?? ctx.doc.defaults?.run,
    warnings: state.warnings,
    scope: {
      rig: ctx.rig,
      token,
      grants,
      actor: ctx.actor,
      runId: state.id,
      label,
      artifacts: state.artifacts,
      agents: ctx.agents,
      app: ctx.app,
      log: line => log.push(line)
    }
  })
  const requests = ctx.rig.github.log.filter(r => r.credential === label)
  const outputContexts = { ...legContexts, steps: outcome.stepsContext }
  const outputs = Object.fromEntries(
    Object.entries(job.outputs ?? {}).map(([k, v]) => [k, interpolateText(v, outputContexts)])
  )
  const conclusion = outcome.ok ? 'success' : 'failure'
  state.record.jobs.push({
    id: model.id() + 390000000,
    name,
    conclusion,
    startedAt: model.now(),
    steps: outcome.steps.map((s, i) => ({ name: s.name, number: i + 1, conclusion: s.conclusion })),
    log: log.join('\n')
  })
  return {
    leg: {
      name,
      ...(matrix ? { matrix } : {}),
      conclusion,
      steps: outcome.steps,
      summary: outcome.summary,
      log,
      requests
    },
    outputs
  }
}

async function runJob(
  state: RunState,
  jobId: string,
  job: JobDef,
  results: Record<string, JobResult>
): Promise<JobResult> {
  const needs = needsOf(job)
  const needsContext = Object.fromEntries(
    needs.map(n => [n, { result: results[n].result, outputs: results[n].outputs }])
  )
  const contexts = { ...state.contexts, needs: needsContext }
  const status = {
    success: needs.every(n => results[n].result === 'success'),
    failure: needs.some(n => results[n].result === 'failure'),
    cancelled: needs.some(n => results[n].result === 'cancelled')
  }
  const skipped = (): JobResult => ({ id: jobId, result: 'skipped', outputs: {}, legs: [] })
  if (!condition(job.if, contexts, status)) return skipped()
  if (job.uses || job.container || job.services)
    return {
      id: jobId,
      result: 'failure',
      outputs: {},
      legs: [],
      error: `job ${jobId}: reusable workflows, containers and services are not run by the rig's runner`
    }
  let combos: (Record<string, unknown> | undefined)[] = [undefined]
  try {
    if (job.strategy?.matrix !== undefined)
      combos = expandMatrix(interpolate(job.strategy.matrix, contexts))
  } catch (error) {
    const message = `Error when evaluating 'strategy' for job '${jobId}'. ${(error as Error).message}`
    return { id: jobId, result: 'failure', outputs: {}, legs: [], error: message }
  }
  const group = concurrencyOf(job.concurrency, contexts)
  if (group && !(await state.ctx.groups.acquire(group.group, group.cancel, group.queue)))
    return {
      id: jobId,
      result: 'cancelled',
      outputs: {},
      legs: [],
      error: `Canceling since a higher priority waiting request for ${group.group} exists`
    }
  try {
    const legs: LegResult[] = []
    const outputs: Record<string, string> = {}
    for (const matrix of combos) {
      const { leg, outputs: legOutputs } = await runLeg(state, jobId, job, contexts, matrix)
      legs.push(leg)
      for (const [k, v] of Object.entries(legOutputs)) if (v !== '') outputs[k] = v
    }
    const result = legs.some(l => l.conclusion === 'failure') ? 'failure' : 'success'
    return { id: jobId, result, outputs, legs }
  } finally {
    if (group) state.ctx.groups.release(group.group)
  }
}

export async function runWorkflow(ctx: RunContext): Promise<RunResult> {
  const model = ctx.rig.github.model
  const refs = githubRefs(ctx)
  const repo = ctx.rig.github.repo
  const record = model.addRun({
    status: 'in_progress',
    name: ctx.doc.name ?? ctx.file,
    path: ctx.file,
    headBranch: refs.ref.replace(/^refs\/heads\//, ''),
    headSha: refs.sha,
    event: ctx.event.name,
    jobs: []
  })
  const workflowRef = `${repo}/${ctx.file}@refs/heads/${model.defaultBranch}`
  const github = {
    event_name: ctx.event.name,
    event: ctx.event.payload,
    repository: repo,
    repository_owner: model.owner,
    ref: refs.ref,
    ref_name: refs.ref.replace(/^refs\/(heads|tags)\//, ''),
    sha: refs.sha,
    head_ref: refs.headRef ?? '',
    base_ref: refs.baseRef ?? '',
    run_id: String(record.id),
    run_number: String(record.runNumber),
    run_attempt: '1',
    actor: ctx.actor,
    triggering_actor: ctx.actor,
    workflow: ctx.doc.name ?? ctx.file,
    workflow_ref: workflowRef,
    server_url: 'https://github.com',
    api_url: ctx.rig.github.url,
    graphql_url: `${ctx.rig.github.url}/graphql`
  }
  const eventFile = path.join(tempDir('event'), 'event.json')
  writeFileSync(eventFile, JSON.stringify(ctx.event.payload))
  const state: RunState = {
    id: record.id,
    ctx,
    record,
    artifacts: new Map(),
    warnings: [],
    contexts: {
      github,
      vars: ctx.vars,
      // A fork's or Dependabot's run gets no Actions secrets (Dependabot's own secrets, which the
      // rig has none of, only).
      secrets: restrictedRun(ctx) ? {} : ctx.secrets,
      inputs: dispatchInputs(ctx),
      env: {}
    },
    runnerEnvBase: {
      PATH: `${ctx.binDir}:${process.env.PATH ?? ''}`,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: repo,
      GITHUB_REPOSITORY_OWNER: model.owner,
      GITHUB_EVENT_NAME: ctx.event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_API_URL: ctx.rig.github.url,
      GITHUB_GRAPHQL_URL: `${ctx.rig.github.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(record.id),
      GITHUB_RUN_NUMBER: String(record.runNumber),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: refs.sha,
      GITHUB_REF: refs.ref,
      GITHUB_REF_NAME: github.ref_name,
      GITHUB_HEAD_REF: github.head_ref,
      GITHUB_BASE_REF: github.base_ref,
      GITHUB_WORKFLOW: github.workflow,
      GITHUB_WORKFLOW_REF: workflowRef,
      GITHUB_ACTOR: ctx.actor,
      GITHUB_TRIGGERING_ACTOR: ctx.actor,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_ENVIRONMENT: 'github-hosted'
    }
  }
  const runGroup = concurrencyOf(ctx.doc.concurrency, state.contexts)
  const results: Record<string, JobResult> = {}
  const granted =
    !runGroup || (await ctx.groups.acquire(runGroup.group, runGroup.cancel, runGroup.queue))
  try {
    const order = Object.keys(ctx.doc.jobs)
    for (const id of order)
      for (const need of needsOf(ctx.doc.jobs[id]))
        if (!(need in ctx.doc.jobs))
          throw new Error(`job ${id} needs '${need}', which is not a job of ${ctx.file}`)
    while (Object.keys(results).length < order.length) {
      const ready = order.find(
        id => !(id in results) && needsOf(ctx.doc.jobs[id]).every(n => n in results)
      )
      if (!ready) throw new Error(`${ctx.file}: the jobs' needs form a cycle`)
      results[ready] = granted
        ? await runJob(state, ready, ctx.doc.jobs[ready], results)
        : { id: ready, result: 'cancelled', outputs: {}, legs: [] }
    }
  } finally {
    if (runGroup && granted) ctx.groups.release(runGroup.group)
  }
  const all = Object.values(results).map(r => r.result)
  const conclusion = all.includes('failure')
    ? 'failure'
    : all.includes('cancelled')
      ? 'cancelled'
      : 'success'
  record.status = 'completed'
  record.conclusion = conclusion
  model.emit({ name: 'workflow_run', action: 'completed', actor: ctx.actor, run: record.id })
  return {
    id: record.id,
    workflow: ctx.file,
    event: ctx.event.name,
    actor: ctx.actor,
    conclusion,
    jobs: results,
    warnings: state.warnings
  }
}
