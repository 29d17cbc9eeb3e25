/**
 * A bounded log excerpt around the first error: a window of lines, capped in bytes (cut on a
 * UTF-8 boundary), timestamps stripped, mentions and HTML comments neutralised, invisible
 * characters removed, fenced so nothing in it renders.
 */
import { cutUtf8 } from '../text/cut.js'
import { stripInvisible } from '../text/sanitize.js'
import { neutralizeComments, neutralizeMentions } from '../text/sanitize.js'
import { firstErrorLine, stripLogPrefix } from './signature.js'

export const EXCERPT_BYTES = 4096
const BEFORE = 15
const AFTER = 15

export interface Excerpt {
  errorLine: string
  /** The fenced block, ready for an issue body. */
  markdown: string
  truncated: boolean
}

export function logExcerpt(log: string, maxBytes = EXCERPT_BYTES): Excerpt {
  // Only the lines near the first error are ever looked at, so a huge log costs one split.
  const lines = log.split(/\r?\n/)
  const at = firstErrorLine(lines)
  if (at < 0) return { errorLine: '', markdown: '_The job log was empty._', truncated: false }
  const from = Math.max(0, at - BEFORE)
  const window = lines.slice(from, at + AFTER + 1).map(l =>
    stripLogPrefix(l)
      // eslint-disable-next-line no-control-regex -- ANSI colour codes in CI logs
      .replace(/\x1b\[[0-9;]*m/g, '')
      .slice(0, 500)
  )
  let text = neutralizeComments(neutralizeMentions(stripInvisible(window.join('\n'))))
  // Keep the error line itself inside the budget: trim from the front first.
  let truncated = from > 0 || at + AFTER + 1 < lines.length
  while (Buffer.byteLength(text, 'utf8') > maxBytes && text.includes('\n')) {
    text = text.slice(text.indexOf('\n') + 1)
    truncated = true
  }
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    text = cutUtf8(text, maxBytes)
    truncated = true
  }
  const longestFence = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longestFence + 1)
  return {
    errorLine: stripLogPrefix(lines[at]),
    markdown: `${fence}text\n${text}\n${fence}${truncated ? '\n_Excerpt of the job log around the first error; the full log is linked above._' : ''}`,
    truncated
  }
}
