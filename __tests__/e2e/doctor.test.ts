/**
 * `delivery-loop doctor` against the rig, from a terminal and as a mode: a repository set up with
 * the files `init` writes is healthy; each fault, one at a time, is named with its fix (and the
 * file and line where a file says it). doctor writes nothing, whatever it finds.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { childTemp, ROOT, runAction, tempDir } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { portFor } from '../../rig/port.js'
import { parseConfig } from '../../src/config/load.js'
import { gatherDoctorFacts } from '../../src/doctor/facts.js'
import { planDoctor } from '../../src/doctor/plan.js'
import { EXAMPLES } from '../../src/generated/examples.js'
import { readOnlyPort } from '../../src/github/read-only.js'

let rig: Rig
freshRigPerTest(
  r => {
    rig = r
  },
  r => expect(r.github.writes()).toEqual([])
)

const CI_WORKFLOW = `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - run: npm test
`

/** init's .delivery.yml after its steps left: the App's bot named in trust.bot_logins. */
const CONFIG = EXAMPLES['delivery.yml'].replace('bot_logins: []', "bot_logins: ['loop-app[bot]']")

/** The repository as `init --yes` sets it up, plus the team's own CI workflow. */
function setUp(overrides: Record<string, string | null> = {}): void {
  const m = rig.github.model
  const files: Record<string, string | null> = {
    '.delivery.yml': CONFIG,
    'ROADMAP.md': '# Roadmap\n\n## Slice: Login\n\nLet users sign in.\n',
    '.github/workflows/delivery-tick.yml': EXAMPLES['workflows/delivery-tick.yml'],
    '.github/workflows/delivery-compile.yml': EXAMPLES['workflows/delivery-compile.yml'],
    '.github/workflows/delivery-discover.yml': EXAMPLES['workflows/delivery-discover.yml'],
    '.github/workflows/ci.yml': CI_WORKFLOW,
    ...overrides
  }
  for (const [file, text] of Object.entries(files))
    if (text !== null) m.writeFile(m.defaultBranch, file, Buffer.from(text))
  // What init's steps leave set: the App's key and client id, the worker's model key.
  m.actionsSecrets.set('LOOP_APP_PRIVATE_KEY', 'key')
  m.actionsSecrets.set('ANTHROPIC_API_KEY', 'sk-ant')
  m.actionsVariables.set('LOOP_APP_CLIENT_ID', 'Iv23')
}

interface Finding {
  check: string
  status: string
  message: string
  fix?: string
  file?: string
  line?: number
}

async function doctor(
  token = rig.github.tokens.maintainer,
  env: Record<string, string> = {},
  local: Record<string, string> = {}
): Promise<{ code: number; status: string; findings: Finding[]; stderr: string }> {
  const cwd = tempDir('doctor')
  for (const [file, text] of Object.entries(local)) writeFileSync(path.join(cwd, file), text)
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>(resolve => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin/delivery-loop.js'), 'doctor', '--repo', rig.github.repo],
      {
        cwd,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          ...childTemp(),
          GITHUB_TOKEN: token,
          GITHUB_API_URL: rig.github.url,
          DELIVERY_LOOP_TEST_NOW: rig.github.model.currentTime(),
          ...env
        },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => (stderr += c))
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
  })
  const report = JSON.parse(run.stdout || '{}') as { status?: string; findings?: Finding[] }
  return {
    code: run.code,
    status: report.status ?? `(no report) ${run.stderr}`,
    findings: report.findings ?? [],
    stderr: run.stderr
  }
}

/**
 * The same checks in this process (facts → plan on the read-only port, as the mode runs them),
 * for the many fault cases: a terminal run costs seconds each, and three below show it.
 */
