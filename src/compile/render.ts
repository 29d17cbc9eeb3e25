/**
 * What compile writes for a slice: title, body and labels (docs/specs/0000-product.md §3). Pure. The body keeps
 * loopcoder's field lines so either tool can read the other's issues.
 */
import { fitTitle, ISSUE_BODY_ROOM_CHARS } from '../github/limits.js'
import { cutChars } from '../text/cut.js'
import { BLOCKED_BY_PREFIX, LABEL_EPIC, LABEL_UNIT } from '../loop/labels.js'
import { unitMarker } from '../loop/markers.js'
import type { Slice, Unit } from '../roadmap/types.js'
import { neutralizeMentions } from '../text/sanitize.js'
import { kindLine, refLine } from '../loop/fields.js'

const TRUNCATED = '\n\n[… intent truncated by Delivery Loop: see the roadmap for the full text]'
/** A slice line or unit title this long is almost surely a mistake; keep the body writable. */
const SLICE_TEXT_LIMIT = 16000
const UNIT_TITLE_LIMIT = 1000

/** `text` cut to `limit` characters (never inside a surrogate pair), visibly. */
function capped(text: string, limit: number, what: string): string {
  const cut = cutChars(text, limit)
  if (cut === text) return text
  return `${cut}… [${what} truncated by Delivery Loop: ${text.length - cut.length} more characters in the roadmap]`
}

export interface RenderContext {
  /** `https://github.com/owner/repo/blob/<default branch>/<roadmap path>`; omitted offline. */
  roadmapUrl?: string
}

/** The line that links to the roadmap; ignored when comparing bodies (line numbers drift). */
export const ROADMAP_LINK_LINE = /^Roadmap line: .*$/m

export function sliceTitle(slice: Slice): string {
  const prefix = slice.kind === 'doc' ? 'Doc' : 'Code'
  return fitTitle(`${prefix}: ${slice.plain}`)
}

export function epicTitle(unit: Unit): string {
  return fitTitle(`Epic: ${unit.plainTitle}`)
}

function fitIntent(head: string, intent: string, tail: string): string {
  const room = ISSUE_BODY_ROOM_CHARS - head.length - tail.length
  if (intent.length <= room) return intent
  return cutChars(intent, room - TRUNCATED.length) + TRUNCATED
}

export function sliceBody(
  slice: Slice,
  unit: Unit,
  blockedBy: number[],
  ctx: RenderContext
): string {
  const head = [
    unitMarker(slice.id),
    refLine(capped(slice.ref, UNIT_TITLE_LIMIT, 'ref')),
    kindLine(slice.kind),
    `Unit: ${capped(unit.title, UNIT_TITLE_LIMIT, 'unit title')}`,
    `Blocked by: ${blockedBy.length ? blockedBy.map(n => `#${n}`).join(', ') : 'none'}`,
    '',
    '## Intent',
    '',
    ''
  ].join('\n')
  const text = capped(slice.text, SLICE_TEXT_LIMIT, 'slice text')
  return assemble(head, unit, ['## Slice', '', text], slice.line, ctx)
}

export function epicBody(unit: Unit, ctx: RenderContext): string {
  const head = [
    unitMarker(unit.id),
    refLine(capped(unit.slug, UNIT_TITLE_LIMIT, 'ref')),
    kindLine('epic'),
    `Unit: ${capped(unit.title, UNIT_TITLE_LIMIT, 'unit title')}`,
    '',
    '## Intent',
    '',
    ''
  ].join('\n')
  return assemble(
    head,
    unit,
    ['## Slices', '', 'The slices of this epic are its sub-issues.'],
    unit.line,
    ctx
  )
}

/** Head, the unit's intent (fitted to the size limit), a closing section and the roadmap link. */
function assemble(
  head: string,
  unit: Unit,
  section: string[],
  line: number,
  ctx: RenderContext
): string {
  const tail = [
    '',
    '',
    ...section,
    ...(ctx.roadmapUrl ? ['', `Roadmap line: ${ctx.roadmapUrl}#L${line}`] : []),
    ''
  ].join('\n')
  return neutralizeMentions(
    head + fitIntent(head, unit.intent || '_No intent text in the roadmap._', tail) + tail
  )
}

/** Labels compile requires on a slice issue (others on the issue are left alone). */
export function sliceLabels(unit: Unit, blockedBy: number[]): string[] {
  return [
    LABEL_UNIT,
    ...(unit.epic ? [LABEL_EPIC] : []),
    ...blockedBy.map(n => `${BLOCKED_BY_PREFIX}${n}`)
  ]
}

/** Bodies equal apart from the roadmap link line (which moves whenever lines above move). */
export function sameBody(a: string | null, b: string): boolean {
  const norm = (s: string) => s.replace(ROADMAP_LINK_LINE, '').replace(/\r\n/g, '\n').trimEnd()
  return norm(a ?? '') === norm(b)
}
