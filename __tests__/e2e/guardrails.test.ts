/**
 * Guardrails that remember, end to end: the built bundle, the emulator and the real
 * `@actions/cache`, with the clock moved by DELIVERY_LOOP_TEST_NOW — a week of a loop left alone,
 * in a minute.
 */
import { describe, expect, it } from '@jest/globals'
import { inflateRawSync } from 'node:zlib'
import { parseClaim } from '../../src/loop/markers.js'
import type { StateDocument } from '../../src/state/document.js'
import type { GuardrailsReport } from '../../src/tick/plan.js'
import { seedStateEntry } from '../../rig/cache/seed.js'
import { runAction, type ActionRun } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import type { Issue } from '../../rig/github/model.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopWorkspace as workspace, scheduledTick, seedClaim, unitIssue } from '../../rig/loop.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})
const unit = (title: string, labels: string[] = []) => unitIssue(rig, title, labels)

const T0 = Date.parse('2026-12-01T00:00:00Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()

let runs = 7000
/** One tick at `minutes` after T0: the emulator's clock and the action's clock agree. */
async function tickAt(
  minutes: number,
  ws: string,
  extra: Partial<Parameters<typeof runAction>[0]> = {}
) {
  rig.github.model.setClock(at(minutes))
  return scheduledTick(rig, ws, {
    runId: runs++,
    ...extra,
    env: { DELIVERY_LOOP_TEST_NOW: at(minutes), ...extra.env }
  })
}

const waveOf = (run: ActionRun) =>
  (JSON.parse(run.outputs.wave ?? '[]') as { issue: number; attempt: number }[]).map(
    w => `#${w.issue}@${w.attempt}`
  )
const comments = (issue: Issue) =>
  rig.github.model.comments.filter(c => c.issueNumber === issue.number)
const guardrails = (run: ActionRun) => run.report!.guardrails as GuardrailsReport

/** The state the dashboard issue mirrors. */
function mirrored(): StateDocument {
  const dash = rig.github.model.issues.find(i => i.labels.includes('delivery:dashboard'))!
  const m = /<!-- lc:state v1 ([A-Za-z0-9+/=]+) -->/.exec(dash.body ?? '')!
  return JSON.parse(inflateRawSync(Buffer.from(m[1], 'base64')).toString('utf8'))
}

describe('the per-issue breaker', () => {
  it('a worker that never opens a PR: dispatched twice, frozen once, never again — until a human removes needs-human', async () => {
    const issue = unit('never finishes')
    const ws = workspace(
      'guardrails:\n  budget:\n    max_attempts_per_issue: 3\n  circuit_breaker:\n    max_no_progress_attempts: 2\n'
    )
    const dispatched: string[] = []
    for (let hour = 0; hour <= 6; hour++) {
      const run = await tickAt(hour * 60, ws)
      expect(run.code).toBe(0)
      dispatched.push(...waveOf(run).map(w => `${hour}h:${w}`))
    }
    // The lease (120 min) of the first claim, written a second after the 0h tick, runs out at 3h.
    expect(dispatched).toEqual([`0h:#${issue.number}@1`, `3h:#${issue.number}@2`])
    expect(issue.labels).toContain('needs-human')
    const frozen = comments(issue).filter(c => c.body.startsWith('<!-- lc:frozen -->'))
    expect(frozen).toHaveLength(1)
    expect(frozen[0].body).toContain('2 attempts in a row made no progress')
    expect(frozen[0].body).toContain(`loop/issue-${issue.number}-retry-1`)
    expect(frozen[0].body).toContain('remove the `needs-human` label')

    issue.labels = issue.labels.filter(l => l !== 'needs-human')
    const retried = await tickAt(7 * 60, ws)
    expect(waveOf(retried)).toEqual([`#${issue.number}@3`])
    expect(guardrails(retried).unfrozen).toEqual([issue.number])
    expect(mirrored().guardrails!.issues[String(issue.number)]).toMatchObject({
      streak: 0,
      attempts_base: 2
    })
  }, 120_000)
})

describe('state that survives losing the cache', () => {
  it('restores from the mirror, then rebuilds from GitHub facts: counts, freezes and in-flight work survive', async () => {
    const [a, b] = [unit('a'), unit('b')]
    const frozen = unit('frozen', ['needs-human'])
    const ws = workspace(
      'guardrails:\n  budget:\n    max_dispatches_per_tick: 2\n    max_dispatches_per_day: 3\n'
    )
    const first = await tickAt(0, ws)
    expect(waveOf(first).sort()).toEqual([`#${a.number}@1`, `#${b.number}@1`].sort())

    rig.cache.evictAll()
    const c = unit('c')
    const second = await tickAt(10, ws)
    expect((second.report!.state as { restored_from: string }).restored_from).toMatch(
      /^dashboard:#\d+$/
    )
    expect(waveOf(second)).toEqual([`#${c.number}@1`])
    expect(guardrails(second).budgets.dispatches_in_window).toBe('2/3 in 24 h')

    rig.cache.evictAll()
    const dash = rig.github.model.issues.find(i => i.labels.includes('delivery:dashboard'))!
    dash.body = '<!-- lc:dashboard -->\n# Delivery Loop\n(the state block was removed)'
    const d = unit('d')
    const third = await tickAt(20, ws)
    expect(third.code).toBe(0)
    expect(third.stdout).toContain('holds no state block')
    expect(waveOf(third)).toEqual([])
    expect(guardrails(third).budgets.dispatches_in_window).toBe('3/3 in 24 h')
    expect(third.report!.skipped).toContainEqual({
      issue: d.number,
      reason: 'dispatches 3/3 in the last 24 h'
    })
    const classes = Object.fromEntries(
      (third.report!.issues as { issue: number; class: string }[]).map(i => [i.issue, i.class])
    )
    expect(classes[a.number]).toBe('claimed')
    expect(classes[frozen.number]).toBe('needs-human')
    // The rebuilt state is written back, with the attempts the claims show.
    expect(Object.keys(mirrored().tick!.attempts).sort()).toEqual(
      [a, b, c].map(i => String(i.number)).sort()
    )
  }, 120_000)

  // One unreadable entry end to end; which entries are unreadable is parseState's table
  // (__tests__/unit/state.test.ts: not JSON, the wrong schema, another version).
  it.each([['not JSON', 'this is not json']])(
    'a cache entry that is %s is a warning; the tick falls back to the mirror',
    async (_what, text) => {
      const a = unit('a')
      const ws = workspace('')
      await tickAt(0, ws)
      await seedStateEntry(rig.cache, 'delivery-loop-state-v1-1296269-9999999-1-99', text)
      const next = await tickAt(10, ws)
      expect(next.code).toBe(0)
      expect(next.stdout).toMatch(
        /::warning::State: cache entry delivery-loop-state-v1-1296269-9999999-1-99: /
      )
      expect((next.report!.state as { restored_from: string }).restored_from).toMatch(
        /dashboard:#\d+/
      )
      expect(waveOf(next)).toEqual([])
      expect(guardrails(next).budgets.dispatches_in_window).toBe('1/20 in 24 h')
      expect(holding(a)).toHaveLength(1)
    },
    60_000
  )
})

describe('the cache is scoped by ref, as GitHub scopes it', () => {
  it('a state a pull request’s run saved, however new, is invisible to the default branch’s tick', async () => {
    const a = unit('a')
    const ws = workspace('')
    const planted = {
      version: 1,
      seq: 999,
      updated_at: at(0),
      tick: { attempts: {}, paused: true },
      guardrails: { issues: {}, usage: {} },
      run: { id: '1', attempt: '1' },
      repository: { id: 1296269 }
    }
    await seedStateEntry(
      rig.cache,
      'delivery-loop-state-v1-1296269-9999999-1-999',
      JSON.stringify(planted),
      'refs/pull/7/merge'
    )
    const run = await tickAt(0, ws)
    expect((run.report!.state as { restored_from: string }).restored_from).toBe('none')
    expect(waveOf(run)).toEqual([`#${a.number}@1`])
    // The same entry saved on the default branch is what a tick resumes from.
    await seedStateEntry(
      rig.cache,
      'delivery-loop-state-v1-1296269-9999999-1-999',
      JSON.stringify(planted)
    )
    const next = await tickAt(10, ws)
    expect(next.outputs.status).toBe('paused')
  }, 60_000)
})

describe('a clock that ran ahead', () => {
  it('attempts and a breaker dated years ahead count from now and age out, never holding the window for years', async () => {
    const ws = workspace('guardrails:\n  budget:\n    max_dispatches_per_day: 3\n')
    const ahead = new Date(T0 + 3 * 365 * 24 * 3600_000).toISOString()
    const state = {
      version: 1,
      seq: 99,
      updated_at: ahead,
      tick: {
        attempts: Object.fromEntries(
          [901, 902, 903].map(n => [
            String(n),
            [
              {
                attempt: 1,
                at: ahead,
                kind: 'new',
                run: '1',
                adapter: 'matrix',
                branch: `loop/issue-${n}`
              }
            ]
          ])
        )
      },
      guardrails: {
        issues: {},
        usage: {},
        breaker: {
          state: 'open',
          failed_ticks: 3,
          opened_at: ahead,
          cooldown_minutes: 60,
          updated_at: ahead
        }
      },
      run: { id: '1', attempt: '1' },
      repository: { id: 1296269 }
    }
    await seedStateEntry(
      rig.cache,
      'delivery-loop-state-v1-1296269-9999999-1-99',
      JSON.stringify(state)
    )
    const a = unit('a')
    const held = await tickAt(10, ws)
    expect(waveOf(held)).toEqual([])
    // A day and a cooldown later, the future dates have aged out like any other.
    const later = await tickAt(25 * 60, ws)
    expect(waveOf(later)).toEqual([`#${a.number}@1`])
  }, 60_000)
})

function holding(issue: Issue) {
  return comments(issue)
    .map(c => parseClaim(c.body))
    .filter(c => c && c.phase !== 'released')
}

describe('finished runs settle at once', () => {
  it('a matrix run that ended without a pull request: the next tick dispatches attempt 2, charged, with no wait for the lease', async () => {
    const issue = unit('solo')
    const ws = workspace('')
    const first = await tickAt(0, ws, { runId: 9100 })
    expect(waveOf(first)).toEqual([`#${issue.number}@1`])
    // The tick's run (its worker and publish jobs) is still going: the claim holds.
    const run = rig.github.model.addRun({
      id: 9100,
      name: 'delivery-loop tick',
      status: 'in_progress',
      jobs: [{ name: 'work', conclusion: 'success', log: '' }]
    })
    expect(waveOf(await tickAt(10, ws))).toEqual([])
    // It ended and nothing was published: the attempt is over now, not in 120 minutes.
    run.status = 'completed'
    run.conclusion = 'success'
    const after = await tickAt(20, ws)
    expect(waveOf(after)).toEqual([`#${issue.number}@2`])
    const reasons = (after.report!.issues as { issue: number; reason: string }[])
      .filter(c => c.issue === issue.number)
      .map(c => c.reason)
    expect(reasons[0]).toContain(
      "the worker's run 9100 ended (success) with no pull request: a no-progress attempt"
    )
    expect(holding(issue).map(c => c!.attempt)).toEqual([1, 2])
  }, 60_000)

  it('a workflow-adapter run that ended without a pull request settles too: its claim names the run the dispatch started', async () => {
    const issue = unit('solo')
    const ws = workspace('dispatch:\n  adapter: workflow\n  workflow: worker.yml\n')
    const first = await tickAt(0, ws)
    expect(waveOf(first)).toEqual([`#${issue.number}@1`])
    const started = rig.github.model.runs.find(r => r.path === '.github/workflows/worker.yml')!
    expect(started).toMatchObject({ event: 'workflow_dispatch', status: 'queued' })
    expect(holding(issue)[0]).toMatchObject({ phase: 'dispatched', worker: String(started.id) })
    started.status = 'in_progress'
    expect(waveOf(await tickAt(10, ws))).toEqual([])
    started.status = 'completed'
    started.conclusion = 'failure'
    const after = await tickAt(20, ws)
    expect(waveOf(after)).toEqual([`#${issue.number}@2`])
    const reasons = (after.report!.issues as { issue: number; reason: string }[])
      .filter(c => c.issue === issue.number)
      .map(c => c.reason)
    expect(reasons[0]).toContain(
      `the worker's run ${started.id} ended (failure) with no pull request`
    )
  }, 60_000)
})

describe('the global breaker', () => {
  it('opens after three ticks of failed dispatches, probes once after the cooldown, doubles it on failure, closes on success', async () => {
    const issues = [unit('one'), unit('two')]
    const ws = workspace('dispatch:\n  adapter: workflow\n  workflow: worker.yml\n')
    // GitHub refuses every dispatch (a 5xx would be ambiguous: charged, never re-sent).
    rig.github.inject({
      method: 'POST',
      path: /\/dispatches$/,
      status: 422,
      message: "Workflow does not have 'workflow_dispatch' trigger"
    })
    for (let i = 0; i < 3; i++) {
      const failing = await tickAt(i, ws)
      expect(failing.code).not.toBe(0)
      expect(failing.stdout).toContain('every dispatch failed')
    }
    const open = await tickAt(4, ws)
    expect(open.code).toBe(0)
    expect(open.outputs.status).toBe('breaker-open')
    expect(waveOf(open)).toEqual([])
    expect(open.report!.skipped).toContainEqual(
      expect.objectContaining({
        reason: expect.stringMatching(/^breaker open until 01:02 UTC \(cooldown 60 min\)$/)
      })
    )
    const dispatchCalls = () =>
      rig.github.log.filter(r => r.method === 'POST' && /\/dispatches$/.test(r.path)).length

    // After the cooldown: exactly one probe; it fails, and the cooldown doubles.
    const before = dispatchCalls()
    const probe = await tickAt(63, ws)
    expect(guardrails(probe).breaker.transitions.map((t: { to: string }) => t.to)).toEqual([
      'half-open',
      'open'
    ])
    expect(guardrails(probe).breaker.cooldown_minutes).toBe(120)
    // One probe: every dispatch request of that tick (retries included) is for one issue.
    expect(
      new Set(
        probe.requests.filter(r => /\/dispatches$/.test(r.path)).map(r => JSON.stringify(r.body))
      ).size
    ).toBe(1)
    expect(dispatchCalls()).toBeGreaterThan(before)
    expect((await tickAt(150, ws)).outputs.status).toBe('breaker-open')

    // The next probe succeeds: closed, and dispatch goes on.
    rig.github.clearFaults()
    const healed = await tickAt(63 + 121, ws)
    expect(healed.code).toBe(0)
    expect(waveOf(healed)).toHaveLength(1)
    expect(guardrails(healed).breaker).toMatchObject({ state: 'closed', failed_ticks: 0 })
    const after = await tickAt(63 + 122, ws)
    expect(waveOf(after)).toHaveLength(1)
    expect(issues.every(i => holding(i).length === 1)).toBe(true)
  }, 180_000)
})

function attest(cost: number, tokens = 1000): string {
  return `<!-- lc:attest ${JSON.stringify({
    role: 'worker',
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    exit_code: 0,
    // After the claim (23:30): a record is charged to the attempt it belongs to.
    started_at: '2026-11-30T23:31:00Z',
    ended_at: `2026-11-30T23:${String(32 + (Math.round(cost * 10) % 20)).padStart(2, '0')}:00Z`,
    tokens: { input: tokens, output: tokens / 2 },
    cost_usd: cost
  })} -->`
}

/** A unit issue the loop dispatched, with its worker's pull request. */
function worked(title: string, prBody: string): Issue {
  const m = rig.github.model
  const bot = m.userByLogin('github-actions[bot]')!.id
  const issue = unit(title, ['status:implementing'])
  seedClaim(rig, issue, 1, at(-30))
  m.openPull({
    head: `loop/issue-${issue.number}`,
    title,
    body: `Closes #${issue.number}\n\n${prBody}`,
    userId: bot
  })
  return issue
}

describe('usage caps from attestations', () => {
  it('$4.90 of $5.00: one more dispatch at most, then none — and a record seen twice is charged once', async () => {
    worked('w1', [attest(0.7), attest(0.7, 2000), attest(0.7, 3000)].join('\n'))
    worked('w2', [attest(0.7, 4000), attest(0.7, 5000)].join('\n'))
    worked('w3', [attest(0.7, 6000), attest(0.7, 7000)].join('\n'))
    const ready = [unit('r1'), unit('r2'), unit('r3')]
    const ws = workspace(
      'guardrails:\n  budget:\n    max_total_cost_usd: 5\n    max_in_flight: 10\n    max_dispatches_per_tick: 3\n'
    )
    const first = await tickAt(0, ws)
    expect(waveOf(first)).toEqual([`#${ready[0].number}@1`])
    expect(guardrails(first).budgets.cost).toBe('$4.90 of $5.00 in 24 h')
    expect(first.report!.skipped).toContainEqual({
      issue: ready[1].number,
      reason: 'cost $4.90 of $5.00 in 24 h (+ ~$0.70 for 1 attempt(s) without a record yet)'
    })
    expect(guardrails(first).usage.charged).toHaveLength(7)
    // The dashboard names the cap that holds the rest, not a slot (3 of 10 are free).
    const dash = rig.github.model.issues.find(i => i.labels.includes('delivery:dashboard'))!
    const row = dash.body!.split('\n').find(l => l.includes(`#${ready[1].number}`))
    expect(row).toContain('held: the token or cost cap of `guardrails.budget` is reached')
    expect(dash.body).not.toContain('waits for a free slot')
    const second = await tickAt(30, ws)
    expect(waveOf(second)).toEqual([])
    expect(guardrails(second).usage.charged).toEqual([])
    expect(guardrails(second).budgets.cost).toBe('$4.90 of $5.00 in 24 h')
  }, 60_000)

  it('a worker pull request without any usage record stops dispatch while a cap is set, naming the PR', async () => {
    const bare = worked('no record', 'I did it.')
    const pr = rig.github.model.issues.find(
      i => i.pull && i.body?.startsWith(`Closes #${bare.number}`)
    )!
    unit('ready')
    const capped = await tickAt(
      0,
      workspace('guardrails:\n  budget:\n    max_total_tokens: 1000000\n')
    )
    expect(waveOf(capped)).toEqual([])
    expect((capped.report!.skipped as { reason: string }[])[0].reason).toContain(
      `no usage evidence for worker pull request #${pr.number} (for #${bare.number})`
    )
    const uncapped = await tickAt(1, workspace(''))
    expect(waveOf(uncapped)).toHaveLength(1)
  }, 60_000)

  it('reports invalid records with the reason and charges nothing for them', async () => {
    worked('bad', '<!-- lc:attest {"role":"worker"} -->\n<!-- lc:attest not json -->')
    const run = await tickAt(0, workspace(''))
    const invalid = guardrails(run).usage.invalid as { where: string; reason: string }[]
    expect(invalid.map(i => i.reason)).toEqual([
      expect.stringContaining("must have required property 'provider'"),
      expect.stringContaining('not JSON')
    ])
    expect(run.summary).toContain('invalid attestation in pull request')
  }, 60_000)
})

describe('usage bound to attempts', () => {
  const record = (fields: Record<string, unknown>) =>
    `<!-- lc:attest ${JSON.stringify({
      role: 'worker',
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      exit_code: 0,
      started_at: '2026-11-30T23:40:00Z',
      ended_at: '2026-11-30T23:50:00Z',
      tokens: { input: 1000, output: 500 },
      cost_usd: 1,
      ...fields
    })} -->`
  const capped = () =>
    workspace('guardrails:\n  budget:\n    max_total_cost_usd: 50\n    max_in_flight: 10\n')

  it('a $400 record dated 2020 is refused, not evidence: the cap stops dispatch instead of never seeing it', async () => {
    const old = worked(
      'old record',
      record({
        started_at: '2020-01-01T00:00:00Z',
        ended_at: '2020-01-01T01:00:00Z',
        cost_usd: 400
      })
    )
    unit('ready')
    const run = await tickAt(0, capped())
    const invalid = guardrails(run).usage.invalid as { where: string; reason: string }[]
    expect(invalid).toEqual([
      {
        where: expect.stringMatching(/^pull request #\d+$/),
        reason: expect.stringMatching(
          /^refused: ended 2020-01-01T01:00:00Z, before attempt 1 was dispatched/
        )
      }
    ])
    expect(waveOf(run)).toEqual([])
    expect((run.report!.skipped as { reason: string }[])[0].reason).toContain(
      `no usage evidence for worker pull request`
    )
    expect((run.report!.skipped as { reason: string }[])[0].reason).toContain(`#${old.number}`)
    expect(guardrails(run).budgets.cost).toBe('$0.00 of $50.00 in 24 h')
  }, 60_000)

  it('records dated in the future or naming another issue are refused; a bound one is charged in the window', async () => {
    const future = worked(
      'future',
      record({ started_at: '2027-06-01T00:00:00Z', ended_at: '2027-06-01T01:00:00Z', cost_usd: 9 })
    )
    const other = worked('other', record({ issue: 9999, cost_usd: 7 }))
    const good = worked('good', record({ attempt: 1, cost_usd: 3 }))
    const run = await tickAt(0, workspace(''))
    const reasons = (guardrails(run).usage.invalid as { reason: string }[]).map(i => i.reason)
    expect(reasons).toEqual([
      'refused: ended_at 2027-06-01T01:00:00Z is in the future',
      `refused: names issue #9999, but was found on #${other.number}`
    ])
    expect(guardrails(run).budgets.cost).toBe('$3.00 in 24 h')
    expect(guardrails(run).usage.charged).toHaveLength(1)
    expect(future.number).toBeLessThan(good.number)
  }, 60_000)
})

describe('two ticks at once', () => {
  it('the state left behind holds both runs’ attempts (6 trials)', async () => {
    // Two runs at once run on two runners: each has its own workspace.
    const config =
      'guardrails:\n  budget:\n    max_in_flight: 100\n    max_dispatches_per_tick: 2\n    max_dispatches_per_day: 1000\n'
    const [wsX, wsY] = [workspace(config), workspace(config)]
    for (let trial = 0; trial < 6; trial++) {
      const issues = [
        unit(`t${trial}a`),
        unit(`t${trial}b`),
        unit(`t${trial}c`),
        unit(`t${trial}d`)
      ]
      rig.github.resetQuota()
      rig.github.model.setClock(at(trial))
      const env = { DELIVERY_LOOP_TEST_NOW: at(trial) }
      const [x, y] = await Promise.all([tickAt(trial, wsX, { env }), tickAt(trial, wsY, { env })])
      for (const run of [x, y])
        expect(`exit ${run.code}\n${run.code ? run.stdout : ''}`).toBe('exit 0\n')
      const sent = [...waveOf(x), ...waveOf(y)]
      expect(new Set(sent).size).toBe(sent.length)
      const attempts = mirrored().tick!.attempts
      for (const w of sent) expect(Object.keys(attempts)).toContain(w.slice(1, w.indexOf('@')))
      expect(sent.length).toBeGreaterThanOrEqual(2)
      expect(issues.length).toBe(4)
    }
  }, 240_000)
})
