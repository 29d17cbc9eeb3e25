/**
 * `delivery-loop init` from a terminal: it writes the shipped, tested examples (with only the
 * substitutions its answers make), never overwrites without --force, refuses bad answers with
 * nothing written, and says what is left for a person.
 */
import { describe, expect, it } from '@jest/globals'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import { ErrorPolicy } from '@actions/workflow-parser/model/convert'
import { execFileSync, spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { childTemp, ROOT, tempDir } from '../../rig/harness.js'
import { examplesSource, EXAMPLES_MODULE } from '../../scripts/examples-module.js'
import { parseConfig } from '../../src/config/load.js'
import { parse as parseYaml } from 'yaml'

function cli(
  args: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/delivery-loop.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...childTemp() },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => (stderr += c))
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
  })
}

/** A new git repository to set up (init writes at a repository's root, and refuses elsewhere). */
function repo(branch = 'main'): string {
  const dir = tempDir('init')
  execFileSync('git', ['init', '-q', '-b', branch], { cwd: dir })
  return dir
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8')
const example = (file: string) => readFileSync(path.join(ROOT, 'examples', file), 'utf8')

async function validWorkflow(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!, undefined, {
    errorPolicy: ErrorPolicy.TryConversion
  })
  return [
    ...parsed.context.errors.getErrors().map(e => e.message),
    ...(template.errors ?? []).map(e => e.Message)
  ]
}

