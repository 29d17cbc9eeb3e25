/**
 * Each guardrail rule on its own, as a table: the candidate, the context and what the wave took
 * so far, and what the rule answers — nothing (allow) or the reason a person reads on the
 * dashboard. `gate` then runs them in order and counts what it lets through.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { apiRoom } from '../../src/guardrails/api-room.js'
import { apiRule } from '../../src/guardrails/rules/api.js'
import { attemptsRule } from '../../src/guardrails/rules/attempts.js'
import { breakerRule } from '../../src/guardrails/rules/breaker.js'
import { collisionRule } from '../../src/guardrails/rules/collision.js'
import { gate } from '../../src/guardrails/rules/index.js'
import { perTickRule } from '../../src/guardrails/rules/per-tick.js'
import { slotsRule } from '../../src/guardrails/rules/slots.js'
import type { Candidate, GuardContext, Rule, Tally } from '../../src/guardrails/rules/types.js'
import { usageRule } from '../../src/guardrails/rules/usage.js'
import { windowRule } from '../../src/guardrails/rules/window.js'
import { reviewRule } from '../../src/guardrails/rules/review.js'
import {
  expectedWaitHours,
  reviewPace,
  type MergeSample
} from '../../src/guardrails/review-pace.js'

/** A Wednesday, 09:30 UTC. */
const NOW = new Date('2026-12-02T09:30:00Z')

const config = (more = '') => parseConfig(`version: 1\n${more}`).config

/** The room `core` requests and `points` left give, with api.reserve 100. */
function room(core: number, points = 900) {
  const of = (remaining: number) => ({ limit: 1000, remaining, resetAt: '2026-11-24T13:00:00Z' })
  return apiRoom({ core: of(core), graphql: of(points) }, 100)
}

function context(more: Partial<GuardContext> = {}): GuardContext {
  return {
    config: config(),
    breaker: { kind: 'all' },
    usage: { window_hours: 24, tokens: 0, cost_usd: 0 },
    unattested: 0,
    missingEvidence: [],
    busy: 0,
    recent: 0,
    api: room(900),
    touching: [],
    review: reviewPace({ waiting: [], onTheWay: 0, merged: [], now: NOW }),
    ...more
  }
}

const tally = (more: Partial<Tally> = {}): Tally => ({ all: 0, new: 0, files: [], ...more })
const task = (more: Partial<Candidate> = {}): Candidate => ({
  issue: 7,
  kind: 'new',
  attempts: 0,
  ...more
})

type Row = [string, Rule, Candidate, GuardContext, Tally, RegExp | undefined]

const COST_CAP = config('guardrails:\n  budget:\n    max_total_cost_usd: 5\n')

