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
    const dir = tempDir('init')
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
    const dir = tempDir('init')
    const run = await cli(
      ['init', '--worker', 'codex', '--schedule', '0 */2 * * *', '--max-cost', '20'],
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
    expect(run.stdout).toContain('OPENAI_API_KEY')
  })

  it('lets the Claude worker run the toolchain it finds, listens on the default branch, refuses a command the list cannot carry', async () => {
    const dir = tempDir('init')
    writeFileSync(path.join(dir, 'package.json'), '{}\n')
    writeFileSync(path.join(dir, 'pnpm-lock.yaml'), '\n')
    writeFileSync(path.join(dir, 'go.mod'), 'module x\n')
    execFileSync('git', ['init', '-q', '-b', 'trunk'], { cwd: dir })
    expect((await cli(['init', '--yes'], dir)).code).toBe(0)
    const tick = read(dir, '.github/workflows/delivery-tick.yml')
    expect(tick).toContain(
      '--allowedTools "Read,Edit,Write,Glob,Grep,Bash(pnpm install --frozen-lockfile --ignore-scripts),Bash(pnpm test),Bash(go build ./...),Bash(go test ./...)"'
    )
    expect(await validWorkflow('delivery-tick.yml', tick)).toEqual([])
    expect(read(dir, '.github/workflows/delivery-compile.yml')).toContain('branches: [trunk]')
    const other = tempDir('init')
    const given = await cli(['init', '--yes', '--test-commands', 'make check; make lint'], other)
    expect(given.code).toBe(0)
    expect(read(other, '.github/workflows/delivery-tick.yml')).toContain(
      'Bash(make check),Bash(make lint)"'
    )
    const bad = await cli(
      ['init', '--yes', '--test-commands', 'npm test, npm run e2e'],
      tempDir('init')
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('the tool list cannot carry')
  })

  it('keeps what exists unless --force', async () => {
    const dir = tempDir('init')
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
      const dir = tempDir('init')
      plant(dir)
      const run = await cli(['init', '--yes', '--force'], dir)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`${link} is a symbolic link`)
    }
    expect(readdirSync(outside)).toEqual(['keep.yml'])
    expect(readFileSync(path.join(outside, 'keep.yml'), 'utf8')).toBe('mine\n')
  })

  it('refuses bad answers, and a run with no terminal and no --yes, with nothing written', async () => {
    const dir = tempDir('init')
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
    expect(readdirSync(dir)).toEqual([])
  })
})
