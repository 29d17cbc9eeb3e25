/**
 * The emulator's web pages and token-free endpoints for making an App (GitHub's manifest flow):
 * the form that takes a manifest and redirects back with a code, the one-time conversion of the
 * code into the App (id, client id, private key), the installation page a person clicks, and
 * commit look-ups in other repositories (a team's copy of this action). A person is signed in to
 * github.com in their browser: the pages need no token.
 */
import type { Model } from './model.js'
import { commitBody } from './rest-setup.js'

export interface WebAnswer {
  status: number
  headers?: Record<string, string>
  body: string | Buffer | Record<string, unknown>
}

const html = (status: number, text: string): WebAnswer => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!doctype html><html><body>${text}</body></html>`
})

/** The manifest's fields GitHub checks before it makes the App; the first problem, if any. */
function manifestProblem(m: Record<string, unknown>, model: Model): string | undefined {
  if (typeof m.name !== 'string' || !m.name.trim()) return 'Name can\u2019t be blank'
  if (m.name.length > 34) return 'Name is too long (maximum is 34 characters)'
  if (typeof m.url !== 'string') return 'Homepage URL can\u2019t be blank'
  if (typeof m.redirect_url !== 'string' || !/^https?:\/\//.test(m.redirect_url))
    return 'Redirect URL must be an http(s) URL'
  const slug = m.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  if (model.apps.bySlug(slug.replace(/^-|-$/g, ''))) return 'Name is already in use'
  return undefined
}

function manifestForm(model: Model, raw: string, query: URLSearchParams, owner: string): WebAnswer {
  let manifest: Record<string, unknown>
  try {
    manifest = JSON.parse(new URLSearchParams(raw).get('manifest') ?? '') as Record<string, unknown>
  } catch {
    return html(422, 'Invalid GitHub App configuration: the manifest is not JSON')
  }
  const problem = manifestProblem(manifest, model)
  if (problem) return html(422, `Invalid GitHub App configuration: ${problem}`)
  const code = model.apps.accept(manifest, owner)
  const back = new URL(String(manifest.redirect_url))
  back.searchParams.set('code', code)
  const state = query.get('state')
  if (state !== null) back.searchParams.set('state', state)
  return { status: 302, headers: { location: back.toString() }, body: '' }
}

function conversion(model: Model, code: string, baseUrl: string): WebAnswer {
  const app = model.apps.convert(code)
  if (!app) return { status: 404, body: { message: 'Not Found' } }
  return {
    status: 201,
    body: {
      id: app.id,
      slug: app.slug,
      name: app.name,
      node_id: `A_${app.id}`,
      owner: { login: app.owner },
      client_id: app.clientId,
      client_secret: `rig-secret-${app.id}`,
      webhook_secret: null,
      pem: app.pem,
      html_url: `${baseUrl}/apps/${app.slug}`,
      permissions: app.permissions,
      events: app.events
    }
  }
}

/** The person's click on the installation page: the App reaches this repository. */
function install(model: Model, slug: string, method: string): WebAnswer {
  const app = model.apps.bySlug(slug)
  if (!app) return html(404, 'Not Found')
  if (method === 'GET')
    return html(
      200,
      `<form method="post"><p>Install ${app.name} on ${model.owner}/${model.name}</p><button>Install</button></form>`
    )
  app.installed = true
  const login = `${slug}[bot]`
  if (!model.userByLogin(login))
    model.users.push({
      id: app.id + 100_000_000,
      login,
      type: 'Bot',
      token: `ghs_rig_app_${app.id}`,
      permission: 'write',
      association: 'NONE'
    })
  return html(200, `Installed ${app.name} on ${model.owner}/${model.name}`)
}

export function webSetup(
  model: Model,
  request: { method: string; path: string; query: URLSearchParams; raw: string; baseUrl: string }
): WebAnswer | undefined {
  const { method, path, query, raw, baseUrl } = request
  const form = /^(?:\/organizations\/([^/]+))?\/settings\/apps\/new$/.exec(path)
  if (form && method === 'POST') return manifestForm(model, raw, query, form[1] ?? 'maintainer')
  const converted = /^\/app-manifests\/([^/]+)\/conversions$/.exec(path)
  if (converted && method === 'POST') return conversion(model, converted[1], baseUrl)
  const installing = /^\/apps\/([^/]+)\/installations\/new$/.exec(path)
  if (installing && (method === 'GET' || method === 'POST'))
    return install(model, installing[1], method)
  const other = /^\/repos\/([^/]+\/[^/]+)\/commits\/(.+)$/.exec(path)
  const refs = other ? model.otherRepositories.get(other[1].toLowerCase()) : undefined
  if (other && refs && method === 'GET') {
    const sha = refs.get(other[2]) ?? ([...refs.values()].includes(other[2]) ? other[2] : undefined)
    return sha
      ? { status: 200, body: commitBody(sha) }
      : { status: 422, body: { message: `No commit found for SHA: ${other[2]}` } }
  }
  return undefined
}
