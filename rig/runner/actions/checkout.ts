/**
 * actions/checkout: a git working tree of the ref from the emulator (a branch, `refs/heads/…`,
 * `refs/pull/N/merge` or a commit), committed once so an agent's edits are a diff. With
 * `fetch-depth: 0` the history git needs to merge comes too: every branch as
 * `refs/remotes/origin/<name>`, and a checked-out branch and the default branch descending from
 * the commit it forked from (the emulator keeps file sets, not the whole history). Like the real
 * action it leaves the token in .git/config unless `persist-credentials: false`.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { FileEntry } from '../../github/model.js'
import type { StepCall, StepOutcome } from '../types.js'

function filesOf(call: StepCall, ref: string): { sha: string; files: Map<string, FileEntry> } {
  const m = call.job.rig.github.model
  const pull = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref)
  if (pull) {
    const head = m.headBranch(m.issue(Number(pull[1]))!.pull!)
    if (head) return { sha: head.commitSha, files: head.files }
  }
  const branch = m.branch(ref.replace(/^refs\/heads\//, ''))
  if (branch) return { sha: branch.commitSha, files: branch.files }
  const commit = m.commits.get(ref)
  if (commit) return { sha: commit.sha, files: commit.files }
  const at = [...m.branches.values(), ...m.forkBranches.values()].find(b => b.commitSha === ref)
  if (at) return { sha: at.commitSha, files: at.files }
  throw new Error(`fatal: couldn't find remote ref ${ref}`)
}

type Git = (...args: string[]) => Buffer

function writeTree(dir: string, files: Map<string, FileEntry>): void {
  for (const [file, entry] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), entry.content)
    if (entry.mode === '100755') chmodSync(path.join(dir, file), 0o755)
  }
}

/** A commit of exactly `files` on `parents`, made in the scratch index; its sha. */
function commitOf(
  git: Git,
  dir: string,
  files: Map<string, FileEntry>,
  parents: string[],
  message: string
) {
  git('rm', '-rq', '--cached', '--ignore-unmatch', '.')
  for (const name of readdirSync(dir))
    if (name !== '.git') rmSync(path.join(dir, name), { recursive: true, force: true })
  writeTree(dir, files)
  git('add', '-A')
  const tree = git('write-tree').toString().trim()
  return git('commit-tree', tree, ...parents.flatMap(p => ['-p', p]), '-m', message)
    .toString()
    .trim()
}

/** `fetch-depth: 0`: the branches as remote refs, the checked-out branch with its fork point. */
function withHistory(
  call: StepCall,
  ref: string,
  files: Map<string, FileEntry>,
  git: Git,
  dir: string
): void {
  const m = call.job.rig.github.model
  const name = ref.replace(/^refs\/heads\//, '')
  const head = m.branch(name)
  const fork = head?.forkFiles
    ? [commitOf(git, dir, head.forkFiles, [], `fork point of ${name}`)]
    : []
  for (const branch of m.branches.values()) {
    const descends = branch.name === name || branch.name === m.defaultBranch
    const sha = commitOf(git, dir, branch.files, descends ? fork : [], branch.name)
    git('update-ref', `refs/remotes/origin/${branch.name}`, sha)
  }
  const tip = head
    ? `refs/remotes/origin/${name}`
    : commitOf(git, dir, files, [], `checkout ${ref}`)
  git('checkout', '-q', '-f', '-B', head ? name : 'checkout', tip)
}

export async function checkout(call: StepCall): Promise<StepOutcome> {
  const ref = call.inputs.ref || call.env.GITHUB_SHA
  const { sha, files } = filesOf(call, ref)
  const dir = path.resolve(call.workspace, call.inputs.path ?? '')
  if (call.inputs.clean !== 'false') rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=runner', '-c', 'user.email=runner@rig', ...args], {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024
    })
  git('init', '-q')
  if (call.inputs['fetch-depth'] === '0') withHistory(call, ref, files, git, dir)
  else {
    writeTree(dir, files)
    git('add', '-A')
    git('commit', '-q', '--allow-empty', '-m', `checkout ${ref}`)
  }
  if (call.inputs['persist-credentials'] !== 'false') {
    const basic = Buffer.from(`x-access-token:${call.inputs.token}`).toString('base64')
    git(
      'config',
      '--local',
      'http.https://github.com/.extraheader',
      `AUTHORIZATION: basic ${basic}`
    )
  }
  call.job.log(`checked out ${ref} (${sha}) into ${dir}`)
  return { ok: true, outputs: { ref, commit: sha } }
}
