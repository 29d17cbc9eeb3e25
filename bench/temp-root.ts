/**
 * Every folder a bench run makes (rig/harness.ts's tempDir, the actions it spawns) goes under one
 * folder in the system temp directory, removed when the run ends: a bench leaves nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

if (!process.env.DELIVERY_LOOP_TEST_TMP) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dl-bench-'))
  process.env.DELIVERY_LOOP_TEST_TMP = root
  process.on('exit', () => rmSync(root, { recursive: true, force: true }))
}
