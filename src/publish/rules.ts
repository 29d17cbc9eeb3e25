/**
 * The rules a worker's change must pass before the loop commits it (pure). A change is a list of
 * file changes as git read them from the worker's patch; every refusal names the rule and the
 * path, so the issue comment can say exactly what to do differently.
 */
import { minimatch } from 'minimatch'
import type { DeliveryConfig } from '../config/types.js'
import { badBranchName, samePath, treePath } from './git-names.js'

export interface FileChange {
  path: string
  /** For a rename: where the file came from (also checked against the path rules). */
  from?: string
  status: 'added' | 'modified' | 'deleted' | 'renamed'
  /** The new git mode: `100644`, `100755`, `120000` (symlink), `160000` (submodule). */
  mode: string
  binary: boolean
  /** Bytes of the new content (0 for a deletion). */
  bytes: number
}

export interface Refusal {
  rule: string
  detail: string
}

export interface ChangeContext {
  config: DeliveryConfig
  roadmapPath: string
  /** The configuration file in use (the `config` input): protected whatever its name. */
  configPath: string
  /** The slice kind from the issue body (`Kind: doc`), when the issue is a roadmap slice. */
  sliceKind?: string
  branch: string
  defaultBranch: string
}

const match = (path: string, patterns: readonly string[]) =>
  patterns.some(p => minimatch(path, treePath(p) ?? p, { dot: true }))

/** Paths that could escape the tree or reach git's own files. */
function unsafePath(path: string): boolean {
  const parts = path.split('/')
  return (
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.includes('\\') ||
    parts.some(p => p === '..' || p === '' || p.toLowerCase() === '.git')
  )
}

function pathRefusals(path: string, ctx: ChangeContext): Refusal[] {
  const rules = ctx.config.publish
  if (unsafePath(path))
    return [
      {
        rule: 'unsafe path',
        detail: `${path}: absolute, empty, \`..\` or \`.git\` paths are refused`
      }
    ]
  if (match(path, rules.forbidden_paths))
    return [{ rule: 'publish.forbidden_paths', detail: `${path} may not be changed by a worker` }]
  // By identity, not by spelling: `config: ./ci/delivery.yml` protects `ci/delivery.yml`.
  if (samePath(path, ctx.configPath))
    return [
      {
        rule: 'configuration',
        detail: `${path} is the loop's configuration in use: workers may not change it`
      }
    ]
  if (samePath(path, ctx.roadmapPath) && !(rules.roadmap_in_doc_slices && ctx.sliceKind === 'doc'))
    return [
      {
        rule: 'publish.roadmap_in_doc_slices',
        detail: `${path} is the roadmap: ${rules.roadmap_in_doc_slices ? 'only doc slices may change it' : 'workers may not change it'}`
      }
    ]
  if (rules.allowed_paths.length && !match(path, rules.allowed_paths))
    return [{ rule: 'publish.allowed_paths', detail: `${path} is outside the allowed paths` }]
  return []
}

export function checkChange(changes: readonly FileChange[], ctx: ChangeContext): Refusal[] {
  const rules = ctx.config.publish
  const out: Refusal[] = []
  const badName = badBranchName(ctx.branch)
  if (badName)
    out.push({
      rule: 'branch',
      detail: `${JSON.stringify(ctx.branch)} is no branch name git accepts: ${badName}`
    })
  else if (ctx.branch === ctx.defaultBranch || !ctx.branch.startsWith('loop/'))
    out.push({
      rule: 'branch',
      detail: `the change targets ${ctx.branch}: the loop pushes only to branches it creates (loop/…), never to ${ctx.defaultBranch}`
    })
  if (!changes.length) out.push({ rule: 'empty change', detail: 'the patch changes no file' })
  if (changes.length > rules.max_files)
    out.push({
      rule: 'publish.max_files',
      detail: `${changes.length} files changed, more than ${rules.max_files}`
    })
  const total = changes.reduce((n, c) => n + c.bytes, 0)
  if (total > rules.max_bytes)
    out.push({
      rule: 'publish.max_bytes',
      detail: `${total} bytes of new content, more than ${rules.max_bytes}`
    })
  for (const c of changes) {
    out.push(...pathRefusals(c.path, ctx))
    if (c.from) out.push(...pathRefusals(c.from, ctx))
    if (c.mode === '120000')
      out.push({
        rule: 'symlink',
        detail: `${c.path} is a symbolic link: workers may not add or change links`
      })
    if (c.mode === '160000')
      out.push({
        rule: 'submodule',
        detail: `${c.path} is a submodule: workers may not add or change submodules`
      })
    if (c.binary && c.bytes > rules.max_binary_bytes)
      out.push({
        rule: 'publish.max_binary_bytes',
        detail: `${c.path} is a binary file of ${c.bytes} bytes, more than ${rules.max_binary_bytes}`
      })
  }
  return out
}
