// jest's globalSetup: one folder in the system temp directory for the whole run, handed to every
// worker through DELIVERY_LOOP_TEST_TMP (test-only; rig/harness.ts's tempDir makes its folders
// under it), so the teardown leaves nothing behind however many folders the tests made.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function setup() {
  if (!process.env.DELIVERY_LOOP_TEST_TMP)
    process.env.DELIVERY_LOOP_TEST_TMP = mkdtempSync(path.join(os.tmpdir(), 'dl-suite-'))
}
