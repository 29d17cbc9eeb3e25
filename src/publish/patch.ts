/**
 * A worker's patch, read by git itself (never by a hand-written diff parser): `git apply` lists
 * the paths, applies the patch to the base versions of exactly those files in a throw-away
 * repository, and `git diff --raw` reports every result with its mode — so symlinks, submodules,
 * renames and binary files are seen as git sees them. Nothing here touches the workspace.
 */
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { FileChange } from './rules.js'

const run = promisify(execFile)

/** What the patch comes to: the changes with their new bytes, or why it cannot be read. */
export interface ReadPatch {
  changes: FileChange[]
  /** New content of every added, modified or renamed regular file. */
  contents: Map<string, Buffer>
  /** What the base holds of the files the patch names (those it has). */
  baseContents?: Map<string, Buffer>
  problem?: string
  /** The base already holds the change (a re-run after its commit was pushed): no commit. */
  alreadyApplied?: boolean
}

async function git(cwd: string, args: string[]): Promise<Buffer> {
  const { stdout } = await run('git', ['-c', 'core.autocrlf=false', ...args], {
    cwd,
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
    // No user or system configuration (hooks, filters) reaches the throw-away repository.
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' }
  })
  return stdout
}

const failure = (error: unknown) =>
  String((error as { stderr?: Buffer }).stderr ?? (error as Error).message)
    .trim()
    .slice(0, 300)

/** A path as git writes it in a header: C-quoted when it has special characters. */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name
  const bytes: number[] = []
  const body = name.slice(1, -1)
  const escapes: Record<string, number> = {
    n: 10,
    t: 9,
    '"': 34,
    '\\': 92,
    a: 7,
    b: 8,
    f: 12,
    r: 13,
    v: 11
  }
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...Buffer.from(body[i], 'utf8'))
      continue
    }
    const oct = /^[0-7]{3}/.exec(body.slice(i + 1))
    if (oct) {
      bytes.push(parseInt(oct[0], 8))
      i += 3
    } else bytes.push(escapes[body[++i]] ?? body.charCodeAt(i))
  }
  return Buffer.from(bytes).toString('utf8')
}

/**
 * Paths named by the patch: `git apply --numstat -z` lists every post-image (and deletions);
 * the sources of renames and copies come from their `rename from` / `copy from` header lines —
 * lines that can only be headers, since every line inside a hunk starts with ' ', '+' or '-'.
 */
async function namedPaths(cwd: string, patchFile: string, patch: Buffer): Promise<string[]> {
  const out = (await git(cwd, ['apply', '--numstat', '-z', patchFile])).toString('utf8')
  const paths = out.split('\0').flatMap(f => /^(?:\d+|-)\t(?:\d+|-)\t(.+)$/s.exec(f)?.[1] ?? [])
  for (const m of patch.toString('utf8').matchAll(/^(?:rename|copy) from (.+)$/gm))
    paths.push(unquote(m[1]))
  return paths
}

/** New modes the patch itself declares (`git apply --summary`: created files, mode changes). */
async function declaredModes(cwd: string, patchFile: string): Promise<Map<string, string>> {
  const out = (await git(cwd, ['apply', '--summary', patchFile])).toString('utf8')
  const modes = new Map<string, string>()
  for (const m of out.matchAll(/^ (?:create mode (\d{6})|mode change \d{6} => (\d{6})) (.+)$/gm))
    modes.set(unquote(m[3]), m[1] ?? m[2])
  return modes
}

/**
 * What can be known from the patch alone, before any request: the paths it names and the modes
 * it declares — enough for the file count, the path rules and links or submodules it creates.
 * Sizes and the modes of existing files need the base (readPatch).
 */
