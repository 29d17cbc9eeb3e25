/**
 * Git data as GitHub holds it: the files of a commit, a ref's snapshot, tree shas; merging — a
 * pull request's head merged three ways into its base, what `mergeable` and `mergeStateStatus`
 * say of it, and a merge commit made on a branch.
 */
import { createHash } from 'node:crypto'
import {
  mergeFiles,
  type Branch,
  type CommitSnapshot,
  type FileEntry,
  type Issue,
  type Model,
  type PullData
} from './model.js'

/** The three-way merge of a pull request's head into its base, as GitHub would make it. */
export function pullMergeResult(
  m: Model,
  pull: PullData
): { files: Map<string, FileEntry>; conflicts: string[] } | undefined {
  const head = m.headBranch(pull)
  const base = m.branch(pull.base)
  if (!head || !base) return undefined
  return mergeFiles(head.forkFiles ?? base.files, base.files, head.files)
}

/** GitHub's `mergeable`: as a test set it, else from the three-way merge. */
export function mergeableState(m: Model, pull: PullData): 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN' {
  if (pull.mergeable) return pull.mergeable
  const merge = m.pullMerge(pull)
  return merge?.conflicts.length ? 'CONFLICTING' : 'MERGEABLE'
}

/** GitHub's `mergeStateStatus`: DIRTY, BEHIND (when up to date is required), DRAFT or CLEAN. */
export function mergeStateStatus(m: Model, pull: PullData): string {
  if (pull.mergeStateStatus) return pull.mergeStateStatus
  const mergeable = m.mergeableOf(pull)
  if (mergeable === 'CONFLICTING') return 'DIRTY'
  if (mergeable === 'UNKNOWN') return 'UNKNOWN'
  if (pull.draft) return 'DRAFT'
  const head = m.headBranch(pull)
  const base = m.branch(pull.base)
  const behind = !!head?.forkFiles && !!base && m.treeOf(head.forkFiles) !== m.treeOf(base.files)
  return behind && m.requireUpToDate && pull.base === m.defaultBranch ? 'BEHIND' : 'CLEAN'
}

/** A commit of `files` on `branch` with the given parents (a merge), the branch moved to it. */
export function mergeCommit(
  m: Model,
  branch: Branch,
  files: Map<string, FileEntry>,
  parents: string[],
  message: string,
  authorId: number
): string {
  const sha = m.commitSha(`merge:${branch.name}`)
  m.commits.set(sha, {
    sha,
    tree: m.treeOf(files),
    parents,
    message,
    files,
    authorId,
    at: m.now()
  })
  m.moveBranch(branch, sha, files)
  return sha
}

/** The files of a commit: a Git Data commit, or the current head of a branch. */
export function commitFilesOf(m: Model, sha: string): Map<string, FileEntry> | undefined {
  return m.commits.get(sha)?.files ?? [...m.branches.values()].find(b => b.commitSha === sha)?.files
}

/**
 * A commit by sha or a branch by name, as a snapshot: a Git Data commit as made, or a branch
 * head (a commit a test wrote with writeFile, or a seeded one) with what the emulator knows.
 */
export function snapshotOf(m: Model, ref: string): CommitSnapshot | undefined {
  const branch = m.branch(ref)
  const sha = branch?.commitSha ?? ref
  const known = m.commits.get(sha)
  if (known) return known
  const at = branch ?? [...m.branches.values()].find(b => b.commitSha === sha)
  if (!at) return undefined
  return {
    sha,
    tree: m.treeOf(at.files),
    parents: [],
    message: 'commit',
    files: at.files,
    authorId: m.userByLogin('maintainer')!.id,
    at: m.now()
  }
}

/** A tree object for a file set (its sha derived from the entries, as git's is). */
export function treeShaOf(m: Model, files: Map<string, FileEntry>): string {
  const hash = createHash('sha1')
  for (const [path, e] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`${e.mode ?? '100644'} ${path}\0${e.sha}`)
  const sha = hash.digest('hex')
  if (!m.trees.has(sha)) m.trees.set(sha, new Map(files))
  return sha
}

/** Every commit `sha` descends from, itself included, as far as the model knows parents. */
function ancestry(m: Model, sha: string): Set<string> {
  const seen = new Set<string>()
  const todo = [sha]
  while (todo.length) {
    const at = todo.pop()!
    if (seen.has(at)) continue
    seen.add(at)
    todo.push(...(m.commits.get(at)?.parents ?? []))
  }
  return seen
}

/**
 * Git's merge base of two commits from their parents: the first commit on `base`'s history
 * (breadth first) that `head` also descends from. Undefined when the model knows no common
 * commit (seeded branches carry no history: compare falls back to the branch's fork point).
 */
export function mergeBaseOf(m: Model, base: string, head: string): CommitSnapshot | undefined {
  const ofHead = ancestry(m, head)
  const queue = [base]
  const seen = new Set<string>()
  while (queue.length) {
    const at = queue.shift()!
    if (seen.has(at)) continue
    seen.add(at)
    if (ofHead.has(at)) return m.commits.get(at) ?? m.snapshot(at)
    queue.push(...(m.commits.get(at)?.parents ?? []))
  }
  return undefined
}

/**
 * A branch deleted, as GitHub does it: its own open pull requests close; pull requests based
 * on it move to the base of its merged pull request (GitHub's retarget of a stack when a
 * merged branch goes), or close when it had none merged.
 */
export function deleteBranchOf(m: Model, name: string, actor: string): void {
  if (!m.branches.delete(name)) return
  const pulls = [...m.issues.values()].filter(i => i.pull && i.state === 'open')
  const merged = [...m.issues.values()].find(i => i.pull?.head === name && i.pull.merged)
  for (const issue of pulls) {
    const pull = issue.pull!
    if (pull.head === name && !pull.headRepo) closePull(m, issue, actor)
    else if (pull.base === name && merged) {
      pull.base = merged.pull!.base
      m.touch(issue)
      m.emit({ name: 'pull_request', action: 'edited', actor, issue: issue.number })
    } else if (pull.base === name) closePull(m, issue, actor)
  }
}

function closePull(m: Model, issue: Issue, actor: string): void {
  issue.state = 'closed'
  issue.closedAt = m.now()
  m.touch(issue)
  m.emit({ name: 'pull_request', action: 'closed', actor, issue: issue.number })
}
