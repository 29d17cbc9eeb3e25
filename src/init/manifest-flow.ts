/**
 * GitHub's app-manifest flow from a terminal: a page on 127.0.0.1 posts the manifest to GitHub's
 * "new App" form (the person confirms the name there, signed in as themselves), GitHub redirects
 * back to this page's callback with a one-time code, and the code is what `init` exchanges for
 * the App. A random `state` ties the callback to this run; nothing but 127.0.0.1 can reach it.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { InputError } from '../errors.js'

export interface ManifestFlowOptions {
  /** The manifest, without its `redirect_url` (the flow sets it). */
  manifest: Record<string, unknown>
  /** GitHub's web address: https://github.com, or a GitHub Enterprise Server's. */
  webUrl: string
  /** An organisation that owns the App, or the person's own account when undefined. */
  organization?: string
  /** Told the page to open, once it listens. */
  ready: (pageUrl: string) => void
  timeoutMs: number
}

const escape = (text: string) => text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)

function page(action: string, manifest: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Create the Delivery Loop App</title></head>
<body>
<p>Delivery Loop is about to ask GitHub to create its App from this manifest. GitHub shows you
the name and the permissions before anything is made.</p>
<form id="manifest" method="post" action="${escape(action)}">
<input type="hidden" name="manifest" value="${escape(manifest)}">
<button type="submit">Create the App on GitHub</button>
</form>
<script>document.getElementById('manifest').submit()</script>
</body></html>`
}

/** Run the flow: the code GitHub's redirect carries back. */
export async function manifestCode(options: ManifestFlowOptions): Promise<string> {
  const state = randomBytes(16).toString('hex')
  const base = options.webUrl.replace(/\/+$/, '')
  const action = `${base}${options.organization ? `/organizations/${encodeURIComponent(options.organization)}` : ''}/settings/apps/new?state=${state}`
  let done!: (code: string) => void
  let failed!: (error: Error) => void
  const answer = new Promise<string>((resolve, reject) => {
    done = resolve
    failed = reject
  })
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/callback') {
      const code = url.searchParams.get('code')
      if (url.searchParams.get('state') !== state || !code) {
        res.writeHead(400, { 'content-type': 'text/plain' })
        return void res.end('This answer is not for this run of delivery-loop init.')
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<p>The App is made. Back to the terminal: delivery-loop init goes on.</p>')
      return done(code)
    }
    if (url.pathname !== '/') {
      res.writeHead(404)
      return void res.end()
    }
    const { port } = server.address() as AddressInfo
    const manifest = { ...options.manifest, redirect_url: `http://127.0.0.1:${port}/callback` }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page(action, JSON.stringify(manifest)))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const timer = setTimeout(
    () =>
      failed(
        new InputError(
          '--create-app',
          `GitHub did not send the App back within ${Math.round(options.timeoutMs / 60_000)} minutes: run init --create-app again (nothing was stored)`
        )
      ),
    options.timeoutMs
  )
  try {
    options.ready(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    return await answer
  } finally {
    clearTimeout(timer)
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  }
}
