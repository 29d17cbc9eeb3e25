/**
 * `delivery-loop init`: set a repository up for the loop — `.delivery.yml`, the workflows (the
 * shipped, tested examples), a Dependabot configuration for their actions and the GitHub App
 * manifest — then print what only a person can do. Asks on a terminal; otherwise takes flags,
 * or `--yes` for the defaults. Never overwrites a file without `--force`. Writes at the root of
 * the git repository it is run in, where GitHub reads `.github/workflows`.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseRepo } from './context.js'
import { InputError } from './errors.js'
import { createClient, pacingFromEnv } from './github/client.js'
import { createOctokitPort } from './github/octokit-port.js'
import { createSetupPort } from './github/octokit/setup.js'
import type { Logger } from './logging.js'
import { initAnswers, type GivenAnswers, type RepositoryFacts } from './init/answers.js'
import { applyInit, existingFiles } from './init/apply.js'
import { planInit } from './init/plan.js'
import type { Prompter } from './init/prompter.js'
import type { SetupPort } from './github/port.js'
import {
  openSetupPullRequest,
  pullRequestBody,
  remoteFacts,
  type SetupRepository
} from './init/pull-request.js'
import { createApp, storeSecrets, type MadeApp } from './init/app.js'
import type { ActionPin, InitAnswers, InitPlan } from './init/plan.js'
import { detectCommands, TOOLCHAIN_FILES, workflowsFound } from './init/repository.js'

/** GitHub, for what init does through the API (a person's token with admin on the repository). */
export interface InitRemote {
  github: SetupRepository
  setup: SetupPort
  repository: string
  /** GitHub's web address (the App form and installation pages). */
  webUrl: string
}

export interface InitCommandOptions extends GivenAnswers {
  dir: string
  yes: boolean
  force: boolean
  /** Open a set-up pull request instead of writing the working tree. */
  pullRequest?: boolean
  /** Make the App through GitHub's manifest flow and store its id and key. */
  createApp?: boolean
  /** `OWNER/REPO@REF`: the workflows use this copy of the action, pinned to its commit. */
  action?: string
  remote?: InitRemote
  /** The agents' keys to store as secrets with --create-app, when set (never flags). */
  keys?: Record<string, string>
  /** Show a page to the person (their browser when there is one). */
  open?: (url: string) => void
  /** How long the App form may take (default ten minutes). */
  appTimeoutMs?: number
  /** The terminal's questions; undefined when stdin is not one. */
  prompter?: Prompter
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
}

const GIVEN = [
  'worker',
  'schedule',
  'maxCost',
  'testCommands',
  'ciWorkflows',
  'defaultBranch',
  'prices'
] as const satisfies readonly (keyof GivenAnswers)[]

function git(dir: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  } catch {
    return undefined
  }
}

/** The top of the git working tree `dir` is in; outside one, the user's error with the fix. */
export function repositoryRoot(dir: string): string {
  if (!existsSync(dir)) throw new InputError('--dir', `${dir} does not exist`)
  const top = git(dir, 'rev-parse', '--show-toplevel')
  if (!top)
    throw new InputError(
      '--dir',
      `${dir} is not inside a git repository: GitHub reads .github/workflows only at a repository's root. Run init in your repository's clone, or \`git init\` first for a new one`
    )
  return top
}

/** The repository's default branch: origin's HEAD, else the branch checked out, else main. */
function defaultBranchOf(root: string): string {
  const origin = (git(root, 'symbolic-ref', '--short', 'refs/remotes/origin/HEAD') ?? '').replace(
    /^origin\//,
    ''
  )
  return origin || git(root, 'branch', '--show-current') || 'main'
}

/** The YAML files of `.github/workflows`, by their path in the repository. */
function workflowFiles(root: string): Map<string, string> {
  const dir = path.join(root, '.github', 'workflows')
  const files = new Map<string, string>()
  if (!existsSync(dir)) return files
  for (const name of readdirSync(dir).sort()) {
    // Only YAML files of its own: a link (dangling, or to elsewhere) is not the repository's CI.
    const full = path.join(dir, name)
    if (/\.ya?ml$/.test(name) && lstatSync(full).isFile())
      files.set(`.github/workflows/${name}`, readFileSync(full, 'utf8'))
  }
  return files
}

function factsOf(root: string): RepositoryFacts {
  return {
    commands: detectCommands(new Set(TOOLCHAIN_FILES.filter(f => existsSync(path.join(root, f))))),
    workflows: workflowsFound(workflowFiles(root)),
    defaultBranch: defaultBranchOf(root)
  }
}

const ACTION_FORM = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)@(\S+)$/

/** `--action OWNER/REPO@REF` at the commit the ref is at now. */
async function actionPin(action: string, remote: InitRemote | undefined): Promise<ActionPin> {
  const m = ACTION_FORM.exec(action.trim())
  if (!m)
    throw new InputError(
      '--action',
      `must be OWNER/REPO@REF (a branch, tag or commit), not "${action}"`
    )
  const [, repository, ref] = m
  if (/^[0-9a-f]{40}$/.test(ref)) return { repository, ref, sha: ref }
  if (!remote)
    throw new InputError(
      '--action',
      `resolving ${ref} to its commit needs GitHub: set GITHUB_TOKEN (gh auth token), or give the commit SHA`
    )
  const sha = await remote.setup.resolveCommit(repository, ref)
  if (!sha)
    throw new InputError(
      '--action',
      `${repository} has no branch, tag or commit "${ref}", or this token cannot see the repository`
    )
  return { repository, ref, sha }
}

