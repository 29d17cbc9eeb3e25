/** The built bundle as the runner starts it: inputs, errors, modes that do not exist yet. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { runAction, tempDir } from '../../rig/harness.js'
import { startRig, type Rig } from '../../rig/index.js'

let rig: Rig
beforeAll(async () => {
  rig = await startRig()
})
afterAll(async () => {
  await rig.stop()
})

describe('the action bundle', () => {
  it('rejects an unknown mode, naming the allowed ones, before any request', async () => {
    const run = await runAction({ github: rig.github, inputs: { mode: 'bogus' } })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain(
      '::error::Input "mode": "bogus" is not a mode; allowed values: compile, tick, discover, prompt, verdict'
    )
    expect(run.requests).toEqual([])
  })

  it('rejects a malformed boolean input by name', async () => {
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'compile', 'dry-run': 'perhaps' }
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain('Input "dry-run": "perhaps" is not a boolean')
  })

  it('fails mode verdict without its inputs, naming the one it needs, and writes nothing', async () => {
    const run = await runAction({ github: rig.github, inputs: { mode: 'verdict' } })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain('::error::Input "pull-request": is required for mode verdict')
    expect(run.requests.filter(r => r.write)).toEqual([])
  })

  it('fails on a bad .delivery.yml with one annotation per error, each on its line', async () => {
    const workspace = tempDir('ws')
    writeFileSync(
      path.join(workspace, '.delivery.yml'),
      'version: 1\ndispatch:\n  adapter: carrier-pigeon\nguardrails:\n  budget:\n    max_in_flight: -1\nci:\n  checks: build\n'
    )
    const run = await runAction({ github: rig.github, inputs: { mode: 'compile' }, workspace })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(
      /::error file=\.delivery\.yml,line=3::dispatch\.adapter: must be one of/
    )
    expect(run.stdout).toMatch(
      /::error file=\.delivery\.yml,line=6::guardrails\.budget\.max_in_flight: must be a positive number/
    )
    expect(run.stdout).toMatch(
      /::error file=\.delivery\.yml,line=8::ci\.checks: must be of type array/
    )
    expect(run.requests.filter(r => r.write)).toEqual([])
  })

  it('warns about unknown config keys on their line and carries on', async () => {
    const workspace = tempDir('ws')
    writeFileSync(path.join(workspace, '.delivery.yml'), 'version: 1\nshiny: true\n')
    writeFileSync(path.join(workspace, 'ROADMAP.md'), '## A\n- doc: one\n')
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'compile', 'dry-run': 'true' },
      workspace
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /::warning file=\.delivery\.yml,line=2::shiny: unknown key \(ignored\)/
    )
  })

  it('names the missing roadmap', async () => {
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'compile', roadmap: 'PLAN.md' }
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain('PLAN.md not found')
  })

  it('fails with the API error when GitHub keeps failing, after retries', async () => {
    rig.github.inject({ path: /^\/repos\/acme\/widgets$/, status: 502 })
    const workspace = tempDir('ws')
    writeFileSync(path.join(workspace, 'ROADMAP.md'), '## A\n- doc: one\n')
    const run = await runAction({ github: rig.github, inputs: { mode: 'compile' }, workspace })
    rig.github.clearFaults()
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(
      /::error::GitHub API error while trying to read repository acme\/widgets \(HTTP 502\)/
    )
    expect(run.requests.filter(r => r.path === '/repos/acme/widgets').length).toBe(4)
  })

  it('names the missing permission when GitHub refuses a write', async () => {
    const workspace = tempDir('ws')
    writeFileSync(path.join(workspace, 'ROADMAP.md'), '## A\n- doc: one\n')
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'compile' },
      workspace,
      token: rig.github.tokens.outsider
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(
      /::error::GitHub API error while trying to create label delivery:unit \(HTTP 403\): Resource not accessible by integration.* — the token lacks a permission/
    )
  })

  it('masks the token', async () => {
    const run = await runAction({
      github: rig.github,
      inputs: { mode: 'compile', 'dry-run': 'true' }
    })
    expect(run.stdout).toContain(`::add-mask::${rig.github.tokens.bot}`)
  })

  it('reaches GitHub through the runner’s proxy (https_proxy / http_proxy), and not for hosts in no_proxy', async () => {
    // A host name that does not resolve: the run can only reach the emulator through the proxy.
    const target = new URL(rig.github.url)
    const apiUrl = `http://api.github.invalid:${target.port}`
    const proxied: string[] = []
    const proxy = http.createServer((req, res) => {
      proxied.push(`${req.method} ${req.url}`)
      const url = new URL(req.url!)
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: url.pathname + url.search,
          method: req.method,
          headers: req.headers
        },
        answer => {
          res.writeHead(answer.statusCode!, answer.headers)
          answer.pipe(res)
        }
      )
      req.pipe(upstream)
    })
    proxy.on('connect', (req, socket: net.Socket, head) => {
      proxied.push(`CONNECT ${req.url}`)
      const upstream = net.connect(Number(target.port), target.hostname, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(socket)
        socket.pipe(upstream)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('error', () => upstream.destroy())
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`
    const workspace = tempDir('ws')
    writeFileSync(path.join(workspace, 'ROADMAP.md'), '## A\n- doc: one\n')
    const dryRun = (env: Record<string, string>) =>
      runAction({
        github: rig.github,
        inputs: { mode: 'compile', 'dry-run': 'true' },
        workspace,
        env: { GITHUB_API_URL: apiUrl, ...env }
      })
    try {
      const through = await dryRun({ http_proxy: proxyUrl, HTTP_PROXY: proxyUrl })
      expect(through.stdout).not.toContain('::error::')
      expect(through.code).toBe(0)
      expect(proxied.join('\n')).toContain('api.github.invalid')
      proxied.length = 0
      const bypassed = await dryRun({
        http_proxy: proxyUrl,
        no_proxy: 'github.invalid',
        DELIVERY_LOOP_RETRY_BASE_MS: '1'
      })
      expect(proxied).toEqual([])
      expect(bypassed.code).not.toBe(0)
      expect(bypassed.stdout).toContain('::error::')
    } finally {
      proxy.close()
    }
  })
})
