/**
 * What a run knows from its event (pure): the refs and sha of `github.*`, a dispatch's inputs,
 * whether GitHub restricts the run (Dependabot, a fork's pull request), a job's `needs` and its
 * `concurrency` as written.
 */
import type { Grants } from '../github/scopes.js'
import { interpolate, type Contexts } from './expressions.js'
import type { JobDef, RunContext } from './run-types.js'

export const needsOf = (job: JobDef): string[] =>
  job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]

export function githubRefs(ctx: RunContext): {
  ref: string
  sha: string
  headRef?: string
  baseRef?: string
} {
  const m = ctx.rig.github.model
  const p = ctx.event.payload as Record<string, Record<string, Record<string, string>>>
  const defaultHead = m.branch(m.defaultBranch)!.commitSha
  switch (ctx.event.name) {
    case 'push':
      return { ref: String(p.ref), sha: String(p.after) }
    case 'pull_request':
    case 'pull_request_target': {
      const pr = p.pull_request
      return ctx.event.name === 'pull_request'
        ? {
            ref: `refs/pull/${String(p.number)}/merge`,
            sha: pr.head.sha,
            headRef: pr.head.ref,
            baseRef: pr.base.ref
          }
        : {
            ref: `refs/heads/${pr.base.ref}`,
            sha: defaultHead,
            headRef: pr.head.ref,
            baseRef: pr.base.ref
          }
    }
    case 'workflow_dispatch': {
      const ref = String(p.ref ?? m.defaultBranch)
      const branch = m.branch(ref.replace(/^refs\/heads\//, ''))
      return {
        ref: ref.startsWith('refs/') ? ref : `refs/heads/${ref}`,
        sha: branch?.commitSha ?? defaultHead
      }
    }
    default:
      return { ref: `refs/heads/${m.defaultBranch}`, sha: defaultHead }
  }
}

/** `inputs` of a workflow_dispatch: given values over declared defaults, booleans as booleans. */
export function dispatchInputs(ctx: RunContext): Record<string, unknown> {
  if (ctx.event.name !== 'workflow_dispatch') return {}
  const on = ctx.doc.on as Record<
    string,
    { inputs?: Record<string, { default?: unknown; type?: string }> } | null
  >
  const declared = on?.workflow_dispatch?.inputs ?? {}
  const given = (ctx.event.payload.inputs ?? {}) as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(declared)) {
    const value = name in given ? given[name] : (spec.default ?? '')
    out[name] = spec.type === 'boolean' ? value === true || value === 'true' : value
  }
  return out
}

export function concurrencyOf(
  value: unknown,
  contexts: Contexts
): { group: string; cancel: boolean; queue: 'single' | 'max' } | undefined {
  if (value === undefined) return undefined
  const v = interpolate(value, contexts)
  if (typeof v === 'string') return { group: v, cancel: false, queue: 'single' }
  const o = v as { group: string; 'cancel-in-progress'?: boolean | string; queue?: string }
  if (o.queue !== undefined && o.queue !== 'single' && o.queue !== 'max')
    throw new Error(`concurrency.queue must be single or max, not ${String(o.queue)}`)
  return {
    group: String(o.group),
    cancel: o['cancel-in-progress'] === true || o['cancel-in-progress'] === 'true',
    queue: o.queue === 'max' ? 'max' : 'single'
  }
}

/**
 * GitHub's rule: runs that Dependabot starts, and `pull_request` runs from a fork, get a read-only
 * `GITHUB_TOKEN` and no Actions secrets, whatever the workflow's `permissions:` say.
 */
export function restrictedRun(ctx: RunContext): boolean {
  if (ctx.actor === 'dependabot[bot]') return true
  if (!ctx.event.name.startsWith('pull_request') || ctx.event.name === 'pull_request_target')
    return false
  const head = (ctx.event.payload.pull_request as { head?: { repo?: { full_name?: string } } })
    ?.head?.repo?.full_name
  return head !== undefined && head !== `${ctx.rig.github.model.owner}/${ctx.rig.github.model.name}`
}

/** Every grant at most `read` (id-token none): the token a restricted run gets. */
export function readOnly(grants: Grants): Grants {
  return Object.fromEntries(
    Object.entries(grants).map(([scope, access]) => [
      scope,
      scope === 'id-token' ? 'none' : access === 'write' ? 'read' : access
    ])
  )
}
