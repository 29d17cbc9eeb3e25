/** One review per head (src/tick/review-sends.ts): a running review is not sent again; sends run out. */
import { describe, expect, it } from '@jest/globals'
import { judgeReviews } from '../../src/tick/review-sends.js'

const task = (head = 'a'.repeat(40)) => ({
  pull: 7,
  issue: 3,
  head_sha: head,
  branch: 'loop/issue-3'
})
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 0, minutes))
const settings = (minutes: number) => ({
  now: at(minutes),
  run: `r${minutes}`,
  leaseMinutes: 60,
  max: 2,
  open: new Set([7])
})

describe('review waves per head', () => {
  it('sends at most 256 heads a wave (GitHub runs no bigger matrix); the rest wait, unrecorded', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      pull: 1000 + i,
      issue: i + 1,
      head_sha: 'c'.repeat(40),
      branch: `loop/issue-${i + 1}`
    }))
    const open = new Set(many.map(t => t.pull))
    const first = judgeReviews(many, {}, { ...settings(0), open })
    expect(first.send).toHaveLength(256)
    expect(first.deferred.map(t => t.pull)).toEqual(many.slice(256).map(t => t.pull))
    expect(Object.keys(first.next)).toHaveLength(256)
    // The next tick sends the ones that waited, and holds the running ones.
    const next = judgeReviews(many, first.next, { ...settings(5), open })
    expect(next.send.map(t => t.pull)).toEqual(many.slice(256).map(t => t.pull))
    expect(next.running).toHaveLength(256)
  })

  it('sends a head once, holds it while it runs, sends again after the lease, then needs a human', () => {
    const first = judgeReviews([task()], {}, settings(0))
    expect(first.send).toHaveLength(1)
    const held = judgeReviews([task()], first.next, settings(10))
    expect(held.send).toEqual([])
    expect(held.running).toEqual([{ task: task(), since: at(0).toISOString() }])
    const again = judgeReviews([task()], held.next, settings(61))
    expect(again.send).toHaveLength(1)
    const out = judgeReviews([task()], again.next, settings(200))
    expect(out.send).toEqual([])
    expect(out.exhausted).toEqual([{ task: task(), sends: 2 }])
    expect(out.next['7'].frozen).toBe(true)
    // The person who unfroze it starts the count afresh.
    expect(judgeReviews([task()], out.next, settings(300)).send).toHaveLength(1)
  })

  it('a new head starts afresh; a closed pull request’s record is dropped', () => {
    const sent = judgeReviews([task()], {}, settings(0))
    const moved = judgeReviews([task('b'.repeat(40))], sent.next, settings(5))
    expect(moved.send).toHaveLength(1)
    expect(moved.next['7'].sent).toHaveLength(1)
    expect(judgeReviews([], moved.next, { ...settings(6), open: new Set() }).next).toEqual({})
  })
})
