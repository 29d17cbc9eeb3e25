/**
 * The one clock of a run. The action reads the real time; tests move it with
 * `DELIVERY_LOOP_TEST_NOW` (an ISO 8601 time, test-only: documented in docs/rig.md, never set it
 * in a workflow), so leases, rolling windows and cooldowns can be tried without waiting.
 */
export function now(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.DELIVERY_LOOP_TEST_NOW
  if (fixed) {
    const at = Date.parse(fixed)
    if (!Number.isNaN(at)) return new Date(at)
  }
  return new Date()
}
