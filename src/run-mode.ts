/**
 * The core of one run, shared by the action and the CLI: config → client → state → mode →
 * state save → report file. It knows nothing of `@actions/core`; `main.ts` and `cli.ts` adapt it.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { now } from './clock.js'
import { loadConfig } from './config/source.js'
import type { RunContext } from './context.js'
import { ConfigError, InputError } from './errors.js'
import { createClient, pacingFromEnv } from './github/client.js'
import { createOctokitPort } from './github/octokit-port.js'
import { readOnlyPort } from './github/read-only.js'
import type { GitHubPort } from './github/port.js'
import type { Inputs } from './inputs.js'
import type { Logger } from './logging.js'
import { modeHandler, STATEFUL_MODES } from './modes/index.js'
import type { ModeResult } from './modes/types.js'
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

// eslint-disable-next-line max-lines-per-function -- the run's frame (ports, config, state load and save, report); to split state from the rest
export async function runMode(options: RunOptions): Promise<RunOutcome> {
  const { inputs, context, logger } = options
  const mode = modeHandler(inputs.mode)

  let port = options.github
  let push: GitHubPort | undefined
  if (!port) {
    if (!inputs.token) {
      throw new InputError(
        'token',
        'is empty; pass `token: ${{ github.token }}` or set GITHUB_TOKEN'
      )
    }
    const octokit = createClient({
      token: inputs.token,
      baseUrl: context.apiUrl,
      logger,
      ...pacingFromEnv()
    })
    port = createOctokitPort(octokit, context.repo)
    if (inputs.pushToken) {
      const pushClient = createClient({
        token: inputs.pushToken,
        baseUrl: context.apiUrl,
        logger,
        ...pacingFromEnv()
      })
      push = createOctokitPort(pushClient, context.repo)
    }
  }
  // A dry run is the plan alone, and the port proves it: every write throws before it is sent.
  // doctor only ever reads, and gets the same proof.
  const readOnly = inputs.dryRun || inputs.mode === 'doctor'
  const github = readOnly ? readOnlyPort(port) : port

  const loaded = await loadConfig({
    configPath: inputs.configPath,
    workspace: context.workspace,
    github
  })
  for (const warning of loaded.warnings) {
    logger.warning(`${warning.path}: ${warning.message}`, {
      file: warning.file,
      line: warning.line
    })
  }

  let stateful = STATEFUL_MODES.includes(inputs.mode)
  // The trust policy, built once for the whole run and handed to the state store and the mode.
  const trust = trustOf(github, loaded.config)
  let store = options.stateStore
  let restored: LoadedState = { state: emptyState(), source: 'none', problems: [] }
  let repositoryId: number | undefined
  if (stateful) {
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
    if (store.available) {
      restored = await store.load()
      for (const problem of restored.problems) logger.warning(`State: ${problem}`)
    } else {
      // Outside a runner there is nowhere to keep state; GitHub's facts are enough to run.
      logger.debug('no Actions cache here: running without stored state')
      stateful = false
    }
  }

  const handler = await mode.load()
  const result = await handler({
    inputs,
    context,
    config: loaded.config,
    github,
    trust,
    ...(push ? { push: readOnly ? readOnlyPort(push) : push } : {}),
    logger,
    state: structuredClone(restored.state),
    ...(store instanceof MirroredStateStore && stateful
      ? { dashboard: restored.dashboard ?? null }
      : {})
  })

  let savedTo: string | undefined
  if (stateful && store && result.state && !inputs.dryRun) {
    const next: StateDocument = {
      ...result.state,
      version: 1,
      seq: restored.state.seq + 1,
      updated_at: now().toISOString(),
      run: { id: context.runId, attempt: context.runAttempt },
      ...(repositoryId !== undefined ? { repository: { id: repositoryId } } : {})
    }
    try {
      savedTo = await store.save(next, result.dashboard)
    } catch (error) {
      // Losing state costs history, never correctness: GitHub facts are rebuilt next run.
      logger.warning(`State was not saved: ${(error as Error).message}`)
    }
  }

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
    ...(stateful
      ? {
          state: {
            restored_from: restored.source,
            restored_seq: restored.state.seq,
            problems: restored.problems,
            saved_to: savedTo ?? null
          }
        }
      : {}),
    ...result.report,
    api_requests: github.requestCount()
  }
  const reportPath = path.join(context.runnerTemp, `delivery-loop-${inputs.mode}-report.json`)
  await fs.mkdir(path.dirname(reportPath), { recursive: true })
  await fs.writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  return { result, reportPath, report }
}

function trustOf(github: GitHubPort, config: DeliveryConfig): () => Promise<TrustPolicy> {
  let policy: Promise<TrustPolicy> | undefined
  return () =>
    (policy ??= github.viewerLogin().then(viewer => trustPolicy(viewer, config.trust.bot_logins)))
}

export function isUserError(error: unknown): boolean {
  return error instanceof ConfigError || error instanceof InputError
}
