/**
 * Bad input and faults end to end (built bundle, emulator, real `@actions/cache`): a broken
 * roadmap never costs work — no mass closure, what GitHub refuses is skipped and retried, and a
 * long rate-limit wait or a stalled server ends the run early instead of holding the runner.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction } from '../../rig/harness.js'
import { startRig, type Rig } from '../../rig/index.js'
import { loopWorkspace } from '../../rig/loop.js'
import { freshRigPerTest } from '../../rig/per-test.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

/** A roadmap of `units` units with two slices each (doc, then code needing it). */
function roadmap(units: number, from = 0): string {
  return Array.from(
    { length: units },
    (_, i) =>
      `## Unit ${from + i}\nIntent ${from + i}.\n\n- doc: Design ${from + i}\n- code: Build ${from + i}\n`
  ).join('\n')
}

function seed(text: string | Buffer, r: Rig = rig): void {
  r.github.model.writeFile('main', 'ROADMAP.md', Buffer.isBuffer(text) ? text : Buffer.from(text))
}

function compile(
  inputs: Record<string, string> = {},
  more: Partial<Parameters<typeof runAction>[0]> = {},
  r: Rig = rig
) {
  return runAction({
    github: r.github,
    cache: r.cache,
    inputs: { mode: 'compile', ...inputs },
    eventName: 'push',
    ...more
  })
}

const units = (r: Rig = rig) =>
  r.github.model.issues.filter(i => !i.pull && i.labels.includes('delivery:unit'))
const open = (r: Rig = rig) => units(r).filter(i => i.state === 'open')

