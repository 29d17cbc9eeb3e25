// jest's globalTeardown: the run's temp folder goes, with everything the tests made in it.
import { rmSync } from 'node:fs'

export default function teardown() {
  const root = process.env.DELIVERY_LOOP_TEST_TMP
  if (root && /dl-suite-/.test(root)) rmSync(root, { recursive: true, force: true })
}
