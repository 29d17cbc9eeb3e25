/**
 * `delivery-loop init`: set a repository up for the loop — `.delivery.yml`, the workflows (the
 * shipped, tested examples), a Dependabot configuration for their actions and the GitHub App
 * manifest — then print what only a person can do. Asks on a terminal; otherwise takes flags,
 * or `--yes` for the defaults. Never overwrites a file without `--force`. Writes at the root of
 * the git repository it is run in, where GitHub reads `.github/workflows`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { InputError } from './errors.js'
import { initAnswers, type GivenAnswers, type RepositoryFacts } from './init/answers.js'
import { applyInit, existingFiles } from './init/apply.js'
import { planInit } from './init/plan.js'
import type { Prompter } from './init/prompter.js'
import { detectCommands, TOOLCHAIN_FILES, workflowsFound } from './init/repository.js'

export interface InitCommandOptions extends GivenAnswers {
  dir: string
  yes: boolean
  force: boolean
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

export async function runInitCommand(options: InitCommandOptions): Promise<number> {
  const root = repositoryRoot(options.dir)
  if (path.resolve(root) !== path.resolve(options.dir))
    options.err.write(`init writes at the repository's root: ${root}\n`)
  const given: GivenAnswers = {}
  for (const key of GIVEN) if (options[key] !== undefined) given[key] = options[key]
  let answers
  try {
    answers = await initAnswers(given, factsOf(root), options)
  } catch (error) {
    // Ctrl-C at a question: the person changed their mind, not a failure of ours.
    if (error instanceof Error && error.name !== 'ExitPromptError') throw error
    options.err.write('init cancelled: nothing written\n')
    return 130
  }
  const all = planInit(answers, new Set()).files.map(f => f.path)
  const plan = planInit(answers, await existingFiles(root, all))
  await applyInit(root, plan)
  const verb = {
    create: 'wrote',
    overwrite: 'overwrote',
    keep: 'kept (exists; --force overwrites)'
  }
  const lines = [
    ...plan.files.map(f => `${verb[f.action]} ${f.path}`),
    `CI the loop listens for: ${answers.ciWorkflows!.join(', ')} (workflow_run in delivery-tick.yml and delivery-discover.yml)`,
    '',
    'Left for you:',
    ...plan.steps.map((s, i) => `  ${i + 1}. ${s}`),
    ''
  ]
  options.out.write(lines.join('\n'))
  return 0
}
