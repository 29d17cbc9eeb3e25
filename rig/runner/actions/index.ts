/**
 * The actions a workflow may `uses:` on the rig: this action (the built bundle, by its name at
 * any ref or as `./`), and a stand-in for each third-party action the shipped workflows pin,
 * declared as its action.yml at that commit declares it (pins.json). Anything else is an error
 * naming the action — never a step silently skipped.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ROOT } from '../../harness.js'
import type { StandIn } from '../types.js'
import { claudeCode, codex } from './agents.js'
import { appToken } from './app-token.js'
import { downloadArtifact, uploadArtifact } from './artifacts.js'
import { runBundle } from './bundle.js'
import { checkout } from './checkout.js'
import { setupNode } from './setup-node.js'

export interface Declared {
  inputs: Record<string, { required: boolean; default?: string }>
  outputs: string[]
}

export interface ResolvedAction {
  declared: Declared
  run: StandIn
}

const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/setup-node': setupNode,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/create-github-app-token': appToken,
  'anthropics/claude-code-action': claudeCode,
  'openai/codex-action': codex
}

export const THIS_ACTION = 'delivery-loop/delivery-loop'

let own: Declared | undefined
/** This action's inputs and outputs, from the action.yml beside the bundle. */
function ownDeclared(): Declared {
  if (own) return own
  const yml = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean; default?: unknown }>
    outputs: Record<string, unknown>
  }
  own = {
    inputs: Object.fromEntries(
      Object.entries(yml.inputs).map(([k, v]) => [
        k,
        {
          required: !!v.required,
          ...(v.default !== undefined ? { default: String(v.default) } : {})
        }
      ])
    ),
    outputs: Object.keys(yml.outputs)
  }
  return own
}

type Pin = { version: string; commit: string } & Declared
const pins = JSON.parse(
  readFileSync(path.join(ROOT, 'rig/runner/actions/pins.json'), 'utf8')
) as Record<string, Pin>

/**
 * `copies`: other repositories holding this action (a team's own copy, `init --action`), by
 * `owner/name` → ref → commit; a step may use one at any of its refs or commits.
 */
export function resolveAction(
  uses: string,
  copies: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map()
): ResolvedAction {
  if (uses === './' || uses === '.') return { declared: ownDeclared(), run: runBundle }
  const at = uses.lastIndexOf('@')
  if (at < 0) throw new Error(`uses: ${uses} names no ref (owner/name@ref)`)
  const [name, ref] = [uses.slice(0, at), uses.slice(at + 1)]
  if (name === THIS_ACTION) return { declared: ownDeclared(), run: runBundle }
  const copy = copies.get(name.toLowerCase())
  if (copy) {
    if (!copy.has(ref) && ![...copy.values()].includes(ref))
      throw new Error(`uses: ${uses}: ${name} has no ref or commit ${ref}`)
    return { declared: ownDeclared(), run: runBundle }
  }
  const pin = pins[name]
  const standIn = STAND_INS[name]
  if (!pin || !standIn)
    throw new Error(
      `uses: ${uses}: the rig has no stand-in for ${name} (it runs ${[THIS_ACTION, ...Object.keys(STAND_INS)].join(', ')})`
    )
  if (ref !== pin.commit && ref !== pin.version)
    throw new Error(
      `uses: ${uses}: the rig's stand-in is checked against ${name} ${pin.version} (${pin.commit}); pin that commit`
    )
  return { declared: { inputs: pin.inputs, outputs: pin.outputs }, run: standIn }
}