async function diagnose(
  push?: string
): Promise<{ code: number; status: string; findings: Finding[] }> {
  const m = rig.github.model
  process.env.DELIVERY_LOOP_TEST_NOW = m.currentTime()
  const config = parseConfig(
    m.branch(m.defaultBranch)!.files.get('.delivery.yml')!.content.toString(),
    '.delivery.yml'
  ).config
  const facts = await gatherDoctorFacts({
    github: readOnlyPort(portFor(rig.github, rig.github.tokens.maintainer)),
    ...(push ? { push: readOnlyPort(portFor(rig.github, push)) } : {}),
    config,
    configFile: { path: '.delivery.yml', origin: 'default-branch' }
  })
  delete process.env.DELIVERY_LOOP_TEST_NOW
  const plan = planDoctor(facts, config)
  return { code: plan.status === 'unhealthy' ? 1 : 0, status: plan.status, findings: plan.findings }
}

const problems = (findings: Finding[]) =>
  findings.filter(f => f.status === 'fail' || f.status === 'warn')

describe('doctor', () => {
  it("fails a set-up whose App publishes but whose trust.bot_logins names no bot (tick would redo the App's work)", async () => {
    setUp({ '.delivery.yml': EXAMPLES['delivery.yml'] })
    const run = await doctor()
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({ check: 'app-trust', status: 'fail', file: '.delivery.yml' })
    ])
    expect(run.status).toBe('unhealthy')
  })

  it('finds a repository set up as init sets it up healthy, and says what is not checked yet', async () => {
    setUp()
    const run = await doctor()
    expect(problems(run.findings)).toEqual([])
    expect(run.status).toBe('healthy')
    expect(run.code).toBe(0)
    const byCheck = Object.fromEntries(run.findings.map(f => [f.check, f.status]))
    expect(byCheck).toMatchObject({
      token: 'ok',
      'actions-settings': 'ok',
      workflows: 'ok',
      permissions: 'ok',
      triggers: 'ok',
      markers: 'ok',
      schedule: 'note',
      dashboard: 'note',
      app: 'note'
    })
    expect(run.stderr).toContain('healthy: nothing to fix')
    expect(run.findings.find(f => f.check === 'configuration')?.message).toBe(
      "checked the default branch's .delivery.yml, the one compile and tick read"
    )
  }, 60_000)

  it('says which configuration it checked, and warns when the local one is not what the loop reads', async () => {
    setUp()
    const config = (f: Finding[]) => f.find(x => x.check === 'configuration')!
    const same = await doctor(undefined, {}, { '.delivery.yml': `${CONFIG}\n\n` })
    expect(config(same.findings)).toMatchObject({ status: 'ok', file: '.delivery.yml' })
    expect(config(same.findings).message).toContain("the same as the default branch's")
    const edited = await doctor(
      undefined,
      {},
      {
        '.delivery.yml': CONFIG.replace('max_in_flight: 3', 'max_in_flight: 5')
      }
    )
    expect(config(edited.findings)).toMatchObject({
      status: 'warn',
      message:
        "checked the local .delivery.yml, which differs from the default branch's: compile and tick read the default branch's"
    })
    expect(edited.stderr).toContain('differs from the default branch')
    rig.github.model.branch(rig.github.model.defaultBranch)!.files.delete('.delivery.yml')
    const unmerged = await doctor(undefined, {}, { '.delivery.yml': CONFIG })
    expect(config(unmerged.findings).status).toBe('warn')
    expect(config(unmerged.findings).message).toContain('the default branch has none')
  }, 60_000)

  it('names a CI the tick waits for that never runs on the loop’s pull requests, and an App token without workflows: write', async () => {
    setUp({
      '.github/workflows/ci.yml': CI_WORKFLOW.replace(
        'on: [push, pull_request]',
        'on:\n  push:\n    branches: [main]'
      ),
      '.github/workflows/delivery-tick.yml': EXAMPLES['workflows/delivery-tick.yml'].replace(
        /\n\s+# "Update branch" merges[^\n]*\n[^\n]*\n\s+permission-workflows: write/,
        ''
      )
    })
    const run = await doctor()
    expect(run.status).toBe('attention')
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({
        check: 'ci-on-loop-prs',
        status: 'warn',
        file: '.github/workflows/ci.yml',
        message: expect.stringContaining("the loop's pull requests get no CI")
      }),
      expect.objectContaining({
        check: 'app-permissions',
        status: 'warn',
        file: '.github/workflows/delivery-tick.yml',
        message: expect.stringContaining('without workflows: write')
      })
    ])
  }, 60_000)

  it('names a secret or variable the workflows need that the repository lacks, by name only', async () => {
    setUp()
    rig.github.model.actionsSecrets.delete('LOOP_APP_PRIVATE_KEY')
    rig.github.model.actionsVariables.clear()
    const run = await doctor()
    expect(run.status).toBe('unhealthy')
    const secrets = run.findings.filter(f => f.check === 'secrets')
    expect(secrets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          status: 'fail',
          message: expect.stringContaining('needs the secret LOOP_APP_PRIVATE_KEY')
        }),
        expect.objectContaining({
          status: 'fail',
          message: expect.stringContaining('needs the variable LOOP_APP_CLIENT_ID')
        }),
        expect.objectContaining({
          status: 'note',
          message: expect.stringContaining('can use the secret OPENAI_API_KEY')
        })
      ])
    )
    expect(JSON.stringify(run.findings)).not.toContain('sk-ant')
  }, 60_000)

  it('names a job that lacks a permission its mode needs, with the file and line', async () => {
    const tick = EXAMPLES['workflows/delivery-tick.yml'].replace(
      'issues: write # claim label and comment, the dashboard issue',
      'issues: read'
    )
    setUp({ '.github/workflows/delivery-tick.yml': tick })
    const run = await doctor()
    expect(run.code).toBe(1)
    expect(run.status).toBe('unhealthy')
    const line = tick.split('\n').findIndex(l => /^ {4}permissions:/.test(l)) + 1
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({
        check: 'permissions',
        status: 'fail',
        file: '.github/workflows/delivery-tick.yml',
        line,
        fix: "add `issues: write` under the job's permissions:"
      })
    ])
    expect(run.stderr).toContain('issues: write')
  }, 60_000)

  it('names a missing workflow and how to add it', async () => {
    setUp({ '.github/workflows/delivery-tick.yml': null })
    const run = await diagnose()
    expect(run.code).toBe(1)
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({
        check: 'workflows',
        status: 'fail',
        message: expect.stringContaining('no workflow runs mode: tick'),
        fix: expect.stringContaining('delivery-tick.yml')
      })
    ])
  }, 60_000)

  it('names a job that relies on a read-only default token', async () => {
    rig.github.model.actionsSettings.defaultWorkflowPermissions = 'read'
    const discover = EXAMPLES['workflows/delivery-discover.yml'].replace(
      /\n {4}permissions:\n( {6}.*\n)+/,
      '\n'
    )
    expect(discover).not.toContain('permissions:')
    setUp({ '.github/workflows/delivery-discover.yml': discover })
    const run = await diagnose()
    expect(run.code).toBe(1)
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({
        check: 'actions-settings',
        status: 'fail',
        file: '.github/workflows/delivery-discover.yml',
        fix: expect.stringContaining('Read and write permissions')
      })
    ])
    // The same job is fine when the repository's default token may write.
    rig.github.model.actionsSettings.defaultWorkflowPermissions = 'write'
    expect((await diagnose()).code).toBe(0)
  }, 60_000)

  it('names a protected default branch when compile may not open its marker pull request', async () => {
    setUp()
    rig.github.model.branchRules.set('main', ['pull_request'])
    rig.github.model.actionsSettings.canApprovePullRequestReviews = false
    const run = await diagnose()
    expect(run.code).toBe(1)
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({
        check: 'markers',
        status: 'fail',
        fix: expect.stringContaining('Allow GitHub Actions to create and approve pull requests')
      })
    ])
    rig.github.model.actionsSettings.canApprovePullRequestReviews = true
    const allowed = await diagnose()
    expect(allowed.code).toBe(0)
    expect(allowed.findings).toContainEqual(
      expect.objectContaining({ check: 'markers', status: 'note' })
    )
  }, 60_000)

  it('names loop pull requests that got no CI (pushed with GITHUB_TOKEN)', async () => {
    setUp()
    const m = rig.github.model
    const bot = m.userByLogin('github-actions[bot]')!
    const pr = m.openPull({
      head: 'loop/issue-7',
      title: 'Login',
      body: 'Closes #7',
      userId: bot.id
    })
    const fresh = await diagnose()
    expect(fresh.code).toBe(0) // within the grace period CI may still start
    m.setClock(new Date(Date.parse(m.currentTime()) + 20 * 60_000).toISOString())
    const run = await diagnose()
    expect(run.code).toBe(1)
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({
        check: 'ci-on-loop-prs',
        status: 'fail',
        message: expect.stringContaining(`#${pr.number}`),
        fix: expect.stringContaining('push-token')
      })
    ])
    // CI that did run clears it.
    m.addCheckRun({ headSha: pr.pull!.headSha, name: 'test', conclusion: 'success' })
    expect((await diagnose()).code).toBe(0)
  }, 60_000)

  it('names a schedule GitHub disabled, an invalid workflow, a closed dashboard and a wrong CI name', async () => {
    const compile = EXAMPLES['workflows/delivery-compile.yml'].replace(
      'pull-requests: write # the marker pull request fallback',
      'pull-requests: write\n      issuez: write'
    )
    const discover = EXAMPLES['workflows/delivery-discover.yml'].replace(
      'workflows: [ci]',
      'workflows: [CI tests]'
    )
    setUp({
      '.github/workflows/delivery-compile.yml': compile,
      '.github/workflows/delivery-discover.yml': discover
    })
    const m = rig.github.model
    m.workflowStates.set('.github/workflows/delivery-tick.yml', 'disabled_inactivity')
    const dashboard = m.createIssue({
      title: 'Delivery Loop dashboard',
      body: '<!-- delivery-loop:dashboard -->',
      userId: m.userByLogin('github-actions[bot]')!.id,
      labels: ['delivery:dashboard']
    })
    dashboard.state = 'closed'
    const run = await diagnose()
    expect(run.code).toBe(1)
    const found = problems(run.findings).map(f => `${f.check}:${f.status}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'workflows:fail',
        'workflows:fail',
        'dashboard:warn',
        'triggers:warn'
      ])
    )
    const line = compile.split('\n').findIndex(l => l.includes('issuez')) + 1
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        check: 'workflows',
        file: '.github/workflows/delivery-compile.yml',
        line,
        message: expect.stringContaining('issuez')
      })
    )
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('60 days'),
        fix: expect.stringContaining('Enable workflow')
      })
    )
    expect(run.findings).toContainEqual(
      expect.objectContaining({
        check: 'triggers',
        message: expect.stringContaining('"CI tests"'),
        fix: expect.stringContaining('"ci"')
      })
    )
  }, 60_000)

  it("checks the App's installation with its token", async () => {
    setUp()
    const ok = await diagnose(rig.github.tokens.ci)
    expect(ok.findings).toContainEqual(expect.objectContaining({ check: 'app', status: 'ok' }))
    rig.github.model.uninstalledApps.add('ci-app[bot]')
    const run = await diagnose(rig.github.tokens.ci)
    expect(run.code).toBe(1)
    expect(problems(run.findings)).toEqual([
      expect.objectContaining({
        check: 'app',
        status: 'fail',
        fix: expect.stringContaining('Repository access')
      })
    ])
  }, 60_000)

  it("refuses a token that may only read, and runs as a mode with the workflow's GITHUB_TOKEN", async () => {
    setUp()
    const outsider = await doctor(rig.github.tokens.outsider)
    expect(outsider.code).toBe(1)
    expect(problems(outsider.findings)).toEqual([
      expect.objectContaining({ check: 'token', status: 'fail' })
    ])
    const run = await runAction({ github: rig.github, inputs: { mode: 'doctor' } })
    expect({ code: run.code, log: run.code ? run.stdout : '' }).toEqual({ code: 0, log: '' })
    expect(run.outputs.status).toBe('healthy')
    expect(run.outputs.problems).toBe('0')
    // GITHUB_TOKEN may not read the Actions settings: said, not failed.
    expect(run.summary).toContain('readable by admins only')
  }, 60_000)
})
