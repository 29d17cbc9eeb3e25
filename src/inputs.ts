/**
 * Action inputs, read once and validated. The CLI builds the same object from its arguments, so
 * everything below `main` sees one typed shape whichever way the run started.
 */
import { DEFAULT_CONFIG_PATH } from './config/source.js'
import { TASK_KINDS, type TaskKind } from './loop/markers.js'
import { InputError } from './errors.js'

/** A forecast's runs: more add nothing to a p90 but time and memory (a clear error instead). */
export const MAX_RUNS = 1000

export const MODES = [
  'compile',
  'tick',
  'discover',
  'prompt',
  'verdict',
  'publish',
  'doctor',
  'forecast'
] as const
export type Mode = (typeof MODES)[number]

export interface Inputs {
  mode: Mode
  token?: string
  configPath: string
  roadmapPath: string
  dryRun: boolean
  issue?: number
  pullRequest?: number
  verdictFile?: string
  /** The head commit a review was made for (verdict). */
  headSha?: string
  /** How many issues a human confirms compile may close (compile). */
  confirmCloses?: number
  /** publish: the worker's patch, its branch and task kind, the push token, the attestation. */
  patchFile?: string
  branch?: string
  kind?: TaskKind
  pushToken?: string
  attestationFile?: string
  /** publish: claude-code-action's execution file, made into the attestation record. */
  executionFile?: string
  /** forecast: runs, first seed and the models file. */
  runs?: number
  seed?: number
  modelsPath?: string
  /** forecast: fit the models to the repository's history since `since` first. */
  calibrate?: boolean
  since?: string
}

export type InputReader = (name: string) => string

export function parseMode(value: string): Mode {
  const mode = value.trim().toLowerCase()
  if (!mode) throw new InputError('mode', `is required; allowed values: ${MODES.join(', ')}`)
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError('mode', `"${value}" is not a mode; allowed values: ${MODES.join(', ')}`)
  }
  return mode as Mode
}

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if (['true', 'yes', '1', 'on'].includes(v)) return true
  if (['false', 'no', '0', 'off'].includes(v)) return false
  throw new InputError(name, `"${value}" is not a boolean; use true or false`)
}

function parseNumber(name: string, value: string): number | undefined {
  const v = value.trim().replace(/^#/, '')
  if (v === '') return undefined
  if (!/^\d+$/.test(v) || Number(v) < 1) {
    throw new InputError(name, `"${value}" is not an issue or pull request number`)
  }
  return Number(v)
}

/**
 * A whole number input between `min` and `max` (inclusive). Inputs that size work (a forecast's
 * runs) are bounded, so a typo like `1e9` is a clear error, never a run that eats the memory.
 */
export function wholeNumber(
  name: string,
  value: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER
): number | undefined {
  const v = value.trim()
  if (v === '') return undefined
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw new InputError(
      name,
      `"${value}" is not a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}`
    )
  return Number(v)
}

/** Read inputs through `read` (core.getInput in the action, argv in the CLI). */
export function readInputs(read: InputReader): Inputs {
  const token = read('token').trim()
  const inputs: Inputs = {
    mode: parseMode(read('mode')),
    ...(token ? { token } : {}),
    configPath: read('config').trim() || DEFAULT_CONFIG_PATH,
    roadmapPath: read('roadmap').trim() || 'ROADMAP.md',
    dryRun: parseBoolean('dry-run', read('dry-run'), false)
  }
  const issue = parseNumber('issue', read('issue'))
  const pullRequest = parseNumber('pull-request', read('pull-request'))
  const verdictFile = read('verdict-file').trim()
  if (issue !== undefined) inputs.issue = issue
  if (pullRequest !== undefined) inputs.pullRequest = pullRequest
  if (verdictFile) inputs.verdictFile = verdictFile
  const patchFile = read('patch-file').trim()
  if (patchFile) inputs.patchFile = patchFile
  const branch = read('branch').trim()
  if (branch) inputs.branch = branch
  const runs = wholeNumber('runs', read('runs'), 1, MAX_RUNS)
  if (runs !== undefined) inputs.runs = runs
  const seed = wholeNumber('seed', read('seed'), 0, 2 ** 31 - 1)
  if (seed !== undefined) inputs.seed = seed
  const models = read('models').trim()
  if (models) inputs.modelsPath = models
  if (read('calibrate').trim() === 'true') inputs.calibrate = true
  const since = read('since').trim()
  if (since) inputs.since = since
  const kind = read('kind').trim()
  if (kind) {
    const known = TASK_KINDS.find(k => k === kind)
    if (!known)
      throw new InputError('kind', `"${kind}" is not a task kind; use ${TASK_KINDS.join(', ')}`)
    inputs.kind = known
  }
  const pushToken = read('push-token').trim()
  if (pushToken) inputs.pushToken = pushToken
  const attestationFile = read('attestation-file').trim()
  if (attestationFile) inputs.attestationFile = attestationFile
  const executionFile = read('execution-file').trim()
  if (executionFile) inputs.executionFile = executionFile
  const confirm = read('confirm-closes').trim()
  if (confirm) {
    if (!/^\d+$/.test(confirm))
      throw new InputError('confirm-closes', `"${confirm}" is not a number of issues to close`)
    inputs.confirmCloses = Number(confirm)
  }
  const headSha = read('head-sha').trim()
  if (headSha) {
    if (!/^[0-9a-fA-F]{7,40}$/.test(headSha))
      throw new InputError('head-sha', `"${headSha}" is not a commit SHA (7 to 40 hex digits)`)
    inputs.headSha = headSha
  }
  return inputs
}
