/**
 * From a repository with nothing of the loop to the first dispatched issue, without leaving the
 * terminal: `init --create-app --pull-request` makes the App through GitHub's manifest flow (its
 * page driven as a browser would: the form posted, the redirect followed), stores the App's id
 * and key and the agent's key (sealed; readable back only as names), and opens the set-up pull
 * request; a person installs the App and merges; doctor is green and the first tick dispatches.
 * The same with the workflows pinned to a team's own copy of the action (`--action`).
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { childTemp, ROOT, tempDir } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { mergeAs } from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { Actions } from '../../rig/runner/service.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

interface Run {
  code: number
  stdout: string
  stderr: string
}

/**
 * The CLI with the maintainer's token; `browser` is called with each address it asks the person
 * to open (the App form's page, then the installation page).
 */
function cli(
  args: string[],
  env: Record<string, string> = {},
  browser: (url: string) => Promise<void> = async () => undefined
): Promise<Run> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/delivery-loop.js'), ...args], {
      cwd: tempDir('init-remote'),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...childTemp(),
        GITHUB_TOKEN: rig.github.tokens.maintainer,
        GITHUB_API_URL: rig.github.url,
        DELIVERY_LOOP_WRITE_PACING_MS: '0',
        ...env
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    const opened = new Set<string>()
    const visits: Promise<void>[] = []
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => {
      stderr += c
      for (const m of stderr.matchAll(/Open (http:\/\/127\.0\.0\.1:\d+\/) in your browser/g))
        if (!opened.has(m[1])) {
          opened.add(m[1])
          visits.push(browser(m[1]))
        }
    })
    child.on(
      'close',
      code => void Promise.all(visits).then(() => resolve({ code: code ?? 1, stdout, stderr }))
    )
  })
}

const unescape = (text: string) =>
  text.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))

/** What the person's browser does with the page: submit the form to GitHub, follow it back. */
async function confirmInBrowser(page: string): Promise<void> {
  const html = await (await fetch(page)).text()
  const action = unescape(/<form[^>]*action="([^"]+)"/.exec(html)![1])
  const manifest = unescape(/name="manifest" value="([^"]*)"/.exec(html)![1])
  const posted = await fetch(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ manifest }).toString(),
    redirect: 'manual'
  })
  expect(posted.status).toBe(302)
  const back = await fetch(posted.headers.get('location')!)
  expect(back.status).toBe(200)
}

async function asMaintainer(method: string, route: string, body?: unknown) {
  const res = await fetch(`${rig.github.url}${route}`, {
    method,
    headers: {
      authorization: `token ${rig.github.tokens.maintainer}`,
      'content-type': 'application/json'
    },
    ...(body ? { body: JSON.stringify(body) } : {})
  })
  return {
    status: res.status,
    body: (await res.json().catch(() => ({}))) as Record<string, unknown>
  }
}

/** The person merges the set-up pull request, then pushes a roadmap; the loop takes it from there. */
async function mergeAndRun(pull: number) {
  const m = rig.github.model
  expect(await mergeAs(rig, pull)).toBe(200)
  const main = m.branch(m.defaultBranch)!
  const workflows = Object.fromEntries(
    [...main.files.entries()]
      .filter(([p]) => p.startsWith('.github/workflows/'))
      .map(([p, f]) => [p, f.content.toString()])
  )
  m.writeFile('main', 'ROADMAP.md', Buffer.from('## Guides\n- doc: Write the setup guide\n'))
  // The runner gets exactly what init stored: the App's id and key, the agent's key.
  const actions = new Actions(rig, {
    workflows,
    secrets: Object.fromEntries(m.actionsSecrets),
    vars: Object.fromEntries(m.actionsVariables)
  })
  try {
    actions.trigger({ name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } })
    await actions.settle()
    actions.trigger({ name: 'schedule', payload: { schedule: '17,47 * * * *' } })
    await actions.settle()
  } finally {
    actions.stop()
  }
  return actions.runs
}

