/**
 * The one way text is cut to fit (pure): by characters — UTF-16 code units, as GitHub counts
 * them — never inside a surrogate pair, or by UTF-8 bytes never inside a character; and, where a
 * reader must know text is missing, with a visible `[TRUNCATED what: omitted N …]` line.
 */

/** `text` cut to at most `max` characters, never between the halves of a surrogate pair. */
export function cutChars(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(max, 0)
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--
  return text.slice(0, end)
}

/** `text` cut to at most `bytes` UTF-8 bytes, never inside a character. */
export function cutUtf8(text: string, bytes: number): string {
  const buf = Buffer.from(text, 'utf8')
  if (buf.length <= bytes) return text
  let end = Math.max(bytes, 0)
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--
  return buf.subarray(0, end).toString('utf8')
}

/** The line that says what a cut left out. */
export function truncatedLine(what: string, omitted: number, unit: 'bytes' | 'characters'): string {
  return `[TRUNCATED ${what}: omitted ${omitted} ${unit}]`
}

/** `text` cut to `bytes` with a visible `[TRUNCATED what: omitted N bytes]` line when cut. */
export function cutMarked(text: string, bytes: number, what: string): string {
  const size = Buffer.byteLength(text, 'utf8')
  if (size <= bytes) return text
  const marker = (n: number) => `\n${truncatedLine(what, n, 'bytes')}`
  const cut = cutUtf8(text, bytes - Buffer.byteLength(marker(size)))
  return `${cut}${marker(size - Buffer.byteLength(cut, 'utf8'))}`
}

/** `text` cut to `max` characters, then a blank line and what was left out (which may exceed `max`). */
export function cutCharsMarked(text: string, max: number, what: string): string {
  const cut = cutChars(text, max)
  return cut === text
    ? text
    : `${cut}\n\n${truncatedLine(what, text.length - cut.length, 'characters')}`
}
