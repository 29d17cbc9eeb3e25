/**
 * `delivery-loop`: the same modes from a terminal.
 *
 *   delivery-loop plan [--roadmap ROADMAP.md] [--json]           offline, no token
 *   delivery-loop forecast [--roadmap ROADMAP.md] [--runs N] ...   offline, no token
 *   delivery-loop <mode> --repo owner/name [--dry-run] [...]     with GITHUB_TOKEN
 *
 * The report JSON goes to stdout, logs and the summary to stderr.
 */
import { ENV } from './environment.js'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseRepo, type RunContext } from './context.js'
import {
  ConfigError,
  errorMessage,
  failureMessage,
  formatDiagnostic,
  InputError
} from './errors.js'
import { MODES, readInputs } from './inputs.js'
import { ConsoleLogger } from './logging.js'
import { runMode } from './run-mode.js'
import { initRemote, openInBrowser, runInitCommand } from './init-command.js'
import { terminalPrompter } from './init/prompter.js'
import { runPlanCommand } from './plan-command.js'
import { runCalibrateCommand, runForecastCommand } from './forecast-command.js'
import { runBacktestCommand } from './backtest-command.js'
import { didYouMean } from './suggest.js'
import { version } from './version.js'
import { now } from './clock.js'
import { modeHelp, USAGE } from './cli-help.js'
import { CLI_OPTIONS } from './cli-options.js'

type CliValues = {
  event?: string
  payload?: string
  'workflow-run'?: string
  'pull-request'?: string
  'local-roadmap'?: boolean
  /** The old name of --local-roadmap. */
  'apply-local'?: boolean
  'dry-run'?: boolean
}

/** The event a CLI run stands for: `--event/--payload`, or one built from the common flags. */
async function cliEvent(
  values: CliValues,
  mode: string,
  api: { repo: { owner: string; repo: string }; apiUrl: string; token?: string }
): Promise<{ name: string; payload: Record<string, unknown> }> {
  if (values.event || values.payload) {
    const payload = values.payload
      ? (JSON.parse(readFileSync(values.payload, 'utf8')) as Record<string, unknown>)
      : {}
    return { name: values.event ?? 'workflow_dispatch', payload }
  }
  if (mode === 'compile' && values['pull-request'])
    return {
      name: 'pull_request',
      payload: { pull_request: { number: Number(values['pull-request']) } }
    }
  if (values['workflow-run']) {
    const id = values['workflow-run']
    const res = await fetch(
      `${api.apiUrl}/repos/${api.repo.owner}/${api.repo.repo}/actions/runs/${id}`,
      {
        headers: {
          authorization: `token ${api.token ?? ''}`,
          accept: 'application/vnd.github+json'
        }
      }
    )
    if (!res.ok)
      throw new InputError('--workflow-run', `run ${id} could not be read (HTTP ${res.status})`)
    const run = (await res.json()) as Record<string, unknown>
    return {
      name: 'workflow_run',
      payload: { action: 'completed', workflow_run: run, repository: run.repository }
    }
  }
  return { name: 'workflow_dispatch', payload: {} }
}

/**
 * Compile works on the repository's roadmap — the default branch's, or a pull request's head —
 * as the action does: from a terminal the checkout may be anything, so the local file is read
 * only with --local-roadmap (or for a dry run).
 */
function cliWorkspace(mode: string, values: CliValues, runnerTemp: string): string {
  if (values['apply-local'])
    process.stderr.write(
      '--apply-local is now called --local-roadmap (it applies nothing by itself)\n'
    )
  const local = values['local-roadmap'] || values['apply-local']
  if (mode !== 'compile' || local || values['dry-run']) return process.cwd()
  const empty = path.join(runnerTemp, 'repository')
  mkdirSync(empty, { recursive: true })
  process.stderr.write(
    values['pull-request']
      ? `compile plans pull request #${values['pull-request']} from the roadmap at its head; to plan a local file instead, pass --roadmap FILE --local-roadmap\n`
      : "compile reads ROADMAP.md and .delivery.yml from the repository's default branch; to compile the local file, pass --roadmap FILE --local-roadmap\n"
  )
  return empty
}

/** Every flag the CLI knows, for every command: the option table (cli-options.ts). */
const OPTIONS = CLI_OPTIONS

function parse(argv: string[]) {
  // `init --pull-request` takes no number (it opens one); the modes' `--pull-request N` does.
  const args =
    argv.find(a => !a.startsWith('-')) === 'init'
      ? argv.map(a => (a === '--pull-request' ? '--pull-request=open' : a))
      : argv
  return parseArgs({ args, allowPositionals: true, options: OPTIONS })
}

