/**
 * Waves that do not collide: new work whose slice declares paths (`(files: …)`) waits while work
 * in flight touches them — the paths its pull request changed, or the paths its own slice
 * declared — or while another member of this wave declared them. Asked last, so a candidate that
 * has no slot says so, and one that waits leaves its slot to the next.
 */
import { changedOverlap, declaredOverlap } from '../../loop/collisions.js'
import type { Rule } from './types.js'

export const collisionRule: Rule = {
  name: 'collision',
  check(c, ctx, tally) {
    if (c.kind !== 'new' || !c.files?.length) return undefined
    for (const t of ctx.touching) {
      if (t.issue === c.issue) continue
      const hit =
        (t.changed ? changedOverlap(c.files, t.changed) : undefined) ??
        (t.declared ? declaredOverlap(c.files, t.declared) : undefined)
      if (hit)
        return `waits: touches ${hit} like #${t.issue}${t.pull !== undefined ? ` (pull request #${t.pull})` : ''}, in flight`
    }
    for (const w of tally.files) {
      const hit = declaredOverlap(c.files, w.files)
      if (hit) return `waits: touches ${hit} like #${w.issue}, in this wave`
    }
    return undefined
  }
}
