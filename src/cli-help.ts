/**
 * What the CLI prints when asked for help: the usage line of every command, and per mode what it
 * does, the options it reads and an example. `cli.ts` parses; this file only says.
 */
import { optionLines, type HelpTopic } from './cli-options.js'
import { MODES } from './inputs.js'

export const USAGE = `usage:
  delivery-loop plan [--roadmap FILE] [--json]                 offline, no token
  delivery-loop forecast [--roadmap FILE] [--config FILE] [--models FILE] [--runs N] [--seed N] [--json]
  delivery-loop init [--worker claude|codex] [--schedule CRON] [--max-cost USD] [--ci-workflows NAMES] [--create-app] [--pull-request --repo OWNER/NAME] [--action OWNER/REPO@REF] [--yes] [--force]
  delivery-loop <${MODES.join('|')}> --repo OWNER/NAME [options]
  delivery-loop <mode> --help                                  the options of one mode
  delivery-loop --version
common options: --dry-run --api-url URL --config FILE --event NAME --payload FILE --verbose
environment: GITHUB_TOKEN (every mode but plan), GITHUB_API_URL, DELIVERY_LOOP_PUSH_TOKEN (publish; doctor checks it)`

/** Per-mode help: what it does and an example; its options come from the option table. */
const MODE_HELP: Record<string, { what: string; example: string; notes?: string[] }> = {
  plan: {
    what: 'Validate ROADMAP.md offline (no token) and print the DAG, every issue compile would create and the ready set.',
    example: 'delivery-loop plan --roadmap ROADMAP.md --json'
  },
  forecast: {
    what: "Forecast offline (no token) how long the roadmap takes with this configuration, what it costs and where the time goes: many seeded simulations that run the loop's real tick over a simulated GitHub.",
    example: 'delivery-loop forecast --roadmap ROADMAP.md --runs 50 --compare-models cron-only.yml'
  },
  compile: {
    what: "Compile the roadmap into issues. Reads ROADMAP.md and .delivery.yml from the repository's default branch.",
    example: 'delivery-loop compile --repo acme/widgets --dry-run'
  },
  tick: {
    what: 'One pass of the loop: classify, guardrails, dispatch, the dashboard.',
    example: 'delivery-loop tick --repo acme/widgets --dry-run'
  },
  discover: {
    what: 'File issues for a failed CI run.',
    example: 'delivery-loop discover --repo acme/widgets --workflow-run 123456789'
  },
  prompt: {
    what: 'Print the worker prompt of an issue, or the review packet of a pull request.',
    example: 'delivery-loop prompt --repo acme/widgets --issue 12'
  },
  verdict: {
    what: "Publish a reviewer's verdict as the loopreview check.",
    example:
      'delivery-loop verdict --repo acme/widgets --pull-request 7 --verdict-file verdict.json'
  },
  publish: {
    what: "Check a worker's patch and push it (push token: DELIVERY_LOOP_PUSH_TOKEN).",
    example:
      'delivery-loop publish --repo acme/widgets --issue 12 --branch loop/issue-12 --patch-file change.patch'
  }
}

MODE_HELP.doctor = {
  what: "Check the repository's set-up for the loop through the API and say how to fix each problem: the token, the workflows (valid, triggers, concurrency, each job's permissions), the Actions settings, labels, issue dependencies, branch protection vs marker commits, CI on the loop's pull requests, the schedule, the dashboard and the App. Reads only.",
  example: 'GITHUB_TOKEN=$(gh auth token) delivery-loop doctor --repo acme/widgets',
  notes: [
    "  (DELIVERY_LOOP_PUSH_TOKEN)  the App's token, to check that its installation reaches the repository"
  ]
}

MODE_HELP.init = {
  what: 'Set this repository up for the loop: .delivery.yml, the workflows, Dependabot for their actions, the GitHub App manifest; then the steps left for you. Asks on a terminal. With --create-app it makes the App and stores its secrets; with --pull-request it proposes the files as a pull request (both through the API: --repo and GITHUB_TOKEN).',
  example:
    'GITHUB_TOKEN=$(gh auth token) delivery-loop init --create-app --pull-request --repo acme/widgets'
}

const ENVIRONMENT =
  'environment: GITHUB_TOKEN (every mode but plan), DELIVERY_LOOP_PUSH_TOKEN (publish; doctor checks it)'

const EXIT_CODES =
  'exit codes: 0 done (the JSON report on stdout), 1 failed (stderr says what to fix, with file and line; doctor: a problem found), 2 usage error'

export function modeHelp(command: string): string | undefined {
  const help = MODE_HELP[command]
  if (!help) return undefined
  return [
    `delivery-loop ${command}: ${help.what}`,
    '',
    'options:',
    ...optionLines(command as HelpTopic),
    ...(help.notes ?? []),
    ...(command === 'plan' || command === 'init' || command === 'forecast'
      ? []
      : [...optionLines('common'), ENVIRONMENT]),
    '',
    `example: ${help.example}`,
    EXIT_CODES
  ].join('\n')
}
