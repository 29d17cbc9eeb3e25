/** The rules, in the order they are asked: what stops everything first, per-issue limits last. */
import { apiRule } from './api.js'
import { attemptsRule } from './attempts.js'
import { breakerRule } from './breaker.js'
import { collisionRule } from './collision.js'
import { perTickRule } from './per-tick.js'
import { reviewRule } from './review.js'
import { slotsRule } from './slots.js'
import type { Candidate, GuardContext, Rule, Tally } from './types.js'
import { usageRule } from './usage.js'
import { windowRule } from './window.js'

export const RULES: readonly Rule[] = [
  attemptsRule,
  breakerRule,
  usageRule,
  apiRule,
  windowRule,
  reviewRule,
  perTickRule,
  slotsRule,
  collisionRule
]

export interface Decision {
  issue: number
  kind: Candidate['kind']
  allowed: boolean
  rule?: string
  reason?: string
}

/** Run candidates in order through the rules; the allowed ones count against the later ones. */
export function gate(candidates: readonly Candidate[], ctx: GuardContext): Decision[] {
  const tally: Tally = { all: 0, new: 0, files: [] }
  return candidates.map(c => {
    for (const rule of RULES) {
      const reason = rule.check(c, ctx, tally)
      if (reason) return { issue: c.issue, kind: c.kind, allowed: false, rule: rule.name, reason }
    }
    tally.all++
    if (c.kind === 'new') tally.new++
    if (c.kind === 'new' && c.files?.length) tally.files.push({ issue: c.issue, files: c.files })
    return { issue: c.issue, kind: c.kind, allowed: true }
  })
}

export type { Candidate, GuardContext } from './types.js'
