/** Small Markdown helpers shared by everything that writes to GitHub or the job summary. */
import { COMMENT_ROOM_CHARS, STEP_SUMMARY_LIMIT_BYTES } from '../github/limits.js'
import { cutUtf8 } from '../text/cut.js'

/** A table cell: no pipes or newlines, optionally shortened (never inside a surrogate pair). */
export function cell(text: string, max = 120): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
  if (flat.length <= max) return flat
  const chars = Array.from(flat)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat
}

/**
 * A file name a worker chose, shown as inline code on one line: any name outside a plain set of
 * characters is written escaped (JSON's escapes, and `<`, `>` and the backtick as \u escapes), so
 * no name can break out of its code span, start a line, or read as a hidden marker.
 */
export function codePath(path: string): string {
  if (/^[\w./@+,=~ -]+$/.test(path) && !path.startsWith(' ') && !path.endsWith(' '))
    return `\`${path}\``
  const escaped = JSON.stringify(path)
    .slice(1, -1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/`/g, '\\u0060')
  return `\`${escaped}\``
}

export function table(header: string[], rows: string[][]): string {
  if (!rows.length) return ''
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * A table of at most `maxChars` characters: the rows that fit, then `more(n)` for the `n` left
 * out — so a long plan is shortened visibly instead of being refused by GitHub.
 */
export function boundedTable(
  header: string[],
  rows: string[][],
  maxChars: number,
  more: (left: number) => string
): string {
  const full = table(header, rows)
  if (full.length <= maxChars) return full
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const lines = [line(header), line(header.map(() => '---'))]
  let used = lines.join('\n').length + more(rows.length).length + 2
  let shown = 0
  for (const row of rows) {
    const next = line(row)
    if (used + next.length + 1 > maxChars) break
    lines.push(next)
    used += next.length + 1
    shown++
  }
  return `${shown ? lines.join('\n') : ''}\n\n${more(rows.length - shown)}`.trim()
}

/**
 * `head` followed by `tail` within `limit` characters: the tail — the newest part, e.g. this
 * attempt's note and its attestation record — always whole; the head cut at its end, visibly and
 * never inside a character, when both do not fit.
 */
export function keepTail(head: string, tail: string, limit = COMMENT_ROOM_CHARS): string {
  if (head.length + tail.length <= limit) return `${head}${tail}`
  const note = "\n\n[… cut here to stay under GitHub's body limit]"
  const room = Math.max(0, limit - tail.length - note.length)
  let cut = head.slice(0, room)
  // A cut between the halves of a surrogate pair leaves a lone high surrogate: drop it.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}${note}${tail}`.slice(0, limit)
}

/**
 * The job summary within GitHub's 1 MiB: cut at a line boundary with a visible note (the JSON
 * report keeps everything).
 */
export function fitSummary(markdown: string, limit = STEP_SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown
  const note =
    '\n\n_[TRUNCATED summary: it is over GitHub’s 1 MiB limit; the `report` output has everything]_\n'
  const cut = cutUtf8(markdown, limit - Buffer.byteLength(note))
  return `${cut.slice(0, cut.lastIndexOf('\n'))}${note}`
}

export function issueLink(number: number | undefined): string {
  return number === undefined ? '—' : `#${number}`
}