const ROWS: Row[] = [
  [
    'attempts: under the budget',
    attemptsRule,
    task({ attempts: 2 }),
    context(),
    tally(),
    undefined
  ],
  [
    'attempts: the budget used',
    attemptsRule,
    task({ attempts: 3 }),
    context(),
    tally(),
    /attempts 3\/3 for #7/
  ],
  [
    'attempts: a conflict task is bounded elsewhere',
    attemptsRule,
    task({ attempts: 9, kind: 'conflict' }),
    context(),
    tally(),
    undefined
  ],
  ['breaker: closed', breakerRule, task(), context(), tally(), undefined],
  [
    'breaker: open',
    breakerRule,
    task(),
    context({ breaker: { kind: 'none', reason: 'breaker open until 13:00' } }),
    tally(),
    /breaker open until 13:00/
  ],
  [
    'breaker: half-open, the probe',
    breakerRule,
    task(),
    context({ breaker: { kind: 'probe' } }),
    tally(),
    undefined
  ],
  [
    'breaker: half-open, after the probe',
    breakerRule,
    task(),
    context({ breaker: { kind: 'probe' } }),
    tally({ all: 1 }),
    /one probe dispatch per tick/
  ],
  [
    'usage: no cap, no evidence needed',
    usageRule,
    task(),
    context({ missingEvidence: [{ pull: 9, issue: 3 }] }),
    tally(),
    undefined
  ],
  [
    'usage: a cap and a pull request without a record',
    usageRule,
    task(),
    context({ config: COST_CAP, missingEvidence: [{ pull: 9, issue: 3 }] }),
    tally(),
    /no usage evidence for worker pull request #9 \(for #3\)/
  ],
  [
    'usage: a cap, nothing known, the first goes',
    usageRule,
    task(),
    context({ config: COST_CAP }),
    tally(),
    undefined
  ],
  [
    'usage: a cap, nothing known, one at a time',
    usageRule,
    task(),
    context({ config: COST_CAP, unattested: 1 }),
    tally(),
    /one attempt goes at a time/
  ],
  [
    'usage: under the cap with what is in flight',
    usageRule,
    task(),
    context({
      config: COST_CAP,
      usage: {
        window_hours: 24,
        tokens: 0,
        cost_usd: 3,
        per_attempt: { tokens: 0, cost_usd: 0.5 }
      },
      unattested: 1
    }),
    tally(),
    undefined
  ],
  [
    'usage: over the cap once in flight counts',
    usageRule,
    task(),
    context({
      config: COST_CAP,
      usage: {
        window_hours: 24,
        tokens: 0,
        cost_usd: 4,
        per_attempt: { tokens: 0, cost_usd: 0.6 }
      },
      unattested: 1
    }),
    tally({ all: 1 }),
    /cost \$4\.00 of \$5\.00 in 24 h \(\+ ~\$1\.20 for 2 attempt/
  ],
  ['api: room left', apiRule, task(), context({ api: room(116) }), tally({ all: 1 }), undefined],
  [
    'api: no room left',
    apiRule,
    task(),
    context({ api: room(116) }),
    tally({ all: 2 }),
    /API quota: 116 requests and 900 GraphQL points left, 100 of each kept in reserve — room for 2 dispatch/
  ],
  [
    'api: the GraphQL points run low while REST has plenty',
    apiRule,
    task(),
    context({ api: room(900, 103) }),
    tally({ all: 1 }),
    /API quota: the GraphQL points bind: 103 points and 900 requests left, 100 of each kept in reserve — room for 1 dispatch\(es\) this tick/
  ],
  ['window: under the daily cap', windowRule, task(), context({ recent: 19 }), tally(), undefined],
  [
    'window: the daily cap reached',
    windowRule,
    task(),
    context({ recent: 19 }),
    tally({ all: 1 }),
    /dispatches 20\/20 in the last 24 h/
  ],
  ['per-tick: room', perTickRule, task(), context(), tally({ all: 2 }), undefined],
  [
    'per-tick: full',
    perTickRule,
    task(),
    context(),
    tally({ all: 3 }),
    /dispatches 3\/3 in this tick/
  ],
  ['slots: a free slot', slotsRule, task(), context({ busy: 2 }), tally(), undefined],
  [
    'slots: none free',
    slotsRule,
    task(),
    context({ busy: 2 }),
    tally({ new: 1 }),
    /in flight 3\/3: no free slot/
  ],
  [
    'slots: a fix needs no slot',
    slotsRule,
    task({ kind: 'fix' }),
    context({ busy: 3 }),
    tally(),
    undefined
  ],
  [
    'collision: nothing declared',
    collisionRule,
    task(),
    context({ touching: [{ issue: 3, declared: ['src/a.ts'] }] }),
    tally(),
    undefined
  ],
  [
    'collision: a pull request in flight changed the path',
    collisionRule,
    task({ files: ['src/api/**'] }),
    context({
      touching: [{ issue: 3, pull: 12, changed: { paths: ['src/api/users.ts'], complete: true } }]
    }),
    tally(),
    /waits: touches .*src\/api.* like #3 \(pull request #12\), in flight/
  ],
  [
    'collision: an in-flight slice declared it',
    collisionRule,
    task({ files: ['docs/api.md'] }),
    context({ touching: [{ issue: 4, declared: ['docs/*.md'] }] }),
    tally(),
    /like #4, in flight/
  ],
  [
    'collision: a wave member declared it',
    collisionRule,
    task({ files: ['src/x.ts'] }),
    context(),
    tally({ files: [{ issue: 5, files: ['src/**'] }] }),
    /like #5, in this wave/
  ],
  [
    'collision: disjoint paths',
    collisionRule,
    task({ files: ['src/x.ts'] }),
    context({ touching: [{ issue: 4, declared: ['docs/**'] }] }),
    tally({ files: [{ issue: 5, files: ['lib/**'] }] }),
    undefined
  ],
  [
    'collision: its own claim is no collision',
    collisionRule,
    task({ files: ['src/x.ts'] }),
    context({ touching: [{ issue: 7, declared: ['src/x.ts'] }] }),
    tally(),
    undefined
  ]
]

describe('each guardrail rule', () => {
  it.each(ROWS)('%s', (_name, rule, c, ctx, t, reason) => {
    const answer = rule.check(c, ctx, t)
    if (reason) expect(answer).toMatch(reason)
    else expect(answer).toBeUndefined()
  })
})

describe('gate', () => {
  it('asks the rules in order and counts what it lets through against the next', () => {
    const decisions = gate(
      [
        task({ issue: 1 }),
        task({ issue: 2, files: ['src/a.ts'] }),
        task({ issue: 3, files: ['src/a.ts'] }),
        task({ issue: 4 }),
        task({ issue: 5, kind: 'fix' })
      ],
      context({ busy: 1 })
    )
    // One slot taken: two new ones go, the next find no slot; a fix needs none and goes.
    expect(decisions.map(d => [d.issue, d.allowed, d.rule ?? null])).toEqual([
      [1, true, null],
      [2, true, null],
      [3, false, 'slots'],
      [4, false, 'slots'],
      [5, true, null]
    ])
    // Three allowed fill the tick: a fourth waits for the next one.
    const full = gate(
      [1, 2, 3, 4].map(n => task({ issue: n, kind: 'fix' })),
      context()
    )
    expect(full.map(d => d.rule ?? null)).toEqual([null, null, null, 'per-tick'])
    // With room for more per tick, the slots and then the collision answer.
    const roomy = context({
      busy: 0,
      config: config('guardrails:\n  budget:\n    max_dispatches_per_tick: 9\n')
    })
    const again = gate(
      [
        task({ issue: 2, files: ['src/a.ts'] }),
        task({ issue: 3, files: ['src/a.ts'] }),
        task({ issue: 4 }),
        task({ issue: 6 }),
        task({ issue: 5, kind: 'fix' })
      ],
      roomy
    )
    expect(again.map(d => [d.issue, d.allowed, d.rule ?? null])).toEqual([
      [2, true, null],
      [3, false, 'collision'],
      [4, true, null],
      [6, true, null],
      [5, true, null]
    ])
  })
})

describe('review-aware pacing', () => {
  const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000).toISOString()
  /**
   * Each weekday of the last two weeks: ana merges at 10:30 what became ready at 09:00; bo at
   * 15:30 what became ready at 17:00 the working day before — so something waits every night
   * and weekend, and nobody merges then.
   */
  const officeHours = (): MergeSample[] => {
    const out: MergeSample[] = []
    for (let day = 1; day <= 14; day++) {
      const date = new Date(Date.UTC(2026, 11, 2 - day))
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue
      const at = (h: number, m = 0, back = 0) =>
        new Date(Date.UTC(2026, 11, 2 - day - back, h, m)).toISOString()
      const previousWorkday = date.getUTCDay() === 1 ? 3 : 1
      out.push({ readyAt: at(9), mergedAt: at(10, 30), mergedBy: 'ana' })
      out.push({ readyAt: at(17, 0, previousWorkday), mergedAt: at(15, 30), mergedBy: 'bo' })
    }
    return out
  }
  const paced = (more: string, queue: Parameters<typeof reviewPace>[0]) =>
    context({
      config: config(`guardrails:\n  review:\n${more}`),
      review: reviewPace(queue)
    })

  it('learns the pace by hour of the week and by reviewer, from the last two weeks only', () => {
    const old = { readyAt: hoursAgo(24 * 30), mergedAt: hoursAgo(24 * 29), mergedBy: 'cy' }
    const pace = reviewPace({ waiting: [], onTheWay: 0, merged: [...officeHours(), old], now: NOW })
    expect(pace.merges).toBe(20)
    expect(pace.byReviewer).toEqual({ ana: 10, bo: 10 })
    expect(pace.medianWaitHours).toBe(12)
    // Wednesday 09:30. The pace of an hour is merges per hour in which something waited: 10:00
    // has one merge in its hour of waiting (1/h), 15:00 one in half an hour (2/h), the night
    // none in all of it. So the first merge is expected by 11:00, the next two in 15:00's hour…
    expect(expectedWaitHours(pace, 1)).toBeCloseTo(1.5, 5)
    expect(expectedWaitHours(pace, 2)).toBeCloseTo(6, 5)
    expect(expectedWaitHours(pace, 3)).toBeCloseTo(6.5, 5)
    // … then nothing overnight (16:00, when nothing ever waited, at the average pace), so the
    // fourth waits for Thursday's 10:00 hour.
    expect(expectedWaitHours(pace, 4)).toBeGreaterThan(25)
    expect(expectedWaitHours(pace, 4)).toBeLessThan(25.5)
  })

  it('takes an hour in which nothing waited at the average pace, not as nobody merging', () => {
    // Three merges, each within an hour on Monday mornings: Wednesday 09:30 is an hour it never
    // saw anything wait in. Taking it as "no merges" held all work for a week, and the held
    // work never waited in those hours to show otherwise.
    const mondays = [
      [23, 9],
      [30, 9],
      [30, 10]
    ].map(([day, hour]) => ({
      readyAt: new Date(Date.UTC(2026, 10, day, hour)).toISOString(),
      mergedAt: new Date(Date.UTC(2026, 10, day, hour, 30)).toISOString(),
      mergedBy: 'ana'
    }))
    const pace = reviewPace({ waiting: [], onTheWay: 0, merged: mondays, now: NOW })
    // Three merges in an hour and a half of waiting: 2 per hour, also on a Wednesday morning.
    expect(pace.profile![2 * 24 + 9]).toBeCloseTo(2, 5)
    expect(expectedWaitHours(pace, 1)).toBeCloseTo(0.5, 5)
  })

  it('too few merges to pace by: only the hard cap and the oldest wait hold', () => {
    const pace = reviewPace({
      waiting: [{ pull: 3, readySince: hoursAgo(2) }],
      onTheWay: 1,
      merged: officeHours().slice(0, 2),
      now: NOW
    })
    expect(pace.profile).toBeUndefined()
    expect(expectedWaitHours(pace, 1)).toBeUndefined()
    expect(pace.oldestHours).toBeCloseTo(2, 5)
  })

  it('holds new work at max_waiting, counting what is on its way and what this wave took', () => {
    const queue = { waiting: [{ pull: 3 }], onTheWay: 1, merged: [], now: NOW }
    const ctx = paced('    max_waiting: 3\n', queue)
    expect(reviewRule.check(task(), ctx, tally())).toBeUndefined()
    expect(reviewRule.check(task(), ctx, tally({ new: 1 }))).toBe(
      'review queue full: 1 pull request(s) ready for a person to merge and 2 on their way, max_waiting 3'
    )
    // Fixes and conflicts empty the queue: never held by it.
    for (const kind of ['fix', 'review-fix', 'conflict'] as const)
      expect(reviewRule.check(task({ kind }), ctx, tally({ new: 5 }))).toBeUndefined()
    // Unset: no pacing at all.
    expect(reviewRule.check(task(), context(), tally({ new: 50 }))).toBeUndefined()
  })

  it('paces by max_wait_hours: the oldest wait, then the expected wait of one more', () => {
    const late = paced('    max_wait_hours: 8\n', {
      waiting: [{ pull: 3, readySince: hoursAgo(9) }],
      onTheWay: 0,
      merged: [],
      now: NOW
    })
    expect(reviewRule.check(task(), late, tally())).toContain(
      'the oldest pull request ready to merge has waited 9.0 h, over max_wait_hours 8'
    )
    const queue = { waiting: [], onTheWay: 0, merged: officeHours(), now: NOW }
    const ctx = paced('    max_wait_hours: 8\n', queue)
    // Three more are expected to merge today: fine. A fourth would wait to Thursday: held.
    expect(reviewRule.check(task(), ctx, tally({ new: 2 }))).toBeUndefined()
    expect(reviewRule.check(task(), ctx, tally({ new: 3 }))).toMatch(
      /^a pull request ready now would wait ~25\.\d h for a merge at the pace people merged the loop's last 20 \(3\+ needed to pace\), over max_wait_hours 8$/
    )
  })

  it('runs after the budgets and before the wave capacity, so the dashboard names it', () => {
    const ctx = paced('    max_waiting: 1\n', {
      waiting: [{ pull: 3 }],
      onTheWay: 0,
      merged: [],
      now: NOW
    })
    expect(gate([task({ issue: 1 }), task({ issue: 2, kind: 'fix' })], ctx)).toEqual([
      expect.objectContaining({ issue: 1, allowed: false, rule: 'review' }),
      expect.objectContaining({ issue: 2, allowed: true })
    ])
  })
})
