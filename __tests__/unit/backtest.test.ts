/**
 * The backtest's and calibration's reading of the loop's own records: a slice's delivery comes
 * from the loop's issue for it, an agent run from the loop's claim — an outsider who pastes a
 * unit marker into an issue, or a claim marker into a comment, changes nothing.
 */
import { describe, expect, it } from '@jest/globals'
import type { IssueComment, TrackedIssue } from '../../src/github/port.js'
import { splitAt } from '../../src/forecast/backtest.js'
import { dispatchedAttempts } from '../../src/forecast/history.js'
import { roadmapToDeliver } from '../../src/forecast/remaining.js'
import { claimMarker, unitMarker } from '../../src/loop/markers.js'
import { ACTIONS_BOT, trustPolicy } from '../../src/loop/trust.js'

const compiled = roadmapToDeliver('# R\n\n## A\n\n- code: One\n- code: Two\n', 'ROADMAP.md')
const [one, two] = compiled.order
const trust = trustPolicy(ACTIONS_BOT, [])
const AT = new Date('2026-11-16T09:00:00Z')
const NOW = new Date('2026-12-01T09:00:00Z')

function issue(number: number, id: string, author: string, closedAt?: string): TrackedIssue {
  return {
    number,
    databaseId: number,
    title: `#${number}`,
    body: `${unitMarker(id)}\nwork`,
    state: closedAt ? 'CLOSED' : 'OPEN',
    stateReason: closedAt ? 'completed' : null,
    createdAt: '2026-11-01T00:00:00Z',
    ...(closedAt ? { closedAt } : {}),
    url: '',
    author,
    authorAssociation: 'NONE',
    labels: ['delivery:unit'],
    blockedBy: [],
    parent: null,
    editor: null
  }
}

describe('the backtest split', () => {
  it("reads each slice's delivery from the loop's issue, never an outsider's copy", () => {
    const issues = [
      issue(1, one, 'github-actions', '2026-11-17T09:00:00Z'),
      issue(2, two, 'github-actions', '2026-11-18T09:00:00Z'),
      // An outsider's issue claiming slice One was delivered before the date.
      issue(3, one, 'outsider', '2026-11-10T00:00:00Z')
    ]
    const split = splitAt(compiled, issues, trust, AT, NOW)
    expect(split.delivered).toEqual([])
    expect(split.open).toEqual([one, two])
    expect(split.realised).toEqual({ at: '2026-11-18T09:00:00.000Z', hours: 48 })
  })

  it('says how many are still open and for how long, when some are', () => {
    const split = splitAt(
      compiled,
      [issue(1, one, 'github-actions', '2026-11-17T09:00:00Z'), issue(2, two, 'github-actions')],
      trust,
      AT,
      NOW
    )
    expect(split.realised).toEqual({ open: 1, atLeastHours: 360 })
  })
})

describe("the agent's runs, from the loop's claims", () => {
  const comment = (author: string, attempt: number): IssueComment =>
    ({
      id: attempt,
      author,
      body: claimMarker({
        attempt,
        branch: 'loop/issue-7',
        run: '1',
        kind: 'new',
        phase: 'dispatched'
      }),
      createdAt: '2026-11-01T00:00:00Z'
    }) as IssueComment
  it("counts the loop's claims only, one query for every issue", async () => {
    const asked: number[][] = []
    const github = {
      issueDetails: async (requests: { number: number }[]) => {
        asked.push(requests.map(r => r.number))
        return new Map([[7, { comments: [comment('github-actions', 1), comment('outsider', 2)] }]])
      }
    }
    const pulls = [
      { headRef: 'loop/issue-7', mergedAt: '2026-11-02T00:00:00Z' },
      { headRef: 'loop/issue-8' }
    ] as never
    const got = await dispatchedAttempts(github as never, pulls, trust)
    expect(asked).toEqual([[7]])
    expect(got).toEqual(new Map([[7, new Set([1])]]))
  })
})
