import { describe, expect, it } from '@jest/globals'
import {
  classify,
  orderReady,
  type ClassifyContext,
  type UnitIssue
} from '../../src/loop/classify.js'
import type { PullFacts } from '../../src/loop/pulls.js'
import { trustPolicy } from '../../src/loop/trust.js'
import { loopWork, type WorkPolicy } from '../../src/loop/work.js'

const now = new Date('2026-11-23T12:00:00Z')
const issue = (number: number, more: Partial<UnitIssue> = {}): UnitIssue => ({
  number,
  labels: ['delivery:unit'],
  author: 'github-actions',
  authorAssociation: 'NONE',
  createdAt: '2026-11-01T00:00:00Z',
  blockers: [],
  ...more
})
const pull = (number: number, closes: number, more: Partial<PullFacts> = {}): PullFacts => ({
  number,
  headRef: `loop/issue-${closes}`,
  headSha: 'abcdef1234567',
  draft: false,
  createdAt: '2026-11-23T11:00:00Z',
  author: 'github-actions',
  authorAssociation: 'NONE',
  body: `Closes #${closes}`,
  comments: [],
  closes: [closes],
  crossRepository: false,
  // The loop's own work, as loopWork (loop/work.ts) accepts it.
  owner: 'loop',
  works: [closes],
  checks: [{ name: 'test', state: 'success' }],
  // A verdict as the loop publishes it: by the GitHub Actions app (GITHUB_TOKEN).
  ...(more.verdict ? { verdictApp: 'github-actions' } : {}),
  ...more
})
const matrixPolicy: WorkPolicy = {
  trust: trustPolicy(undefined, []),
  agentOpensPulls: false,
  agents: []
}
const ctx = (more: Partial<ClassifyContext> = {}): ClassifyContext => ({
  paused: false,
  trust: trustPolicy(undefined, []),
  blockers: new Map(),
  pulls: [],
  satisfiedBy: 'closed',
  requiredChecks: [],
  now,
  leaseMinutes: 120,
  noChecksAfterMinutes: 30,
  ...more
})

