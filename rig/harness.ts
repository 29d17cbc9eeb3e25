/**
 * Run the built action as GitHub's runner does: `node dist/index.js` in a child process with
 * INPUT_* variables, the GITHUB_* environment, an event payload file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and the cache service's environment. Returns the exit
 * code, the outputs, the summary, the log, and the emulator requests the run made.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CacheService } from './cache/server.js'
import type { LoggedRequest } from './github/request-log.js'
import type { GitHubEmulator } from './github/server.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = path.join(ROOT, 'dist/index.js')

export interface ActionRun {
  code: number
  outputs: Record<string, string>
  summary: string
  stdout: string
  stderr: string
  requests: LoggedRequest[]
  /** The parsed JSON report, when the run wrote one. */
  report?: Record<string, unknown>
  workspace: string
  runnerTemp: string
}

export interface RunOptions {
  github: GitHubEmulator
  cache?: CacheService
  inputs: Record<string, string>
  token?: string
  eventName?: string
  event?: unknown
  /** Files to place in the checked-out workspace; omit for a run without checkout. */
  workspace?: string
  runId?: number
  runAttempt?: number
  env?: Record<string, string>
  /** The same RUNNER_TEMP across runs emulates one runner; default: a fresh one per run. */
  runnerTemp?: string
}

/** GitHub's parser for the `name<<delimiter` blocks written to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i++])
      out[heredoc[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

/**
 * What the rig adds to any environment the bundle runs in: no write pacing, short retries, the
 * cache service, and the rig's clock as the action's (rig/clock.ts), so a test means the same on
 * any date.
 */
export function rigEnv(
  github: GitHubEmulator,
  cache?: CacheService,
  ref?: string
): Record<string, string> {
  return {
    DELIVERY_LOOP_WRITE_PACING_MS: '0',
    DELIVERY_LOOP_RETRY_BASE_MS: '5',
    ...(cache ? cache.env(ref) : {}),
    DELIVERY_LOOP_TEST_NOW: github.model.currentTime()
  }
}

/** Step inputs as the runner hands them to an action: `INPUT_<NAME>`. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

/**
 * `node dist/index.js` in `cwd` with `env`: under this Node (under `npm test`, Node 24 from
 * node_modules, the runtime action.yml declares), or the one DELIVERY_LOOP_RIG_NODE names.
 */
export async function spawnBundle(
  env: Record<string, string>,
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.env.DELIVERY_LOOP_RIG_NODE ?? process.execPath, [BUNDLE], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? 1)))
  return { code, stdout, stderr }
}

/**
 * A fresh folder for a test: under the suite's own temp folder when jest made one
 * (`DELIVERY_LOOP_TEST_TMP`, test-only: scripts/jest-temp-setup.mjs; removed at the end of the
 * run), else in the system temp directory.
 */
/**
 * For a process a test starts: its temp directory (`TMPDIR`) is the suite's folder, so what it
 * leaves there (the CLI's report folder) goes with the run.
 */
export function childTemp(): Record<string, string> {
  const root = process.env.DELIVERY_LOOP_TEST_TMP
  return root ? { TMPDIR: root } : {}
}

export function tempDir(prefix: string): string {
  const root = process.env.DELIVERY_LOOP_TEST_TMP ?? os.tmpdir()
  return mkdtempSync(path.join(root, `dl-${prefix}-`))
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const home = tempDir('run')
  const runnerTemp = options.runnerTemp ?? path.join(home, 'temp')
  const workspace = options.workspace ?? path.join(home, 'workspace')
  mkdirSync(runnerTemp, { recursive: true })
  mkdirSync(workspace, { recursive: true })
  const outputFile = path.join(home, 'output')
  const summaryFile = path.join(home, 'summary')
  const eventFile = path.join(home, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}))

  const inputs: Record<string, string> = {
    token: options.token ?? options.github.tokens.bot,
    ...options.inputs
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? home,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: options.github.repo,
    GITHUB_REPOSITORY_OWNER: options.github.repo.split('/')[0],
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(options.runId ?? 1000 + Math.floor(Math.random() * 1e6)),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_WORKFLOW: 'delivery-loop',
    GITHUB_JOB: 'loop',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...rigEnv(options.github, options.cache, options.env?.GITHUB_REF),
    ...options.env
  }
  // A test that names the action's time moves the rig's clock there too, so both agree.
  if (options.env?.DELIVERY_LOOP_TEST_NOW) options.github.model.setClock(env.DELIVERY_LOOP_TEST_NOW)
  Object.assign(env, inputEnv(inputs))

  const before = options.github.log.length
  const { code, stdout, stderr } = await spawnBundle(env, workspace)
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  let report: Record<string, unknown> | undefined
  if (outputs.report) {
    try {
      report = JSON.parse(readFileSync(outputs.report, 'utf8')) as Record<string, unknown>
    } catch {
      report = undefined
    }
  }
  return {
    code,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    stdout,
    stderr,
    requests: options.github.log.slice(before),
    report,
    workspace,
    runnerTemp
  }
}
