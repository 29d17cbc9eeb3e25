/**
 * Conflict tasks: sent once per head, bounded per pull request, never counted as no progress; the
 * worker's change must leave no conflict markers, and is published with the base as a parent.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { conflictDecision } from '../../src/guardrails/conflicts.js'
import { judgeProgress } from '../../src/guardrails/progress.js'
import { planPublish } from '../../src/publish/plan.js'
import { conflictMarkerRefusals } from '../../src/publish/rules.js'
import type { AttemptRecord } from '../../src/state/tick.js'

const { config } = parseConfig('version: 1\n')
const NOW = new Date('2026-11-24T12:00:00Z')
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString()
const pull = { number: 9, headRef: 'loop/issue-4', headSha: 'h2' }
const attempt = (n: number, head: string, minutes: number, more = {}): AttemptRecord => ({
  at: ago(minutes),
  attempt: n,
  branch: 'loop/issue-4',
  adapter: 'matrix',
  run: '1',
  kind: 'conflict',
  head_sha: head,
  ...more
})

/** The conflicting loop pull request's issue as the progress judge sees it. */
const conflicting = (latest: AttemptRecord) => ({
  issue: 4,
  labels: ['delivery:unit'],
  class: {
    issue: 4,
    class: 'in-flight' as const,
    sub: 'conflicting' as const,
    pull: 9,
    reason: ''
  },
  attempts: 3,
  pull: { ...pull, checks: [] } as never,
  latest
})

describe('the conflict rule', () => {
  it.each<[string, AttemptRecord[], string]>([
    ['none sent yet', [], 'send'],
    ['one sent for this head, inside its lease', [attempt(2, 'h2', 10)], 'wait'],
    ['one sent for this head, its lease over with nothing pushed', [attempt(2, 'h2', 130)], 'send'],
    ['one sent for an older head (it pushed; the base moved again)', [attempt(2, 'h1', 5)], 'send'],
    ['the cap of 2 used', [attempt(2, 'h1', 200), attempt(3, 'h2', 130)], 'freeze'],
    [
      'fixes and another branch do not count',
      [attempt(2, 'h1', 200, { kind: 'fix' }), attempt(3, 'h1', 200, { branch: 'loop/issue-5' })],
      'send'
    ]
  ])('%s', (_, attempts, action) => {
    expect(conflictDecision(pull, attempts, config, NOW).action).toBe(action)
  })

  it('freezes with the reason, and a conflict attempt that pushed nothing is no streak', () => {
    const w = conflicting(attempt(3, 'h2', 130))
    const quiet = judgeProgress(undefined, w, config, NOW)
    expect(quiet.guard.streak).toBe(0)
    expect(quiet.freeze).toBeUndefined()
    const capped = judgeProgress(
      undefined,
      { ...w, conflict: conflictDecision(pull, [attempt(2, 'h1', 200), w.latest], config, NOW) },
      config,
      NOW
    )
    expect(capped.freeze).toMatch(
      /#9 still conflicts .* after 2 conflict attempt\(s\) \(max_conflict_attempts 2\)/
    )
  })

  it('a person removing needs-human gives the pull request its conflict attempts afresh: not frozen again at once', () => {
    const used = [attempt(2, 'h1', 200), attempt(3, 'h2', 130)]
    const w = conflicting(used[1])
    const frozen = judgeProgress(
      undefined,
      { ...w, conflict: conflictDecision(pull, used, config, NOW) },
      config,
      NOW
    )
    expect(frozen.guard.frozen).toBeDefined()
    // (The applier labels it needs-human.) Hours later the person removes the label: this tick's count (taken before) freezes nothing…
    const later = new Date(NOW.getTime() + 3 * 3600_000)
    const unfrozen = judgeProgress(
      frozen.guard,
      { ...w, conflict: conflictDecision(pull, used, config, later, frozen.guard.reset_at) },
      config,
      later
    )
    expect(unfrozen.unfrozen).toBe(true)
    expect(unfrozen.freeze).toBeUndefined()
    expect(unfrozen.guard.reset_at).toBe(later.toISOString())
    // …and from then on the attempts before the reset do not count: a conflict task goes again.
    expect(conflictDecision(pull, used, config, later, unfrozen.guard.reset_at).action).toBe('send')
    const after = [...used, attempt(4, 'h2', -200), attempt(5, 'h2', -300)]
    expect(
      conflictDecision(
        pull,
        after,
        config,
        new Date(later.getTime() + 5 * 3600_000),
        unfrozen.guard.reset_at
      ).action
    ).toBe('freeze')
  })
})

