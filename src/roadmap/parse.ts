/**
 * ROADMAP.md → units and slices (docs/specs/0000-product.md §2), with exact lines and the offsets where missing markers
 * go. remark finds the structure (headings, list items, fenced code); the texts that feed ids are
 * taken from the source lines themselves, so inline Markdown stays exactly as written.
 */
import { noUnitWarning, sectionHeadingWarnings } from './heading-warnings.js'
import type { Heading, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { roadmapBounds } from './bounds.js'
import { unified } from 'unified'
import type { Diagnostic } from '../errors.js'
import { ANY_UNIT_MARKER, STRAY_UNIT_MARKER, trailingUnitMarker } from '../loop/markers.js'
import { MAX_DECLARED_PATTERNS } from '../loop/collisions.js'
import { allocate } from './allocate.js'
import type { ParsedRoadmap, RawSlice, RawUnit } from './raw.js'
import type { SliceKind } from './types.js'

export type { ParsedRoadmap }

/**
 * Structure only needs CommonMark: GFM adds inline marks and tables, which never change which
 * lines are unit headings or slices (task-list checkboxes are stripped by a regex below), and
 * parsing without it is a third faster on big roadmaps.
 */
const processor = unified().use(remarkParse)

/**
 * Split the text before every column-0 `## ` line outside fenced code and HTML comment or raw
 * blocks. Such a line is a root-level heading in the whole document too, so parsing the chunks
 * one by one gives the same tree — and keeps parse time linear: remark slows down
 * super-linearly on one huge document (7 s instead of 0.8 s for 10,000 slices).
 */
function chunkStarts(text: string, starts: number[]): number[] {
  const chunks = [0]
  let fence: { char: string; length: number } | undefined
  let rawEnd: RegExp | undefined
  for (let l = 0; l < starts.length; l++) {
    const lineEnd = l + 1 < starts.length ? starts[l + 1] - 1 : text.length
    const line = text.slice(starts[l], lineEnd)
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined
      continue
    }
    if (rawEnd) {
      if (rawEnd.test(line)) rawEnd = undefined
      continue
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (open) {
      fence = { char: open[1][0], length: open[1].length }
      continue
    }
    if (/^ {0,3}<!--/.test(line)) {
      if (!/-->/.test(line.slice(line.indexOf('<!--') + 4))) rawEnd = /-->/
      continue
    }
    const raw = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i.exec(line)
    if (raw) {
      const end = new RegExp(`</${raw[1]}>`, 'i')
      if (!end.test(line)) rawEnd = end
      continue
    }
    // A column-0 bullet item with text starts a new top-level item in the whole document too
    // (it interrupts a paragraph and ends any item above it): parsing one long list item by item
    // keeps time linear (one unit of 2,500 items with sub-bullets took 6.6 s parsed whole).
    if (l > 0 && (/^##(?:[ \t]|\r?$)/.test(line) || /^[-*+][ \t]+\S/.test(line))) chunks.push(l)
  }
  return chunks
}

/** Shift every position in a chunk's tree to document coordinates. */
function shift(node: Nodes, lines: number, offset: number): void {
  const p = node.position
  if (p) {
    p.start.line += lines
    p.end.line += lines
    if (p.start.offset !== undefined) p.start.offset += offset
    if (p.end.offset !== undefined) p.end.offset += offset
  }
  if ('children' in node) for (const child of node.children) shift(child as Nodes, lines, offset)
}

function parseTopLevel(text: string, starts: number[]): RootContent[] {
  const lines = chunkStarts(text, starts)
  const top: RootContent[] = []
  for (let i = 0; i < lines.length; i++) {
    const from = starts[lines[i]]
    const to = i + 1 < lines.length ? starts[lines[i + 1]] : text.length
    const tree = processor.parse(text.slice(from, to)) as Root
    shift(tree, lines[i], from)
    top.push(...tree.children)
  }
  return top
}

/**
 * Plain text of the inline nodes on one line (for titles: GitHub shows titles raw), from the
 * parsed tree so that no second parse is needed. HTML (the marker) is dropped.
 */
function plainLine(children: PhrasingContent[], line: number): string {
  let out = ''
  for (const child of children) {
    if (!child.position || child.position.start.line !== line) continue
    if (child.type === 'html') continue
    out += toString(child).split('\n')[0]
  }
  return out
}

const SLICE_PREFIX = /^(doc|code):/
/** A list item that looks like a slice but is not one: `docs:`, `Code:`, `code :`, `fix:`… */
const NEAR_SLICE = /^(docs?|code|fix|feat|feature|test|tests|chore|task|spec)\s*:/i
function nearMissHint(word: string): string {
  return /^docs?$/i.test(word) || /^spec$/i.test(word) ? 'doc:' : 'code:'
}
/**
 * A trailing `(<keyword>: …)` clause — `(needs: a, b)`, or `(files: src/api/**, docs/api.md)`,
 * the paths a slice will touch (waves stay file-disjoint) — found from the line's end in one
 * pass: the clause holds no `)` but its last, so it starts at the first `(<keyword>:` after the
 * line's previous `)`. What is before it is returned without its trailing whitespace.
 */
function trailingClause(
  text: string,
  keyword: 'needs' | 'files'
): { inner: string; before: string } | undefined {
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith(')')) return undefined
  const from = trimmed.lastIndexOf(')', trimmed.length - 2) + 1
  const at = trimmed.slice(from, -1).toLowerCase().indexOf(`(${keyword}:`)
  if (at < 0) return undefined
  const start = from + at
  return {
    inner: trimmed.slice(start + keyword.length + 2, -1).trim(),
    before: trimmed.slice(0, start).trimEnd()
  }
}

/**
 * The paths of a `(files: …)` clause: split on the commas outside braces, so a brace glob
 * (`src/{api,cli}/**`) stays one pattern. One pass.
 */
export function splitPaths(inner: string): string[] {
  const out: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i]
    if (c === '{') depth++
    else if (c === '}') depth = Math.max(0, depth - 1)
    else if (i === inner.length || (c === ',' && depth === 0)) {
      out.push(inner.slice(from, i))
      from = i + 1
    }
  }
  return out.map(p => p.trim().replace(/^\.\//, '')).filter(Boolean)
}

/** An ATX heading's optional closing sequence (` ##`) cut, as `\s+#+\s*$` would, in one pass. */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd()
  let i = trimmed.length
  while (i > 0 && trimmed[i - 1] === '#') i--
  if (i === trimmed.length || i === 0 || trimmed[i - 1].trim() !== '') return text
  return trimmed.slice(0, i).trimEnd()
}

/** The trailing `(needs: …)` and `(files: …)` clauses of a slice, in either order, taken off. */
function trailingClauses(content: string): {
  content: string
  needs?: string[]
  files?: string[]
} {
  let rest = content
  let needs: string[] | undefined
  let files: string[] | undefined
  for (;;) {
    const n = needs === undefined ? trailingClause(rest, 'needs') : undefined
    if (n) {
      needs = parseNeeds(n.inner)
      rest = n.before
      continue
    }
    const f = files === undefined ? trailingClause(rest, 'files') : undefined
    if (f) {
      files = splitPaths(f.inner)
      rest = f.before
      continue
    }
    return { content: rest, ...(needs ? { needs } : {}), ...(files ? { files } : {}) }
  }
}
const EPIC = /^\[epic\]\s*/i

/** Start offset of every line, for line ↔ offset arithmetic without re-scanning. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

interface Line {
  text: string
  start: number
  /** Offset just past the line's content (before `\r\n` / `\n`). */
  end: number
}

