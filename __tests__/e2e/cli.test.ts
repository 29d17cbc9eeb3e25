/** `delivery-loop` from a terminal: the offline plan, and a mode against the emulator. */
import { createServer, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { childTemp, ROOT, tempDir } from '../../rig/harness.js'
import { startRig, type Rig } from '../../rig/index.js'

function cli(
  args: string[],
  env: Record<string, string> = {},
  cwd = ROOT
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/delivery-loop.js'), ...args], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...childTemp(),
        DELIVERY_LOOP_WRITE_PACING_MS: '0',
        ...env
      }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => (stderr += c))
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
  })
}

let rig: Rig
beforeAll(async () => {
  rig = await startRig()
})
afterAll(async () => {
  await rig.stop()
})

describe('delivery-loop plan (offline)', () => {
  it('shows which ready slices would wait on each other for the files they declare', async () => {
    const dir = tempDir('plan-files')
    writeFileSync(
      path.join(dir, 'ROADMAP.md'),
      [
        '## API',
        '- doc: Users endpoint (files: src/api/**)',
        '- doc: Users model (needs: none) (files: src/api/users.ts)',
        '- doc: Guide (files: docs/guide.md)',
        ''
      ].join('\n')
    )
    const text = await cli(['plan'], {}, dir)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(
      '  - api/doc-2  (waits for api/doc-1: both touch src/api/users.ts)\n  - api/doc-3\n'
    )
    expect(text.stdout).toContain('Doc: Users model\n')
    const json = JSON.parse((await cli(['plan', '--json'], {}, dir)).stdout) as {
      waits: unknown[]
      slices: { ref: string; files?: string[] }[]
    }
    expect(json.waits).toEqual([
      { ref: 'api/doc-2', for: 'api/doc-1', touches: 'src/api/users.ts' }
    ])
    expect(json.slices.find(s => s.ref === 'api/doc-1')?.files).toEqual(['src/api/**'])
  })

  it('prints the creation order, the ready set and the Mermaid DAG without a token', async () => {
    const run = await cli(['plan', '--roadmap', '__tests__/fixtures/roadmaps/example.md'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('3 unit(s), 5 slice(s) — valid')
    expect(run.stdout).toMatch(/1\. storage-layer\/doc-1\s+Doc: Design the storage schema/)
    expect(run.stdout).toContain(
      'Ready on an empty tracker (2):\n  - storage-layer/doc-1\n  - search/doc-1'
    )
    expect(run.stdout).toContain('```mermaid\ngraph TD')
  })

  it('warns on the real loopcoder v0.9 roadmap with lines, and keeps its ids and slices', async () => {
    const file = '__tests__/fixtures/roadmaps/loopcoder-v0.9.md'
    const run = await cli(['plan', '--roadmap', file])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('20 unit(s), 1 slice(s) — valid, 22 warning(s) (on stderr)')
    expect(run.stderr).toContain(
      `${file}:12: unit "0.9.0 - Owned Go-native development orchestration kernel" has no slices`
    )
    expect(run.stderr).toMatch(new RegExp(`${file}:669: this slice continues on line 670`))
    expect(run.stderr).toContain(`${file}:936: "docs:" looks like a slice but is not one`)
    expect(run.stderr).toContain('did you mean `doc:`?')
    const json = JSON.parse((await cli(['plan', '--roadmap', file, '--json'])).stdout)
    expect(json.slices.map((s: { id: string }) => s.id)).toEqual(['lc-c785349ec276'])
    expect(json.warnings).toHaveLength(22)
  })

  it('prints the plan as JSON with ids, refs, lines and blockers in creation order', async () => {
    const run = await cli(['plan', '--roadmap', '__tests__/fixtures/roadmaps/example.md', '--json'])
    expect(run.code).toBe(0)
    const plan = JSON.parse(run.stdout)
    expect(plan.slices.map((s: { ref: string }) => s.ref)).toEqual([
      'storage-layer/doc-1',
      'storage-layer/code-1',
      'http-api/code-1',
      'search/doc-1',
      'search/code-1'
    ])
    expect(plan.slices[1]).toMatchObject({
      id: expect.stringMatching(/^lc-[0-9a-f]{12}$/),
      kind: 'code',
      title: 'Code: Implement the WidgetStore',
      line: 9,
      blocked_by: ['storage-layer/doc-1'],
      blocked_by_ids: [plan.slices[0].id]
    })
    expect(plan.ready).toEqual(['storage-layer/doc-1', 'search/doc-1'])
  })

  it('exits 1 with file:line messages for an invalid roadmap', async () => {
    const dir = tempDir('cli')
    writeFileSync(path.join(dir, 'ROADMAP.md'), '## A\n- code: x (needs: nope)\n')
    const run = await cli(['plan'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('ROADMAP.md:2: unknown reference "nope" in a/code-1')
  })
})

describe('errors that teach', () => {
  it('shows the warning that explains an error beside it, in text and in JSON', async () => {
    const dir = tempDir('cli')
    writeFileSync(
      path.join(dir, 'ROADMAP.md'),
      '## Accounts\n- code: Sessions\n- Code: Login endpoint\n- code: Logout (needs: code-3)\n'
    )
    const text = await cli(['plan'], {}, dir)
    expect(text.code).toBe(1)
    expect(text.stderr).toContain('ROADMAP.md:4: unknown reference "code-3" in accounts/code-2')
    expect(text.stderr).toMatch(/ROADMAP\.md:3: .*did you mean `code:`\? \(warning\)/)
    expect(text.stderr).toContain('1 error(s), 1 warning(s)')
    const json = await cli(['plan', '--json'], {}, dir)
    expect(json.code).toBe(1)
    const doc = JSON.parse(json.stdout) as {
      valid: boolean
      errors: { line: number; message: string }[]
      warnings: { line: number; message: string }[]
    }
    expect(doc.valid).toBe(false)
    expect(doc.errors).toEqual([
      { line: 4, message: 'unknown reference "code-3" in accounts/code-2' }
    ])
    expect(doc.warnings).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('did you mean') })
    ])
  })

  it('suggests the reference meant', async () => {
    const dir = tempDir('cli')
    writeFileSync(
      path.join(dir, 'ROADMAP.md'),
      '## Accounts auth\n- code: Login\n\n## Billing\n- code: Invoices (needs: accounts/code-1)\n'
    )
    const run = await cli(['plan'], {}, dir)
    expect(run.stderr).toContain(
      'unknown reference "accounts/code-1" in billing/code-1 — did you mean `accounts-auth/code-1`?'
    )
  })

  it('lists every issue compile creates, epic parents included, titled as they will be, and keeps ( in the graph', async () => {
    const dir = tempDir('cli')
    writeFileSync(
      path.join(dir, 'ROADMAP.md'),
      '## [epic] Search (v2)\n- doc: Index design (OAuth)\n- code: Indexer\n\n## Billing\n- code: Invoices\n'
    )
    const run = await cli(['plan'], {}, dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('The 4 issues compile would create')
    expect(run.stdout).toMatch(/1\. search-v2\s+Epic: Search \(v2\)/)
    expect(run.stdout).toMatch(/2\. search-v2\/doc-1\s+Doc: Index design \(OAuth\)/)
    expect(run.stdout).toContain('sub-issue of search-v2')
    expect(run.stdout).toContain('Index design #40;OAuth#41;')
    const json = JSON.parse((await cli(['plan', '--json'], {}, dir)).stdout) as {
      valid: boolean
      issues: { ref: string; kind: string; title: string }[]
    }
    expect(json.valid).toBe(true)
    expect(json.issues.map(i => i.kind)).toEqual(['epic', 'doc', 'code', 'code'])
  })

  it('names the configuration key meant, beside the error it explains; a named config file must exist', async () => {
    const dir = tempDir('cli')
    writeFileSync(
      path.join(dir, 'delivery.yml'),
      'version: 1\nguardrails:\n  budget:\n    max_inflight: 2\n    max_dispatches_per_tick: 0\n'
    )
    const args = ['tick', '--repo', 'acme/widgets', '--api-url', rig.github.url, '--dry-run']
    const env = { GITHUB_TOKEN: rig.github.tokens.bot }
    const bad = await cli([...args, '--config', 'delivery.yml'], env, dir)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('guardrails.budget.max_dispatches_per_tick: must be')
    expect(bad.stderr).toContain(
      'guardrails.budget.max_inflight: unknown key (ignored) — did you mean `max_in_flight`? (warning)'
    )
    const missing = await cli([...args, '--config', 'ci/delivery.yml'], env, dir)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('ci/delivery.yml does not exist')
  })

  it('suggests the mode meant', async () => {
    const wrong = await cli(['compiel'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('"compiel" is not a mode — did you mean `compile`?')
  })
})

describe('the released CLI', () => {
  it('packs self-contained, installs from its tarball with no network, and plans outside the checkout', async () => {
    const out = tempDir('pack')
    const packed = execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack-cli.mjs'), out], {
      encoding: 'utf8'
    }).trim()
    expect(path.basename(packed)).toMatch(/^delivery-loop-cli-\d+\.\d+\.\d+\.tgz$/)
    const user = tempDir('user-repo')
    writeFileSync(path.join(user, 'package.json'), '{"name":"their-app","private":true}\n')
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', packed], {
      cwd: user,
      env: { ...process.env, npm_config_cache: tempDir('npm-cache'), ...childTemp() }
    })
    writeFileSync(path.join(user, 'ROADMAP.md'), '## Accounts\n- doc: Auth design\n- code: Login\n')
    const run = spawnSync(path.join(user, 'node_modules/.bin/delivery-loop'), ['plan'], {
      cwd: user,
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('ROADMAP.md: 1 unit(s), 2 slice(s) — valid')

    // From there: init the repository, put it on the (rig's) GitHub, and doctor finds it healthy.
    const bin = path.join(user, 'node_modules/.bin/delivery-loop')
    const installed = (args: string[], env: Record<string, string> = {}) =>
      new Promise<{ code: number; stdout: string; stderr: string }>(resolve => {
        const child = spawn(bin, args, {
          cwd: user,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            ...childTemp(),
            ...env
          }
        })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', c => (stdout += c))
        child.stderr.on('data', c => (stderr += c))
        child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
      })
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: user })
    const init = await installed(['init', '--yes'])
    expect(init.code).toBe(0)
    const own = await startRig()
    try {
      const m = own.github.model
      const written = [...init.stdout.matchAll(/^wrote (\S+)$/gm)].map(x => x[1])
      expect(written).toContain('.github/workflows/delivery-tick.yml')
      for (const file of [...written, 'ROADMAP.md'])
        m.writeFile(m.defaultBranch, file, readFileSync(path.join(user, file)))
      // One of the steps init leaves: name the App's bot, so its pull requests are the loop's.
      expect(init.stdout).toContain("trust: { bot_logins: ['<app-slug>[bot]'] }")
      const config = readFileSync(path.join(user, '.delivery.yml'), 'utf8').replace(
        'bot_logins: []',
        "bot_logins: ['loop-app[bot]']"
      )
      writeFileSync(path.join(user, '.delivery.yml'), config)
      m.writeFile(m.defaultBranch, '.delivery.yml', Buffer.from(config))
      // The team's own CI, which discover watches by its name.
      m.writeFile(
        m.defaultBranch,
        '.github/workflows/ci.yml',
        Buffer.from(
          'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
        )
      )
      // The steps init left: the App's key and client id, the worker's model key.
      m.actionsSecrets.set('LOOP_APP_PRIVATE_KEY', 'key')
      m.actionsSecrets.set('ANTHROPIC_API_KEY', 'sk-ant')
      m.actionsVariables.set('LOOP_APP_CLIENT_ID', 'Iv23')
      const doctor = await installed(['doctor', '--repo', own.github.repo], {
        GITHUB_TOKEN: own.github.tokens.maintainer,
        GITHUB_API_URL: own.github.url,
        DELIVERY_LOOP_TEST_NOW: m.currentTime()
      })
      expect(doctor.stderr).toContain('healthy: nothing to fix')
      expect(doctor.code).toBe(0)
      expect(JSON.parse(doctor.stdout)).toMatchObject({ mode: 'doctor', status: 'healthy' })
      expect(own.conformance.report()).toBe('')
      expect(own.github.writes()).toEqual([])
    } finally {
      await own.stop()
    }
  }, 120_000)
})

