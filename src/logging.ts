/**
 * A small logging port so that core code never imports `@actions/core` directly: the action
 * logs through workflow commands (groups, annotations), the CLI and tests through plain streams.
 */
import * as core from '@actions/core'

export interface AnnotationPosition {
  file?: string
  line?: number
  column?: number
  title?: string
}

export interface Logger {
  info(message: string): void
  debug(message: string): void
  notice(message: string, at?: AnnotationPosition): void
  warning(message: string, at?: AnnotationPosition): void
  error(message: string, at?: AnnotationPosition): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

function toProperties(at?: AnnotationPosition): core.AnnotationProperties | undefined {
  if (!at) return undefined
  return { file: at.file, startLine: at.line, startColumn: at.column, title: at.title }
}

/** Logs as a GitHub Actions step: annotations land on the file and line in the PR view. */
export class ActionsLogger implements Logger {
  info(message: string): void {
    core.info(message)
  }
  debug(message: string): void {
    core.debug(message)
  }
  notice(message: string, at?: AnnotationPosition): void {
    core.notice(message, toProperties(at))
  }
  warning(message: string, at?: AnnotationPosition): void {
    core.warning(message, toProperties(at))
  }
  error(message: string, at?: AnnotationPosition): void {
    core.error(message, toProperties(at))
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn)
  }
}

function prefix(at?: AnnotationPosition): string {
  if (!at?.file) return ''
  return `${at.file}${at.line ? `:${at.line}` : ''}: `
}

/** Logs for a terminal: messages to stderr so stdout stays parseable (e.g. `plan --json`). */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly verbose = false,
    private readonly out: NodeJS.WritableStream = process.stderr
  ) {}
  info(message: string): void {
    this.out.write(`${message}\n`)
  }
  debug(message: string): void {
    if (this.verbose) this.out.write(`debug: ${message}\n`)
  }
  notice(message: string, at?: AnnotationPosition): void {
    this.out.write(`${prefix(at)}notice: ${message}\n`)
  }
  warning(message: string, at?: AnnotationPosition): void {
    this.out.write(`${prefix(at)}warning: ${message}\n`)
  }
  error(message: string, at?: AnnotationPosition): void {
    this.out.write(`${prefix(at)}error: ${message}\n`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.out.write(`▸ ${name}\n`)
    return fn()
  }
}

/** Collects messages; for tests and for modes that report what they logged. */
export class MemoryLogger implements Logger {
  readonly lines: { level: string; message: string; at?: AnnotationPosition }[] = []
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  notice(message: string, at?: AnnotationPosition): void {
    this.lines.push({ level: 'notice', message, at })
  }
  warning(message: string, at?: AnnotationPosition): void {
    this.lines.push({ level: 'warning', message, at })
  }
  error(message: string, at?: AnnotationPosition): void {
    this.lines.push({ level: 'error', message, at })
  }
  async group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn()
  }
}