function lineAt(text: string, starts: number[], line: number): Line {
  const start = starts[line - 1]
  let end = line < starts.length ? starts[line] - 1 : text.length
  if (end > start && text[end - 1] === '\r') end--
  return { text: text.slice(start, end), start, end }
}

/** Where a missing marker goes: after the line's content, before trailing whitespace. */
function markerInsertOffset(line: Line): number {
  return line.start + line.text.trimEnd().length
}

function isAtxLevel2(node: RootContent, text: string): node is Heading {
  if (node.type !== 'heading' || node.depth !== 2) return false
  return /^ {0,3}##(?:\s|$)/.test(
    text.slice(node.position!.start.offset!, node.position!.end.offset!)
  )
}

/** Every list item under `node`, in document order (nested lists included). */
function* listItems(node: Nodes): Generator<ListItem> {
  if (node.type === 'code') return
  if (node.type === 'listItem') yield node
  if ('children' in node) for (const child of node.children) yield* listItems(child as Nodes)
}

function codeLines(node: Nodes, into: Set<number>): void {
  if (node.type === 'code' && node.position) {
    for (let l = node.position.start.line; l <= node.position.end.line; l++) into.add(l)
    return
  }
  if ('children' in node) for (const child of node.children) codeLines(child as Nodes, into)
}

