/**
 * `delivery-loop init` (pure): from the answers and the files already there, every file to write
 * — the shipped examples (src/generated/examples.ts, the very files the tests run) with the few
 * substitutions the answers make — which to leave alone, and the manual steps left. Nothing is
 * overwritten without `force`.
 */
import { EXAMPLES } from '../generated/examples.js'

export interface InitAnswers {
  /** Who does the work: Claude Code in the tick's matrix job, or Codex in its own workflow. */
  worker: 'claude' | 'codex'
  /** The tick's schedule (five cron fields). */
  schedule: string
  /** A cost cap per 24 h in USD, or none. */
  maxCostUsd?: number
  /** The commands the Claude worker may run (install, tests); the example's when absent. */
  commands?: string[]
  /** The default branch, which the compile workflow listens on; `main` when absent. */
  defaultBranch?: string
  /** The CI workflows by name, which tick and discover listen for; the example's `ci` when absent. */
  ciWorkflows?: string[]
  /** What a token-priced worker's model costs, USD per million tokens (the cost cap needs it). */
  prices?: ModelPrice
  /** The workflows use this copy of the action (`init --action`), pinned to its commit. */
  action?: ActionPin
  /** The App `init --create-app` made: its bot goes into trust.bot_logins, no manifest file. */
  app?: { slug: string; installUrl: string }
  /** The files go into a set-up pull request, not the working tree. */
  pullRequest?: boolean
  /** The repository (`owner/name`), when init was told it. */
  repository?: string
  /** The secrets and variables init stored itself (names). */
  stored?: string[]
  force: boolean
}

export interface ActionPin {
  /** `owner/name` of the copy. */
  repository: string
  /** The ref it was asked for (kept as a comment: Dependabot reads it to propose updates). */
  ref: string
  sha: string
}

/** The action as the shipped examples name it. */
const SHIPPED_ACTION = 'delivery-loop/delivery-loop@v0'

/** Every `uses:` of the shipped action replaced by the copy at its commit, the ref as a comment. */
function pinned(text: string, pin: ActionPin | undefined): string {
  if (!pin) return text
  return text
    .split('\n')
    .map(line => {
      if (!line.includes(SHIPPED_ACTION)) return line
      const [code, ...comment] = line.split(' # ')
      const uses = code.replace(SHIPPED_ACTION, `${pin.repository}@${pin.sha}`)
      return `${uses} # ${[pin.ref, ...comment].join('; ')}`
    })
    .join('\n')
}

export interface ModelPrice {
  model: string
  input: number
  output: number
}

export interface InitFile {
  path: string
  content: string
  action: 'create' | 'overwrite' | 'keep'
}

export interface InitPlan {
  files: InitFile[]
  /** What only a person can do, in order. */
  steps: string[]
}

const CRON_FIELD = /^[0-9*/,-]+$/

/** Why a schedule is not five cron fields GitHub accepts, or undefined. */
export function scheduleProblem(schedule: string): string | undefined {
  const fields = schedule.trim().split(/\s+/)
  if (fields.length !== 5 || !fields.every(f => CRON_FIELD.test(f)))
    return `"${schedule}" is not a cron schedule of five fields (e.g. "*/30 * * * *")`
  if (/^\*\/([1-4])$/.test(fields[0]) || fields[0] === '*')
    return `"${schedule}" runs more often than every 5 minutes, GitHub's shortest schedule`
  return undefined
}

/**
 * The manifest of the GitHub App publish pushes with (GitHub's app-manifest flow makes the App
 * from it): exactly the permissions the workflows ask its token for (`permission-*` inputs of
 * create-github-app-token) — contents, pull requests and workflows write with the shipped ones —
 * and no webhook. `workflows`: Dependabot (which init sets up) bumps the workflows' pins on the
 * default branch; bringing a loop branch up to date with that, or committing a conflict task's
 * merge, is refused to a token without it. Publish still refuses any worker change there.
 */
export function appManifest(
  workflows: readonly string[],
  name = 'Delivery Loop publisher'
): Record<string, unknown> {
  const permissions: Record<string, string> = {}
  for (const text of workflows)
    for (const m of text.matchAll(/^\s*permission-([a-z-]+):\s*(read|write)\b/gm)) {
      const scope = m[1].replace(/-/g, '_')
      if (permissions[scope] !== 'write') permissions[scope] = m[2]
    }
  return {
    name,
    url: 'https://github.com/delivery-loop/delivery-loop',
    description: "Pushes the loop's checked changes and opens their pull requests, so CI runs.",
    public: false,
    hook_attributes: { active: false },
    default_permissions: Object.fromEntries(Object.entries(permissions).sort()),
    default_events: []
  }
}