describe('delivery-loop init', () => {
  it('carries the examples exactly as examples/ holds them (run `npm run schema`)', () => {
    expect(readFileSync(path.join(ROOT, EXAMPLES_MODULE), 'utf8')).toBe(examplesSource(ROOT))
  })

  it('--yes writes the tested examples as they are, valid, and lists the steps left', async () => {
    const dir = repo()
    const run = await cli(['init', '--yes'], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    for (const name of ['delivery-compile.yml', 'delivery-tick.yml', 'delivery-discover.yml']) {
      const written = read(dir, `.github/workflows/${name}`)
      expect(written).toBe(example(`workflows/${name}`))
      expect(await validWorkflow(name, written)).toEqual([])
    }
    expect(existsSync(path.join(dir, '.github/workflows/delivery-worker.yml'))).toBe(false)
    expect(read(dir, '.delivery.yml')).toBe(example('delivery.yml'))
    expect(read(dir, '.github/dependabot.yml')).toContain('package-ecosystem: github-actions')
    const manifest = JSON.parse(read(dir, '.github/delivery-loop-app.json')) as {
      default_permissions: Record<string, string>
      hook_attributes: { active: boolean }
    }
    expect(manifest.default_permissions).toEqual({
      contents: 'write',
      pull_requests: 'write',
      workflows: 'write'
    })
    expect(read(dir, '.github/dependabot.yml')).toContain('default-days: 7')
    expect(manifest.hook_attributes.active).toBe(false)
    expect(run.stdout).toContain('wrote .github/workflows/delivery-tick.yml')
    expect(run.stdout).toContain('LOOP_APP_PRIVATE_KEY')
    expect(run.stdout).toContain('ANTHROPIC_API_KEY')
  })

  it('takes its answers as flags: a Codex worker workflow, the schedule, a cost cap', async () => {
    const dir = repo()
    const run = await cli(
      [
        'init',
        '--worker',
        'codex',
        '--schedule',
        '0 */2 * * *',
        '--max-cost',
        '20',
        '--prices',
        'gpt-5.1-codex=1.25/10'
      ],
      dir
    )
    expect(run.code).toBe(0)
    expect(read(dir, '.github/workflows/delivery-worker.yml')).toBe(
      example('workflows/delivery-worker.yml')
    )
    const tick = read(dir, '.github/workflows/delivery-tick.yml')
    expect(tick).toContain("- cron: '0 */2 * * *'")
    // Tick dispatches the worker workflow (actions: write) and runs no agent of its own: two
    // agents on one wave would both be paid and race to publish the same branch.
    const jobs = Object.keys((parseYaml(tick) as { jobs: Record<string, unknown> }).jobs)
    expect(jobs).toEqual(['tick', 'review', 'verdict', 'next'])
    expect(
      (parseYaml(tick) as { jobs: { tick: { permissions: Record<string, string> } } }).jobs.tick
        .permissions.actions
    ).toBe('write')
    expect(await validWorkflow('delivery-tick.yml', tick)).toEqual([])
    const { config, warnings } = parseConfig(read(dir, '.delivery.yml'))
    expect(warnings).toEqual([])
    expect(config.dispatch).toMatchObject({ adapter: 'workflow', workflow: 'delivery-worker.yml' })
    expect(config.guardrails.budget.max_total_cost_usd).toBe(20)
    // Codex reports tokens: without its prices the cap would stop the loop at the first run.
    expect(config.guardrails.budget.prices).toEqual({
      'gpt-5.1-codex': { input: 1.25, output: 10 }
    })
    expect(run.stdout).toContain('OPENAI_API_KEY')
  })

  it('lets the Claude worker run the toolchain it finds, listens on the default branch, refuses a command the list cannot carry', async () => {
    const dir = repo('trunk')
    writeFileSync(path.join(dir, 'package.json'), '{}\n')
    writeFileSync(path.join(dir, 'pnpm-lock.yaml'), '\n')
    writeFileSync(path.join(dir, 'go.mod'), 'module x\n')
    expect((await cli(['init', '--yes'], dir)).code).toBe(0)
    const tick = read(dir, '.github/workflows/delivery-tick.yml')
    expect(tick).toContain(
      '--allowedTools "Read,Edit,Write,Glob,Grep,Bash(pnpm install --frozen-lockfile --ignore-scripts),Bash(pnpm test),Bash(go build ./...),Bash(go test ./...)"'
    )
    expect(await validWorkflow('delivery-tick.yml', tick)).toEqual([])
    expect(read(dir, '.github/workflows/delivery-compile.yml')).toContain('branches: [trunk]')
    const other = repo()
    const given = await cli(['init', '--yes', '--test-commands', 'make check; make lint'], other)
    expect(given.code).toBe(0)
    expect(read(other, '.github/workflows/delivery-tick.yml')).toContain(
      'Bash(make check),Bash(make lint)"'
    )
    const bad = await cli(['init', '--yes', '--test-commands', 'npm test, npm run e2e'], repo())
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('the tool list cannot carry')
  })

  it('keeps what exists unless --force', async () => {
    const dir = repo()
    await cli(['init', '--yes'], dir)
    writeFileSync(path.join(dir, '.delivery.yml'), 'version: 1 # mine\n')
    const again = await cli(['init', '--yes'], dir)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('kept (exists; --force overwrites) .delivery.yml')
    expect(read(dir, '.delivery.yml')).toBe('version: 1 # mine\n')
    const forced = await cli(['init', '--yes', '--force'], dir)
    expect(forced.stdout).toContain('overwrote .delivery.yml')
    expect(read(dir, '.delivery.yml')).toBe(example('delivery.yml'))
  })

  it('never writes through a symbolic link: a symlinked .github, a dangling link, --force over a link', async () => {
    const outside = tempDir('outside')
    const cases: [string, (dir: string) => void][] = [
      ['.github', dir => symlinkSync(outside, path.join(dir, '.github'))],
      [
        '.github/workflows/delivery-tick.yml',
        dir => {
          mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
          symlinkSync(
            path.join(outside, 'planted.yml'),
            path.join(dir, '.github/workflows/delivery-tick.yml')
          )
        }
      ],
      [
        '.delivery.yml',
        dir => {
          writeFileSync(path.join(outside, 'keep.yml'), 'mine\n')
          symlinkSync(path.join(outside, 'keep.yml'), path.join(dir, '.delivery.yml'))
        }
      ]
    ]
    for (const [link, plant] of cases) {
      const dir = repo()
      plant(dir)
      const run = await cli(['init', '--yes', '--force'], dir)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`${link} is a symbolic link`)
    }
    expect(readdirSync(outside)).toEqual(['keep.yml'])
    expect(readFileSync(path.join(outside, 'keep.yml'), 'utf8')).toBe('mine\n')
  })

  it('refuses bad answers, and a run with no terminal and no --yes, with nothing written', async () => {
    const dir = repo()
    for (const [args, message] of [
      [['--schedule', '* * *', '--yes'], 'is not a cron schedule of five fields'],
      [['--schedule', '* * * * *', '--yes'], 'more often than every 5 minutes'],
      [['--worker', 'gemini', '--yes'], 'must be claude or codex'],
      [['--max-cost=-3', '--yes'], 'must be a positive, finite number'],
      [['--max-cost=1e309', '--yes'], 'must be a positive, finite number'],
      [
        ['--worker', 'claude'],
        'no terminal to ask on: pass --yes for the defaults, or --schedule, --max-cost'
      ]
    ] as [string[], string][]) {
      const run = await cli(['init', ...args], dir)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(message)
    }
    expect(readdirSync(dir)).toEqual(['.git'])
  })
})

