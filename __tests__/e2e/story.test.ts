/**
 * The whole loop as one story (see rig/story.ts): compile → tick → worker → publish → CI →
 * review → ready for human merge → a human merges → dependents → CI failure → discover → fix.
 * The rig fails the file if the action ever merged, approved or pushed to the default branch.
 */
import { describe, expect, it } from '@jest/globals'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { runStory, type StoryStep } from '../../rig/story.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

describe('the whole loop', () => {
  it('runs from a roadmap to merged work and back to a fix, and only the human merges', async () => {
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
  })
})