describe('init through GitHub', () => {
  it.each([
    ["this action, a person's repository", []],
    [
      "a team's own copy of the action, an organisation's repository",
      ['--action', 'acme-forks/delivery-loop@v0']
    ]
  ])(
    'makes the App, stores its secrets, opens the set-up pull request; merged, doctor is green and the first tick dispatches (%s)',
    async (_name, action) => {
      const m = rig.github.model
      m.otherRepositories.set('acme-forks/delivery-loop', new Map([['v0', 'c'.repeat(40)]]))
      const organization = action.length > 0
      if (organization) m.ownerType = 'Organization'
      // A repository with its code and its CI, and nothing of the loop.
      m.writeFile(
        'main',
        '.github/workflows/ci.yml',
        Buffer.from(
          'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
        )
      )
      const run = await cli(
        ['init', '--create-app', '--pull-request', '--repo', rig.github.repo, '--yes', ...action],
        { ANTHROPIC_API_KEY: 'sk-ant-from-init' },
        confirmInBrowser
      )
      expect(run.stderr).not.toContain('error')
      expect(run.code).toBe(0)
      const app = m.apps.apps[0]
      expect(m.apps.apps).toHaveLength(1)
      expect(app.permissions).toEqual({
        contents: 'write',
        pull_requests: 'write',
        workflows: 'write'
      })
      expect(app.webhookActive).toBe(false)
      // A private App installs only where it is owned: the organisation's, for its repository.
      expect(app.owner).toBe(organization ? 'acme' : 'maintainer')
      expect(app.name.length).toBeLessThanOrEqual(34)
      // Stored sealed (the emulator opened each box with the repository's key), and only there.
      expect(m.actionsVariables.get('LOOP_APP_CLIENT_ID')).toBe(app.clientId)
      expect(m.actionsSecrets.get('LOOP_APP_PRIVATE_KEY')).toBe(app.pem)
      expect(m.actionsSecrets.get('ANTHROPIC_API_KEY')).toBe('sk-ant-from-init')
      expect(`${run.stdout}${run.stderr}`).not.toContain('PRIVATE KEY')
      const listed = await asMaintainer('GET', `/repos/${rig.github.repo}/actions/secrets`)
      expect(JSON.stringify(listed.body)).not.toContain('sk-ant-from-init')
      expect((listed.body.secrets as { name: string }[]).map(s => s.name)).toEqual([
        'ANTHROPIC_API_KEY',
        'LOOP_APP_PRIVATE_KEY'
      ])
      expect(run.stdout).toContain('stored LOOP_APP_PRIVATE_KEY')

      const pull = m.issues.find(i => i.pull && i.pull.head === 'delivery-loop/setup')!
      expect(pull.title).toBe('Set up Delivery Loop')
      expect(pull.body).toContain('`.github/workflows/delivery-tick.yml` — ')
      expect(pull.body).toContain(`delivery-loop doctor --repo ${rig.github.repo}`)
      expect(run.stdout).toContain(`opened the set-up pull request #${pull.number}`)
      const setup = m.branch('delivery-loop/setup')!
      expect(setup.files.has('.github/delivery-loop-app.json')).toBe(false)
      const config = parseYaml(setup.files.get('.delivery.yml')!.content.toString()) as {
        trust: { bot_logins: string[] }
      }
      expect(config.trust.bot_logins).toEqual([`${app.slug}[bot]`])
      const tick = setup.files.get('.github/workflows/delivery-tick.yml')!.content.toString()
      expect(tick.includes(`acme-forks/delivery-loop@${'c'.repeat(40)} # v0`)).toBe(
        action.length > 0
      )
      // Nothing landed on the default branch: a person merges.
      expect(m.branch('main')!.files.has('.delivery.yml')).toBe(false)

      // doctor comments on the set-up pull request what is left (one comment, kept up to date).
      for (let i = 0; i < 2; i++) {
        const onPull = await cli([
          'doctor',
          '--repo',
          rig.github.repo,
          '--pull-request',
          String(pull.number)
        ])
        expect(onPull.stderr).toContain('doctor')
      }
      const notes = m.comments.filter(c => c.issueNumber === pull.number)
      expect(notes).toHaveLength(1)
      expect(notes[0].body).toMatch(/^<!-- delivery-loop:doctor -->\n## Delivery Loop · doctor/)
      // The person clicks "Install" on the page init named, and merges.
      expect(run.stdout).toContain(`/apps/${app.slug}/installations/new`)
      expect(
        (await fetch(`${rig.github.url}/apps/${app.slug}/installations/new`, { method: 'POST' }))
          .status
      ).toBe(200)
      const runs = await mergeAndRun(pull.number)
      // CI answers the loop's pull request, as the repository's CI app does.
      for (const p of m.issues.filter(i => i.pull && i.state === 'open'))
        m.addCheckRun({
          name: 'test',
          headSha: p.pull!.headSha,
          conclusion: 'success',
          appSlug: 'ci-app'
        })
      const doctor = await cli(['doctor', '--repo', rig.github.repo], {
        DELIVERY_LOOP_TEST_NOW: m.currentTime()
      })
      expect(doctor.stderr).toContain('healthy')
      expect(doctor.stderr).not.toMatch(/! warn|✗ fail/)
      expect(doctor.code).toBe(0)
      const worked = runs
        .flatMap(r => Object.entries(r.jobs))
        .filter(([name]) => name.startsWith('work'))
      expect(worked.map(([, j]) => j.result)).toContain('success')
      const published = m.issues.find(i => i.pull && i.pull.head !== 'delivery-loop/setup')
      expect(published && m.user(published.userId).login).toBe(`${app.slug}[bot]`)
    },
    120_000
  )

  it("pins the workflows to a team's own copy of the action, by commit, the ref kept as a comment", async () => {
    const sha = 'b'.repeat(40)
    rig.github.model.otherRepositories.set('acme-forks/delivery-loop', new Map([['v0', sha]]))
    const run = await cli([
      'init',
      '--pull-request',
      '--repo',
      rig.github.repo,
      '--yes',
      '--action',
      'acme-forks/delivery-loop@v0'
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const tick = rig.github.model
      .branch('delivery-loop/setup')!
      .files.get('.github/workflows/delivery-tick.yml')!
      .content.toString()
    expect(tick).not.toContain('delivery-loop/delivery-loop@v0')
    expect(tick).toContain(`uses: acme-forks/delivery-loop@${sha} # v0`)
    expect(run.stdout).toContain(`the workflows use acme-forks/delivery-loop@${sha} (v0)`)

    const missing = await cli([
      'init',
      '--yes',
      '--action',
      'acme-forks/delivery-loop@v9',
      '--pull-request',
      '--repo',
      rig.github.repo
    ])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('acme-forks/delivery-loop has no branch, tag or commit "v9"')
  }, 60_000)

  it('refuses the App or the pull request without a token, and a person who is not admin, with nothing made', async () => {
    const none = await cli(['init', '--create-app', '--yes'], { GITHUB_TOKEN: '' })
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('pass --repo OWNER/NAME and set GITHUB_TOKEN')
    const outsider = await cli(['init', '--pull-request', '--repo', rig.github.repo, '--yes'], {
      GITHUB_TOKEN: rig.github.tokens.outsider
    })
    expect(outsider.code).toBe(1)
    expect(rig.github.model.branch('delivery-loop/setup')).toBeUndefined()
    expect(rig.github.model.apps.apps).toEqual([])
    expect(readdirSync(tempDir('empty'))).toEqual([])
  }, 60_000)
})

describe('the App form page', () => {
  it('takes the code only with its own state, and gives up with the fix when GitHub never answers', async () => {
    const { manifestCode } = await import('../../src/init/manifest-flow.js')
    let page = ''
    const flow = manifestCode({
      manifest: { name: 'x' },
      webUrl: 'https://github.example',
      organization: 'acme',
      ready: url => (page = url),
      timeoutMs: 60_000
    })
    while (!page) await new Promise(r => setTimeout(r, 5))
    const html = await (await fetch(page)).text()
    expect(html).toContain(
      'action="https://github.example/organizations/acme/settings/apps/new?state='
    )
    expect(html).toContain('&#34;redirect_url&#34;:&#34;http://127.0.0.1:')
    const forged = await fetch(`${page}callback?code=stolen&state=guess`)
    expect(forged.status).toBe(400)
    const state = /state=([0-9a-f]+)/.exec(html)![1]
    expect((await fetch(`${page}callback?code=real&state=${state}`)).status).toBe(200)
    await expect(flow).resolves.toBe('real')

    const slow = manifestCode({
      manifest: { name: 'x' },
      webUrl: 'https://github.example',
      ready: () => undefined,
      timeoutMs: 50
    })
    await expect(slow).rejects.toThrow('GitHub did not send the App back within')
  })
})