function needRemote(options: InitCommandOptions): InitRemote {
  if (options.remote) return options.remote
  const flag = options.pullRequest ? '--pull-request' : '--create-app'
  throw new InputError(
    flag,
    'works through the API: pass --repo OWNER/NAME and set GITHUB_TOKEN to a token with admin on the repository (gh auth token)'
  )
}

/** Where the facts come from, and which files are there: the working tree, or the default branch. */
async function groundOf(options: InitCommandOptions) {
  if (options.pullRequest) {
    const remote = needRemote(options)
    return { ...(await remoteFacts(remote.github)), root: undefined }
  }
  const root = repositoryRoot(options.dir)
  if (path.resolve(root) !== path.resolve(options.dir))
    options.err.write(`init writes at the repository's root: ${root}\n`)
  return { facts: factsOf(root), existing: undefined, root }
}

/** The answers, or undefined when the person stopped at a question (Ctrl-C). */
async function answered(options: InitCommandOptions, facts: RepositoryFacts) {
  const given: GivenAnswers = {}
  for (const key of GIVEN) if (options[key] !== undefined) given[key] = options[key]
  try {
    return await initAnswers(given, facts, options)
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') return undefined
    throw error
  }
}

export async function runInitCommand(options: InitCommandOptions): Promise<number> {
  if (options.createApp) needRemote(options)
  const ground = await groundOf(options)
  const asked = await answered(options, ground.facts)
  if (!asked) {
    options.err.write('init cancelled: nothing written\n')
    return 130
  }
  const remote = options.remote
  const answers: InitAnswers = {
    ...asked,
    ...(options.action ? { action: await actionPin(options.action, remote) } : {}),
    ...(options.pullRequest ? { pullRequest: true } : {}),
    ...(remote ? { repository: remote.repository } : {})
  }
  let app: MadeApp | undefined
  if (options.createApp) {
    app = await createApp(needRemote(options), answers, options)
    answers.app = { slug: app.slug, installUrl: app.installUrl }
    answers.stored = await storeSecrets(needRemote(options).setup, app, options.keys ?? {})
  }
  const all = planInit(answers, new Set()).files.map(f => f.path)
  const plan = planInit(answers, ground.existing ?? (await existingFiles(ground.root!, all)))
  const where = options.pullRequest
    ? await proposed(needRemote(options), plan, ground.facts.defaultBranch)
    : (await applyInit(ground.root!, plan), undefined)
  report(options, answers, plan, app, where)
  return 0
}

async function proposed(remote: InitRemote, plan: InitPlan, defaultBranch: string) {
  return openSetupPullRequest(
    remote.github,
    plan,
    defaultBranch,
    pullRequestBody(plan, remote.repository)
  )
}

function report(
  options: InitCommandOptions,
  answers: InitAnswers,
  plan: InitPlan,
  app: MadeApp | undefined,
  pull: { number: number; url: string; created: boolean } | undefined
): void {
  const verb = {
    create: pull ? 'proposed' : 'wrote',
    overwrite: pull ? 'proposed (replacing)' : 'overwrote',
    keep: 'kept (exists; --force overwrites)'
  }
  const lines = [
    ...(app ? [`made the GitHub App ${app.slug} (${app.htmlUrl})`] : []),
    ...(answers.stored ?? []).map(
      name => `stored ${name} (Settings → Secrets and variables → Actions)`
    ),
    ...plan.files.map(f => `${verb[f.action]} ${f.path}`),
    ...(pull
      ? [
          `${pull.created ? 'opened' : 'updated'} the set-up pull request #${pull.number}: ${pull.url}`
        ]
      : []),
    ...(answers.action
      ? [
          `the workflows use ${answers.action.repository}@${answers.action.sha} (${answers.action.ref})`
        ]
      : []),
    `CI the loop listens for: ${answers.ciWorkflows!.join(', ')} (workflow_run in delivery-tick.yml and delivery-discover.yml)`,
    '',
    'Left for you:',
    ...plan.steps.map((s, i) => `  ${i + 1}. ${s}`),
    ''
  ]
  options.out.write(lines.join('\n'))
}

/** GitHub's web address for an API URL: github.com's, a GHES's (`/api/v3` cut), or the same. */
export function webUrlOf(apiUrl: string): string {
  if (/^https:\/\/api\.github\.com\/?$/.test(apiUrl)) return 'https://github.com'
  return apiUrl.replace(/\/api\/v3\/?$/, '').replace(/\/+$/, '')
}

/** The API ports init uses, for `owner/name` with a person's token. */
export function initRemote(options: {
  repository: string
  apiUrl: string
  token: string
  webUrl?: string
  logger: Logger
}): InitRemote {
  const repo = parseRepo(options.repository, '--repo')
  const octokit = createClient({
    token: options.token,
    baseUrl: options.apiUrl,
    logger: options.logger,
    ...pacingFromEnv()
  })
  return {
    github: createOctokitPort(octokit, repo),
    setup: createSetupPort(octokit, repo),
    repository: `${repo.owner}/${repo.repo}`,
    webUrl: options.webUrl ?? webUrlOf(options.apiUrl)
  }
}

/** Show a page in the person's browser, when there is a desktop to show it on. */
export function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref()
  } catch {
    // No browser to open: the terminal shows the address.
  }
}
