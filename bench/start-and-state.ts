/** Cold start of the bundle, and the state's size and speed with 5,000 issues' history. */
import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import path from 'node:path'
import { alwaysLoaded, readComposition } from '../rig/bundle-composition.js'
import http from 'node:http'
import { seedStateEntry } from '../rig/cache/seed.js'
import { BUNDLE, tempDir } from '../rig/harness.js'
import { CacheService } from '../rig/index.js'
import { decodeState, encodeState, compactForMirror, MIRROR_LIMIT } from '../src/state/mirror.js'
import type { StateDocument } from '../src/state/document.js'

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]

/** From `spawn` to the first request at a local server standing in for GitHub. */
async function firstRequestMs(): Promise<number> {
  let hit: (() => void) | undefined
  const server = http.createServer((_req, res) => {
    hit?.()
    res.writeHead(503, { 'content-type': 'application/json' })
    res.end('{"message":"bench"}')
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as { port: number }).port
  const start = performance.now()
  const first = new Promise<number>(resolve => (hit = () => resolve(performance.now() - start)))
  const child = spawn(process.execPath, [BUNDLE], {
    env: {
      PATH: process.env.PATH ?? '',
      INPUT_MODE: 'tick',
      INPUT_TOKEN: 'bench',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      RUNNER_TEMP: tempDir('cold'),
      GITHUB_WORKSPACE: tempDir('cold-ws'),
      DELIVERY_LOOP_RETRY_BASE_MS: '1'
    },
    stdio: 'ignore'
  })
  const ms = await first
  child.kill()
  server.close()
  return ms
}

/** What every run loads: dist/index.js and the chunks it reaches by static imports. */
function alwaysLoadedBytes(): number {
  const dir = path.dirname(BUNDLE)
  return alwaysLoaded(readComposition(dir)).reduce(
    (sum, f) => sum + statSync(path.join(dir, f)).size,
    0
  )
}

export async function coldStart(): Promise<Record<string, number | string>> {
  // One run to warm the page cache (a runner reads the bundle once too), then eleven: single
  // spawns on two shared cores vary by ±25 %, the median of eleven by a few per cent.
  await firstRequestMs()
  const times: number[] = []
  for (let i = 0; i < 11; i++) times.push(await firstRequestMs())
  const ms = median(times)
  return {
    'always-loaded KB': Math.round(alwaysLoadedBytes() / 1024),
    'start → first request ms (median of 11)': Math.round(ms),
    'fastest ms': Math.round(Math.min(...times)),
    'target < 300 ms': ms < 300 ? 'yes' : 'NO'
  }
}

export function bigState(issues: number): StateDocument {
  const now = Date.parse('2026-11-24T12:00:00Z')
  const attempts: NonNullable<StateDocument['tick']>['attempts'] = {}
  const guards: NonNullable<StateDocument['guardrails']>['issues'] = {}
  for (let i = 1; i <= issues; i++) {
    attempts[String(i)] = [1, 2].map(n => ({
      // A month of history: a loop capped at tens of dispatches a day cannot do more per day.
      at: new Date(now - ((i * 7919 + n * 613) % (30 * 24 * 60)) * 60_000).toISOString(),
      attempt: n,
      branch: n === 1 ? `loop/issue-${i}` : `loop/issue-${i}-retry-1`,
      adapter: 'matrix',
      run: String(10_000_000 + i * 3 + n),
      kind: 'new' as const
    }))
    guards[String(i)] = {
      streak: i % 10 === 0 ? 1 : 0,
      judged: 2,
      attempts_base: 0,
      last: { pull: i + 9000, head: `${i}`.padEnd(40, 'a'), ci: 'red' },
      updated_at: new Date(now).toISOString()
    }
  }
  return {
    version: 1,
    seq: 42,
    updated_at: new Date(now).toISOString(),
    tick: { attempts },
    guardrails: { issues: guards, usage: {} }
  }
}

export async function stateCost(issues: number): Promise<Record<string, number | string>> {
  const state = bigState(issues)
  const json = JSON.stringify(state)
  let t = performance.now()
  const encoded = encodeState(state)
  const encodeMs = performance.now() - t
  t = performance.now()
  const decoded = decodeState(encoded)
  const decodeMs = performance.now() - t
  if (!decoded.state) throw new Error(`decode failed: ${decoded.problem}`)
  const compact = compactForMirror(state)
  const cache = new CacheService()
  await cache.start()
  try {
    t = performance.now()
    await seedStateEntry(cache, 'delivery-loop-state-v1-1-bench-1-1', json)
    const saveMs = performance.now() - t
    return {
      issues,
      'state JSON KB': Math.round(json.length / 1024),
      'mirror block KB': Math.round(encoded.length / 1024),
      'compacted mirror KB': Math.round(encodeState(compact.state).length / 1024),
      'mirror room KB': Math.round(MIRROR_LIMIT / 1024),
      fits:
        encodeState(compact.state).length <= MIRROR_LIMIT
          ? `yes${compact.compacted ? ` (${compact.compacted})` : ''}`
          : 'NO',
      'encode+decode ms': Math.round(encodeMs + decodeMs),
      'cache save ms (real @actions/cache)': Math.round(saveMs)
    }
  } finally {
    await cache.stop()
  }
}
