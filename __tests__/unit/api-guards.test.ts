/**
 * An API that is not behaving (src/github/octokit/guards.ts): a listing whose next page is one it
 * already sent, or whose pages never end, stops with an error naming the cause; a proxy's HTML
 * page is an error, never read as data. A local server on 127.0.0.1 plays the broken API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient } from '../../src/github/client.js'
import { createOctokitPort } from '../../src/github/octokit-port.js'
import { MemoryLogger } from '../../src/logging.js'

let server: Server
let base = ''
let requests = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++
    const url = new URL(req.url ?? '/', base)
    if (url.pathname.endsWith('/labels')) {
      // "same": always the same next page; "endless": always one more.
      const page = Number(url.searchParams.get('page') ?? '1')
      const next = url.searchParams.get('mode') === 'endless' ? page + 1 : 2
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `<${base}/repos/o/r/labels?per_page=100&page=${next}&mode=${url.searchParams.get('mode') ?? 'same'}>; rel="next"`
      })
      res.end(JSON.stringify([{ name: `l${page}` }]))
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<html><body>Sign in to the proxy</body></html>')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

const port = () =>
  createOctokitPort(
    createClient({ token: 't', baseUrl: base, logger: new MemoryLogger(), retryBaseMs: 1 }),
    { owner: 'o', repo: 'r' }
  )

describe('an API that is not behaving', () => {
  it('a next link to a page already sent stops the listing at once', async () => {
    requests = 0
    await expect(port().listLabels()).rejects.toThrow(/a page it had already sent/)
    expect(requests).toBeLessThan(5)
  })

  it('a listing whose pages never end stops at the page bound', async () => {
    const octokit = createClient({ token: 't', baseUrl: base, logger: new MemoryLogger() })
    requests = 0
    await expect(
      octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
        owner: 'o',
        repo: 'r',
        per_page: 100,
        mode: 'endless'
      } as never)
    ).rejects.toThrow(/more than 300 pages/)
    expect(requests).toBeLessThanOrEqual(302)
  })

  it('an HTML page where JSON belongs is an error that names it, not a file', async () => {
    await expect(port().readFile('.delivery.yml', 'main')).rejects.toThrow(/HTML page/)
  })
})
