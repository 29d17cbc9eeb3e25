/**
 * A fresh rig for every test of a file. Each test must leave the OpenAPI conformance check
 * clean; `check` adds file-specific assertions that run after every test (before the stop).
 */
import { afterEach, beforeEach, expect } from '@jest/globals'
import { startRig, type Rig } from './index.js'

export function freshRigPerTest(onStart: (rig: Rig) => void, check?: (rig: Rig) => void): void {
  let current: Rig | undefined
  beforeEach(async () => {
    current = await startRig()
    onStart(current)
  })
  afterEach(async () => {
    try {
      expect(current!.conformance.report()).toBe('')
      check?.(current!)
    } finally {
      await current!.stop()
    }
  })
}
