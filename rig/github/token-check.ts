/**
 * A scoped token (a job's GITHUB_TOKEN, an App installation token) may do only what its
 * permissions grant: what a request needs (scopes.ts), and — without `workflows: write` — no
 * change to a workflow file (workflow-guard.ts). GitHub's answers when it may not: 403, or 422
 * for a workflow file.
 */
import type { Model } from './model.js'
import { allows, requestNeeds } from './scopes.js'
import { mayWriteWorkflows, workflowWrite } from './workflow-guard.js'

export interface ScopedCheck {
  /** The job or App the token belongs to. */
  credential: string
  /** What the request needed (`issues: write`…), for least-privilege checks. */
  needs: string[]
  refusal?: { status: number; message: string; denied: string }
}

/** Undefined for a token that is not scoped (a person's, the rig's own bots'). */
export function checkScopedToken(
  model: Model,
  token: string,
  request: { method: string; path: string; body: Record<string, unknown>; isGraphql: boolean }
): ScopedCheck | undefined {
  const scoped = model.scopedTokens.get(token)
  if (!scoped) return undefined
  const { method, path, body, isGraphql } = request
  const repo = `${model.owner}/${model.name}`
  const isPull = (n: number) => !!model.issue(n)?.pull
  const needs = requestNeeds(method, path, body, isGraphql, repo, isPull)
  const check = {
    credential: scoped.label,
    needs: needs.map(n => `${n.scopes.join('|')}: ${n.level}`)
  }
  const missing = needs.find(need => !allows(scoped.grants, need))
  if (missing) {
    const denied = `${missing.scopes.join('|')}: ${missing.level}`
    return {
      ...check,
      refusal: { status: 403, message: 'Resource not accessible by integration', denied }
    }
  }
  const workflow = mayWriteWorkflows(scoped.grants)
    ? undefined
    : workflowWrite(model, method, path, body, repo)
  if (!workflow) return check
  const message = `refusing to allow a GitHub App to create or update workflow \`${workflow}\` without \`workflows\` permission`
  return { ...check, refusal: { status: 422, message, denied: 'workflows: write' } }
}
