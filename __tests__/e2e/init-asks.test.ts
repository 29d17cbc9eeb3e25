/**
 * `init` on a terminal, as a person answers it (keystrokes into the real prompts): each answer
 * is checked as it is typed — a bad one refused in place with the reason and asked again, never
 * an error at the end naming a flag nobody typed — the CI workflows chosen from those found, and
 * a Codex cost cap asks for the model's prices.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { tempDir } from '../../rig/harness.js'
import { parseConfig } from '../../src/config/load.js'
import { runInitCommand } from '../../src/init-command.js'
import { inquirerPrompter } from '../../src/init/prompter.js'

const ENTER = '\r'
const DOWN = '\x1b[B'
const UP = '\x1b[A'
const CLEAR_LINE = '\x15'

/**
 * A terminal that types each step's keys once the screen shows its text. Inquirer ends the
 * output stream it is given at each prompt's close; stderr never ends, so this one does not.
 */
function terminal(steps: [string, string][]) {
  const input = new PassThrough()
  let screen = ''
  let since = 0
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      screen += chunk.toString()
      const next = steps[0]
      if (next && screen.slice(since).includes(next[0])) {
        steps.shift()
        since = screen.length
        setImmediate(() => input.write(next[1]))
      }
      done()
    }
  })
  output.end = (() => output) as typeof output.end
  return { prompter: inquirerPrompter({ input, output }), screen: () => screen, steps }
}

function repo(): string {
  const dir = tempDir('init')
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
  return dir
}

const sink = () => {
  let text = ''
  const stream = new Writable({
    write(c: Buffer, _e, done) {
      text += c.toString()
      done()
    }
  })
  return { stream, text: () => text }
}

/** init on the scripted terminal; a question the script does not expect fails with the screen. */
async function init(dir: string, t: ReturnType<typeof terminal>) {
  const out = sink()
  const err = sink()
  let stuck: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    stuck = setTimeout(
      () =>
        reject(
          new Error(
            `init waits for an answer the script does not give; next: ${JSON.stringify(t.steps[0])}; screen ends: ${t.screen().slice(-300)}`
          )
        ),
      10_000
    )
  })
  const code = await Promise.race([
    timeout,
    runInitCommand({
      dir,
      yes: false,
      force: false,
      prompter: t.prompter,
      out: out.stream,
      err: err.stream
    })
  ]).finally(() => clearTimeout(stuck))
  return { code, out: out.text(), err: err.text() }
}

describe('init on a terminal', () => {
  it('refuses a bad answer where it is typed, with the reason, and takes the corrected one', async () => {
    const dir = repo()
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
    writeFileSync(
      path.join(dir, '.github/workflows/tests.yml'),
      'name: tests\non: pull_request\njobs: {}\n'
    )
    writeFileSync(
      path.join(dir, '.github/workflows/nightly.yml'),
      'name: nightly\non: schedule\njobs: {}\n'
    )
    const t = terminal([
      ['Which agent', ENTER], // claude, the default
      ['default branch', ENTER], // main, as found
      // tests is ticked (it runs on pull requests); nothing chosen is refused; tick nightly too.
      ['Which workflows are your CI', `${DOWN} ${ENTER}`],
      ['choose at least one', `${UP} ${DOWN} ${ENTER}`],
      ['How often', `${CLEAR_LINE}* * *${ENTER}`],
      ['is not a cron schedule of five fields', `${CLEAR_LINE}0 * * * *${ENTER}`],
      ['cost cap', `ten${ENTER}`],
      ['must be a positive, finite number', `${CLEAR_LINE}10${ENTER}`],
      ['Which commands', `${CLEAR_LINE}make test, lint${ENTER}`],
      ['the tool list cannot carry', `${CLEAR_LINE}make test${ENTER}`]
    ])
    const run = await init(dir, t)
    expect(t.steps).toEqual([])
    expect(run.code).toBe(0)
    const tick = readFileSync(path.join(dir, '.github/workflows/delivery-tick.yml'), 'utf8')
    expect(tick).toContain("- cron: '0 * * * *'")
    expect(tick).toContain('workflows: [nightly, tests]')
    expect(tick).toContain('Bash(make test)"')
    const { config } = parseConfig(readFileSync(path.join(dir, '.delivery.yml'), 'utf8'))
    expect(config.guardrails.budget.max_total_cost_usd).toBe(10)
  }, 60_000)

  it("asks a Codex cost cap for the model's prices, checked as typed", async () => {
    const dir = repo()
    const t = terminal([
      ['Which agent', `${DOWN}${ENTER}`], // codex
      ['default branch', ENTER],
      ['CI workflows by `name:`', ENTER], // none found: ci
      ['How often', ENTER],
      ['cost cap', `25${ENTER}`],
      ["Codex's model", ENTER],
      ['million input tokens', `free${ENTER}`],
      ['must be a price in USD per million tokens', `${CLEAR_LINE}1.25${ENTER}`],
      ['million output tokens', `10${ENTER}`]
    ])
    const run = await init(dir, t)
    expect(t.steps).toEqual([])
    expect(run.code).toBe(0)
    const { config, warnings } = parseConfig(readFileSync(path.join(dir, '.delivery.yml'), 'utf8'))
    expect(warnings).toEqual([])
    expect(config.guardrails.budget).toMatchObject({
      max_total_cost_usd: 25,
      prices: { 'gpt-5.1-codex': { input: 1.25, output: 10 } }
    })
    expect(config.dispatch.adapter).toBe('workflow')
  }, 60_000)

  it('writes nothing when the person stops at a question (Ctrl-C)', async () => {
    const dir = repo()
    const t = terminal([['Which agent', '\x03']])
    const run = await init(dir, t)
    expect(run.code).toBe(130)
    expect(run.err).toContain('init cancelled: nothing written')
    expect(readdirSync(dir)).toEqual(['.git'])
  }, 60_000)
})
