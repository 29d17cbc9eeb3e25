/**
 * One job's steps, as the runner runs them: `if:` with the job's status, `env:` layered
 * workflow → job → step → GITHUB_ENV, `run:` in bash with GITHUB_OUTPUT / GITHUB_ENV /
 * GITHUB_STEP_SUMMARY files, `uses:` through the action's stand-in with its declared inputs and
 * their defaults (an undeclared input is GitHub's warning), `continue-on-error`, and the `steps`
 * context the next step reads.
 */
import { randomUUID } from 'node:crypto'
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseOutputFile } from '../harness.js'
import { resolveAction } from './actions/index.js'
import { condition, interpolate, interpolateText, type Contexts } from './expressions.js'
import type { JobScope, StepOutcome } from './types.js'

export interface StepDef {
  id?: string
  name?: string
  if?: string | boolean
  uses?: string
  run?: string
  shell?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  'working-directory'?: string
  'continue-on-error'?: boolean | string
}

export interface StepResult {
  id?: string
  name: string
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  error?: string
}

export interface Leg {
  steps: StepDef[]
  /** Contexts without `steps`, `env` and `job`: github, needs, matrix, inputs, vars, secrets… */
  contexts: Contexts
  /** Workflow and job `env:`, already evaluated. */
  env: Record<string, string>
  /** The GITHUB_* and RUNNER_* environment of the job. */
  runnerEnv: Record<string, string>
  workspace: string
  runnerTemp: string
  defaults?: { shell?: string; 'working-directory'?: string }
  scope: JobScope
  warnings: string[]
}

export interface LegOutcome {
  ok: boolean
  steps: StepResult[]
  stepsContext: Record<string, unknown>
  summary: string
}

function stepName(step: StepDef, index: number): string {
  return (
    step.name ??
    (step.uses
      ? `Run ${step.uses}`
      : step.run
        ? `Run ${step.run.split('\n')[0]}`
        : `step ${index + 1}`)
  )
}

async function runScript(
  leg: Leg,
  step: StepDef,
  env: Record<string, string>,
  index: number
): Promise<StepOutcome> {
  const dir = path.join(leg.runnerTemp, `_step_${index}_${randomUUID()}`)
  mkdirSync(dir, { recursive: true })
  const files = { output: 'output', env: 'env', summary: 'summary', path: 'path' }
  for (const name of Object.values(files)) writeFileSync(path.join(dir, name), '')
  const script = path.join(dir, 'script.sh')
  writeFileSync(script, interpolateText(step.run, { ...leg.contexts, env }))
  const shell = step.shell ?? leg.defaults?.shell
  if (shell && shell !== 'bash')
    throw new Error(`shell: ${shell} is not run by the rig's runner (bash only)`)
  // GitHub's bash: `bash -e {0}` by default, `bash --noprofile --norc -eo pipefail {0}` when named.
  const args = shell ? ['--noprofile', '--norc', '-eo', 'pipefail', script] : ['-e', script]
  const cwd = path.resolve(
    leg.workspace,
    step['working-directory'] ?? leg.defaults?.['working-directory'] ?? '.'
  )
  const child = spawn('bash', args, {
    cwd,
    env: {
      ...env,
      GITHUB_OUTPUT: path.join(dir, files.output),
      GITHUB_ENV: path.join(dir, files.env),
      GITHUB_STEP_SUMMARY: path.join(dir, files.summary),
      GITHUB_PATH: path.join(dir, files.path)
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout.on('data', chunk => (log += chunk))
  child.stderr.on('data', chunk => (log += chunk))
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? 1)))
  for (const line of log.split('\n')) if (line) leg.scope.log(line)
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8')
  return {
    ok: code === 0,
    outputs: parseOutputFile(read(files.output)),
    env: parseOutputFile(read(files.env)),
    summary: read(files.summary),
    ...(code === 0 ? {} : { error: `Process completed with exit code ${code}.` })
  }
}

async function runAction(
  leg: Leg,
  step: StepDef,
  env: Record<string, string>,
  contexts: Contexts
): Promise<StepOutcome> {
  const uses = step.uses!
  const { declared, run } = resolveAction(uses, leg.scope.rig.github.model.otherRepositories)
  const given = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolateText(v, contexts)])
  )
  const unknown = Object.keys(given).filter(k => !(k in declared.inputs))
  if (unknown.length)
    leg.warnings.push(
      `${uses}: Unexpected input(s) ${unknown.map(k => `'${k}'`).join(', ')}, valid inputs are [${Object.keys(
        declared.inputs
      )
        .map(k => `'${k}'`)
        .join(', ')}]`
    )
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared.inputs))
    inputs[name] = name in given ? given[name] : interpolateText(spec.default ?? '', contexts)
  for (const name of unknown) inputs[name] = given[name]
  const at = uses.lastIndexOf('@')
  return run({
    action: at < 0 ? uses : uses.slice(0, at),
    ref: at < 0 ? '' : uses.slice(at + 1),
    inputs,
    env,
    workspace: leg.workspace,
    runnerTemp: leg.runnerTemp,
    job: leg.scope
  })
}

export async function runSteps(leg: Leg): Promise<LegOutcome> {
  const results: StepResult[] = []
  const stepsContext: Record<string, unknown> = {}
  let summary = ''
  let failed = false
  const exported: Record<string, string> = {}
  for (const [index, step] of leg.steps.entries()) {
    const name = stepName(step, index)
    const envSoFar = { ...leg.env, ...exported }
    const contexts = {
      ...leg.contexts,
      env: envSoFar,
      steps: stepsContext,
      job: { status: failed ? 'failure' : 'success' }
    }
    const status = { success: !failed, failure: failed, cancelled: false }
    if (!condition(step.if, contexts, status)) {
      results.push({ id: step.id, name, outcome: 'skipped', conclusion: 'skipped', outputs: {} })
      if (step.id)
        stepsContext[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolateText(v, contexts)])
    )
    const env = { ...leg.runnerEnv, ...envSoFar, ...stepEnv }
    leg.scope.log(`▶ ${name}`)
    let outcome: StepOutcome
    try {
      if (step.uses)
        outcome = await runAction(leg, step, env, { ...contexts, env: { ...envSoFar, ...stepEnv } })
      else if (step.run !== undefined) outcome = await runScript(leg, step, env, index)
      else throw new Error(`step ${name} has neither run: nor uses:`)
    } catch (error) {
      outcome = { ok: false, outputs: {}, error: (error as Error).message }
    }
    if (outcome.error) leg.scope.log(`::error::${outcome.error}`)
    Object.assign(exported, outcome.env ?? {})
    summary += outcome.summary ?? ''
    const continueOnError = interpolate(step['continue-on-error'] ?? false, contexts)
    const tolerated = !outcome.ok && (continueOnError === true || continueOnError === 'true')
    if (!outcome.ok && !tolerated) failed = true
    const result: StepResult = {
      id: step.id,
      name,
      outcome: outcome.ok ? 'success' : 'failure',
      conclusion: outcome.ok || tolerated ? 'success' : 'failure',
      outputs: outcome.outputs,
      ...(outcome.error ? { error: outcome.error } : {})
    }
    results.push(result)
    if (step.id)
      stepsContext[step.id] = {
        outputs: outcome.outputs,
        outcome: result.outcome,
        conclusion: result.conclusion
      }
  }
  return { ok: !failed, steps: results, stepsContext, summary }
}
