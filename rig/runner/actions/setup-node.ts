/**
 * actions/setup-node: the runner's Node.js stands for the version asked (the rig installs
 * nothing); a major version the machine's Node does not have fails, as a missing download would,
 * so a workflow that needs a newer Node than the rig has is noticed. No cache is kept.
 */
import type { StepCall, StepOutcome } from '../types.js'

export async function setupNode(call: StepCall): Promise<StepOutcome> {
  const asked = call.inputs['node-version'] ?? ''
  const have = process.versions.node
  const major = /^v?(\d+)/.exec(asked.trim())?.[1]
  if (major && Number(major) > Number(have.split('.')[0]))
    return {
      ok: false,
      outputs: {},
      error: `Unable to find Node version '${asked}' on the rig (it has ${have})`
    }
  return { ok: true, outputs: { 'node-version': `v${have}`, 'cache-hit': 'false' } }
}
