/** `init`'s applier: writes the plan's files (and only those marked create or overwrite). */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { InitPlan } from './plan.js'

/** Which of `paths` exist under `dir`: the facts `planInit` decides on. */
export async function existingFiles(dir: string, paths: readonly string[]): Promise<Set<string>> {
  const there = new Set<string>()
  for (const p of paths)
    if (
      await fs.stat(path.join(dir, p)).then(
        () => true,
        () => false
      )
    )
      there.add(p)
  return there
}

export async function applyInit(dir: string, plan: InitPlan): Promise<void> {
  for (const file of plan.files) {
    if (file.action === 'keep') continue
    const full = path.join(dir, file.path)
    await fs.mkdir(path.dirname(full), { recursive: true })
    await fs.writeFile(full, file.content)
  }
}
