/**
 * Judge the reviewer's verdict file (pure). A verdict that cannot be trusted as written — missing,
 * too big, not JSON, off-schema, without evidence, self-contradictory, for another head, or from
 * the worker's own provider when a distinct reviewer is required — becomes `needs-human` with the
 * exact reason. A malformed verdict is a normal outcome, never a failed step.
 */
import type { ValidateFunction } from 'ajv'
import { validate as precompiled } from '../generated/verdict-validator.js'
import type { Verdict } from '../loop/pulls.js'
import type { ReviewerVerdict } from './verdict-schema.js'

/** Precompiled from `verdictSchema` by `npm run schema`. */
const verdictValidator = () => precompiled as unknown as ValidateFunction<ReviewerVerdict>

/** The verdict file as the mode found it. */
export type VerdictFile =
  | { kind: 'missing'; path: string }
  | { kind: 'too-big'; path: string; bytes: number; limit: number }
  | { kind: 'bytes'; path: string; bytes: Buffer }

export interface VerdictContext {
  /** The pull request's current head. */
  headSha: string
  /** The head the review was made for, when the workflow says (the `head-sha` input). */
  reviewedSha?: string
  requireDistinctReviewer: boolean
  /** The worker's provider and where that came from; undefined when nothing says. */
  worker?: { provider: string; from: string }
}

export interface VerdictJudgement {
  outcome: Verdict
  /** Why the outcome is what it is: empty for a clean pass or fail. */
  reasons: string[]
  /** The parsed verdict, when it parsed and matched the schema. */
  verdict?: ReviewerVerdict
}

const short = (sha: string) => sha.slice(0, 7)

function parse(file: VerdictFile): { verdict?: ReviewerVerdict; problem?: string } {
  if (file.kind === 'missing')
    return { problem: `the reviewer wrote no verdict file at ${file.path}` }
  if (file.kind === 'too-big')
    return {
      problem: `the verdict file is ${file.bytes} bytes, over verification.max_verdict_bytes (${file.limit}); it was not read`
    }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).replace(/^\uFEFF/, '')
  } catch {
    return { problem: 'the verdict file is not UTF-8 text' }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { problem: `the verdict is not valid JSON: ${(error as Error).message}` }
  }
  const validate = verdictValidator()
  if (!validate(data)) {
    const why = (validate.errors ?? [])
      .slice(0, 5)
      .map(e => {
        const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues
        return `${e.instancePath || '(root)'} ${e.message}${allowed ? ` (${allowed.join(', ')})` : ''}`
      })
      .join('; ')
    return { problem: `the verdict does not match the verdict schema: ${why}` }
  }
  return { verdict: data }
}

/** Reasons a well-formed verdict still cannot stand as the reviewer wrote it. */
function contradictions(v: ReviewerVerdict, ctx: VerdictContext): string[] {
  const reasons: string[] = []
  if (!v.evidence.trim())
    reasons.push('the evidence is empty: a verdict must say what the reviewer checked')
  const blocker = v.findings.findIndex(f => f.severity === 'blocker')
  if (v.verdict === 'pass' && blocker >= 0)
    reasons.push(`the verdict is pass, but finding ${blocker + 1} is a blocker`)
  for (const sha of [v.head_sha, ctx.reviewedSha]) {
    if (sha && !ctx.headSha.toLowerCase().startsWith(sha.toLowerCase())) {
      reasons.push(
        `the verdict is for ${short(sha)}, but the head of the pull request is now ${short(ctx.headSha)}: review the new head`
      )
      break
    }
  }
  if (ctx.requireDistinctReviewer) {
    if (!ctx.worker)
      reasons.push(
        "verification.require_distinct_reviewer is on, but the worker's provider is unknown: the pull request has no worker attestation and adapters.worker is not set"
      )
    else if (ctx.worker.provider.trim().toLowerCase() === v.reviewer.provider.trim().toLowerCase())
      reasons.push(
        `the reviewer's provider ${v.reviewer.provider} is the worker's (${ctx.worker.from}); verification.require_distinct_reviewer asks for another provider`
      )
  }
  return reasons
}

export function judgeVerdict(file: VerdictFile, ctx: VerdictContext): VerdictJudgement {
  const { verdict, problem } = parse(file)
  if (!verdict) return { outcome: 'needs-human', reasons: [problem!] }
  const reasons = contradictions(verdict, ctx)
  if (reasons.length) return { outcome: 'needs-human', reasons, verdict }
  if (verdict.verdict === 'needs-human')
    return { outcome: 'needs-human', reasons: ['the reviewer asked for a human'], verdict }
  return { outcome: verdict.verdict, reasons: [], verdict }
}