type Values = ReturnType<typeof parse>['values']

/** The API's base URL, or the user's error naming the fix (never a crash of ours). */
function apiUrlOf(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      '--api-url',
      `"${value}" is not a URL: give it with its scheme, e.g. https://api.github.com or https://ghe.example.com/api/v3`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(
      '--api-url',
      `"${value}" is not an http(s) URL: give it with its scheme, e.g. https://api.github.com or http://localhost:8080`
    )
  return value.replace(/\/+$/, '')
}

/** The commands that need no GitHub: plan, forecast, init. */
async function offline(command: string, values: Values): Promise<number> {
  if (command === 'plan')
    return runPlanCommand({
      roadmapPath: values.roadmap ?? 'ROADMAP.md',
      json: values.json ?? false,
      out: process.stdout,
      err: process.stderr
    })
  if (command === 'forecast' && values.backtest)
    return runBacktestCommand({
      ...historyReader(values),
      ...(values.at !== undefined ? { at: values.at } : {}),
      roadmapPath: values.roadmap ?? 'ROADMAP.md',
      ...(values.config !== undefined ? { configPath: values.config } : {}),
      ...(values.runs !== undefined ? { runs: values.runs } : {}),
      ...(values.seed !== undefined ? { seed: values.seed } : {})
    })
  if (command === 'forecast' && values.calibrate)
    return runCalibrateCommand({
      ...historyReader(values),
      ...(values.out !== undefined ? { outPath: values.out } : {})
    })
  if (command === 'forecast')
    return runForecastCommand({
      roadmapPath: values.roadmap ?? 'ROADMAP.md',
      ...(values.config !== undefined ? { configPath: values.config } : {}),
      ...(values.models !== undefined ? { modelsPath: values.models } : {}),
      ...(values['compare-config'] !== undefined
        ? { compareConfigPath: values['compare-config'] }
        : {}),
      ...(values['compare-models'] !== undefined
        ? { compareModelsPath: values['compare-models'] }
        : {}),
      ...(values.runs !== undefined ? { runs: values.runs } : {}),
      ...(values.seed !== undefined ? { seed: values.seed } : {}),
      ...(values.start !== undefined ? { start: values.start } : {}),
      ...(values.deadline !== undefined ? { deadline: values.deadline } : {}),
      ...(values.budget !== undefined ? { budget: values.budget } : {}),
      json: values.json ?? false,
      out: process.stdout
    })
  return runInitCommand({
    ...initWiring(values, process.env),
    dir: path.resolve(values.dir ?? process.cwd()),
    ...(values.worker !== undefined ? { worker: values.worker } : {}),
    ...(values.schedule !== undefined ? { schedule: values.schedule } : {}),
    ...(values['max-cost'] !== undefined ? { maxCost: values['max-cost'] } : {}),
    ...(values['test-commands'] !== undefined ? { testCommands: values['test-commands'] } : {}),
    ...(values['ci-workflows'] !== undefined ? { ciWorkflows: values['ci-workflows'] } : {}),
    ...(values['default-branch'] !== undefined ? { defaultBranch: values['default-branch'] } : {}),
    ...(values.prices !== undefined ? { prices: values.prices } : {}),
    yes: values.yes ?? false,
    force: values.force ?? false,
    ...(terminalPrompter() ? { prompter: terminalPrompter()! } : {}),
    out: process.stdout,
    err: process.stderr
  })
}

/** What --calibrate and --backtest read the history with: the repository, token, API, date. */
function historyReader(values: Values) {
  const repo = values.repo ?? process.env.GITHUB_REPOSITORY
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN
  return {
    ...(repo ? { repo } : {}),
    ...(token ? { token } : {}),
    apiUrl: apiUrlOf(values['api-url'] ?? process.env.GITHUB_API_URL ?? 'https://api.github.com'),
    ...(values.since !== undefined ? { since: values.since } : {}),
    json: values.json ?? false,
    out: process.stdout,
    logger: new ConsoleLogger(values.verbose ?? false)
  }
}