describe('init where it stands and what it is told', () => {
  it('writes at the repository root from a subdirectory, and refuses outside git with the fix', async () => {
    const dir = repo()
    mkdirSync(path.join(dir, 'packages/app'), { recursive: true })
    const run = await cli(['init', '--yes'], path.join(dir, 'packages/app'))
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(`init writes at the repository's root: ${realpathSync(dir)}`)
    expect(existsSync(path.join(dir, '.github/workflows/delivery-tick.yml'))).toBe(true)
    expect(existsSync(path.join(dir, 'packages/app/.github'))).toBe(false)

    const outside = tempDir('init')
    const refused = await cli(['init', '--yes'], outside)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('is not inside a git repository')
    expect(refused.stderr).toContain('`git init` first')
    expect(readdirSync(outside)).toEqual([])
  })

  it("listens for the repository's own CI by name: found in .github/workflows, or given", async () => {
    const dir = repo()
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
    const wf = (name: string, text: string) =>
      writeFileSync(path.join(dir, '.github/workflows', name), text)
    wf('build.yml', 'name: Build & Test\non: [push, pull_request]\njobs: {}\n')
    wf('lint.yaml', 'name: lint\non:\n  pull_request:\n    branches: [main]\njobs: {}\n')
    wf('deploy.yml', 'name: deploy\non:\n  push:\n    tags: [v*]\njobs: {}\n')
    wf('broken.yml', 'name: [unclosed\n')
    const run = await cli(['init', '--yes'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('CI the loop listens for: Build & Test, lint')
    for (const file of ['delivery-tick.yml', 'delivery-discover.yml']) {
      const text = read(dir, `.github/workflows/${file}`)
      const on = (parseYaml(text) as { on: { workflow_run: { workflows: string[] } } }).on
      expect(on.workflow_run.workflows).toEqual(['Build & Test', 'lint'])
      expect(await validWorkflow(file, text)).toEqual([])
    }
    const given = repo()
    expect((await cli(['init', '--yes', '--ci-workflows', 'tests, e2e'], given)).code).toBe(0)
    expect(read(given, '.github/workflows/delivery-tick.yml')).toContain(
      'workflows: [tests, e2e] # your CI workflows, by name'
    )
  })

  it('names every bad flag in one run, and refuses a Codex cost cap without prices, with the line to add', async () => {
    const dir = repo()
    const run = await cli(
      ['init', '--yes', '--worker', 'gemini', '--schedule', '* *', '--default-branch', 'a..b'],
      dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('fix these and run init again')
    expect(run.stderr).toContain('--worker must be claude or codex, not "gemini"')
    expect(run.stderr).toContain('--schedule "* *" is not a cron schedule')
    expect(run.stderr).toContain('--default-branch "a..b" is not a branch name')
    const codex = await cli(['init', '--yes', '--worker', 'codex', '--max-cost', '20'], dir)
    expect(codex.code).toBe(1)
    expect(codex.stderr).toContain('pass --prices gpt-5.1-codex=INPUT/OUTPUT')
    expect(codex.stderr).toContain('prices: { gpt-5.1-codex: { input: 1.25, output: 10 } }')
    const badPrice = await cli(['init', '--yes', '--prices', 'gpt-5=cheap/10'], dir)
    expect(badPrice.stderr).toContain('must be a price in USD per million tokens')
    expect(readdirSync(dir)).toEqual(['.git'])
  })
})