export const DEPENDABOT = `# Keep the pinned actions of the workflows current (Delivery Loop's init wrote this).
version: 2
updates:
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
    # A release is bumped only once it is a week old: a compromised or broken release has time to
    # be noticed before the loop's workflows run it.
    cooldown:
      default-days: 7
`

function configFor(answers: InitAnswers): string {
  let text = EXAMPLES['delivery.yml']
  if (answers.worker === 'codex')
    text = text.replace(
      /^dispatch:\n {2}adapter: matrix\n/m,
      'dispatch:\n  adapter: workflow\n  workflow: delivery-worker.yml\n'
    )
  if (answers.maxCostUsd !== undefined)
    text = text.replace(
      /^ {4}# max_total_cost_usd: .*$/m,
      `    max_total_cost_usd: ${answers.maxCostUsd}`
    )
  if (answers.app) {
    if (!/^ {2}bot_logins: \[\]$/m.test(text))
      throw new Error("init: the example's bot_logins moved")
    text = text.replace(/^ {2}bot_logins: \[\]$/m, `  bot_logins: ['${answers.app.slug}[bot]']`)
  }
  if (answers.prices) {
    const { model, input, output } = answers.prices
    const at = /^ {4}# prices:\n {4}# {3}[^\n]*$/m
    if (!at.test(text)) throw new Error("init: the example's prices comment moved")
    text = text.replace(
      at,
      `    prices:\n      ${yamlScalar(model)}: { input: ${input}, output: ${output} }`
    )
  }
  return text
}

/** A YAML plain scalar when it can be one, else a double-quoted (JSON) string. */
function yamlScalar(text: string): string {
  const plain =
    /^[A-Za-z_][\w.-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text)
  return plain ? text : JSON.stringify(text)
}

/** The `workflows: [ci]` of a workflow_run trigger, naming the repository's CI instead. */
function withCi(text: string, names: readonly string[] | undefined): string {
  const at = /^( {4}workflows: )\[ci\]/m
  if (!at.test(text)) throw new Error("init: the example's workflow_run names moved")
  if (!names?.length) return text
  return text.replace(at, (_m, head: string) => `${head}[${names.map(yamlScalar).join(', ')}]`)
}

