/**
 * Put an arbitrary state file into the rig's cache through the real `@actions/cache` client, as
 * a run would have saved it: for tests of corrupt, schema-invalid or future-version state.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, tempDir } from '../harness.js'
import type { CacheService } from './server.js'

export async function seedStateEntry(
  cache: CacheService,
  key: string,
  text: string,
  /** The ref of the run that saves it (its cache scope); the default branch when omitted. */
  ref?: string
): Promise<void> {
  const workspace = tempDir('seed')
  mkdirSync(path.join(workspace, '.delivery-loop-state'))
  writeFileSync(path.join(workspace, '.delivery-loop-state', 'state.json'), text)
  const script = `import(${JSON.stringify(path.join(ROOT, 'node_modules/@actions/cache/lib/cache.js'))}).then(c => c.saveCache(['.delivery-loop-state'], ${JSON.stringify(key)})).then(id => { if (id === -1) process.exit(3) })`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      RUNNER_TEMP: tempDir('seed-temp'),
      GITHUB_WORKSPACE: workspace,
      GITHUB_SERVER_URL: 'https://github.com',
      ...cache.env(ref)
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let err = ''
  child.stderr.on('data', c => (err += c))
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? 1)))
  if (code !== 0) throw new Error(`seeding the cache failed (${code}): ${err}`)
}
