/**
 * How `init` asks on a terminal: @inquirer's prompts, each answer checked as it is given (a bad
 * one is refused in place with the reason, and asked again), choices shown as a list. Questions
 * go to stderr, so stdout stays what init wrote.
 */
import checkbox from '@inquirer/checkbox'
import input from '@inquirer/input'
import select from '@inquirer/select'

export interface Choice {
  value: string
  name?: string
  description?: string
  checked?: boolean
}

/** A check of an answer: the reason it is refused, or undefined. */
export type Check<T> = (answer: T) => string | undefined

export interface Prompter {
  input(q: { message: string; default?: string; validate?: Check<string> }): Promise<string>
  select(q: { message: string; choices: Choice[]; default?: string }): Promise<string>
  checkbox(q: { message: string; choices: Choice[]; validate?: Check<string[]> }): Promise<string[]>
}

export interface PromptStreams {
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
}

/** true, or the reason: what inquirer's `validate` wants. */
const asInquirer =
  <T>(check: Check<T> | undefined) =>
  (answer: T): true | string =>
    check?.(answer) ?? true

export function inquirerPrompter(streams: PromptStreams): Prompter {
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false }
  return {
    input: q =>
      input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          validate: asInquirer(q.validate)
        },
        context
      ).then(a => a.trim()),
    select: q => select({ message: q.message, choices: q.choices, default: q.default }, context),
    checkbox: q =>
      checkbox(
        {
          message: q.message,
          choices: q.choices,
          validate: chosen => asInquirer(q.validate)(chosen.map(c => c.value))
        },
        context
      )
  }
}

/** A terminal's prompter, or undefined when stdin is not a terminal (flags or --yes then). */
export function terminalPrompter(): Prompter | undefined {
  return process.stdin.isTTY
    ? inquirerPrompter({ input: process.stdin, output: process.stderr })
    : undefined
}
