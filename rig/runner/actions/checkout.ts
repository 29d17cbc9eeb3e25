/**
 * actions/checkout: a git working tree of the ref from the emulator (a branch, `refs/heads/…`,
 * `refs/pull/N/merge` or a commit), committed once so an agent's edits are a diff. Like the real
 * action it leaves the token in .git/config unless `persist-credentials: false`.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
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
  for (const [file, entry] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), entry.content)
    if (entry.mode === '100755') chmodSync(path.join(dir, file), 0o755)
  }
  git('add', '-A')
  git('commit', '-q', '--allow-empty', '-m', `checkout ${ref}`)
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
