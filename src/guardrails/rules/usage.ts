/**
 * Token and cost caps per rolling window, from the attestation ledger. Fail closed: with a cap
 * set, a worker pull request without any usage record stops dispatch, and attempts still in flight
 * count at the mean cost of an attested attempt (one at a time while there is none to go by).
 */
import type { GuardContext, Rule, Tally } from './types.js'

const money = (n: number) => `$${n.toFixed(2)}`

function capped(ctx: GuardContext): { tokens?: number; cost?: number } {
  const b = ctx.config.guardrails.budget
  return {
    ...(b.max_total_tokens !== undefined ? { tokens: b.max_total_tokens } : {}),
    ...(b.max_total_cost_usd !== undefined ? { cost: b.max_total_cost_usd } : {})
  }
}

function overCap(ctx: GuardContext, tally: Tally): string | undefined {
  const caps = capped(ctx)
  const { usage } = ctx
  const pending = ctx.unattested + tally.all
  const per = usage.per_attempt
  if (!per && pending >= 1)
    return `usage unknown: no attempt has a usage record yet, so with a cap set one attempt goes at a time (${pending} in flight without a record)`
  const h = usage.window_hours
  if (caps.cost !== undefined) {
    const projected = usage.cost_usd + pending * (per?.cost_usd ?? 0)
    if (projected >= caps.cost)
      return `cost ${money(usage.cost_usd)} of ${money(caps.cost)} in ${h} h${pending ? ` (+ ~${money(pending * per!.cost_usd)} for ${pending} attempt(s) without a record yet)` : ''}`
  }
  if (caps.tokens !== undefined) {
    const projected = usage.tokens + pending * (per?.tokens ?? 0)
    if (projected >= caps.tokens)
      return `tokens ${usage.tokens} of ${caps.tokens} in ${h} h${pending ? ` (+ ~${Math.round(pending * per!.tokens)} for ${pending} attempt(s) without a record yet)` : ''}`
  }
  return undefined
}

export const usageRule: Rule = {
  name: 'usage',
  check(_c, ctx, tally) {
    const caps = capped(ctx)
    if (caps.tokens === undefined && caps.cost === undefined) return undefined
    if (ctx.missingEvidence.length) {
      const prs = ctx.missingEvidence.map(m => `#${m.pull} (for #${m.issue})`).join(', ')
      return `no usage evidence for worker pull request ${prs}: with a token or cost cap set, dispatch stops until its worker adds a <!-- lc:attest {json} --> record (docs/reference/state-and-guardrails.md)`
    }
    return overCap(ctx, tally)
  }
}
