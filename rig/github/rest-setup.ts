/**
 * The emulator's routes for setting a repository up (what `init` writes besides files): the
 * Actions secrets key, secrets that arrive sealed to it (anything else is refused, as GitHub
 * cannot read it), variables, and a ref's commit. Secrets and variables take admin, as on GitHub;
 * secrets are listed by name only (rest-actions.ts).
 */
import { HttpError, type Route, type RouteContext, validationFailed } from './rest-common.js'

function requireAdmin(actor: { permission: string }): void {
  if (actor.permission !== 'admin')
    throw new HttpError(403, 'Resource not accessible by integration')
}

const SECRET_NAME = /^(?!GITHUB_)(?![0-9])[A-Za-z0-9_]+$/i

export function setupRoutes(ctx: RouteContext): Route[] {
  const { model } = ctx
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/secrets/public-key',
      handler: req => {
        requireAdmin(req.actor)
        return {
          status: 200,
          body: { key_id: model.secretsBox.keyId, key: model.secretsBox.publicKey() }
        }
      }
    },
    {
      method: 'PUT',
      template: '/repos/{owner}/{repo}/actions/secrets/{secret_name}',
      handler: req => {
        requireAdmin(req.actor)
        const name = req.params.secret_name
        if (!SECRET_NAME.test(name)) throw validationFailed(`invalid secret name ${name}`, 'name')
        if (req.body.key_id !== model.secretsBox.keyId)
          throw validationFailed('key_id does not match the repository public key', 'key_id')
        const value = model.secretsBox.open(String(req.body.encrypted_value ?? ''))
        if (value === undefined)
          throw new HttpError(400, 'Bad request: the value is not sealed to the repository key')
        const existed = model.actionsSecrets.has(name)
        model.actionsSecrets.set(name, value)
        return { status: existed ? 204 : 201, body: existed ? undefined : {} }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/actions/variables',
      handler: req => {
        requireAdmin(req.actor)
        const name = String(req.body.name ?? '')
        if (!SECRET_NAME.test(name)) throw validationFailed(`invalid variable name ${name}`, 'name')
        if (model.actionsVariables.has(name))
          throw new HttpError(409, 'Already exists - Variable already exists')
        model.actionsVariables.set(name, String(req.body.value ?? ''))
        return { status: 201, body: {} }
      }
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/actions/variables/{name}',
      handler: req => {
        requireAdmin(req.actor)
        if (!model.actionsVariables.has(req.params.name)) throw new HttpError(404, 'Not Found')
        model.actionsVariables.set(req.params.name, String(req.body.value ?? ''))
        return { status: 204 }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/commits/{ref}',
      handler: req => {
        const snapshot = model.snapshot(req.params.ref.replace(/^refs\/heads\//, ''))
        if (!snapshot) throw new HttpError(422, `No commit found for SHA: ${req.params.ref}`)
        return { status: 200, body: ctx.rep.restCommit(snapshot) }
      }
    }
  ]
}

/** Another repository's commit, as far as the emulator knows it: its sha. */
export function commitBody(sha: string) {
  return { sha, commit: { message: '' } }
}