export async function patchNames(
  patch: Buffer,
  tempRoot = os.tmpdir()
): Promise<{ changes: FileChange[]; problem?: string }> {
  const dir = await fs.mkdtemp(path.join(tempRoot, 'delivery-loop-names-'))
  try {
    const patchFile = path.join(dir, 'change.patch')
    await fs.writeFile(patchFile, patch)
    await git(dir, ['init', '-q'])
    const named = [...new Set(await namedPaths(dir, patchFile, patch))]
    const modes = await declaredModes(dir, patchFile)
    return {
      changes: named.map(p => ({
        path: p,
        status: 'modified' as const,
        mode: modes.get(p) ?? '100644',
        binary: false,
        bytes: 0
      }))
    }
  } catch (error) {
    return { changes: [], problem: `the patch is not a git patch: ${failure(error)}` }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

const SAFE = (p: string) =>
  !p.startsWith('/') && !p.includes('\\') && !p.split('/').some(s => s === '..' || s === '')

/** `git diff --raw -z`: ":old new oldsha newsha STATUS\0path\0[path\0]". */
function rawEntries(raw: string): { status: string; mode: string; path: string; from?: string }[] {
  const f = raw.split('\0')
  const out: { status: string; mode: string; path: string; from?: string }[] = []
  for (let i = 0; i < f.length; i++) {
    const m = /^:(\d{6}) (\d{6}) \w+ \w+ ([A-Z])\d*$/.exec(f[i])
    if (!m) continue
    if (m[3] === 'R' || m[3] === 'C')
      out.push({ status: m[3], mode: m[2], from: f[++i], path: f[++i] })
    else out.push({ status: m[3], mode: m[3] === 'D' ? m[1] : m[2], path: f[++i] })
  }
  return out
}

async function binaries(cwd: string, reverse: string[]): Promise<Set<string>> {
  const out = (
    await git(cwd, ['diff', '--cached', '--numstat', '-z', '--no-renames', ...reverse, 'HEAD'])
  ).toString('utf8')
  const set = new Set<string>()
  for (const field of out.split('\0')) {
    const m = /^-\t-\t(.+)$/s.exec(field)
    if (m) set.add(m[1])
  }
  return set
}

const STATUS: Record<string, FileChange['status']> = {
  A: 'added',
  M: 'modified',
  T: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'added'
}

/** The base versions of exactly the named files, committed in `work`. */
async function commitBase(
  work: string,
  named: string[],
  base: (files: string[]) => Promise<Map<string, Buffer>>
): Promise<void> {
  // Read in batches (not a request per file).
  for (const [file, bytes] of await base([...new Set(named)])) {
    await fs.mkdir(path.dirname(path.join(work, file)), { recursive: true })
    await fs.writeFile(path.join(work, file), bytes)
  }
  await git(work, ['add', '-A'])
  await git(work, [
    '-c',
    'user.name=base',
    '-c',
    'user.email=base@localhost',
    'commit',
    '-q',
    '--allow-empty',
    '--no-verify',
    '-m',
    'base'
  ])
}

/**
 * Applied forward, or — a re-run after its commit was pushed — found already there: the patch
 * applies in reverse to the base, which then holds the change (index only: the files stay as
 * the base has them, and the diff is read reversed). The diff's direction, or why it fails.
 */
async function applyToBase(
  work: string,
  patchFile: string
): Promise<{ reverse: string[] } | { problem: string }> {
  try {
    await git(work, ['apply', '--index', '--binary', patchFile])
    return { reverse: [] }
  } catch (error) {
    try {
      await git(work, ['apply', '--cached', '--reverse', '--binary', patchFile])
      return { reverse: ['-R'] }
    } catch {
      return { problem: `the patch does not apply to its base: ${failure(error)}` }
    }
  }
}

/** Every change git sees between the base and the index, with the changed files' bytes. */
async function changesIn(
  work: string,
  reverse: string[]
): Promise<{ changes: FileChange[]; contents: Map<string, Buffer> }> {
  const raw = rawEntries(
    (await git(work, ['diff', '--cached', '--raw', '-z', '-M', ...reverse, 'HEAD'])).toString(
      'utf8'
    )
  )
  const binary = await binaries(work, reverse)
  const changes: FileChange[] = []
  const contents = new Map<string, Buffer>()
  for (const e of raw) {
    const full = path.join(work, e.path)
    let bytes = 0
    if (e.status !== 'D') {
      const stat = await fs.lstat(full)
      if (stat.isSymbolicLink()) bytes = Buffer.byteLength(await fs.readlink(full))
      else if (stat.isFile()) {
        const content = await fs.readFile(full)
        bytes = content.length
        contents.set(e.path, content)
      }
    }
    changes.push({
      path: e.path,
      ...(e.from ? { from: e.from } : {}),
      status: STATUS[e.status] ?? 'modified',
      mode: e.mode,
      binary: binary.has(e.path),
      bytes
    })
  }
  return { changes, contents }
}

/** The patch's change as git applies it to its base, in a scratch repository removed after. */
export async function readPatch(
  patch: Buffer,
  base: (files: string[]) => Promise<Map<string, Buffer>>,
  tempRoot = os.tmpdir()
): Promise<ReadPatch> {
  const dir = await fs.mkdtemp(path.join(tempRoot, 'delivery-loop-publish-'))
  try {
    const patchFile = path.join(dir, 'change.patch')
    const work = path.join(dir, 'work')
    await fs.mkdir(work)
    await fs.writeFile(patchFile, patch)
    await git(work, ['init', '-q'])
    let named: string[]
    try {
      named = await namedPaths(work, patchFile, patch)
    } catch (error) {
      return {
        changes: [],
        contents: new Map(),
        problem: `the patch is not a git patch: ${failure(error)}`
      }
    }
    // Unsafe names are never written to disk: the rules refuse them by name.
    const unsafe = named.filter(p => !SAFE(p))
    if (unsafe.length)
      return {
        changes: unsafe.map(p => ({
          path: p,
          status: 'modified',
          mode: '100644',
          binary: false,
          bytes: 0
        })),
        contents: new Map()
      }
    const baseContents = new Map<string, Buffer>()
    await commitBase(work, named, async files => {
      const got = await base(files)
      for (const [file, bytes] of got) baseContents.set(file, bytes)
      return got
    })
    const applied = await applyToBase(work, patchFile)
    if ('problem' in applied) return { changes: [], contents: new Map(), problem: applied.problem }
    const read = await changesIn(work, applied.reverse)
    return { ...read, baseContents, ...(applied.reverse.length ? { alreadyApplied: true } : {}) }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
