/** `delivery-loop` from a terminal: the offline plan, and a mode against the emulator. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, tempDir } from '../../rig/harness.js'
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
      ['compile', ...base, '--roadmap', 'ROADMAP.md', '--apply-local', '--confirm-closes', '1'],
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
    }
    const wrong = await cli(['compiel'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('"compiel" is not a mode')
  })

  it('says which token is missing', async () => {
    const run = await cli(['compile', '--repo', 'acme/widgets', '--api-url', rig.github.url])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Input "token": is empty')
  })
})