describe('tick classification', () => {
  it('applies the rules in order, each with a reason', () => {
    const blockers = new Map([
      [1, { state: 'CLOSED' as const, stateReason: 'COMPLETED' }],
      [2, { state: 'OPEN' as const, stateReason: null }],
      [3, { state: 'CLOSED' as const, stateReason: 'NOT_PLANNED' }],
      [4, null]
    ])
    const c = ctx({ blockers })
    expect(classify(issue(10), ctx({ paused: true })).class).toBe('paused')
    expect(classify(issue(10, { labels: ['On-Hold'] }), c)).toMatchObject({
      class: 'held',
      reason: 'held by the label on-hold'
    })
    expect(classify(issue(10, { labels: ['needs-human'], blockers: [2] }), c).class).toBe(
      'needs-human'
    )
    expect(classify(issue(10, { author: 'stranger' }), c).class).toBe('untrusted')
    expect(classify(issue(10, { author: 'alice', authorAssociation: 'MEMBER' }), c).class).toBe(
      'ready'
    )
    expect(classify(issue(10, { blockers: [1] }), c).class).toBe('ready')
    expect(classify(issue(10, { blockers: [2] }), c)).toMatchObject({
      class: 'blocked',
      reason: 'blocked: #2 is open'
    })
    expect(classify(issue(10, { blockers: [3] }), c).reason).toContain(
      'closed as not planned, which is not done'
    )
    expect(classify(issue(10, { blockers: [4] }), c).reason).toContain('#4 could not be read')
  })

  it('lets an open pull request satisfy a blocker only with satisfied_by: pr-open', () => {
    const c = {
      blockers: new Map([[2, { state: 'OPEN' as const, stateReason: null }]]),
      pulls: [pull(50, 2)]
    }
    expect(classify(issue(10, { blockers: [2] }), ctx(c)).class).toBe('blocked')
    expect(
      classify(issue(10, { blockers: [2] }), ctx({ ...c, satisfiedBy: 'pr-open' })).class
    ).toBe('ready')
  })

  it('follows a pull request through CI and review', () => {
    const sub = (p: PullFacts, more: Partial<ClassifyContext> = {}) =>
      classify(issue(7), ctx({ pulls: [p], ...more }))
    expect(sub(pull(20, 7, { draft: true }))).toMatchObject({
      class: 'in-flight',
      sub: 'gated',
      pull: 20
    })
    expect(sub(pull(20, 7, { checks: [{ name: 'test', state: 'failure' }] }))).toMatchObject({
      sub: 'fixing',
      reason: 'required check(s) failed: test'
    })
    expect(sub(pull(20, 7, { checks: [{ name: 'test', state: 'pending' }] })).sub).toBe('gated')
    expect(sub(pull(20, 7)).sub).toBe('awaiting-review')
    expect(sub(pull(20, 7, { verdict: 'fail' })).sub).toBe('changes-requested')
    expect(sub(pull(20, 7, { verdict: 'needs-human' })).sub).toBe('review-needs-human')
    expect(sub(pull(20, 7, { verdict: 'pass' })).sub).toBe('ready-to-merge')
    // A loopreview check another app published is not the loop's verdict: ignored, and said so.
    expect(sub(pull(20, 7, { verdict: 'pass', verdictApp: 'some-other-app' }))).toMatchObject({
      sub: 'awaiting-review',
      reason: expect.stringContaining('published by some-other-app, not the loop, was ignored')
    })
    // A required check that never reported keeps the gate closed.
    expect(
      sub(pull(20, 7), { requiredChecks: ['test', 'e2e'], noChecksAfterMinutes: 90 })
    ).toMatchObject({ sub: 'gated', reason: 'waiting for check(s): e2e' })
    // …until ci.no_checks_after_minutes have passed: then it is an answer, not a wait.
    expect(sub(pull(20, 7), { requiredChecks: ['test', 'e2e'] })).toMatchObject({
      class: 'needs-human',
      reason: expect.stringContaining('never got the required check(s) e2e')
    })
    // Found by branch name too, without a closing keyword, once loopWork has accepted it.
    const retry = { ...pull(20, 99, { headRef: 'loop/issue-7-retry-1' }), closes: [] }
    const work = loopWork([{ ...retry, owner: undefined, works: undefined }], matrixPolicy).pulls
    expect(classify(issue(7), ctx({ pulls: work })).pull).toBe(20)
    // A pull request no rule accepted works on nothing, whatever it closes.
    expect(sub({ ...pull(20, 7), owner: undefined, works: undefined }).class).toBe('ready')
  })

  it('never waits forever for a pull request that has no checks', () => {
    const young = classify(
      issue(7),
      ctx({ pulls: [pull(20, 7, { checks: [], createdAt: '2026-11-23T11:50:00Z' })] })
    )
    expect(young).toMatchObject({ class: 'in-flight', sub: 'gated' })
    const old = classify(issue(7), ctx({ pulls: [pull(20, 7, { checks: [] })] }))
    expect(old.class).toBe('needs-human')
    expect(old.reason).toContain('App token or a PAT')
  })

  it('holds a claim for its lease, then calls it stalled', () => {
    const claimed = (at?: string) =>
      issue(7, {
        labels: ['delivery:unit', 'status:implementing'],
        ...(at ? { claimedAt: at } : {})
      })
    expect(classify(claimed('2026-11-23T11:00:00Z'), ctx()).class).toBe('claimed')
    expect(classify(claimed('2026-11-23T09:00:00Z'), ctx())).toMatchObject({ class: 'stalled' })
    expect(classify(claimed(), ctx()).class).toBe('claimed')
  })

  it('orders ready issues by roadmap order, then priority, then age', () => {
    const a = issue(1, { createdAt: '2026-11-03T00:00:00Z' })
    const b = issue(2, { labels: ['priority:high'], createdAt: '2026-11-04T00:00:00Z' })
    const c = issue(3, { createdAt: '2026-11-02T00:00:00Z' })
    const d = issue(4, { labels: ['P0'] })
    const rank = new Map([[4, 0]])
    expect(orderReady([a, b, c, d], i => rank.get(i.number)).map(i => i.number)).toEqual([
      4, 2, 3, 1
    ])
  })
})
