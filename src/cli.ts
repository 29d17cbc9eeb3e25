/**
 * `delivery-loop`: the same modes from a terminal.
 *
 *   delivery-loop plan [--roadmap ROADMAP.md] [--json]           offline, no token
 *   delivery-loop <mode> --repo owner/name [--dry-run] [...]     with GITHUB_TOKEN
 *
 * The report JSON goes to stdout, logs and the summary to stderr.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseRepo, type RunContext } from './context.js'
import { ConfigError, errorMessage, formatDiagnostic, InputError } from './errors.js'
import { MODES, readInputs } from './inputs.js'
import { ConsoleLogger } from './logging.js'
import { runMode } from './run-mode.js'
import { runPlanCommand } from './plan-command.js'
import { VERSION } from './version.js'

const USAGE = `usage:
  delivery-loop plan [--roadmap FILE] [--json]                 offline, no token
  delivery-loop <${MODES.join('|')}> --repo OWNER/NAME [options]
  delivery-loop <mode> --help                                  the options of one mode
  delivery-loop --version
common options: --dry-run --api-url URL --config FILE --event NAME --payload FILE --verbose
environment: GITHUB_TOKEN (every mode but plan), GITHUB_API_URL, DELIVERY_LOOP_PUSH_TOKEN (publish)`

/** Per-mode help: what it does and the options it reads. */
const MODE_HELP: Record<string, string[]> = {
  plan: [
    'Validate ROADMAP.md offline and print the DAG, the issues compile would create and the ready set.',
    '  --roadmap FILE      the roadmap (default ROADMAP.md)',
    '  --json              the plan as JSON'
  ],
  compile: [
    "Compile the roadmap into issues. Reads ROADMAP.md and .delivery.yml from the repository's default branch.",
    '  --apply-local       apply the local --roadmap FILE instead (it may not be merged yet)',
    '  --pull-request N    plan for pull request N and post the plan comment (no issue writes)',
    '  --confirm-closes N  confirm a change that closes N issues',
    '  --dry-run           plan only, write nothing'
  ],
  tick: [
    'One pass of the loop: classify, guardrails, dispatch.',
    '  --dry-run           plan only (the wave and the review wave), write nothing'
  ],
  discover: [
    'File issues for a failed CI run.',
    '  --workflow-run ID   the failed run (its payload is read from GitHub)',
    '  --event NAME --payload FILE   any event, e.g. issues with a labeled payload'
  ],
  prompt: [
    'Print the worker prompt of an issue, or the review packet of a pull request.',
    '  --issue N | --pull-request N',
    '  --out FILE          write it to FILE instead of stdout'
  ],
  verdict: [
    "Publish a reviewer's verdict as the loopreview check.",
    '  --pull-request N --verdict-file FILE [--head-sha SHA]'
  ],
  publish: [
    "Check a worker's patch and push it (push token: DELIVERY_LOOP_PUSH_TOKEN).",
    '  --issue N --patch-file FILE --branch B [--kind new|fix|review-fix] [--pull-request N] [--attestation-file FILE]'
  ]
}

