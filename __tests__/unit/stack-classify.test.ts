/**
 * Stacked dependents in classification (`dependencies.stack`, pure): a slice starts on its one
 * open blocker's loop pull request once that passed CI and review; a stacked pull request that
 * passed waits for its base's merge, is re-based when the base merged, brought up to date when
 * the base moved, and left to a person when the base is gone unmerged.
 */
import { describe, expect, it } from '@jest/globals'
import { classify, type ClassifyContext, type UnitIssue } from '../../src/loop/classify.js'
import type { PullFacts } from '../../src/loop/pulls.js'
import { trustPolicy } from '../../src/loop/trust.js'

const now = new Date('2026-12-07T12:00:00Z')
const open = { state: 'OPEN' as const, stateReason: null }
const done = { state: 'CLOSED' as const, stateReason: 'COMPLETED' }
const issue = (number: number, blockers: number[]): UnitIssue => ({
  number,
  labels: ['delivery:unit'],
  author: 'github-actions',
  authorAssociation: 'NONE',
  createdAt: '2026-12-01T00:00:00Z',
  blockers
})
/** The loop's pull request for `works`, green, with the loop's pass unless said otherwise. */
const pull = (number: number, works: number, more: Partial<PullFacts> = {}): PullFacts => ({
  number,
  headRef: `loop/issue-${works}`,
  headSha: `sha${number}`,
  baseRef: 'main',
  baseSha: 'main0',
  draft: false,
  createdAt: '2026-12-07T10:00:00Z',
  author: 'github-actions',
  authorAssociation: 'NONE',
  body: '',
  comments: [],
  closes: [works],
  crossRepository: false,
  owner: 'loop',
  works: [works],
  checks: [{ name: 'test', state: 'success' }],
  verdict: 'pass',
  verdictApp: 'github-actions',
  ...more
})
const ctx = (more: Partial<ClassifyContext>): ClassifyContext => ({
  paused: false,
  trust: trustPolicy(undefined, []),
  blockers: new Map(),
  pulls: [],
  satisfiedBy: 'closed',
  stack: true,
  defaultBranch: 'main',
  requiredChecks: [],
  now,
  leaseMinutes: 120,
  noChecksAfterMinutes: 30,
  ...more
})

describe('stacked dependents: classification', () => {
  it("starts a slice on its one open blocker's passed pull request, at the head that passed", () => {
    const c = classify(issue(2, [1]), ctx({ blockers: new Map([[1, open]]), pulls: [pull(11, 1)] }))
    expect(c).toMatchObject({
      class: 'ready',
      stackOn: { issue: 1, pull: 11, branch: 'loop/issue-1', head: 'sha11' }
    })
  })

  it('waits while the blocker has not passed, when stacking is off, or on two open blockers', () => {
    const blockers = new Map([
      [1, open],
      [3, open]
    ])
    const waiting = (p: PullFacts, more: Partial<ClassifyContext> = {}) =>
      classify(issue(2, [1]), ctx({ blockers, pulls: [p], ...more }))
    expect(waiting(pull(11, 1, { verdict: undefined })).class).toBe('blocked')
    expect(waiting(pull(11, 1, { checks: [{ name: 'test', state: 'failure' }] })).class).toBe(
      'blocked'
    )
    expect(waiting(pull(11, 1), { stack: false }).class).toBe('blocked')
    const two = classify(issue(2, [1, 3]), ctx({ blockers, pulls: [pull(11, 1), pull(13, 3)] }))
    expect(two).toMatchObject({ class: 'blocked' })
    expect(two.reason).toContain('a slice stacks on one blocker at a time')
  })

  it("never stacks on a pull request that is not the loop's work", () => {
    const human = pull(11, 1, { owner: 'human', author: 'alice', authorAssociation: 'MEMBER' })
    const fork = pull(11, 1, { crossRepository: true })
    for (const p of [human, fork])
      expect(
        classify(issue(2, [1]), ctx({ blockers: new Map([[1, open]]), pulls: [p] })).class
      ).toBe('blocked')
  })

  it('holds a passed stacked pull request for its base, then re-bases it when the base merged', () => {
    const stacked = pull(12, 2, { baseRef: 'loop/issue-1', baseSha: 'sha11' })
    const waiting = classify(
      issue(2, [1]),
      ctx({ blockers: new Map([[1, open]]), pulls: [pull(11, 1), stacked] })
    )
    expect(waiting).toMatchObject({ class: 'in-flight', sub: 'stacked', pull: 12 })
    expect(waiting.reason).toContain('merge after #1')
    // A stacked head that has not passed yet goes through CI and review like any other.
    const gated = classify(
      issue(2, [1]),
      ctx({
        blockers: new Map([[1, open]]),
        pulls: [pull(11, 1), { ...stacked, checks: [{ name: 'test', state: 'pending' }] }]
      })
    )
    expect(gated).toMatchObject({ class: 'in-flight', sub: 'gated' })
    const merged = classify(
      issue(2, [1]),
      ctx({ blockers: new Map([[1, done]]), pulls: [stacked] })
    )
    expect(merged).toMatchObject({ class: 'in-flight', sub: 'retarget', pull: 12 })
  })

  it('brings a stacked pull request up to date when its base moved, and leaves a broken stack to a person', () => {
    const stacked = pull(12, 2, { baseRef: 'loop/issue-1', baseSha: 'sha11b' })
    const moved = classify(
      issue(2, [1]),
      ctx({
        blockers: new Map([[1, open]]),
        pulls: [pull(11, 1, { headSha: 'sha11b' }), stacked],
        stackMoved: new Set([12])
      })
    )
    expect(moved).toMatchObject({ class: 'in-flight', sub: 'behind' })
    // The blocker's pull request closed without a merge: nothing of the stack goes on its own.
    const broken = classify(
      issue(2, [1]),
      ctx({ blockers: new Map([[1, open]]), pulls: [stacked] })
    )
    expect(broken).toMatchObject({ class: 'needs-human', pull: 12 })
    expect(broken.reason).toContain('gone without a merge')
    const dropped = classify(
      issue(2, [1]),
      ctx({
        blockers: new Map([[1, { state: 'CLOSED' as const, stateReason: 'NOT_PLANNED' }]]),
        pulls: [stacked]
      })
    )
    expect(dropped).toMatchObject({ class: 'needs-human' })
  })
})

describe('stacked dependents: configuration', () => {
  it('refuses stacking with an adapter whose agent starts from the default branch', async () => {
    const { parseConfig } = await import('../../src/config/load.js')
    const { dispatchConfigProblems } = await import('../../src/tick/adapters.js')
    const label = parseConfig(
      'version: 1\ndependencies:\n  stack: true\ndispatch:\n  adapter: label\n  label: go\n'
    ).config
    expect(dispatchConfigProblems(label, '.delivery.yml')).toEqual([
      expect.objectContaining({
        path: 'dependencies.stack',
        message: expect.stringContaining('needs dispatch.adapter matrix')
      })
    ])
    const matrix = parseConfig('version: 1\ndependencies:\n  stack: true\n').config
    expect(dispatchConfigProblems(matrix, '.delivery.yml')).toEqual([])
  })
})