describe('delivery-loop <mode>', () => {
  it('runs compile against --api-url with GITHUB_TOKEN and prints the report', async () => {
    const dir = tempDir('cli')
    writeFileSync(path.join(dir, 'ROADMAP.md'), '## A\n- doc: one\n')
    const run = await cli(
      ['compile', '--repo', 'acme/widgets', '--api-url', rig.github.url, '--dry-run'],
      { GITHUB_TOKEN: rig.github.tokens.bot },
      dir
    )
    expect(run.stderr).toContain('Dry run: nothing was written.')
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({
      mode: 'compile',
      status: 'planned',
      dry_run: true,
      repository: 'acme/widgets'
    })
  })

  it('applies the default branch roadmap, not a local one, unless told', async () => {
    rig.github.model.writeFile('main', 'ROADMAP.md', Buffer.from('## Main\n- doc: merged work\n'))
    const dir = tempDir('cli')
    writeFileSync(path.join(dir, 'ROADMAP.md'), '## Feature\n- doc: not merged yet\n')
    const env = { GITHUB_TOKEN: rig.github.tokens.bot }
    const base = ['--repo', 'acme/widgets', '--api-url', rig.github.url]
    const run = await cli(['compile', ...base], env, dir)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      "compile reads ROADMAP.md and .delivery.yml from the repository's default branch"
    )
    const titles = () => rig.github.model.issues.map(i => i.title)
    expect(titles()).toContain('Doc: merged work')
    expect(titles()).not.toContain('Doc: not merged yet')
    const local = await cli(
      ['compile', ...base, '--roadmap', 'ROADMAP.md', '--local-roadmap', '--confirm-closes', '1'],
      env,
      dir
    )
    expect(local.code).toBe(0)
    expect(titles()).toContain('Doc: not merged yet')
  })

  it('plans a pull request, prints a prompt, and reads a failed run for discover', async () => {
    const env = { GITHUB_TOKEN: rig.github.tokens.bot }
    const base = ['--repo', 'acme/widgets', '--api-url', rig.github.url]
    const m = rig.github.model
    const pr = m.openPull({
      head: 'roadmap-change',
      title: 'Roadmap',
      body: '',
      userId: m.userByLogin('maintainer')!.id
    })
    m.writeFile(
      'roadmap-change',
      'ROADMAP.md',
      Buffer.from('## Main\n- doc: merged work\n- doc: proposed\n')
    )
    const plan = await cli(['compile', ...base, '--pull-request', String(pr.number)], env)
    expect(plan.code).toBe(0)
    expect(JSON.parse(plan.stdout).status).toBe('planned')
    expect(
      m.comments.some(c => c.issueNumber === pr.number && c.body.includes('compile plan'))
    ).toBe(true)

    const issue = m.issues.find(i => i.title === 'Doc: merged work')!
    const out = path.join(tempDir('cli'), 'prompt.md')
    const prompt = await cli(['prompt', ...base, '--issue', String(issue.number)], env)
    expect(prompt.code).toBe(0)
    expect(prompt.stdout).toContain(`You are implementing GitHub issue #${issue.number}`)
    await cli(['prompt', ...base, '--issue', String(issue.number), '--out', out], env)
    expect(readFileSync(out, 'utf8')).toContain(`GitHub issue #${issue.number}`)

    const run = m.addRun({ name: 'ci', jobs: [{ name: 'test', log: 'Error: boom\n' }] })
    const discover = await cli(['discover', ...base, '--workflow-run', String(run.id)], env)
    expect(discover.code).toBe(0)
    expect(JSON.parse(discover.stdout).status).toBe('filed')
  })

  it('has --version and a help page per mode', async () => {
    const version = await cli(['--version'])
    expect(version.stdout.trim()).toBe(
      `delivery-loop ${JSON.parse(readFileSync('package.json', 'utf8')).version}`
    )
    for (const mode of ['plan', 'compile', 'tick', 'discover', 'prompt', 'verdict', 'publish']) {
      const help = await cli([mode, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^delivery-loop ${mode}: `))
      expect(help.stdout).toContain('\noptions:\n')
      expect(help.stdout).toContain(`\nexample: delivery-loop ${mode} `)
      expect(help.stdout).toContain('exit codes: 0 ')
      if (mode !== 'plan') expect(help.stdout).toContain('--repo OWNER/NAME')
    }
    const wrong = await cli(['compiel'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('"compiel" is not a mode')
    // Help asked for is the answer (stdout, 0); no command at all is the usage error (stderr, 2).
    const asked = await cli(['--help'])
    expect([asked.code, asked.stderr]).toEqual([0, ''])
    expect(asked.stdout).toContain('delivery-loop init')
    const none = await cli([])
    expect([none.code, none.stdout]).toEqual([2, ''])
  })

  it('calls an --api-url without its scheme the user’s mistake, with the fix', async () => {
    const run = await cli(['compile', '--repo', 'acme/widgets', '--api-url', 'api.github.com'], {
      GITHUB_TOKEN: 'x'
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('"api.github.com" is not a URL: give it with its scheme')
    expect(run.stderr).not.toMatch(/bug/i)
  })

  it('names a GitHub it cannot reach as such — refused, with the URL — not as an HTTP 500', async () => {
    // A port that was just free: nothing listens there.
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise(resolve => server.close(resolve))
    const run = await cli(
      ['compile', '--repo', 'acme/widgets', '--api-url', `http://127.0.0.1:${port}`],
      { GITHUB_TOKEN: 'x', DELIVERY_LOOP_RETRY_BASE_MS: '1' }
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /could not reach GitHub while trying to .*\(http:\/\/127\.0\.0\.1:\d+\/.*\): connection refused \(ECONNREFUSED\) — check the API URL/
    )
    expect(run.stderr).not.toMatch(/HTTP 500|bug/i)
  })

  it('says of a repository GitHub answers 404 for that it is missing or out of the token’s sight, and what to check', async () => {
    const run = await cli(['compile', '--repo', 'acme/nope', '--api-url', rig.github.url], {
      GITHUB_TOKEN: rig.github.tokens.bot
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /repository acme\/nope was not found, or this token cannot see it \(GitHub answers 404 for both\): check the name \(--repo, GITHUB_REPOSITORY\)/
    )
    expect(run.stderr).not.toMatch(/bug/i)
  })

  it('says which token is missing', async () => {
    const run = await cli(['compile', '--repo', 'acme/widgets', '--api-url', rig.github.url])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Input "token": is empty')
  })
})

describe('delivery-loop forecast (offline)', () => {
  it('forecasts with no token, in text and JSON, the same for the same seed; a bad models file is a clear error', async () => {
    const roadmap = '__tests__/fixtures/roadmaps/example.md'
    const text = await cli(['forecast', '--roadmap', roadmap, '--runs', '3'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/calendar time, median/)
    expect(text.stdout).toMatch(/lower bound/)
    expect(text.stdout).toMatch(/```mermaid\ngantt/)
    const json = async (seed: string) =>
      JSON.parse(
        (await cli(['forecast', '--roadmap', roadmap, '--runs', '3', '--seed', seed, '--json']))
          .stdout
      ) as { makespan: { median: number }; bound: { binding: string }; api: { quotaShare: number } }
    const [a, b] = [await json('5'), await json('5')]
    expect(a).toEqual(b)
    // Spread over shard processes or run in one, the same seeds give the same forecast.
    const spread = async (workers: string) =>
      cli(['forecast', '--roadmap', roadmap, '--runs', '4', '--seed', '5', '--json'], {
        DELIVERY_LOOP_FORECAST_WORKERS: workers
      })
    const [one, three] = [await spread('1'), await spread('3')]
    expect(one.code).toBe(0)
    expect(three.stdout).toBe(one.stdout)
    expect(a.makespan.median).toBeGreaterThan(0)
    const dir = tempDir('forecast-models')
    writeFileSync(path.join(dir, 'models.yml'), 'review:\n  pass_rate: 2\n')
    const bad = await cli([
      'forecast',
      '--roadmap',
      roadmap,
      '--models',
      path.join(dir, 'models.yml')
    ])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/models\.yml:2.*review\.pass_rate/)
    expect(bad.stdout).toBe('')
  })

  it("forecasts the repository's own .delivery.yml when there is one, and says which configuration", async () => {
    const roadmap = path.join(ROOT, '__tests__/fixtures/roadmaps/example.md')
    const dir = tempDir('forecast-config')
    const run = (args: string[] = []) =>
      cli(['forecast', '--roadmap', roadmap, '--runs', '2', ...args], {}, dir)
    const none = await run()
    expect(none.code).toBe(0)
    expect(none.stdout).toMatch(/^configuration: every default \(no \.delivery\.yml here/)
    writeFileSync(
      path.join(dir, '.delivery.yml'),
      'version: 1\nguardrails:\n  budget:\n    max_in_flight: 1\n'
    )
    const own = await run(['--json'])
    expect(own.code).toBe(0)
    const forecast = JSON.parse(own.stdout) as {
      configuration: string
      makespan: { median: number }
    }
    expect(forecast.configuration).toBe('.delivery.yml')
    const defaults = JSON.parse(
      (await cli(['forecast', '--roadmap', roadmap, '--runs', '2', '--json'], {}, tempDir('fc')))
        .stdout
    ) as { configuration: string; makespan: { median: number } }
    // One slot at a time is slower than the default three.
    expect(forecast.makespan.median).toBeGreaterThan(defaults.makespan.median)
    writeFileSync(path.join(dir, '.delivery.yml'), 'version: 1\nguardrails:\n  budget: 3\n')
    const broken = await run()
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/\.delivery\.yml:3/)
    // A key the loop would ignore is an error here, with the key meant: no forecast of a typo.
    writeFileSync(
      path.join(dir, '.delivery.yml'),
      'version: 1\nguardrails:\n  reveiw:\n    max_waiting: 2\n'
    )
    const typo = await run()
    expect(typo.code).toBe(1)
    expect(typo.stderr).toContain('.delivery.yml has 1 unknown key(s)')
    expect(typo.stderr).toContain('did you mean `review`?')
    expect(typo.stdout).toBe('')
  })
})
