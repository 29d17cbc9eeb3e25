/**
 * Hidden unit-id markers: `<!-- lc:u=<id> -->`. Ids are loopcoder's, byte for byte, so a
 * repository managed by loopcoder keeps its issues when it switches to this action.
 */
import { createHash } from 'node:crypto'

export const MARKER_ID = /[A-Za-z0-9._:-]+/
/** A marker at the end of a line (with the whitespace before it). */
export const TRAILING_MARKER = /\s*<!--\s*lc:u=([A-Za-z0-9._:-]+)\s*-->\s*$/
/** Any marker, anywhere (for stripping from intent text and finding markers in bodies). */
export const ANY_MARKER = /<!--\s*lc:u=([A-Za-z0-9._:-]+)\s*-->/g

export function markerComment(id: string): string {
  return `<!-- lc:u=${id} -->`
}

/** The id in an issue body's marker, if it has one. */
export function markerIdOf(body: string | null | undefined): string | undefined {
  const match = /<!--\s*lc:u=([A-Za-z0-9._:-]+)\s*-->/.exec(body ?? '')
  return match?.[1]
}

function sha1Id(seed: string): string {
  return `lc-${createHash('sha1').update(seed, 'utf8').digest('hex').slice(0, 12)}`
}

/**
 * The id for `seed`, retried with `:2`, `:3`, … while it collides with an id in use.
 * Adds the chosen id to `inUse`.
 */
export function allocateId(seed: string, inUse: Set<string>): string {
  let id = sha1Id(seed)
  for (let n = 2; inUse.has(id); n++) id = sha1Id(`${seed}:${n}`)
  inUse.add(id)
  return id
}

export function unitSeed(order: number, title: string): string {
  return `unit:${order}:${title}`
}

export function sliceSeed(unitId: string, order: number, kind: string, text: string): string {
  return `slice:${unitId}:${order}:${kind}:${text}`
}

/** Unit slug: lower-cased, every run outside [a-z0-9] collapsed to `-`, trimmed; `unit` if empty. */
export function unitSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'unit'
}