/** `text` without the top-level jobs named, each with the comment lines that lead it. */
function withoutJobs(text: string, jobs: readonly string[]): string {
  const lines = text.split('\n')
  const leadOf = (at: number) => {
    let i = at
    while (i > 0 && /^ {2}#/.test(lines[i - 1])) i--
    return i
  }
  for (const job of jobs) {
    const at = lines.indexOf(`  ${job}:`)
    if (at < 0) throw new Error(`init: the example tick has no ${job} job`)
    const next = lines.findIndex((l, i) => i > at && /^ {2}[a-z][\w-]*:$/.test(l))
    const end = next < 0 ? lines.length : leadOf(next)
    lines.splice(leadOf(at), end - leadOf(at))
  }
  return lines.join('\n')
}

/**
 * The tick for a `workflow`-adapter worker (Codex in delivery-worker.yml): tick dispatches the
 * worker workflow, which needs `actions: write`, and the tick's own Claude `work` and `publish`
 * matrix jobs go — left in, they would take the same wave as the dispatched worker, two agents
 * paid for each issue and racing to publish the same branch.
 */
function dispatchingTick(text: string): string {
  const read = /^( {6}actions: )read # [^\n]*$/m
  if (!read.test(text)) throw new Error("init: the example tick's actions permission moved")
  return withoutJobs(text, ['work', 'publish']).replace(
    read,
    '$1write # dispatch the worker workflow (dispatch.adapter: workflow); read its runs'
  )
}

/** The worker's quoted tool list with `commands` as its Bash rules (claude_args is shell-split). */
function withCommands(tick: string, commands: readonly string[] | undefined): string {
  if (!commands) return tick
  const list = /(--allowedTools "Read,Edit,Write,Glob,Grep)(?:,Bash\([^)]*\))*"/
  if (!list.test(tick)) throw new Error("init: the example tick's tool list moved")
  return tick.replace(list, (_m, head: string) =>
    [head, ...commands.map(c => `Bash(${c})`)].join(',').concat('"')
  )
}

function tickFor(answers: InitAnswers): string {
  const tick = withCommands(
    EXAMPLES['workflows/delivery-tick.yml'].replace(
      /- cron: '[^']*'/,
      `- cron: '${answers.schedule.trim()}'`
    ),
    answers.commands
  )
  const own = withCi(tick, answers.ciWorkflows)
  return answers.worker === 'codex' ? dispatchingTick(own) : own
}

/** The compile workflow, listening on the repository's default branch. */
function compileFor(answers: InitAnswers): string {
  const text = EXAMPLES['workflows/delivery-compile.yml']
  const branch = answers.defaultBranch ?? 'main'
  if (!/branches: \[main\]/.test(text))
    throw new Error("init: the example compile's branches moved")
  if (branch === 'main') return text
  const shown = /^[\w./-]+$/.test(branch) ? branch : JSON.stringify(branch)
  return text.replace('branches: [main]', `branches: [${shown}]`)
}

/** What only a person can do about the App, or nothing when init made it. */
function appSteps(answers: InitAnswers): string[] {
  if (answers.app)
    return [
      `Install the App ${answers.app.slug} on this repository (one click): ${answers.app.installUrl}`
    ]
  return [
    "Create the GitHub App publish pushes with: `delivery-loop init --create-app --repo OWNER/NAME` makes it for you; by hand, open https://github.com/settings/apps/new (or your organisation's) and give it the permissions of .github/delivery-loop-app.json, then install the App on this repository.",
    "Store the App's client ID as the variable LOOP_APP_CLIENT_ID and a private key of it as the secret LOOP_APP_PRIVATE_KEY (Settings → Secrets and variables → Actions).",
    "Name the App's bot in .delivery.yml — trust: { bot_logins: ['<app-slug>[bot]'] } — so the pull requests it publishes count as the loop's work."
  ]
}

function keySteps(answers: InitAnswers): string[] {
  const key = answers.worker === 'codex' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY'
  if (answers.stored?.includes(key)) return []
  return [
    `Store your model key as the secret ${key}${answers.worker === 'claude' ? '; optionally OPENAI_API_KEY, which makes the reviewer in delivery-tick.yml Codex, another provider than the worker (docs/review.md)' : ' (and ANTHROPIC_API_KEY for the Claude worker jobs you keep)'}.`
  ]
}

export function planInit(answers: InitAnswers, existing: ReadonlySet<string>): InitPlan {
  const workflows: [string, string][] = [
    ['.github/workflows/delivery-compile.yml', compileFor(answers)],
    ['.github/workflows/delivery-tick.yml', tickFor(answers)],
    [
      '.github/workflows/delivery-discover.yml',
      withCi(EXAMPLES['workflows/delivery-discover.yml'], answers.ciWorkflows)
    ],
    ...(answers.worker === 'codex'
      ? ([['.github/workflows/delivery-worker.yml', EXAMPLES['workflows/delivery-worker.yml']]] as [
          string,
          string
        ][])
      : [])
  ].map(([path, text]) => [path, pinned(text, answers.action)])
  const manifest = `${JSON.stringify(appManifest(workflows.map(([, text]) => text)), null, 2)}\n`
  const wanted: [string, string][] = [
    ['.delivery.yml', configFor(answers)],
    ...workflows,
    ['.github/dependabot.yml', DEPENDABOT],
    ...(answers.app ? [] : ([['.github/delivery-loop-app.json', manifest]] as [string, string][]))
  ]
  const files = wanted.map(([path, content]): InitFile => {
    const there = existing.has(path)
    return { path, content, action: !there ? 'create' : answers.force ? 'overwrite' : 'keep' }
  })
  const steps = [
    ...appSteps(answers),
    ...keySteps(answers),
    'Nothing to change in Settings → Actions for the jobs: each workflow sets its own `permissions:` (docs/permissions.md). Only if the default branch is protected against compile\'s marker commit, compile opens a marker pull request with GITHUB_TOKEN instead, which needs "Allow GitHub Actions to create and approve pull requests" (the loop itself never approves).',
    'Write ROADMAP.md (docs/reference/roadmap.md) and check it: delivery-loop plan',
    answers.pullRequest
      ? 'Review and merge the set-up pull request; the compile workflow turns the roadmap into issues on the next push.'
      : 'Commit these files; the compile workflow turns the roadmap into issues on the next push.',
    `Check the set-up through the API: GITHUB_TOKEN=$(gh auth token) delivery-loop doctor --repo ${answers.repository ?? 'OWNER/NAME'}`
  ]
  return { files, steps }
}
