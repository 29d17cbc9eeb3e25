/**
 * GitHub's rule for workflow files: a token without the `workflows` permission — any job's
 * GITHUB_TOKEN, an App token not granted `workflows: write` — cannot create or update
 * `.github/workflows/**`, including through a branch update or a ref move that brings such a change
 * onto a branch (a merge of a base where Dependabot bumped a workflow's pin). People's tokens are
 * not limited here. The answer is GitHub's: 422 "refusing to allow … without `workflows`
 * permission".
 */
import type { FileEntry, Model } from './model.js'
import { mergeFiles } from './model.js'
import type { Grants } from './scopes.js'

const WORKFLOWS = /^\.github\/workflows\//

function changedWorkflow(
  before: Map<string, FileEntry>,
  after: Map<string, FileEntry>
): string | undefined {
  for (const p of new Set([...before.keys(), ...after.keys()]))
    if (WORKFLOWS.test(p) && before.get(p)?.sha !== after.get(p)?.sha) return p
  return undefined
}

/** The workflow file a request would change on a branch, if it would change one. */
export function workflowWrite(
  model: Model,
  method: string,
  path: string,
  body: Record<string, unknown>,
  repo: string
): string | undefined {
  const prefix = `/repos/${repo}/`
  const rest = path.startsWith(prefix) ? path.slice(prefix.length) : undefined
  if (!rest || method === 'GET') return undefined
  if (method === 'PUT' && rest.startsWith('contents/')) {
    const file = decodeURIComponent(rest.slice('contents/'.length))
    return WORKFLOWS.test(file) ? file : undefined
  }
  const ref = /^git\/refs(?:\/heads\/(.+))?$/.exec(rest)
  if (ref && typeof body.sha === 'string') {
    const target = model.commits.get(body.sha)?.files
    const branch = ref[1] ?? String(body.ref ?? '').replace(/^refs\/heads\//, '')
    const current = model.branch(decodeURIComponent(branch))?.files ?? new Map<string, FileEntry>()
    const from = ref[1] ? current : (model.branch(model.defaultBranch)?.files ?? current)
    return target ? changedWorkflow(from, target) : undefined
  }
  const update = /^pulls\/(\d+)\/update-branch$/.exec(rest)
  if (update && method === 'PUT') {
    const pull = model.issue(Number(update[1]))?.pull
    const base = pull && model.branch(pull.base)
    const head = pull && model.headBranch(pull)
    if (!base || !head) return undefined
    const merged = mergeFiles(head.forkFiles ?? base.files, head.files, base.files)
    return changedWorkflow(head.files, merged.files)
  }
  return undefined
}

export function mayWriteWorkflows(grants: Grants): boolean {
  return grants.workflows === 'write'
}