describe("a conflict task's change", () => {
  const change = (path: string) =>
    ({ path, status: 'modified', mode: '100644', binary: false, bytes: 10 }) as const
  it('is refused while a file still holds conflict markers, by name', () => {
    const contents = new Map([
      ['a.md', Buffer.from('one\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> origin/main\n')],
      ['b.md', Buffer.from('a line about <<<<<<< in prose is fine\n')]
    ])
    expect(conflictMarkerRefusals([change('a.md'), change('b.md')], contents)).toEqual([
      { rule: 'unresolved conflict', detail: expect.stringContaining('a.md') }
    ])
  })

  it('sees markers longer than seven characters (conflict-marker-size, nested merges)', () => {
    const contents = new Map([
      ['c.txt', Buffer.from('<<<<<<<<<< ours\nx\n==========\ny\n>>>>>>>>>> theirs\n')],
      ['d.txt', Buffer.from('x\r\n<<<<<<<\r\n')]
    ])
    expect(
      conflictMarkerRefusals([change('c.txt'), change('d.txt')], contents).map(r => r.detail)
    ).toEqual([expect.stringContaining('c.txt'), expect.stringContaining('d.txt')])
  })

  it('keeps a file that holds markers on purpose: only markers the base lacks are refused', () => {
    const fixture = Buffer.from('<<<<<<< ours\na\n=======\nb\n>>>>>>> theirs\n')
    const edited = Buffer.concat([fixture, Buffer.from('and a note\n')])
    const base = new Map([['test/fixtures/merge.txt', fixture]])
    expect(
      conflictMarkerRefusals(
        [change('test/fixtures/merge.txt')],
        new Map([['test/fixtures/merge.txt', edited]]),
        base
      )
    ).toEqual([])
    const more = Buffer.concat([edited, Buffer.from('<<<<<<< HEAD\nleft over\n')])
    expect(
      conflictMarkerRefusals(
        [change('test/fixtures/merge.txt')],
        new Map([['test/fixtures/merge.txt', more]]),
        base
      )
    ).toHaveLength(1)
  })

  it("is committed on the base head with the branch's head as the first parent", () => {
    const plan = planPublish({
      task: {
        issue: 4,
        title: 'T',
        branch: 'loop/issue-4',
        kind: 'conflict',
        attempt: 3,
        pull: { number: 9, body: 'Closes #4' }
      },
      changes: [change('a.md')],
      refusals: [],
      baseSha: 'main-head',
      headSha: 'h2',
      branchExists: true,
      defaultBranch: 'main'
    })
    expect(plan.operations[0]).toMatchObject({
      op: 'commit',
      base: 'main-head',
      parents: ['h2', 'main-head'],
      create: false
    })
  })
})

describe('the attempt budget', () => {
  /** Issue 4 with its pull request sent back by the reviewer, three attempts used. */
  const sentBack = (latest: AttemptRecord) => ({
    issue: 4,
    labels: ['delivery:unit'],
    class: {
      issue: 4,
      class: 'in-flight' as const,
      sub: 'changes-requested' as const,
      pull: 9,
      reason: ''
    },
    attempts: 3,
    pull: { ...pull, checks: [] } as never,
    latest
  })
  const reviewFix = (minutes: number) => attempt(3, 'h2', minutes, { kind: 'review-fix' as const })

  it('does not freeze while the last fix sent is at work on the head (it may land)', () => {
    expect(judgeProgress(undefined, sentBack(reviewFix(20)), config, NOW).freeze).toBeUndefined()
  })

  it('freezes once that fix is over — its lease out, or publish refused it — and work is still wanted', () => {
    expect(judgeProgress(undefined, sentBack(reviewFix(130)), config, NOW).freeze).toMatch(
      /no progress|the attempt budget is used: attempts 3\/3/
    )
    expect(
      judgeProgress(undefined, { ...sentBack(reviewFix(20)), refused: [3] }, config, NOW).freeze
    ).toBeDefined()
    // A fix sent for an older head pushed: the head it left wants work, and none is left.
    const older = attempt(3, 'h1', 20, { kind: 'review-fix' as const })
    expect(judgeProgress(undefined, sentBack(older), config, NOW).freeze).toBe(
      'the attempt budget is used: attempts 3/3'
    )
  })
})