type CliValues = {
  event?: string
  payload?: string
  'workflow-run'?: string
  'pull-request'?: string
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
 * Compile applies the roadmap of the default branch: from a terminal the checkout may be a
 * feature branch, so the local file is read only with --apply-local (or for a dry run).
 */
function cliWorkspace(mode: string, values: CliValues, runnerTemp: string): string {
  if (mode !== 'compile' || values['apply-local'] || values['dry-run']) return process.cwd()
  const empty = path.join(runnerTemp, 'default-branch')
  mkdirSync(empty, { recursive: true })
  process.stderr.write(
    "compile reads ROADMAP.md and .delivery.yml from the repository's default branch; to apply the local file, pass --roadmap FILE --apply-local\n"
  )
  return empty
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string' },
        'api-url': { type: 'string' },
        config: { type: 'string' },
        roadmap: { type: 'string' },
        'dry-run': { type: 'boolean' },
        issue: { type: 'string' },
        'pull-request': { type: 'string' },
        'verdict-file': { type: 'string' },
        'attestation-file': { type: 'string' },
        kind: { type: 'string' },
        branch: { type: 'string' },
        'patch-file': { type: 'string' },
        'head-sha': { type: 'string' },
        'confirm-closes': { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        event: { type: 'string' },
        payload: { type: 'string' },
        'workflow-run': { type: 'string' },
        'apply-local': { type: 'boolean' },
        out: { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  const command = positionals[0]
  if (values.version) {
    process.stdout.write(`delivery-loop ${VERSION}\n`)
    return 0
  }
  if (values.help || !command) {
    const help = command && MODE_HELP[command]
    if (help) process.stdout.write(`delivery-loop ${command}: ${help.join('\n')}\n`)
    else process.stderr.write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  if (command !== 'plan' && !(MODES as readonly string[]).includes(command)) {
    process.stderr.write(`error: "${command}" is not a mode\n${USAGE}\n`)
    return 2
  }
  const logger = new ConsoleLogger(values.verbose ?? false)

  try {
    if (command === 'plan') {
      return await runPlanCommand({
        roadmapPath: values.roadmap ?? 'ROADMAP.md',
        json: values.json ?? false,
        out: process.stdout,
        err: process.stderr
      })
    }
    const args: Record<string, string> = {
      mode: command,
      token: env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '',
      'push-token': env.DELIVERY_LOOP_PUSH_TOKEN ?? '',
      config: values.config ?? '',
      roadmap: values.roadmap ?? '',
      'dry-run': values['dry-run'] ? 'true' : 'false',
      issue: values.issue ?? '',
      'pull-request': values['pull-request'] ?? '',
      'verdict-file': values['verdict-file'] ?? '',
      'attestation-file': values['attestation-file'] ?? '',
      kind: values['kind'] ?? '',
      branch: values['branch'] ?? '',
      'patch-file': values['patch-file'] ?? '',
      'head-sha': values['head-sha'] ?? '',
      'confirm-closes': values['confirm-closes'] ?? ''
    }
    const inputs = readInputs(name => args[name] ?? '')
    const repoValue = values.repo ?? env.GITHUB_REPOSITORY
    if (!repoValue) throw new InputError('--repo', 'is required (owner/name)')
    const repo = parseRepo(repoValue, '--repo')
    const apiUrl = values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com'
    const event = await cliEvent(values, inputs.mode, { repo, apiUrl, token: inputs.token })
    // A fresh directory per run: two runs on one machine never overwrite each other's files.
    const runnerTemp = env.RUNNER_TEMP ?? mkdtempSync(path.join(os.tmpdir(), 'delivery-loop-'))
    const context: RunContext = {
      repo,
      eventName: event.name,
      payload: event.payload,
      runId: env.GITHUB_RUN_ID ?? `cli-${Date.now()}`,
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      apiUrl,
      workspace: cliWorkspace(inputs.mode, values, runnerTemp),
      runnerTemp
    }
    const { result, report } = await runMode({ inputs, context, logger })
    process.stderr.write(`${result.summary}\n`)
    if (inputs.mode === 'prompt' && result.outputs?.prompt !== undefined) {
      // The prompt is the product here: print it (or write it), the report path goes to stderr.
      if (values.out) writeFileSync(values.out, result.outputs.prompt)
      else process.stdout.write(`${result.outputs.prompt}\n`)
      process.stderr.write(`report: ${runnerTemp}/delivery-loop-prompt-report.json\n`)
    } else {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    }
    if (result.failure) {
      process.stderr.write(`error: ${result.failure}\n`)
      return 1
    }
    return 0
  } catch (error) {
    if (error instanceof ConfigError && error.diagnostics.length) {
      process.stderr.write(`error: ${error.message.split('\n')[0]}\n`)
      for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`)
    } else {
      process.stderr.write(`error: ${errorMessage(error)}\n`)
    }
    return 1
  }
}
