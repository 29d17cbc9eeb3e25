/** `npm run rig` starts both services, prints one JSON line and serves REST and GraphQL. */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { ROOT } from '../../rig/harness.js'

describe('npm run rig', () => {
  it('prints its addresses and tokens, then serves GET /repos/{owner}/{repo}/issues and POST /graphql', async () => {
    const child = spawn('npm', ['run', '--silent', 'rig'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = ''
        const timer = setTimeout(
          () => reject(new Error(`no JSON line from npm run rig: ${out}`)),
          30000
        )
        child.stdout.on('data', chunk => {
          out += chunk
          const first = out.split('\n').find(l => l.startsWith('{'))
          if (first && out.includes('\n')) {
            clearTimeout(timer)
            resolve(first)
          }
        })
      })
      const info = JSON.parse(line) as {
        github: string
        cache: string
        repo: string
        tokens: Record<string, string>
      }
      expect(info).toMatchObject({
        github: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        cache: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/$/),
        repo: 'acme/widgets',
        tokens: {
          bot: expect.any(String),
          maintainer: expect.any(String),
          outsider: expect.any(String)
        }
      })
      const headers = {
        authorization: `token ${info.tokens.maintainer}`,
        'content-type': 'application/json'
      }
      const created = await fetch(`${info.github}/repos/${info.repo}/issues`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'seeded through REST' })
      })
      expect(created.status).toBe(201)
      const list = await fetch(`${info.github}/repos/${info.repo}/issues`, { headers })
      expect(list.status).toBe(200)
      expect(((await list.json()) as { title: string }[]).map(i => i.title)).toEqual([
        'seeded through REST'
      ])
      const graphql = await fetch(`${info.github}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query:
            'query { viewer { login } repository(owner: "acme", name: "widgets") { issues(first: 10) { totalCount } } }'
        })
      })
      expect(await graphql.json()).toEqual({
        data: { viewer: { login: 'maintainer' }, repository: { issues: { totalCount: 1 } } }
      })
      // Faults from outside the process: the next matching request fails, then it is cleared.
      const fault = await fetch(`${info.github}/_rig/faults`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ method: 'GET', path: '/issues$', status: 502, times: 1 })
      })
      expect(fault.status).toBe(201)
      expect((await fetch(`${info.github}/repos/${info.repo}/issues`, { headers })).status).toBe(
        502
      )
      expect((await fetch(`${info.github}/repos/${info.repo}/issues`, { headers })).status).toBe(
        200
      )
      const refused = await fetch(`${info.github}/_rig/faults`, {
        method: 'POST',
        headers: { ...headers, authorization: `token ${info.tokens.bot}` },
        body: '{}'
      })
      expect(refused.status).toBe(403)
      const cleared = await fetch(`${info.github}/_rig/faults`, { method: 'DELETE', headers })
      expect(await cleared.json()).toEqual({ faults: 0 })
    } finally {
      process.kill(-child.pid!, 'SIGTERM')
    }
  })
})
