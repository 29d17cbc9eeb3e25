/** Small Markdown helpers shared by everything that writes to GitHub or the job summary. */

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

/** A table cell: no pipes or newlines, optionally shortened (never inside a surrogate pair). */
export function cell(text: string, max = 120): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
  if (flat.length <= max) return flat
  const chars = Array.from(flat)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat
}

/**
 * Text the loop copies into a body (CI logs, issue text, findings) can carry `<!-- … -->`: made
 * visible and inert (`<!- -`), so it can never be read as one of the loop's markers.
 */
export function neutralizeComments(text: string): string {
  return text.replace(/<!--/g, '<!- -')
}

export function table(header: string[], rows: string[][]): string {
  if (!rows.length) return ''
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function issueLink(number: number | undefined): string {
  return number === undefined ? '—' : `#${number}`
}
