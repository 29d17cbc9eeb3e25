/**
 * A script worker as the read-only agent job is one: a checkout of `ref` (a branch or a commit) from the emulator, its
 * edits, and the patch it hands over (`git add -A && git diff --cached --binary`). Real git.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from './harness.js'
import type { Rig } from './index.js'

/** New content, a symbolic link, or null to delete the file. */
export type Edit = string | Buffer | { symlink: string } | null

export function workerPatch(rig: Rig, ref: string, edits: Record<string, Edit>): string {
  const dir = tempDir('worker')
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=w', '-c', 'user.email=w@x', ...args], {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024
    })
  git('init', '-q')
  // A branch, or a commit (a stacked task starts from its blocker's reviewed head).
  const m = rig.github.model
  const files = m.branch(ref)?.files ?? m.snapshot(ref)?.files
  if (!files) throw new Error(`workerPatch: no branch or commit ${ref}`)
  for (const [file, entry] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), entry.content)
  }
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file)
    mkdirSync(path.dirname(full), { recursive: true })
    if (edit === null) rmSync(full)
    else if (typeof edit === 'object' && 'symlink' in edit) symlinkSync(edit.symlink, full)
    else writeFileSync(full, edit)
  }
  git('add', '-A')
  const patch = path.join(tempDir('patch'), 'change.patch')
  writeFileSync(patch, git('diff', '--cached', '--binary'))
  return patch
}
