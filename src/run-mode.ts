/**
 * The core of one run, shared by the action and the CLI: config → client → state → mode →
 * state save → report file. It knows nothing of `@actions/core`; `main.ts` and `cli.ts` adapt it.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { now } from './clock.js'
import { loadConfig } from './config/source.js'
import type { RunContext } from './context.js'
import { InputError } from './errors.js'
import { createClient, pacingFromEnv } from './github/client.js'
import { createOctokitPort } from './github/octokit-port.js'
import { readOnlyPort } from './github/read-only.js'
import type { GitHubPort } from './github/port.js'
import type { Inputs } from './inputs.js'
import type { Logger } from './logging.js'
import { modeHandler, STATEFUL_MODES } from './modes/index.js'
import type { ModeResult } from './mode.js'
import { MirroredStateStore } from './state/mirrored-store.js'
import { trustPolicy, type TrustPolicy } from './loop/trust.js'
import type { DeliveryConfig } from './config/types.js'
import { emptyState, type StateDocument } from './state/document.js'
import type { LoadedState, StateStore } from './state/store.js'

export interface RunOutcome {
  result: ModeResult
  reportPath: string
  report: Record<string, unknown>
}

export interface RunOptions {
  inputs: Inputs
  context: RunContext
  logger: Logger
  /** Overrides for tests: a ready port or state store instead of the real adapters. */
  github?: GitHubPort
  stateStore?: StateStore
}

/** The run's ports: the token's, and the push token's when there is one. */
function portsOf(options: RunOptions): { port: GitHubPort; push?: GitHubPort } {
  const { inputs, context, logger } = options
  if (options.github) return { port: options.github }
  if (!inputs.token) {
    throw new InputError('token', 'is empty; pass `token: ${{ github.token }}` or set GITHUB_TOKEN')
  }
  const client = (token: string) =>
    createOctokitPort(
      createClient({ token, baseUrl: context.apiUrl, logger, ...pacingFromEnv() }),
      context.repo
    )
  return {
    port: client(inputs.token),
    ...(inputs.pushToken ? { push: client(inputs.pushToken) } : {})
  }
}

interface RunState {
  stateful: boolean
  store?: StateStore
  restored: LoadedState
  repositoryId?: number
}

/** The stored state of a stateful mode (none outside a runner: GitHub's facts are enough). */
async function loadState(
  options: RunOptions,
  github: GitHubPort,
  trust: () => Promise<TrustPolicy>
): Promise<RunState> {
  const { inputs, context, logger } = options
  const none: LoadedState = { state: emptyState(), source: 'none', problems: [] }
  if (!STATEFUL_MODES.includes(inputs.mode)) return { stateful: false, restored: none }
  let store = options.stateStore
  let repositoryId: number | undefined
  if (!store) {
    const repository = await github.repository()
    repositoryId = repository.id
    // @actions/cache (and the Azure SDK under it) is loaded only by the modes that keep state:
    // prompt, verdict and publish start without it (docs/reference/performance.md).
    const { CacheStateStore } = await import('./state/cache-store.js')
    const cache = new CacheStateStore({
      repoId: repository.id,
      runId: context.runId,
      runAttempt: context.runAttempt,
      workspace: context.workspace,
      logger
    })
    // tick's state also lives in the dashboard issue: losing the cache must not refill budgets.
    store =
      inputs.mode === 'tick'
        ? new MirroredStateStore(cache, github, trust, logger, repository.id)
        : cache
  }
  const ids = repositoryId !== undefined ? { repositoryId } : {}
  if (!store.available) {
    logger.debug('no Actions cache here: running without stored state')
    return { stateful: false, store, restored: none, ...ids }
  }
  const restored = await store.load()
  for (const problem of restored.problems) logger.warning(`State: ${problem}`)
  return { stateful: true, store, restored, ...ids }
}

