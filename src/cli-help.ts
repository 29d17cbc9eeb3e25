/**
 * What the CLI prints when asked for help: the usage line of every command, and per mode what it
 * does, the options it reads and an example. `cli.ts` parses; this file only says.
 */
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

/** Per-mode help: what it does, the options it reads, an example. */
const MODE_HELP: Record<string, { what: string; options: string[]; example: string }> = {
  plan: {
    what: 'Validate ROADMAP.md offline (no token) and print the DAG, every issue compile would create and the ready set.',
    options: [
      '  --roadmap FILE      the roadmap (default ROADMAP.md)',
      '  --json              the plan as JSON on stdout (with the errors and warnings when invalid)'
    ],
    example: 'delivery-loop plan --roadmap ROADMAP.md --json'
  },
  forecast: {
    what: "Forecast offline (no token) how long the roadmap takes with this configuration, what it costs and where the time goes: many seeded simulations that run the loop's real tick over a simulated GitHub.",
    options: [
      '  --roadmap FILE          the roadmap (default ROADMAP.md)',
      '  --config FILE           the configuration to forecast (default: ./.delivery.yml, else every default)',
      '  --models FILE           the models of agents, CI, review, people and ticks (docs/forecast.md)',
      '  --runs N                simulated runs (default 20)',
      '  --seed N                the first seed (default 1): the same seed gives the same forecast',
      '  --start ISO             when the first tick runs (default a Monday 09:00 UTC)',
      '  --compare-config FILE   a second configuration, side by side',
      '  --compare-models FILE   second models, side by side (e.g. ticks.events: false)',
      '  --json                  the forecast as JSON on stdout'
    ],
    example: 'delivery-loop forecast --roadmap ROADMAP.md --runs 50 --compare-models cron-only.yml'
  },
  compile: {
    what: "Compile the roadmap into issues. Reads ROADMAP.md and .delivery.yml from the repository's default branch.",
    options: [
      '  --roadmap FILE      the roadmap path (default ROADMAP.md)',
      "  --local-roadmap     compile the local --roadmap FILE (and --config) instead of the repository's",
      "  --pull-request N    plan pull request N's roadmap (from its head) and post the plan comment (no issue writes)",
      '  --confirm-closes N  confirm a change that closes N issues'
    ],
    example: 'delivery-loop compile --repo acme/widgets --dry-run'
  },
  tick: {
    what: 'One pass of the loop: classify, guardrails, dispatch, the dashboard.',
    options: [],
    example: 'delivery-loop tick --repo acme/widgets --dry-run'
  },
  discover: {
    what: 'File issues for a failed CI run.',
    options: ['  --workflow-run ID   the failed run (its payload is read from GitHub)'],
    example: 'delivery-loop discover --repo acme/widgets --workflow-run 123456789'
  },
  prompt: {
    what: 'Print the worker prompt of an issue, or the review packet of a pull request.',
    options: [
      '  --issue N | --pull-request N',
      '  --out FILE          write it to FILE instead of stdout'
    ],
    example: 'delivery-loop prompt --repo acme/widgets --issue 12'
  },
  verdict: {
    what: "Publish a reviewer's verdict as the loopreview check.",
    options: [
      '  --pull-request N    the pull request reviewed',
      "  --verdict-file FILE the reviewer's verdict (JSON, docs/review.md)",
      '  --head-sha SHA      the head it judged (default: the verdict file says)'
    ],
    example:
      'delivery-loop verdict --repo acme/widgets --pull-request 7 --verdict-file verdict.json'
  },
  publish: {
    what: "Check a worker's patch and push it (push token: DELIVERY_LOOP_PUSH_TOKEN).",
    options: [
      '  --issue N           the unit issue',
      "  --patch-file FILE   the worker's `git diff --binary`",
      '  --branch B          the branch from the wave (matrix.branch)',
      '  --kind K            new | fix | review-fix (default: the claim says)',
      '  --pull-request N    for fixes: the pull request to continue',
      "  --attestation-file FILE   the worker's usage record (JSON)",
      "  --execution-file FILE     or the agent's own report (claude-code-action's execution file, Codex's session log), made into that record"
    ],
    example:
      'delivery-loop publish --repo acme/widgets --issue 12 --branch loop/issue-12 --patch-file change.patch'
  }
}