describe('bad input end to end', () => {
  it('compiles a roadmap saved with a BOM exactly as without it', async () => {
    seed(roadmap(3))
    expect((await compile()).outputs.created).toBe('6')
    const before = units().map(i => [i.number, i.title, i.body])
    seed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(roadmap(3))]))
    rig.github.clearLog()
    const again = await compile()
    expect(again.code).toBe(0)
    expect(again.outputs).toMatchObject({ created: '0', updated: '0', closed: '0' })
    expect(units().map(i => [i.number, i.title, i.body])).toEqual(before)
    expect(open()).toHaveLength(6)
  })

  it('refuses a junk roadmap before any write and closes nothing', async () => {
    seed(roadmap(3))
    await compile()
    seed(Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256)))
    rig.github.clearLog()
    const run = await compile()
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain('ROADMAP.md is not a Markdown roadmap')
    expect(rig.github.writes()).toEqual([])
    expect(open()).toHaveLength(6)
  })

  it('stops a compile that would close 30 issues until the exact number is confirmed', async () => {
    seed(roadmap(20))
    await compile()
    expect(open()).toHaveLength(40)
    seed(roadmap(5))
    rig.github.clearLog()
    const stopped = await compile()
    expect(stopped.code).not.toBe(0)
    expect(stopped.outputs.status).toBe('needs-confirmation')
    expect(stopped.stdout).toContain(
      'this compile would close 30 issue(s) whose units are no longer in ROADMAP.md — more than compile.max_closes_per_run (10)'
    )
    expect(stopped.stdout).toContain('confirm-closes: 30')
    expect(rig.github.writes()).toEqual([])
    expect(open()).toHaveLength(40)

    const wrong = await compile({ 'confirm-closes': '3' })
    expect(wrong.code).not.toBe(0)
    expect(wrong.stdout).toContain('(confirm-closes is 3, not 30)')
    expect(open()).toHaveLength(40)

    // On a pull request, the plan comment says it in bold.
    const pr = rig.github.model.openPull({
      head: 'shrink',
      title: 'Shrink the roadmap',
      body: '',
      userId: rig.github.model.userByLogin('maintainer')!.id
    })
    rig.github.model.writeFile('shrink', 'ROADMAP.md', Buffer.from(roadmap(5)))
    const plan = await compile(
      {},
      { eventName: 'pull_request', event: { pull_request: { number: pr.number } } }
    )
    expect(plan.outputs.status).toBe('planned')
    const comment = rig.github.model.comments.find(c => c.issueNumber === pr.number)
    expect(comment?.body).toContain(
      '**⚠️ Applying this plan would stop: this compile would close 30'
    )

    const confirmed = await compile({ 'confirm-closes': '30' })
    expect(confirmed.code).toBe(0)
    expect(confirmed.outputs.closed).toBe('30')
    expect(open()).toHaveLength(10)
  })

  it('creates every slice in one run despite a 100,000-character slice line, with a capped title and body', async () => {
    const long = `- code: ${'Make it so. '.repeat(8_400)}`
    seed(`${roadmap(3)}\n## Long one\n- doc: short first\n${long}\n- doc: after the long one\n`)
    const run = await compile()
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'applied', created: '9' })
    const big = units().find(i => i.title.startsWith('Code: Make it so.'))!
    expect(big.title.length).toBeLessThanOrEqual(256)
    expect(big.title.endsWith('…')).toBe(true)
    expect(big.body!.length).toBeLessThan(65_536)
    expect(run.stdout.length).toBeLessThan(60_000)
  })

  it('skips a slice GitHub refuses, creates the rest, lets its dependents wait, and retries next run', async () => {
    seed(roadmap(3))
    // The first create (Design 0) is refused; Build 0 needs it and waits.
    rig.github.inject({ method: 'POST', path: /\/issues$/, status: 422, times: 1 })
    const first = await compile()
    expect(first.code).toBe(0)
    expect(first.outputs.status).toBe('partial')
    expect(
      units()
        .map(i => i.title)
        .sort()
    ).toEqual(['Code: Build 1', 'Code: Build 2', 'Doc: Design 1', 'Doc: Design 2'].sort())
    const remaining = first.report!.remaining as { ref: string; line: number; reason: string }[]
    expect(remaining).toEqual([
      expect.objectContaining({
        ref: 'unit-0/doc-1',
        line: 4,
        reason: expect.stringContaining('GitHub refused it')
      }),
      expect.objectContaining({
        ref: 'unit-0/code-1',
        line: 5,
        reason: 'waits for 1 blocker(s) GitHub refused to create'
      })
    ])
    const second = await compile()
    expect(second.outputs).toMatchObject({ status: 'applied', created: '2' })
    expect(units()).toHaveLength(6)
    const build0 = units().find(i => i.title === 'Code: Build 0')!
    const design0 = units().find(i => i.title === 'Doc: Design 0')!
    expect(build0.labels).toContain(`blocked-by:#${design0.number}`)
  })

  it('does not sleep out a retry-after of an hour: it stops early, says what remains, and the next run finishes without duplicates', async () => {
    seed(roadmap(5))
    rig.github.inject({
      method: 'POST',
      path: /\/issues$/,
      status: 403,
      retryAfter: 3600,
      times: 1000
    })
    const started = performance.now()
    const first = await compile()
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(first.stdout).toContain('beyond the wait cap')
    expect(first.outputs.status).toBe('partial')
    expect(first.summary).toMatch(/rate limit stopped this compile early \(it lifts at 20\d\d-/)
    expect((first.report!.remaining as unknown[]).length).toBe(10)
    rig.github.clearFaults()
    const second = await compile()
    expect(second.outputs).toMatchObject({ status: 'applied', created: '10' })
    expect(units()).toHaveLength(10)
    expect(new Set(units().map(i => i.title)).size).toBe(10)
  })

  it('plans its writes within the quota left and continues after the reset, without duplicates', async () => {
    const small = await startRig({ rateLimit: 40 })
    try {
      seed(roadmap(12), small)
      const ws = loopWorkspace('api:\n  reserve: 5\n')
      const first = await compile({}, { workspace: ws }, small)
      expect(first.code).toBe(0)
      expect(first.outputs.status).toBe('partial')
      expect(first.stdout).toMatch(
        /API requests left until .*: this compile makes at most \d+ writes/
      )
      const made = units(small).length
      expect(made).toBeGreaterThan(0)
      expect(made).toBeLessThan(24)
      // Nothing is left of the REST budget its writes spend: the next run reads (GraphQL points
      // are a budget of their own), writes nothing, and says when the limit lifts.
      const dry = await compile({}, { workspace: ws }, small)
      expect(dry.outputs).toMatchObject({ status: 'partial', created: '0' })
      expect(dry.stdout).toMatch(/\d+ API requests left until \S+ .*at most 0 writes/)
      expect(units(small).length).toBe(made)
      small.github.resetQuota()
      let runs = 0
      while (units(small).length < 24 && runs++ < 5) {
        small.github.resetQuota()
        await compile({}, { workspace: ws }, small)
      }
      expect(units(small)).toHaveLength(24)
      expect(new Set(units(small).map(i => i.title)).size).toBe(24)
      expect(small.conformance.report()).toBe('')
    } finally {
      await small.stop()
    }
  })

  it('gives up on a stalled server after the request timeout instead of waiting it out', async () => {
    seed(roadmap(1))
    rig.github.inject({ method: 'GET', latencyMs: 20_000, times: 1000 })
    const started = performance.now()
    const run = await compile({}, { env: { DELIVERY_LOOP_REQUEST_TIMEOUT_MS: '300' } })
    expect(performance.now() - started).toBeLessThan(15_000)
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/GitHub API error while trying to/)
    expect(rig.github.writes()).toEqual([])
    rig.github.clearFaults()
  })

  it('a tick meeting a retry-after of an hour ends within the cap', async () => {
    rig.github.inject({ status: 403, retryAfter: 3600, times: 1000 })
    const started = performance.now()
    const run = await runAction({
      github: rig.github,
      cache: rig.cache,
      inputs: { mode: 'tick' },
      workspace: loopWorkspace(),
      eventName: 'schedule'
    })
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(run.stdout).toContain('beyond the wait cap')
    rig.github.clearFaults()
  })

  it('a roadmap nested thousands deep fails compile at once with its line, and never stops a tick', async () => {
    const hostile = `## Unit\n\n- code: First slice\n${'- '.repeat(4000)}deep\n${'> '.repeat(50_000)}x\n`
    seed(hostile)
    const run = await compile()
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain(
      '::error title=Roadmap error,file=ROADMAP.md,line=4::this line nests more than 32 levels deep'
    )
    expect(rig.github.writes()).toEqual([])

    // With it on the default branch, the tick goes on in priority and age order and says why.
    const unit = rig.github.model.createIssue({
      title: 'Code: First slice',
      body: 'work',
      labels: ['delivery:unit'],
      userId: rig.github.model.userByLogin('github-actions[bot]')!.id
    })
    const tick = await runAction({
      github: rig.github,
      cache: rig.cache,
      inputs: { mode: 'tick' },
      workspace: loopWorkspace(),
      eventName: 'schedule'
    })
    expect(tick.code).toBe(0)
    expect(JSON.parse(tick.outputs.wave)).toMatchObject([{ issue: unit.number }])
    expect(tick.report!.notices).toEqual([
      expect.stringContaining('ROADMAP.md is invalid (1 error(s), the first at line 4')
    ])
  })
})
