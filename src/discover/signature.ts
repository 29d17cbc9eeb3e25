/**
 * Failure signatures (docs/specs/0000-product.md §13): the same failure must keep its signature across runs (other run
 * ids, timestamps, temp paths, durations, hashes), and different failures must not share one.
 */
import { createHash } from 'node:crypto'

/** GitHub prefixes every log line with an ISO timestamp; `##[error]` marks annotated errors. */
const LINE_TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\s?/

export function stripLogPrefix(line: string): string {
  return line.replace(LINE_TIMESTAMP, '')
}

const ERROR_MARK = /##\[error\]/
const ERROR_WORDS = /\b(error|failed|failure|exception|panic|fatal|assertion|traceback)\b/i

/** Index of the first error line: an `##[error]` annotation, else the first line naming an error. */
export function firstErrorLine(lines: string[]): number {
  const marked = lines.findIndex(l => ERROR_MARK.test(l))
  if (marked >= 0) return marked
  const worded = lines.findIndex(l => ERROR_WORDS.test(stripLogPrefix(l)))
  if (worded >= 0) return worded
  for (let i = lines.length - 1; i >= 0; i--) if (stripLogPrefix(lines[i]).trim()) return i
  return -1
}

/** Normalise one error line so that incidental details do not change the signature. */
export function normaliseErrorLine(line: string): string {
  return (
    stripLogPrefix(line)
      .replace(/##\[error\]/g, '')
      // eslint-disable-next-line no-control-regex -- ANSI colour codes in CI logs
      .replace(/\x1b\[[0-9;]*m/g, '') // ANSI colours
      .replace(
        /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g,
        '<time>'
      )
      .replace(/\b\d{2}:\d{2}:\d{2}(?:\.\d+)?\b/g, '<time>')
      .replace(
        /(?:\/tmp|\/var\/folders|\/home\/runner\/work\/_temp|[A-Za-z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp|\/private\/var)[^\s'"`)]*/g,
        '<tmp>'
      )
      .replace(/\b[0-9a-f]{7,64}\b/gi, m => (/[a-f]/i.test(m) && /\d/.test(m) ? '<hash>' : m))
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
      .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|secs|seconds|m|min|minutes|h)\b/g, '<duration>')
      .replace(/\d+/g, '<n>')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

export interface SignatureInput {
  workflowPath: string
  job: string
  step: string
  errorLine: string
}

export function failureSignature(input: SignatureInput): string {
  const seed = [
    'v1',
    'workflow_run',
    input.workflowPath,
    input.job,
    input.step,
    normaliseErrorLine(input.errorLine)
  ].join('|')
  return createHash('sha1').update(seed, 'utf8').digest('hex').slice(0, 16)
}
