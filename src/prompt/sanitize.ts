/**
 * Issue text is untrusted input to a coding agent: strip what a human reviewer cannot see
 * (HTML comments, zero-width and bidirectional control characters), normalise line ends, and cap
 * the size (cut on a UTF-8 boundary, with a visible marker).
 */

/** Zero-width characters and bidi controls (the "Trojan Source" set) and the BOM. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g

export const UNTRUSTED_LIMIT_BYTES = 16 * 1024

export function cutUtf8(text: string, bytes: number): string {
  const buf = Buffer.from(text, 'utf8')
  if (buf.length <= bytes) return text
  let end = bytes
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--
  return buf.subarray(0, end).toString('utf8')
}

export function sanitizeUntrusted(
  text: string,
  limit = UNTRUSTED_LIMIT_BYTES
): { text: string; omittedBytes: number } {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(INVISIBLE, '')
    .trim()
  const size = Buffer.byteLength(clean, 'utf8')
  if (size <= limit) return { text: clean, omittedBytes: 0 }
  const cut = cutUtf8(clean, limit)
  const omitted = size - Buffer.byteLength(cut, 'utf8')
  return {
    text: `${cut}\n[TRUNCATED untrusted issue text: omitted ${omitted} bytes]`,
    omittedBytes: omitted
  }
}
