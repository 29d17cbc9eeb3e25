/**
 * `delivery-loop`: the same modes from a terminal.
 *
 *   delivery-loop plan [--roadmap ROADMAP.md] [--json]           offline, no token
 *   delivery-loop <mode> --repo owner/name [--dry-run] [...]     with GITHUB_TOKEN
 *
 * The report JSON goes to stdout, logs and the summary to stderr.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseRepo, type RunContext } from './context.js'
import { ConfigError, errorMessage, formatDiagnostic, InputError } from './errors.js'
import { MODES, readInputs } from './inputs.js'
import { ConsoleLogger } from './logging.js'
import { runMode } from './run-mode.js'
import { runPlanCommand } from './plan-command.js'

const USAGE = `usage:
  delivery-loop plan [--roadmap FILE] [--json]
  delivery-loop <${MODES.join('|')}> --repo OWNER/NAME [--dry-run] [--api-url URL]
                [--config FILE] [--roadmap FILE] [--issue N] [--pull-request N] [--verdict-file FILE] [--head-sha SHA] [--confirm-closes N]
                [--patch-file FILE --branch B --kind K --attestation-file FILE] (publish; push token: DELIVERY_LOOP_PUSH_TOKEN)
environment: GITHUB_TOKEN (required for every mode but plan), GITHUB_API_URL`

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
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  const command = positionals[0]
  if (values.help || !command) {
    process.stderr.write(`${USAGE}\n`)
    return values.help ? 0 : 2
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
    const context: RunContext = {
      repo: parseRepo(repoValue, '--repo'),
      eventName: 'workflow_dispatch',
      payload: {},
      runId: env.GITHUB_RUN_ID ?? `cli-${Date.now()}`,
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      apiUrl: values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com',
      workspace: process.cwd(),
      // A fresh directory per run: two runs on one machine never overwrite each other's files.
      runnerTemp: env.RUNNER_TEMP ?? mkdtempSync(path.join(os.tmpdir(), 'delivery-loop-'))
    }
    const { result, report } = await runMode({ inputs, context, logger })
    process.stderr.write(`${result.summary}\n`)
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
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