/** Save what the mode left (not in a dry run); losing state costs history, never correctness. */
async function saveState(
  options: RunOptions,
  run: RunState,
  result: ModeResult
): Promise<string | undefined> {
  const { inputs, context, logger } = options
  if (!run.stateful || !run.store || !result.state || inputs.dryRun) return undefined
  const next: StateDocument = {
    ...result.state,
    version: 1,
    seq: run.restored.state.seq + 1,
    updated_at: now().toISOString(),
    run: { id: context.runId, attempt: context.runAttempt },
    ...(run.repositoryId !== undefined ? { repository: { id: run.repositoryId } } : {})
  }
  try {
    return await run.store.save(next, result.dashboard)
  } catch (error) {
    logger.warning(`State was not saved: ${(error as Error).message}`)
    return undefined
  }
}

/** The report file: the run's frame, then everything the mode decided. */
async function writeReport(
  options: RunOptions,
  loaded: Awaited<ReturnType<typeof loadConfig>>,
  run: RunState & { savedTo?: string },
  result: ModeResult,
  github: GitHubPort
): Promise<{ reportPath: string; report: Record<string, unknown> }> {
  const { inputs, context } = options
  const { restored } = run
  const report: Record<string, unknown> = {
    mode: inputs.mode,
    status: result.status,
    dry_run: inputs.dryRun,
    repository: `${context.repo.owner}/${context.repo.repo}`,
    run: { id: context.runId, attempt: context.runAttempt, event: context.eventName },
    config: {
      source: loaded.source ?? 'defaults',
      warnings: loaded.warnings.map(w => ({ path: w.path, line: w.line, message: w.message }))
    },
    ...(run.stateful
      ? {
          state: {
            restored_from: restored.source,
            restored_seq: restored.state.seq,
            problems: restored.problems,
            saved_to: run.savedTo ?? null
          }
        }
      : {}),
    ...result.report,
    api_requests: github.requestCount()
  }
  const reportPath = path.join(context.runnerTemp, `delivery-loop-${inputs.mode}-report.json`)
  await fs.mkdir(path.dirname(reportPath), { recursive: true })
  await fs.writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  return { reportPath, report }
}

export async function runMode(options: RunOptions): Promise<RunOutcome> {
  const { inputs, context, logger } = options
  const mode = modeHandler(inputs.mode)
  const { port, push } = portsOf(options)
  // A dry run is the plan alone, and the port proves it: every write throws before it is sent.
  // doctor only reads (its facts go through a read-only port in any case), and gets the same
  // proof — unless it is to comment its findings on a pull request, its one write.
  const readOnly = inputs.dryRun || (inputs.mode === 'doctor' && inputs.pullRequest === undefined)
  const github = readOnly ? readOnlyPort(port) : port

  const loaded = await loadConfig({
    configPath: inputs.configPath,
    workspace: context.workspace,
    github
  })
  for (const warning of loaded.warnings)
    logger.warning(`${warning.path}: ${warning.message}`, {
      file: warning.file,
      line: warning.line
    })

  // The trust policy, built once for the whole run and handed to the state store and the mode.
  const trust = trustOf(github, loaded.config)
  const run = await loadState(options, github, trust)
  const handler = await mode.load()
  const result = await handler({
    inputs,
    context,
    config: loaded.config,
    configFile: {
      path: inputs.configPath,
      origin: loaded.origin ?? 'defaults',
      ...(loaded.text !== undefined ? { text: loaded.text } : {})
    },
    github,
    trust,
    ...(push ? { push: readOnly ? readOnlyPort(push) : push } : {}),
    logger,
    state: structuredClone(run.restored.state),
    ...(run.store instanceof MirroredStateStore && run.stateful
      ? { dashboard: run.restored.dashboard ?? null }
      : {})
  })
  const savedTo = await saveState(options, run, result)
  const { reportPath, report } = await writeReport(
    options,
    loaded,
    { ...run, ...(savedTo ? { savedTo } : {}) },
    result,
    github
  )
  return { result, reportPath, report }
}

function trustOf(github: GitHubPort, config: DeliveryConfig): () => Promise<TrustPolicy> {
  let policy: Promise<TrustPolicy> | undefined
  return () =>
    (policy ??= github.viewerLogin().then(viewer => trustPolicy(viewer, config.trust.bot_logins)))
}
