/**
 * `init`'s applier: writes the plan's files (and only those marked create or overwrite), and only
 * inside the directory it was given. A symbolic link anywhere on a file's path — a symlinked
 * `.github`, a dangling link where a workflow goes, a link `--force` would overwrite — could send
 * the write outside it: such a file is refused before anything is written.
 */
import { constants, promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import type { InitPlan } from './plan.js'

/** Which of `paths` exist under `dir` (a link counts, dangling or not): the facts `planInit` decides on. */
export async function existingFiles(dir: string, paths: readonly string[]): Promise<Set<string>> {
  const there = new Set<string>()
  for (const p of paths)
    if (
      await fs.lstat(path.join(dir, p)).then(
        () => true,
        () => false
      )
    )
      there.add(p)
  return there
}

/** The first symbolic link on `rel`'s path under `dir` (the file itself included), if any. */
async function linkOnPath(dir: string, rel: string): Promise<string | undefined> {
  const parts = rel.split(/[\\/]/)
  for (let i = 1; i <= parts.length; i++) {
    const at = path.join(dir, ...parts.slice(0, i))
    const stat = await fs.lstat(at).catch(() => undefined)
    if (!stat) return undefined
    if (stat.isSymbolicLink()) return parts.slice(0, i).join('/')
  }
  return undefined
}

export async function applyInit(dir: string, plan: InitPlan): Promise<void> {
  const writes = plan.files.filter(f => f.action !== 'keep')
  for (const file of writes) {
    const link = await linkOnPath(dir, file.path)
    if (link)
      throw new InputError(
        file.path,
        `${link} is a symbolic link: init writes only inside ${dir}, never through a link. Replace the link with a directory or file of its own, then run init again`
      )
  }
  for (const file of writes) {
    const full = path.join(dir, file.path)
    await fs.mkdir(path.dirname(full), { recursive: true })
    // O_NOFOLLOW: a link made after the check above is refused by the system, not followed.
    const handle = await fs.open(
      full,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644
    )
    try {
      await handle.writeFile(file.content)
    } finally {
      await handle.close()
    }
  }
}
