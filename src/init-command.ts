/**
 * `delivery-loop init`: set a repository up for the loop — `.delivery.yml`, the workflows (the
 * shipped, tested examples), a Dependabot configuration for their actions and the GitHub App
 * manifest — then print what only a person can do. Asks on a terminal; otherwise takes flags,
 * or `--yes` for the defaults. Never overwrites a file without `--force`.
 */
import { createInterface } from 'node:readline/promises'
import { InputError } from './errors.js'
import { applyInit, existingFiles } from './init/apply.js'
import { planInit, scheduleProblem, type InitAnswers } from './init/plan.js'

export interface InitCommandOptions {
  dir: string
  worker?: string
  schedule?: string
  maxCost?: string
  yes: boolean
  force: boolean
  /** A terminal to ask on; undefined when stdin is not one. */
  ask?: (question: string, fallback: string) => Promise<string>
  out: NodeJS.WritableStream
}

const DEFAULTS = { worker: 'claude', schedule: '17,47 * * * *', maxCost: '' }

function parseAnswers(raw: { worker: string; schedule: string; maxCost: string }, force: boolean) {
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
    ...(cost ? { maxCostUsd: Number(cost) } : {})
  }
  return answers
}

async function answersOf(options: InitCommandOptions): Promise<InitAnswers> {
  const given = {
    worker: options.worker,
    schedule: options.schedule,
    maxCost: options.maxCost
  }
  const missing = Object.entries(given).filter(([, v]) => v === undefined)
  if (missing.length && !options.yes && !options.ask)
    throw new InputError(
      '--yes',
      `no terminal to ask on: pass --yes for the defaults, or ${missing.map(([k]) => `--${k === 'maxCost' ? 'max-cost' : k}`).join(', ')}`
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
      )
    },
    options.force
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
