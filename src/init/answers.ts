/**
 * `init`'s questions: each answer from its flag, from the terminal, or (`--yes`) its default —
 * what the repository shows, else the example's. Flags are all checked before anything is asked,
 * and every bad one is named in one error; a terminal answer is checked as it is typed.
 */
import { InputError } from '../errors.js'
import type { Check, Choice, Prompter } from './prompter.js'
import { scheduleProblem, type InitAnswers, type ModelPrice } from './plan.js'
import { branchProblem, commandProblem, splitCommands, type FoundWorkflow } from './repository.js'

/** The answers as flags give them (text, unchecked). */
export interface GivenAnswers {
  worker?: string
  schedule?: string
  maxCost?: string
  testCommands?: string
  ciWorkflows?: string
  defaultBranch?: string
  prices?: string
}

/** What init read off the repository. */
export interface RepositoryFacts {
  commands: string[]
  workflows: FoundWorkflow[]
  defaultBranch: string
}

const DEFAULT_SCHEDULE = '17,47 * * * *'
/** The example's commands, for a repository whose toolchain init cannot tell. */
const DEFAULT_COMMANDS = ['npm ci --ignore-scripts', 'npm test']
/** Codex's model in the worker workflow, whose session log names it (prices are by model). */
const CODEX_MODEL = 'gpt-5.1-codex'
const OTHER = '\u0000other'

const workerProblem: Check<string> = w =>
  w === 'claude' || w === 'codex' ? undefined : `must be claude or codex, not "${w}"`

const costProblem: Check<string> = text => {
  const cost = text.trim()
  return !cost || (Number(cost) > 0 && Number.isFinite(Number(cost)))
    ? undefined
    : `must be a positive, finite number of US dollars (or empty for none), not "${cost}"`
}

const commandsProblem: Check<string> = answer => {
  const commands = splitCommands(answer)
  if (!commands.length) return 'name at least one command (the tests), ;-separated'
  for (const c of commands) {
    const bad = commandProblem(c)
    if (bad) return bad
  }
  return undefined
}

const namesOf = (answer: string) =>
  answer
    .split(',')
    .map(n => n.trim())
    .filter(Boolean)

const ciProblem: Check<string> = answer =>
  namesOf(answer).length ? undefined : 'name at least one workflow (its `name:`), comma-separated'

const priceProblem: Check<string> = text =>
  text.trim() !== '' && Number(text) >= 0 && Number.isFinite(Number(text))
    ? undefined
    : `must be a price in USD per million tokens (0 or more), not "${text}"`

const PRICES_FORM = /^([^=\s]+)=([^/\s]+)\/([^/\s]+)$/

/** `--prices MODEL=INPUT/OUTPUT`, USD per million tokens. */
function parsePrices(text: string): ModelPrice | string {
  const m = PRICES_FORM.exec(text.trim())
  if (!m)
    return `must be MODEL=INPUT/OUTPUT in USD per million tokens, e.g. ${CODEX_MODEL}=1.25/10, not "${text}"`
  const bad = priceProblem(m[2]) ?? priceProblem(m[3])
  return bad ?? { model: m[1], input: Number(m[2]), output: Number(m[3]) }
}

const CHECKS: Record<keyof GivenAnswers, [string, Check<string>]> = {
  worker: ['--worker', workerProblem],
  schedule: ['--schedule', s => scheduleProblem(s)],
  maxCost: ['--max-cost', costProblem],
  testCommands: ['--test-commands', commandsProblem],
  ciWorkflows: ['--ci-workflows', ciProblem],
  defaultBranch: ['--default-branch', branchProblem],
  prices: [
    '--prices',
    p => (typeof parsePrices(p) === 'string' ? (parsePrices(p) as string) : undefined)
  ]
}

/** Every flag given with a bad value, all at once: one run names them all. */
function checkFlags(given: GivenAnswers): void {
  const bad = Object.entries(given).flatMap(([key, value]) => {
    if (value === undefined) return []
    const [flag, check] = CHECKS[key as keyof GivenAnswers]
    const why = check(value)
    return why ? [`${flag} ${why}`] : []
  })
  if (bad.length === 1) throw new InputError(bad[0].split(' ')[0], bad[0].replace(/^\S+ /, ''))
  if (bad.length)
    throw new InputError('init', `fix these and run init again:\n  ${bad.join('\n  ')}`)
}

/** The repository's CI: those its pull requests run, else every workflow found, else `ci`. */
function ciDefault(found: FoundWorkflow[]): string[] {
  const onPulls = found.filter(w => w.onPullRequests).map(w => w.name)
  return onPulls.length ? onPulls : found.length ? found.map(w => w.name) : ['ci']
}

/**
 * The flags a `--yes`-less run without a terminal still needs. What the repository shows (its
 * default branch, its CI workflows) is taken as found; the report says what was found.
 */
function missingFlags(given: GivenAnswers, worker: string | undefined): string[] {
  const needed: (keyof GivenAnswers)[] = ['worker', 'schedule', 'maxCost']
  if (worker !== 'codex') needed.push('testCommands')
  return needed.filter(k => given[k] === undefined).map(k => CHECKS[k][0])
}