function parseNeeds(value: string): string[] {
  const parts = value
    .split(/[,;]/)
    .map(s => s.trim())
    .filter(Boolean)
  if (parts.length === 1 && (parts[0].toLowerCase() === 'none' || parts[0] === '[]')) return []
  return parts
}

/** What the line walk shares: the text, its line starts, the file, and what it found. */
interface Walk {
  text: string
  starts: number[]
  file: string
  errors: Diagnostic[]
  warnings: Diagnostic[]
}

/** What is left of a marker the trailing-marker rule did not take: malformed, or mid-line. */
function strayMarker(w: Walk, rest: string, line: number, what: string): void {
  if (STRAY_UNIT_MARKER.test(rest))
    w.errors.push({
      file: w.file,
      line,
      message: `malformed or misplaced lc:u marker in ${what}: a marker is \`<!-- lc:u=<id> -->\` at the end of the line, and ids use only letters, digits and . _ : -`
    })
}

/** A list item as a slice (its first line), a near miss as a warning, anything else nothing. */
function sliceOf(w: Walk, item: ListItem, skip: Set<number>): RawSlice | undefined {
  const { text, starts, file } = w
  const first = item.children[0]
  if (!first || first.type !== 'paragraph' || !first.position) return undefined
  const line = lineAt(text, starts, first.position.start.line)
  let content = text.slice(first.position.start.offset!, line.end).replace(/^\[[ xX]\]\s+/, '')
  const prefix = SLICE_PREFIX.exec(content)
  if (!prefix) {
    const near = NEAR_SLICE.exec(content)
    if (near)
      w.warnings.push({
        file,
        line: first.position.start.line,
        message: `"${content.slice(0, near[0].length)}" looks like a slice but is not one (slices start with \`doc:\` or \`code:\`, lower case, no space before the colon): did you mean \`${nearMissHint(near[1])}\`?`
      })
    return undefined
  }
  content = content.slice(prefix[0].length)
  const m = trailingUnitMarker(content)
  if (m) content = content.slice(0, m.index)
  strayMarker(w, content, first.position.start.line, 'this slice')
  continuation(text, starts, first, w.warnings, file)
  const clauses = trailingClauses(content)
  if (clauses.files && clauses.files.length > MAX_DECLARED_PATTERNS)
    w.warnings.push({
      file,
      line: first.position.start.line,
      message: `this slice declares ${clauses.files.length} paths in (files: …): more than ${MAX_DECLARED_PATTERNS} are judged as touching any file, so it never shares a wave; declare the folders instead (src/api/**)`
    })
  skip.add(first.position.start.line)
  const plainText = trailingClauses(
    plainLine(first.children, first.position.start.line)
      .replace(/^\[[ xX]\]\s+/, '')
      .replace(SLICE_PREFIX, '')
  )
    .content.replace(/\s+/g, ' ')
    .trim()
  return {
    kind: prefix[1] as SliceKind,
    text: clauses.content.trim(),
    plain: plainText,
    ...(clauses.needs ? { needs: clauses.needs } : {}),
    ...(clauses.files ? { files: clauses.files } : {}),
    ...(m ? { marker: m.id } : {}),
    line: first.position.start.line,
    markerOffset: markerInsertOffset(line)
  }
}

