/**
 * Hidden unit-id markers: `<!-- lc:u=<id> -->`. Ids are loopcoder's, byte for byte, so a
 * repository managed by loopcoder keeps its issues when it switches to this action.
 */
import { hash } from 'node:crypto'

/** One-shot `hash` (Node ≥ 20.12): a third of `createHash`'s cost, 10,000 times per big roadmap. */
function sha1Id(seed: string): string {
  return `lc-${hash('sha1', seed, 'hex').slice(0, 12)}`
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
