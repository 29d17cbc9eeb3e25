/**
 * The rules a worker's change must pass before the loop commits it (pure). A change is a list of
 * file changes as git read them from the worker's patch; every refusal names the rule and the
 * path, so the issue comment can say exactly what to do differently.
 */
import { minimatch } from 'minimatch'
import type { DeliveryConfig } from '../config/types.js'
import { badBranchName, samePath, treePath } from './git-names.js'
import { codePath } from '../report/markdown.js'

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
  /** The branch to publish to; unknown before the claim is read (its rules wait till then). */
  branch?: string
  defaultBranch: string
}

/**
 * Requests a publish may make in one run, reads and writes together: GITHUB_TOKEN has 1,000 an
 * hour for everything the loop does. A change of n files costs about ⌈n/100⌉ reads of its base
 * and n + 6 writes (blobs, tree, commit, ref, pull request), plus ~10 to read the task.
 */
export const PUBLISH_REQUEST_BUDGET = 300

export function publishRequests(files: number): number {
  return 10 + Math.ceil(files / 100) + files + 6
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
        detail: `${codePath(path)}: absolute, empty, \`..\` or \`.git\` paths are refused`
      }
    ]
  if (match(path, rules.forbidden_paths))
    return [
      {
        rule: 'publish.forbidden_paths',
        detail: `${codePath(path)} may not be changed by a worker`
      }
    ]
  // By identity, not by spelling: `config: ./ci/delivery.yml` protects `ci/delivery.yml`.
  if (samePath(path, ctx.configPath))
    return [
      {
        rule: 'configuration',
        detail: `${codePath(path)} is the loop's configuration in use: workers may not change it`
      }
    ]
  if (samePath(path, ctx.roadmapPath) && !(rules.roadmap_in_doc_slices && ctx.sliceKind === 'doc'))
    return [
      {
        rule: 'publish.roadmap_in_doc_slices',
        detail: `${codePath(path)} is the roadmap: ${rules.roadmap_in_doc_slices ? 'only doc slices may change it' : 'workers may not change it'}`
      }
    ]
  if (rules.allowed_paths.length && !match(path, rules.allowed_paths))
    return [
      { rule: 'publish.allowed_paths', detail: `${codePath(path)} is outside the allowed paths` }
    ]
  return []
}

export function checkChange(changes: readonly FileChange[], ctx: ChangeContext): Refusal[] {
  const rules = ctx.config.publish
  const out: Refusal[] = []
  const badName = ctx.branch !== undefined ? badBranchName(ctx.branch) : undefined
  if (badName)
    out.push({
      rule: 'branch',
      detail: `${JSON.stringify(ctx.branch)} is no branch name git accepts: ${badName}`
    })
  else if (
    ctx.branch !== undefined &&
    (ctx.branch === ctx.defaultBranch || !ctx.branch.startsWith('loop/'))
  )
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
  else if (publishRequests(changes.length) > PUBLISH_REQUEST_BUDGET)
    out.push({
      rule: 'request budget',
      detail: `${changes.length} files need about ${publishRequests(changes.length)} requests to publish, more than publish's budget of ${PUBLISH_REQUEST_BUDGET}: split the change (or lower publish.max_files)`
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
        detail: `${codePath(c.path)} is a symbolic link: workers may not add or change links`
      })
    if (c.mode === '160000')
      out.push({
        rule: 'submodule',
        detail: `${codePath(c.path)} is a submodule: workers may not add or change submodules`
      })
    if (c.binary && c.bytes > rules.max_binary_bytes)
      out.push({
        rule: 'publish.max_binary_bytes',
        detail: `${codePath(c.path)} is a binary file of ${c.bytes} bytes, more than ${rules.max_binary_bytes}`
      })
  }
  return out
}

/**
 * What the patch alone refuses, before any request (patch.ts `patchNames`): its names, its size
 * in files, the modes it declares, the branch when the input names it. The roadmap rule waits for
 * the issue (a doc slice may change the roadmap), sizes for the base.
 */
export function patchRefusals(
  names: { changes: readonly FileChange[]; problem?: string },
  ctx: ChangeContext
): Refusal[] {
  if (names.problem) return [{ rule: 'patch', detail: names.problem }]
  return checkChange(names.changes, { ...ctx, sliceKind: 'doc' })
}

/** Each refusal once (the early check and the full check can both find it). */
export function uniqueRefusals(refusals: readonly Refusal[]): Refusal[] {
  const seen = new Set<string>()
  return refusals.filter(r => {
    const key = `${r.rule}\n${r.detail}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * A line git writes around an unresolved conflict: `<<<<<<< ours` / `>>>>>>> theirs` — seven
 * characters by default, more with a `conflict-marker-size` attribute or in a nested merge.
 */
const CONFLICT_LINE = /^(?:<{7,}|>{7,})(?:[ \t]|\r?$)/gm

function markerLines(bytes: Buffer | undefined): number {
  return bytes ? (bytes.toString('utf8').match(CONFLICT_LINE) ?? []).length : 0
}

/**
 * A conflict task's change must leave no conflict markers: the files holding more of git's
 * `<<<<<<<` or `>>>>>>>` lines than the base holds (text files only), refused by name. A file
 * that holds such lines on purpose (a fixture of a merge tool) keeps them without a refusal.
 */
export function conflictMarkerRefusals(
  changes: readonly FileChange[],
  contents: ReadonlyMap<string, Buffer>,
  base: ReadonlyMap<string, Buffer> = new Map()
): Refusal[] {
  return changes
    .filter(c => c.status !== 'deleted' && !c.binary)
    .filter(c => markerLines(contents.get(c.path)) > markerLines(base.get(c.path)))
    .map(c => ({
      rule: 'unresolved conflict',
      detail: `${codePath(c.path)} still holds git's conflict markers: resolve the conflict and remove them`
    }))
}