/** What init does through GitHub: the pull request, the App, the pinned action. */
function initWiring(values: Values, env: NodeJS.ProcessEnv) {
  const repository = values.repo ?? env.GITHUB_REPOSITORY
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN
  const apiUrl = apiUrlOf(values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com')
  const keys = Object.fromEntries(
    ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY'].flatMap(k => (env[k] ? [[k, env[k]!]] : []))
  )
  return {
    pullRequest: values['pull-request'] === 'open',
    createApp: values['create-app'] ?? false,
    ...(values.action !== undefined ? { action: values.action } : {}),
    ...(repository && token
      ? {
          remote: initRemote({
            repository,
            apiUrl,
            token,
            ...(env.GITHUB_SERVER_URL ? { webUrl: env.GITHUB_SERVER_URL } : {}),
            logger: new ConsoleLogger(values.verbose ?? false)
          })
        }
      : {}),
    keys,
    ...(process.stdout.isTTY ? { open: openInBrowser } : {})
  }
}

/** The action's inputs, as the flags and the environment give them. */
function cliInputs(command: string, values: Values, env: NodeJS.ProcessEnv) {
  const args: Record<string, string> = {
    mode: command,
    token: env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '',
    'push-token': env[ENV.pushToken.name] ?? '',
    config: values.config ?? '',
    roadmap: values.roadmap ?? '',
    'dry-run': values['dry-run'] ? 'true' : 'false',
    issue: values.issue ?? '',
    'pull-request': values['pull-request'] ?? '',
    'verdict-file': values['verdict-file'] ?? '',
    'attestation-file': values['attestation-file'] ?? '',
    'execution-file': values['execution-file'] ?? '',
    kind: values['kind'] ?? '',
    branch: values['branch'] ?? '',
    'patch-file': values['patch-file'] ?? '',
    'head-sha': values['head-sha'] ?? '',
    'confirm-closes': values['confirm-closes'] ?? ''
  }
  return readInputs(name => args[name] ?? '')
}

/** A mode against GitHub, as the action would run it: the summary to stderr, the report to stdout. */
async function online(
  command: string,
  values: Values,
  env: NodeJS.ProcessEnv,
  logger: ConsoleLogger
): Promise<number> {
  const inputs = cliInputs(command, values, env)
  const repoValue = values.repo ?? env.GITHUB_REPOSITORY
  if (!repoValue) throw new InputError('--repo', 'is required (owner/name)')
  const repo = parseRepo(repoValue, '--repo')
  const apiUrl = apiUrlOf(values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com')
  const event = await cliEvent(values, inputs.mode, { repo, apiUrl, token: inputs.token })
  // A fresh directory per run: two runs on one machine never overwrite each other's files.
  const runnerTemp = env.RUNNER_TEMP ?? mkdtempSync(path.join(os.tmpdir(), 'delivery-loop-'))
  const context: RunContext = {
    repo,
    eventName: event.name,
    payload: event.payload,
    runId: env.GITHUB_RUN_ID ?? `cli-${now().getTime()}`,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl,
    workspace: cliWorkspace(inputs.mode, values, runnerTemp),
    runnerTemp
  }
  const { result, report } = await runMode({ inputs, context, logger })
  process.stderr.write(result.terminal ?? `${result.summary}\n`)
  if (inputs.mode === 'prompt' && result.outputs?.prompt !== undefined) {
    // The prompt is the product here: print it (or write it), the report path goes to stderr.
    if (values.out) writeFileSync(values.out, result.outputs.prompt)
    else process.stdout.write(`${result.outputs.prompt}\n`)
    process.stderr.write(`report: ${runnerTemp}/delivery-loop-prompt-report.json\n`)
  } else {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  }
  if (!result.failure) return 0
  process.stderr.write(`error: ${result.failure}\n`)
  return 1
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed
  try {
    parsed = parse(argv)
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  const command = positionals[0]
  if (values.version) {
    process.stdout.write(`delivery-loop ${version()}\n`)
    return 0
  }
  if (values.help || !command) {
    const help = command ? modeHelp(command) : undefined
    // Asked for, help is the answer: stdout, exit 0. Only a missing command is an error.
    if (help) process.stdout.write(`${help}\n`)
    else (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  const offlineCommands = ['plan', 'init', 'forecast']
  if (!offlineCommands.includes(command) && !(MODES as readonly string[]).includes(command)) {
    process.stderr.write(
      `error: "${command}" is not a mode${didYouMean(command, [...offlineCommands, ...MODES])}\n${USAGE}\n`
    )
    return 2
  }
  const logger = new ConsoleLogger(values.verbose ?? false)
  try {
    if (offlineCommands.includes(command)) return await offline(command, values)
    return await online(command, values, env, logger)
  } catch (error) {
    if (error instanceof ConfigError && error.diagnostics.length) {
      process.stderr.write(`error: ${error.message.split('\n')[0]}\n`)
      for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`)
    } else {
      process.stderr.write(`error: ${failureMessage(error)}\n`)
    }
    return 1
  }
}