MODE_HELP.doctor = {
  what: "Check the repository's set-up for the loop through the API and say how to fix each problem: the token, the workflows (valid, triggers, concurrency, each job's permissions), the Actions settings, labels, issue dependencies, branch protection vs marker commits, CI on the loop's pull requests, the schedule, the dashboard and the App. Reads only.",
  options: [
    "  (DELIVERY_LOOP_PUSH_TOKEN)  the App's token, to check that its installation reaches the repository",
    '  --pull-request N    also comment the findings on pull request N (kept up to date: one comment), e.g. the set-up pull request of init'
  ],
  example: 'GITHUB_TOKEN=$(gh auth token) delivery-loop doctor --repo acme/widgets'
}

MODE_HELP.init = {
  what: 'Set this repository up for the loop: .delivery.yml, the workflows, Dependabot for their actions, the GitHub App manifest; then the steps left for you. Asks on a terminal. With --create-app it makes the App and stores its secrets; with --pull-request it proposes the files as a pull request (both through the API: --repo and GITHUB_TOKEN).',
  options: [
    '  --worker W          claude (the tick runs Claude Code) or codex (its own workflow); default claude',
    "  --schedule CRON     the tick's schedule; default 17,47 * * * *",
    '  --max-cost USD      a cost cap per 24 hours (default: none)',
    "  --test-commands C   the commands the Claude worker may run, ';'-separated (default: the install and tests of the toolchain found: npm, pnpm, yarn, uv, poetry, pip, go, cargo, make)",
    '  --ci-workflows N    your CI workflows by name, comma-separated: tick and discover listen for them (default: those in .github/workflows that run on pull requests, else ci)',
    "  --default-branch B  the branch compile listens on (default: origin's HEAD, else the branch checked out)",
    "  --prices M=IN/OUT   with --max-cost and codex: the model's USD per million input/output tokens, e.g. gpt-5.1-codex=1.25/10",
    '  --yes               the defaults for everything not given (no questions)',
    '  --force             overwrite files that exist (default: keep them)',
    "  --dir DIR           a directory in the repository (default: this one); init writes at the repository's root",
    '  --pull-request      open a set-up pull request with the files instead of writing them here (needs --repo, GITHUB_TOKEN)',
    "  --create-app        make the GitHub App in your browser (GitHub's manifest flow), store LOOP_APP_CLIENT_ID and the key LOOP_APP_PRIVATE_KEY, and ANTHROPIC_API_KEY / OPENAI_API_KEY when set in the environment (needs --repo, a token with admin)",
    '  --action O/R@REF    use this copy of the action (your fork), pinned to the commit REF is at',
    '  --repo OWNER/NAME   the repository on GitHub (--pull-request, --create-app)'
  ],
  example:
    'GITHUB_TOKEN=$(gh auth token) delivery-loop init --create-app --pull-request --repo acme/widgets'
}

const COMMON_HELP = [
  '  --repo OWNER/NAME   the repository (default $GITHUB_REPOSITORY)',
  '  --config FILE       the configuration (default .delivery.yml; a named file must exist)',
  '  --dry-run           plan only: write nothing (a read-only port refuses every write)',
  '  --api-url URL       GitHub API (default $GITHUB_API_URL or https://api.github.com)',
  '  --event NAME --payload FILE   run as for this event and payload',
  '  --verbose           debug output',
  'environment: GITHUB_TOKEN (every mode but plan), DELIVERY_LOOP_PUSH_TOKEN (publish; doctor checks it)'
]

const EXIT_CODES =
  'exit codes: 0 done (the JSON report on stdout), 1 failed (stderr says what to fix, with file and line; doctor: a problem found), 2 usage error'

export function modeHelp(command: string): string | undefined {
  const help = MODE_HELP[command]
  if (!help) return undefined
  return [
    `delivery-loop ${command}: ${help.what}`,
    '',
    'options:',
    ...help.options,
    ...(command === 'plan' || command === 'init' || command === 'forecast' ? [] : COMMON_HELP),
    '',
    `example: ${help.example}`,
    EXIT_CODES
  ].join('\n')
}
