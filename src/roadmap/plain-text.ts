/**
 * Inline Markdown → plain text for issue titles: GitHub shows titles raw, so `**bold**`, code
 * spans and links are rendered to their text.
 */
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm)

export function plainText(markdown: string): string {
  // Fast path: nothing that Markdown would change.
  if (!/[*_`[\]<>~\\!&]/.test(markdown)) return markdown.trim()
  return toString(processor.parse(markdown)).replace(/\s+/g, ' ').trim()
}
