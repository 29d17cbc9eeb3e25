/**
 * Sanitising, in one place. Untrusted text (issue and PR text, CI logs, review findings) on its
 * way to an agent: strip what
 * a human reviewer cannot see (HTML comments, zero-width, bidirectional and other format
 * characters, Unicode tag characters, variation selectors), normalise line ends, cap the size
 * (cut on a UTF-8 boundary, with a visible marker), and delimit it with fences the text cannot
 * forge (a fresh random nonce per block). Text the loop writes to GitHub: @mentions and HTML
 * comments neutralised, so it notifies no one and can never pass for one of the loop's markers.
 */
import { randomBytes } from 'node:crypto'
/**
 * Invisible characters: zero-width and bidi controls (the "Trojan Source" set), the Arabic letter
 * mark U+061C, the BOM, the soft hyphen, Unicode tag characters (U+E0000–E007F, "ASCII smuggling")
 * and variation selectors (U+FE00–FE0F, U+E0100–E01EF).
 */
const INVISIBLE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- the selectors are listed to strip them
  '[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\u00AD\\u061C\\u180E' +
    '\\u{FE00}-\\u{FE0F}\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}]',
  'gu'
)

import { cutUtf8, truncatedLine } from './cut.js'

export const UNTRUSTED_LIMIT_BYTES = 16 * 1024

/** Invisible characters removed (nothing else). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
}

/**
 * Invisible characters and hidden HTML comments removed, line ends normalised. Invisible
 * characters go first, so none can split a `<!--` that re-forms after the comments are gone.
 */
export function visibleText(text: string): string {
  return stripInvisible(text.replace(/\r\n?/g, '\n')).replace(/<!--[\s\S]*?(?:-->|$)/g, '')
}

export function sanitizeUntrusted(
  text: string,
  limit = UNTRUSTED_LIMIT_BYTES,
  what = 'untrusted issue text'
): { text: string; omittedBytes: number } {
  const clean = visibleText(text).trim()
  const size = Buffer.byteLength(clean, 'utf8')
  if (size <= limit) return { text: clean, omittedBytes: 0 }
  const cut = cutUtf8(clean, limit)
  const omitted = size - Buffer.byteLength(cut, 'utf8')
  return { text: `${cut}\n${truncatedLine(what, omitted, 'bytes')}`, omittedBytes: omitted }
}

/**
 * Untrusted text between BEGIN and END lines that carry a random nonce, so text that contains an
 * END line of its own cannot close the block early: only the line with this nonce does.
 */
export function untrustedBlock(kind: string, text: string, nonce = newNonce()): string {
  // Look-alike delimiters inside are defused too, so none can even seem to close the block.
  const defused = text.replace(/<<<(\s*(?:BEGIN|END) UNTRUSTED)/gi, '<<‹$1')
  return [
    `<<<BEGIN UNTRUSTED ${kind} ${nonce}>>>`,
    defused,
    `<<<END UNTRUSTED ${kind} ${nonce}>>>`
  ].join('\n')
}

export function newNonce(): string {
  return randomBytes(6).toString('hex')
}

/**
 * Neutralise @mentions (users and teams) so that text the action writes never notifies anyone:
 * a zero-width space after the `@` keeps it readable. E-mail addresses are left alone.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(
    /(^|[^\w`@])@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9_.-]+)?)/g,
    '$1@\u200b$2'
  )
}

/**
 * Text the loop copies into a body (CI logs, issue text, findings) can carry `<!-- … -->`: made
 * visible and inert (`<!- -`), so it can never be read as one of the loop's markers.
 */
export function neutralizeComments(text: string): string {
  return text.replace(/<!--/g, '<!- -')
}
