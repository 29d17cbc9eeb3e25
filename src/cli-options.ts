/**
 * Every flag the CLI knows — one table that `cli.ts` parses with (node's parseArgs reads `type`
 * and `short`, and ignores the rest) and `cli-help.ts` prints each command's options from: a flag
 * cannot be parsed without saying for which commands and what it does. `help` is keyed by command,
 * or `common` for the options every API mode takes.
 */
import type { Mode } from './inputs.js'

export type HelpTopic = Mode | 'plan' | 'forecast' | 'init' | 'common'

interface CliOption {
  type: 'string' | 'boolean'
  short?: string
  /** What the value is called in the help (`--runs N`). */
  value?: string
  /** Topics where the flag is a switch though it takes a value elsewhere (`init --pull-request`). */
  bare?: readonly HelpTopic[]
  help: Partial<Record<HelpTopic, string>>
}

export const CLI_OPTIONS = {
  repo: {
    type: 'string',
    value: 'OWNER/NAME',
    help: {
      common: 'the repository (default $GITHUB_REPOSITORY)',
      init: 'the repository on GitHub (--pull-request, --create-app)',
      forecast: 'the repository whose history --calibrate and --backtest read (with $GITHUB_TOKEN)'
    }
  },
  roadmap: {
    type: 'string',
    value: 'FILE',
    help: {
      plan: 'the roadmap (default ROADMAP.md)',
      forecast: 'the roadmap (default ROADMAP.md)',
      compile: 'the roadmap path (default ROADMAP.md)'
    }
  },
  'local-roadmap': {
    type: 'boolean',
    help: { compile: "compile the local --roadmap FILE (and --config) instead of the repository's" }
  },
  config: {
    type: 'string',
    value: 'FILE',
    help: {
      common: 'the configuration (default .delivery.yml; a named file must exist)',
      forecast: 'the configuration to forecast (default: ./.delivery.yml, else every default)'
    }
  },
  models: {
    type: 'string',
    value: 'FILE',
    help: { forecast: 'the models of agents, CI, review, people and ticks (docs/forecast.md)' }
  },
  runs: { type: 'string', value: 'N', help: { forecast: 'simulated runs (default 20)' } },
  seed: {
    type: 'string',
    value: 'N',
    help: { forecast: 'the first seed (default 1): the same seed gives the same forecast' }
  },
  start: {
    type: 'string',
    value: 'ISO',
    help: { forecast: 'when the first tick runs (default a Monday 09:00 UTC)' }
  },
  calibrate: {
    type: 'boolean',
    help: {
      forecast:
        "fit the models to the repository's own history (--repo, $GITHUB_TOKEN) and write them"
    }
  },
  since: {
    type: 'string',
    value: 'DATE',
    help: {
      forecast:
        'the history --calibrate reads starts here (default 60 days ago; with --backtest, 60 days before --at)'
    }
  },
  backtest: {
    type: 'boolean',
    help: {
      forecast:
        'how good would the forecast have been? calibrate on the history before --at, forecast the roadmap as it stood then, and set p50/p90 against what happened (--repo, $GITHUB_TOKEN)'
    }
  },
  at: {
    type: 'string',
    value: 'DATE',
    help: { forecast: 'the past date --backtest forecasts from' }
  },
  deadline: {
    type: 'string',
    value: 'DATE',
    help: {
      forecast:
        'steer: try the settings that matter and recommend the cheapest delivering by DATE at p90'
    }
  },
  budget: {
    type: 'string',
    value: 'USD',
    help: { forecast: 'steer within this agent spend (median), with --deadline' }
  },
  'compare-config': {
    type: 'string',
    value: 'FILE',
    help: { forecast: 'a second configuration, side by side' }
  },
  'compare-models': {
    type: 'string',
    value: 'FILE',
    help: { forecast: 'second models, side by side (e.g. ticks.events: false)' }
  },
  json: {
    type: 'boolean',
    help: {
      plan: 'the plan as JSON on stdout (with the errors and warnings when invalid)',
      forecast: 'the forecast as JSON on stdout'
    }
  },
  issue: {
    type: 'string',
    value: 'N',
    help: { prompt: 'the issue whose worker prompt to print', publish: 'the unit issue' }
  },
  'pull-request': {
    type: 'string',
    value: 'N',
    bare: ['init'],
    help: {
      compile:
        "plan pull request N's roadmap (from its head) and post the plan comment (no issue writes)",
      prompt: 'or the pull request whose review packet to print',
      verdict: 'the pull request reviewed',
      publish: 'for fixes: the pull request to continue',
      doctor:
        'also comment the findings on pull request N (kept up to date: one comment), e.g. the set-up pull request of init',
      init: 'open a set-up pull request with the files instead of writing them here (needs --repo, GITHUB_TOKEN)'
    }
  },
  'confirm-closes': {
    type: 'string',
    value: 'N',
    help: { compile: 'confirm a change that closes N issues' }
  },
  'workflow-run': {
    type: 'string',
    value: 'ID',
    help: { discover: 'the failed run (its payload is read from GitHub)' }
  },
  out: {
    type: 'string',
    value: 'FILE',
    help: {
      prompt: 'write it to FILE instead of stdout',
      forecast: 'where --calibrate writes the models (default forecast-models.yml)'
    }
  },
  'verdict-file': {
    type: 'string',
    value: 'FILE',
    help: { verdict: "the reviewer's verdict (JSON, docs/review.md)" }
  },
  'head-sha': {
    type: 'string',
    value: 'SHA',
    help: { verdict: 'the head it judged (default: the verdict file says)' }
  },
  'patch-file': {
    type: 'string',
    value: 'FILE',
    help: { publish: "the worker's `git diff --binary`" }
  },
  branch: {
    type: 'string',
    value: 'B',
    help: { publish: 'the branch from the wave (matrix.branch)' }
  },
  kind: {
    type: 'string',
    value: 'K',
    help: { publish: 'new | fix | review-fix | conflict (default: the claim says)' }
  },
  'attestation-file': {
    type: 'string',
    value: 'FILE',
    help: { publish: "the worker's usage record (JSON)" }
  },
  'execution-file': {
    type: 'string',
    value: 'FILE',
    help: {
      publish:
        "or the agent's own report (claude-code-action's execution file, Codex's session log), made into that record"
    }
  },
  worker: {
    type: 'string',
    value: 'W',
    help: { init: 'claude (the tick runs Claude Code) or codex (its own workflow); default claude' }
  },
  schedule: {
    type: 'string',
    value: 'CRON',
    help: { init: "the tick's schedule; default 17,47 * * * *" }
  },
  'max-cost': {
    type: 'string',
    value: 'USD',
    help: { init: 'a cost cap per 24 hours (default: none)' }
  },
  prices: {
    type: 'string',
    value: 'M=IN/OUT',
    help: {
      init: "with --max-cost and codex: the model's USD per million input/output tokens, e.g. gpt-5.1-codex=1.25/10"
    }
  },
  'test-commands': {
    type: 'string',
    value: 'C',
    help: {
      init: "the commands the Claude worker may run, ';'-separated (default: the install and tests of the toolchain found: npm, pnpm, yarn, uv, poetry, pip, go, cargo, make)"
    }
  },
  'ci-workflows': {
    type: 'string',
    value: 'N',
    help: {
      init: 'your CI workflows by name, comma-separated: tick and discover listen for them (default: those in .github/workflows that run on pull requests, else ci)'
    }
  },
  'default-branch': {
    type: 'string',
    value: 'B',
    help: {
      init: "the branch compile listens on (default: origin's HEAD, else the branch checked out)"
    }
  },
  'create-app': {
    type: 'boolean',
    help: {
      init: "make the GitHub App in your browser (GitHub's manifest flow), store LOOP_APP_CLIENT_ID and the key LOOP_APP_PRIVATE_KEY, and ANTHROPIC_API_KEY / OPENAI_API_KEY when set in the environment (needs --repo, a token with admin)"
    }
  },
  action: {
    type: 'string',
    value: 'O/R@REF',
    help: { init: 'use this copy of the action (your fork), pinned to the commit REF is at' }
  },
  yes: {
    type: 'boolean',
    short: 'y',
    help: { init: 'the defaults for everything not given (no questions)' }
  },
  force: { type: 'boolean', help: { init: 'overwrite files that exist (default: keep them)' } },
  dir: {
    type: 'string',
    value: 'DIR',
    help: {
      init: "a directory in the repository (default: this one); init writes at the repository's root"
    }
  },
  'dry-run': {
    type: 'boolean',
    help: { common: 'plan only: write nothing (a read-only port refuses every write)' }
  },
  'api-url': {
    type: 'string',
    value: 'URL',
    help: { common: 'GitHub API (default $GITHUB_API_URL or https://api.github.com)' }
  },
  event: {
    type: 'string',
    value: 'NAME',
    help: { common: 'run as for this event (with --payload FILE)' }
  },
  payload: { type: 'string', value: 'FILE', help: { common: "the event's payload (JSON)" } },
  verbose: { type: 'boolean', help: { common: 'debug output' } },
  // The old name of --local-roadmap: still read, with a word, never advertised.
  'apply-local': { type: 'boolean', help: {} },
  version: { type: 'boolean', short: 'v', help: {} },
  help: { type: 'boolean', short: 'h', help: {} }
} as const satisfies Record<string, CliOption>

/** The option lines of one help topic, in the table's order: `  --flag VALUE   what it does`. */
export function optionLines(topic: HelpTopic): string[] {
  return Object.entries(CLI_OPTIONS as Record<string, CliOption>).flatMap(([flag, o]) => {
    const text = o.help[topic]
    if (!text) return []
    const valued = o.type === 'string' && o.value && !o.bare?.includes(topic)
    const name = `--${flag}${valued ? ` ${o.value}` : ''}`
    return [`  ${name.padEnd(20)}${name.length >= 20 ? ' ' : ''}${text}`]
  })
}
