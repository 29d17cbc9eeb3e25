/**
 * `delivery-loop init`: set a repository up for the loop — `.delivery.yml`, the workflows (the
 * shipped, tested examples), a Dependabot configuration for their actions and the GitHub App
 * manifest — then print what only a person can do. Asks on a terminal; otherwise takes flags,
 * or `--yes` for the defaults. Never overwrites a file without `--force`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { InputError } from './errors.js'
import { applyInit, existingFiles } from './init/apply.js'
import { planInit, scheduleProblem, type InitAnswers } from './init/plan.js'
import {
  commandProblem,
  detectCommands,
  splitCommands,
  TOOLCHAIN_FILES
} from './init/repository.js'

export interface InitCommandOptions {
  dir: string
  worker?: string
  schedule?: string
  maxCost?: string
  /** The commands the Claude worker may run, `;`-separated. */
  testCommands?: string
  yes: boolean
  force: boolean
  /** A terminal to ask on; undefined when stdin is not one. */
  ask?: (question: string, fallback: string) => Promise<string>
  out: NodeJS.WritableStream
}

const DEFAULTS = { worker: 'claude', schedule: '17,47 * * * *', maxCost: '' }
/** The example's commands, for a repository whose toolchain init cannot tell. */
const DEFAULT_COMMANDS = ['npm ci --ignore-scripts', 'npm test']
const FLAG: Record<string, string> = { maxCost: 'max-cost', testCommands: 'test-commands' }

interface RawAnswers {
  worker: string
  schedule: string
  maxCost: string
  testCommands: string
}

/** The commands, each checked; the first that cannot go into the tool list is the error. */
function commandsOf(answer: string): string[] {
  const commands = splitCommands(answer)
  for (const c of commands) {
    const bad = commandProblem(c)
    if (bad) throw new InputError('--test-commands', bad)
  }
  return commands
}

function parseAnswers(raw: RawAnswers, force: boolean, defaultBranch: string) {
  if (raw.worker !== 'claude' && raw.worker !== 'codex')
    throw new InputError('--worker', `must be claude or codex, not "${raw.worker}"`)
  const bad = scheduleProblem(raw.schedule)
  if (bad) throw new InputError('--schedule', bad)
  const cost = raw.maxCost.trim()
  if (cost && !(Number(cost) > 0 && Number.isFinite(Number(cost))))
    throw new InputError(
      '--max-cost',
      `must be a positive, finite number of US dollars, not "${cost}"`
    )
  const answers: InitAnswers = {
    worker: raw.worker,
    schedule: raw.schedule,
    force,
    commands: commandsOf(raw.testCommands),
    defaultBranch,
    ...(cost ? { maxCostUsd: Number(cost) } : {})
  }
  return answers
}

/** The repository's default branch: origin's HEAD, else the branch checked out, else main. */
function defaultBranchOf(dir: string): string {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim()
    } catch {
      return ''
    }
  }
  const origin = git('symbolic-ref', '--short', 'refs/remotes/origin/HEAD').replace(/^origin\//, '')
  return origin || git('branch', '--show-current') || 'main'
}

async function answersOf(options: InitCommandOptions): Promise<InitAnswers> {
  const given = {
    worker: options.worker,
    schedule: options.schedule,
    maxCost: options.maxCost,
    testCommands: options.testCommands
  }
  const detected = detectCommands(
    new Set(TOOLCHAIN_FILES.filter(f => existsSync(path.join(options.dir, f))))
  )
  // The commands are the Claude worker's tool list: a Codex worker has its sandbox instead.
  const missing = Object.entries(given).filter(
    ([k, v]) => v === undefined && !(k === 'testCommands' && given.worker === 'codex')
  )
  if (missing.length && !options.yes && !options.ask)
    throw new InputError(
      '--yes',
      `no terminal to ask on: pass --yes for the defaults, or ${missing.map(([k]) => `--${FLAG[k] ?? k}`).join(', ')}`
    )
  const pick = async (value: string | undefined, question: string, fallback: string) =>
    value ?? (options.yes || !options.ask ? fallback : await options.ask(question, fallback))
  return parseAnswers(
    {
      worker: await pick(
        given.worker,
        'Which agent does the work, claude or codex?',
        DEFAULTS.worker
      ),
      schedule: await pick(
        given.schedule,
        'How often does the loop tick (cron)?',
        DEFAULTS.schedule
      ),
      maxCost: await pick(
        given.maxCost,
        'A cost cap per 24 hours in USD (empty: none)?',
        DEFAULTS.maxCost
      ),
      testCommands: await pick(
        given.testCommands ??
          (given.worker === 'codex'
            ? (detected.length ? detected : DEFAULT_COMMANDS).join('; ')
            : undefined),
        'Which commands may the agent run (install and tests, ;-separated)?',
        (detected.length ? detected : DEFAULT_COMMANDS).join('; ')
      )
    },
    options.force,
    defaultBranchOf(options.dir)
  )
}

export async function runInitCommand(options: InitCommandOptions): Promise<number> {
  const answers = await answersOf(options)
  const all = planInit(answers, new Set()).files.map(f => f.path)
  const plan = planInit(answers, await existingFiles(options.dir, all))
  await applyInit(options.dir, plan)
  const verb = {
    create: 'wrote',
    overwrite: 'overwrote',
    keep: 'kept (exists; --force overwrites)'
  }
  const lines = [
    ...plan.files.map(f => `${verb[f.action]} ${f.path}`),
    '',
    'Left for you:',
    ...plan.steps.map((s, i) => `  ${i + 1}. ${s}`),
    ''
  ]
  options.out.write(lines.join('\n'))
  return 0
}

/** Questions on a terminal, each with its default in brackets. */
export function terminalAsker(): InitCommandOptions['ask'] {
  if (!process.stdin.isTTY) return undefined
  return async (question, fallback) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr })
    try {
      const answer = (await rl.question(`${question} [${fallback}] `)).trim()
      return answer || fallback
    } finally {
      rl.close()
    }
  }
}
