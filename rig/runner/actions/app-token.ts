/**
 * actions/create-github-app-token: an installation token of the rig's App, limited to the
 * `permission-*` inputs (all the installation has when none is named), as v3 mints it.
 */
import type { Access, Grants } from '../../github/scopes.js'
import type { CreatedApp } from '../../github/apps.js'
import type { StepCall, StepOutcome } from '../types.js'

/** What the rig's App installation may do: the loop's needs (docs/workers.md). */
const INSTALLATION: Grants = {
  contents: 'write',
  'pull-requests': 'write',
  issues: 'write',
  checks: 'write',
  statuses: 'write',
  actions: 'read',
  // The manifest asks for it: a branch update that brings a workflow change needs it.
  workflows: 'write'
}

export async function appToken(call: StepCall): Promise<StepOutcome> {
  const id = call.inputs['client-id'] || call.inputs['app-id']
  const fail = (error: string): StepOutcome => ({ ok: false, outputs: {}, error })
  if (!id)
    return fail(
      "The 'client-id' (or deprecated 'app-id') input must be set to a non-empty string. If using a secret or variable, ensure it is available in this workflow context."
    )
  if (!call.inputs['private-key']) return fail('Input required and not supplied: private-key')
  const made = call.job.rig.github.model.apps.byClientId(id)
  if (made) return madeAppToken(call, made)
  const app = call.job.app
  if (id !== app.clientId || call.inputs['private-key'] !== app.privateKey)
    return fail('HttpError: A JSON web token could not be decoded (401)')
  const asked = Object.entries(call.inputs)
    .filter(([name, value]) => name.startsWith('permission-') && value)
    .map(([name, value]) => [name.slice('permission-'.length), value as Access] as const)
  for (const [scope, access] of asked)
    if (
      (INSTALLATION[scope] ?? 'none') === 'none' ||
      (access === 'write' && INSTALLATION[scope] !== 'write')
    )
      return fail(
        `HttpError: The permissions requested are not granted to this installation. (${scope}: ${access}) (422)`
      )
  const grants = asked.length ? Object.fromEntries(asked) : INSTALLATION
  const token = call.job.rig.github.model.mintToken(app.login, grants, call.job.label)
  const slug = app.login.replace(/\[bot\]$/, '')
  return { ok: true, outputs: { token, 'installation-id': '70000001', 'app-slug': slug } }
}

/**
 * A token of an App made through the manifest flow (rig/github/apps.ts): its key must be the one
 * the conversion returned, it must be installed, and the token holds what its manifest asked
 * (`pull_requests` in a manifest is `permission-pull-requests` here).
 */
function madeAppToken(call: StepCall, app: CreatedApp): StepOutcome {
  const fail = (error: string): StepOutcome => ({ ok: false, outputs: {}, error })
  if (call.inputs['private-key']?.trim() !== app.pem.trim())
    return fail('HttpError: A JSON web token could not be decoded (401)')
  if (!app.installed)
    return fail(
      `HttpError: Not Found - the App ${app.slug} is not installed on this repository (404)`
    )
  const has: Grants = Object.fromEntries(
    Object.entries(app.permissions).map(([k, v]) => [k.replace(/_/g, '-'), v as Access])
  )
  const asked = Object.entries(call.inputs)
    .filter(([name, value]) => name.startsWith('permission-') && value)
    .map(([name, value]) => [name.slice('permission-'.length), value as Access] as const)
  for (const [scope, access] of asked)
    if ((has[scope] ?? 'none') === 'none' || (access === 'write' && has[scope] !== 'write'))
      return fail(
        `HttpError: The permissions requested are not granted to this installation. (${scope}: ${access}) (422)`
      )
  const grants = asked.length ? Object.fromEntries(asked) : has
  const login = `${app.slug}[bot]`
  const token = call.job.rig.github.model.mintToken(login, grants, call.job.label)
  return { ok: true, outputs: { token, 'installation-id': String(app.id), 'app-slug': app.slug } }
}
