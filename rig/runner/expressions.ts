/**
 * `${{ }}` as GitHub Actions evaluates it, with GitHub's own evaluator (@actions/expressions):
 * the contexts a workflow reads, the status functions of `if:`, and the two ways a value is
 * read — a whole-value expression keeps its type (`include: ${{ fromJSON(…) }}` is an array),
 * an expression inside text becomes text.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'

export type Contexts = Record<string, unknown>

/** What `success()`, `failure()` and `cancelled()` answer where the expression is read. */
export interface Status {
  success: boolean
  failure: boolean
  cancelled: boolean
}

export const GREEN: Status = { success: true, failure: false, cancelled: false }

const STATUS_CALL = /\b(success|failure|always|cancelled)\s*\(/

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) }
  ]
  return new Map([
    fn('success', () => status.success),
    fn('failure', () => status.failure),
    fn('always', () => true),
    fn('cancelled', () => status.cancelled)
  ])
}

/** Evaluate one expression (no `${{ }}`) to a plain JavaScript value. */
export function evaluate(expression: string, contexts: Contexts, status: Status = GREEN): unknown {
  const functions = statusFunctions(status)
  const lexed = new Lexer(expression).lex()
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), [...functions.values()]).parse()
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary
  const result = new Evaluator(parsed, context, functions).evaluate()
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as unknown
}

/** GitHub's text form of a value inside a string. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return Array.isArray(value) ? 'Array' : 'Object'
}

const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/
const INSIDE = /\$\{\{([\s\S]*?)\}\}/g

/** A workflow value with its expressions evaluated, objects and arrays walked. */
export function interpolate(value: unknown, contexts: Contexts): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value)
    if (whole && !whole[1].includes('}}')) return evaluate(whole[1], contexts)
    return value.replace(INSIDE, (_, expression: string) => asText(evaluate(expression, contexts)))
  }
  if (Array.isArray(value)) return value.map(v => interpolate(v, contexts))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, contexts)]))
  return value
}

/** A value as text: what `with:` inputs and `env:` hold. */
export function interpolateText(value: unknown, contexts: Contexts): string {
  return asText(interpolate(value, contexts))
}

/**
 * An `if:` as GitHub reads it: bare or wrapped in `${{ }}`, and `success() && (…)` unless the
 * expression calls a status function itself.
 */
export function condition(
  when: string | boolean | undefined,
  contexts: Contexts,
  status: Status
): boolean {
  if (when === undefined || when === '') return status.success
  if (typeof when === 'boolean') return when && status.success
  const whole = WHOLE.exec(when)
  const expression = whole ? whole[1] : when
  const guarded = STATUS_CALL.test(expression) ? expression : `success() && (${expression})`
  const value = evaluate(guarded, contexts, status)
  // GitHub's falsy values: false, 0, -0, '', null, NaN.
  return !(value === false || value === 0 || value === '' || value === null || Number.isNaN(value))
}