/** A unit's heading: its title (the marker and closing hashes cut), plain title, epic flag. */
function headingOf(w: Walk, node: Heading) {
  const headingLine = lineAt(w.text, w.starts, node.position!.start.line)
  let raw = headingLine.text.replace(/^ {0,3}##\s*/, '')
  const marker = trailingUnitMarker(raw)
  if (marker) raw = raw.slice(0, marker.index)
  raw = withoutClosingHashes(raw).trim()
  strayMarker(w, raw, node.position!.start.line, 'this unit heading')
  const epic = EPIC.test(raw)
  const title = epic ? raw.replace(EPIC, '').trim() : raw
  let plain = withoutClosingHashes(plainLine(node.children, node.position!.start.line))
    .replace(/\s+/g, ' ')
    .trim()
  if (epic) plain = plain.replace(EPIC, '').trim()
  return { headingLine, marker, epic, title, plain }
}

/** The unit whose heading is `top[i]`: it runs to the next level-2 heading. */
function unitAt(w: Walk, top: RootContent[], i: number): RawUnit {
  const { text, starts } = w
  const node = top[i] as Heading
  const heading = headingOf(w, node)
  let j = i + 1
  while (j < top.length && !isAtxLevel2(top[j], text)) j++
  const lastLine = j < top.length ? top[j].position!.start.line - 1 : starts.length
  const body = top.slice(i + 1, j)
  const skip = new Set<number>()
  for (const child of body) codeLines(child, skip)
  const slices = body.flatMap(child =>
    [...listItems(child)].flatMap(item => sliceOf(w, item, skip) ?? [])
  )
  // The intent: every line of the unit that is not a slice or code, markers removed.
  const intentLines: string[] = []
  for (let l = node.position!.start.line + 1; l <= lastLine; l++) {
    if (skip.has(l)) continue
    intentLines.push(lineAt(text, starts, l).text.replace(ANY_UNIT_MARKER, '').trimEnd())
  }
  w.warnings.push(
    ...sectionHeadingWarnings(
      text,
      w.file,
      heading.title,
      body,
      slices.map(s => s.line)
    )
  )
  if (!slices.length && !heading.epic)
    w.warnings.push({
      file: w.file,
      line: node.position!.start.line,
      message: `unit "${heading.title.slice(0, 200)}" has no slices, so compile creates nothing for it: add \`- doc:\` or \`- code:\` items, or mark it \`[epic]\``
    })
  return {
    title: heading.title,
    plainTitle: heading.plain || heading.title,
    epic: heading.epic,
    ...(heading.marker ? { marker: heading.marker.id } : {}),
    line: node.position!.start.line,
    markerOffset: markerInsertOffset(heading.headingLine),
    intent: intentLines.join('\n').replace(/^\n+|\n+$/g, ''),
    slices
  }
}

/** Parse roadmap text. Structural problems become diagnostics; ids are allocated here. */
export function parseRoadmap(text: string, file = 'ROADMAP.md'): ParsedRoadmap {
  const bounds = roadmapBounds(text, file)
  if (bounds.length) return { units: [], slices: [], diagnostics: bounds, warnings: [] }
  const w: Walk = { text, starts: lineStarts(text), file, errors: [], warnings: [] }
  const top = parseTopLevel(text, w.starts)
  const raws = top.flatMap((node, i) => (isAtxLevel2(node, text) ? [unitAt(w, top, i)] : []))
  if (!raws.length && text.trim()) w.warnings.push(noUnitWarning(text, file, top))
  const allocated = allocate(raws, file)
  return {
    ...allocated,
    diagnostics: [...w.errors, ...allocated.diagnostics],
    warnings: w.warnings
  }
}

/**
 * A slice is its first line (loopcoder's rule); a paragraph that wraps onto more lines is a
 * likely mistake, and a `(needs: …)` on a continuation line is silently not a dependency.
 */
function continuation(
  text: string,
  starts: number[],
  first: { position?: { start: { line: number }; end: { line: number } } },
  warnings: Diagnostic[],
  file: string
): void {
  const { start, end } = first.position!
  if (end.line <= start.line) return
  warnings.push({
    file,
    line: start.line,
    message: `this slice continues on line ${start.line + 1}: only its first line is the slice (the rest goes to the unit's intent); join the lines if they belong together`
  })
  for (let l = start.line + 1; l <= end.line; l++)
    if (/\(needs:/i.test(lineAt(text, starts, l).text))
      warnings.push({
        file,
        line: l,
        message: `a (needs: …) on line ${l}, a continuation of the slice on line ${start.line}, is ignored: put it at the end of the slice's first line`
      })
}
