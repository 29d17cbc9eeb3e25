/**
 * What a roadmap may be before anything parses it (linear time, no parser): a size and a nesting
 * depth. A Markdown parser slows down super-linearly on deep nesting — 4,000 list markers on one
 * line took 10 s and overflowed the stack, 300 lines of ever deeper indentation took 3 s — and a
 * roadmap arrives from the default branch or from anyone's pull request. Real roadmaps nest two or
 * three levels; these bounds are far above that and far below what hurts.
 */
import type { Diagnostic } from '../errors.js'

/** Bytes of roadmap text (a 50,000-slice roadmap is about 4 MiB). */
export const MAX_ROADMAP_BYTES = 8 * 1024 * 1024
/** Container levels one line may open: list markers and `>` on it, plus its indentation / 2. */
export const MAX_NESTING = 32

const LEADING_CONTAINERS = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)[ \t]*)+/
const CONTAINER = /(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)/g

/** Columns of leading whitespace (a tab advances to the next multiple of 4, as in CommonMark). */
function indentOf(line: string): number {
  let col = 0
  for (const ch of line) {
    if (ch === ' ') col++
    else if (ch === '\t') col += 4 - (col % 4)
    else break
  }
  return col
}

/** How many container levels a line opens or sits in, as far as its own text shows. */
export function nestingOf(line: string): number {
  const lead = LEADING_CONTAINERS.exec(line)?.[0] ?? ''
  return (lead.match(CONTAINER)?.length ?? 0) + Math.floor(indentOf(line) / 2)
}

/** The bounds a roadmap breaks, each with its line; empty when it may be parsed. */
export function roadmapBounds(text: string, file: string): Diagnostic[] {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_ROADMAP_BYTES)
    return [
      {
        file,
        line: 1,
        message: `the roadmap is ${bytes} bytes, over the limit of ${MAX_ROADMAP_BYTES}: split it or move detail into linked documents`
      }
    ]
  let line = 0
  for (let at = 0; at <= text.length; line++) {
    const end = text.indexOf('\n', at)
    const stop = end === -1 ? text.length : end
    // Only the line's start matters: look at no more of it than the deepest allowed prefix.
    const depth = nestingOf(text.slice(at, Math.min(stop, at + 8 * MAX_NESTING + 64)))
    if (depth > MAX_NESTING)
      return [
        {
          file,
          line: line + 1,
          message: `this line nests more than ${MAX_NESTING} levels deep (lists, quotes and indentation): flatten it`
        }
      ]
    if (end === -1) break
    at = end + 1
  }
  return []
}
