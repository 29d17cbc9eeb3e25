/**
 * Where skills are read from: always the default branch, never a pull request — the workspace
 * when it is a checkout of the default branch, otherwise the API (one tree request, then one
 * read per selected file).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ContentsPort } from '../github/port.js'
import { selectSkillPaths, type SkillFile } from './skills.js'

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'vendor', '.venv', 'target'])
const MAX_FILES = 50_000

function walk(root: string): string[] {
  const out: string[] = []
  const stack = ['']
  while (stack.length && out.length < MAX_FILES) {
    const dir = stack.pop()!
    let names: string[]
    try {
      names = readdirSync(path.join(root, dir))
    } catch {
      continue
    }
    for (const name of names) {
      const rel = dir ? `${dir}/${name}` : name
      let stat
      try {
        stat = statSync(path.join(root, rel))
      } catch {
        continue
      }
      if (stat.isDirectory()) {
        if (!SKIP_DIRS.has(name)) stack.push(rel)
      } else if (stat.isFile()) out.push(rel)
    }
  }
  return out
}

export async function loadSkillFiles(options: {
  useWorkspace: boolean
  workspace: string
  github: ContentsPort
  defaultBranch: string
  globs: string[]
  include: string[]
}): Promise<{ files: SkillFile[]; source: string }> {
  const { globs, include } = options
  // A checkout has `.git`; an empty workspace (no checkout step) means: ask the API.
  if (options.useWorkspace && existsSync(path.join(options.workspace, '.git'))) {
    const paths = selectSkillPaths(walk(options.workspace), globs, include)
    return {
      files: paths.map(p => ({
        path: p,
        text: readFileSync(path.join(options.workspace, p), 'utf8')
      })),
      source: 'workspace'
    }
  }
  const listing = await options.github.listFiles(options.defaultBranch)
  const files: SkillFile[] = []
  for (const p of selectSkillPaths(listing.paths, globs, include)) {
    const file = await options.github.readFile(p, options.defaultBranch)
    if (file) files.push({ path: p, text: file.text })
  }
  return { files, source: `${options.defaultBranch} (API)` }
}