export async function initAnswers(
  given: GivenAnswers,
  facts: RepositoryFacts,
  how: { yes: boolean; force: boolean; prompter?: Prompter }
): Promise<InitAnswers> {
  checkFlags(given)
  const ask = how.yes ? undefined : how.prompter
  if (!how.yes && !ask) {
    const missing = missingFlags(given, given.worker)
    if (missing.length)
      throw new InputError(
        '--yes',
        `no terminal to ask on: pass --yes for the defaults, or ${missing.join(', ')}`
      )
  }
  const worker = (given.worker ??
    (await ask?.select({
      message: 'Which agent does the work?',
      choices: [
        { value: 'claude', name: 'claude', description: "Claude Code, in the tick's own jobs" },
        { value: 'codex', name: 'codex', description: 'Codex, in its own worker workflow' }
      ],
      default: 'claude'
    })) ??
    'claude') as InitAnswers['worker']
  const defaultBranch =
    given.defaultBranch ??
    (await ask?.input({
      message: 'The default branch (compile listens for pushes to it)',
      default: facts.defaultBranch,
      validate: branchProblem
    })) ??
    facts.defaultBranch
  const ciWorkflows = given.ciWorkflows
    ? namesOf(given.ciWorkflows)
    : ask
      ? await askCi(ask, facts.workflows)
      : ciDefault(facts.workflows)
  const schedule =
    given.schedule ??
    (await ask?.input({
      message: 'How often does the loop tick (five cron fields, UTC)?',
      default: DEFAULT_SCHEDULE,
      validate: s => scheduleProblem(s)
    })) ??
    DEFAULT_SCHEDULE
  const cost = (
    given.maxCost ??
    (await ask?.input({
      message: 'A cost cap per 24 hours in USD (empty: none)',
      default: '',
      validate: costProblem
    })) ??
    ''
  ).trim()
  const prices = worker === 'codex' && cost ? await pricesOf(given, ask) : undefined
  const commands = worker === 'codex' ? undefined : await commandsOf(given, facts.commands, ask)
  return {
    worker,
    schedule: schedule.trim(),
    force: how.force,
    defaultBranch,
    ciWorkflows,
    ...(commands ? { commands } : {}),
    ...(cost ? { maxCostUsd: Number(cost) } : {}),
    ...(prices ? { prices } : {})
  }
}

/** The CI workflows: chosen from those found (pull requests' ones ticked), or typed. */
async function askCi(ask: Prompter, found: FoundWorkflow[]): Promise<string[]> {
  const typed = async (fallback: string) =>
    namesOf(
      await ask.input({
        message:
          'Your CI workflows by `name:` (tick and discover listen for them), comma-separated',
        default: fallback,
        validate: ciProblem
      })
    )
  if (!found.length) return typed('ci')
  const pre = new Set(ciDefault(found))
  const choices: Choice[] = [
    ...found.map(w => ({
      value: w.name,
      name: w.name,
      description: `${w.file}${w.onPullRequests ? ', runs on pull requests' : ''}`,
      checked: pre.has(w.name)
    })),
    { value: OTHER, name: 'another, by name…' }
  ]
  const chosen = await ask.checkbox({
    message: 'Which workflows are your CI (the loop waits for them on its pull requests)?',
    choices,
    validate: c => (c.length ? undefined : 'choose at least one')
  })
  const named = chosen.filter(c => c !== OTHER)
  return chosen.includes(OTHER) ? [...named, ...(await typed(''))] : named
}

/**
 * Codex reports tokens, not dollars: with a cost cap, its model's prices go into the
 * configuration, or every run counts as unpriced and the cap stops the loop.
 */
async function pricesOf(given: GivenAnswers, ask: Prompter | undefined): Promise<ModelPrice> {
  if (given.prices) return parsePrices(given.prices) as ModelPrice
  if (!ask)
    throw new InputError(
      '--prices',
      `a cost cap with the Codex worker needs its model's prices (Codex reports tokens, not dollars; unpriced runs stop the loop under a cap): pass --prices ${CODEX_MODEL}=INPUT/OUTPUT in USD per million tokens, or drop --max-cost and add to .delivery.yml under guardrails.budget: prices: { ${CODEX_MODEL}: { input: 1.25, output: 10 } }`
    )
  const model = await ask.input({
    message: "Codex's model, as its session log names it (prices are per model)",
    default: CODEX_MODEL,
    validate: m => (/^[^\s=/]+$/.test(m) ? undefined : 'a model name, without spaces')
  })
  const price = (what: string) =>
    ask.input({ message: `USD per million ${what} tokens of ${model}`, validate: priceProblem })
  return { model, input: Number(await price('input')), output: Number(await price('output')) }
}

async function commandsOf(
  given: GivenAnswers,
  detected: string[],
  ask: Prompter | undefined
): Promise<string[]> {
  const fallback = (detected.length ? detected : DEFAULT_COMMANDS).join('; ')
  const answer =
    given.testCommands ??
    (await ask?.input({
      message: 'Which commands may the agent run (install and tests, ;-separated)?',
      default: fallback,
      validate: commandsProblem
    })) ??
    fallback
  return splitCommands(answer)
}
