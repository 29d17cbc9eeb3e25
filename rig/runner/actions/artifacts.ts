/**
 * actions/upload-artifact and actions/download-artifact on a per-run store: files found as the
 * real action's glob finds them, kept relative to their common root, downloaded
 * into the workspace (or `path`). A missing artifact fails the step as it does on GitHub.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import type { StepCall, StepOutcome } from '../types.js'

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  if (statSync(dir).isFile()) return [dir]
  return readdirSync(dir).flatMap(name => walk(path.join(dir, name)))
}

/** The files a path pattern names, as upload-artifact's glob finds them: a file, a directory's
 * files, or a glob matched below its last literal directory. */
function find(pattern: string): string[] {
  if (!/[*?[{]/.test(pattern)) return walk(pattern)
  const parts = pattern.split(path.sep)
  const literal =
    parts
      .slice(
        0,
        parts.findIndex(p => /[*?[{]/.test(p))
      )
      .join(path.sep) || path.sep
  return walk(literal).filter(f => minimatch(f, pattern, { dot: true }))
}

function commonRoot(files: string[]): string {
  let root = path.dirname(files[0])
  while (!files.every(f => f.startsWith(root + path.sep))) root = path.dirname(root)
  return root
}

export async function uploadArtifact(call: StepCall): Promise<StepOutcome> {
  const name = call.inputs.name || 'artifact'
  const patterns = call.inputs.path
    .split('\n')
    .map(p => p.trim())
    .filter(Boolean)
    .map(p => path.resolve(call.workspace, p))
  const files = [...new Set(patterns.flatMap(find))].sort()
  if (!files.length) {
    const message = `No files were found with the provided path: ${call.inputs.path}. No artifacts will be uploaded.`
    const when = call.inputs['if-no-files-found'] || 'warn'
    if (when === 'error') return { ok: false, outputs: {}, error: message }
    call.job.log(when === 'warn' ? `Warning: ${message}` : message)
    return { ok: true, outputs: {} }
  }
  if (call.job.artifacts.has(name) && call.inputs.overwrite !== 'true')
    return {
      ok: false,
      outputs: {},
      error: `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`
    }
  const root = commonRoot(files)
  call.job.artifacts.set(name, new Map(files.map(f => [path.relative(root, f), readFileSync(f)])))
  call.job.log(`uploaded artifact ${name}: ${files.length} file(s)`)
  return { ok: true, outputs: { 'artifact-id': String(call.job.artifacts.size) } }
}

export async function downloadArtifact(call: StepCall): Promise<StepOutcome> {
  const into = path.resolve(call.workspace, call.inputs.path || '.')
  const names = call.inputs.name ? [call.inputs.name] : [...call.job.artifacts.keys()]
  for (const name of names) {
    const artifact = call.job.artifacts.get(name)
    if (!artifact)
      return {
        ok: false,
        outputs: {},
        error: `Unable to download artifact(s): Artifact not found for name: ${name}`
      }
    const dir = call.inputs.name ? into : path.join(into, name)
    for (const [file, content] of artifact) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), content)
    }
  }
  return { ok: true, outputs: { 'download-path': into } }
}
