/**
 * planTick over plain data: no HTTP, no rig. Each row is a scenario a user would recognise —
 * one fact changed from a healthy baseline — and what the plan must decide.
 */
import { describe, expect, it } from '@jest/globals'
import { proposalRevision, unspentApprovals } from '../../src/tick/approval.js'
import { parseConfig } from '../../src/config/load.js'
import type { DeliveryConfig } from '../../src/config/types.js'
import type { Comparison, IssueFacts, WorkflowRunFacts } from '../../src/github/port.js'
import { claimMarker, type ClaimMarker } from '../../src/loop/markers.js'
import type { PullFacts } from '../../src/loop/pulls.js'
import type { ClaimFacts } from '../../src/loop/claims.js'
import type { TickFacts } from '../../src/tick/facts.js'
import { planTick, type TickPlan } from '../../src/tick/plan.js'
import type { ScannedIssue } from '../../src/tick/scan.js'
import type { AttemptRecord, TickState } from '../../src/state/tick.js'
import { emptyGuardrails, type GuardrailsState } from '../../src/state/guardrails.js'

const NOW = new Date('2026-11-24T12:00:00Z')
const BOT = 'github-actions'
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString()

function issue(number: number, more: Partial<ScannedIssue> = {}): ScannedIssue {
  return {
    number,
    title: `issue ${number}`,
    body: `<!-- lc:u=lc-${number} -->\nwork`,
    labels: ['delivery:unit'],
    author: BOT,
    authorAssociation: 'NONE',
    createdAt: `2026-11-01T00:00:${String(number % 60).padStart(2, '0')}Z`,
    updatedAt: minutesAgo(600),
    dependencies: { open: 0, total: 0 },
    comments: [],
    blockers: [],
    nativeBlockers: [],
    ...more
  }
}

function pull(number: number, closes: number, more: Partial<PullFacts> = {}): PullFacts {
  return {
    number,
    headRef: `loop/issue-${closes}`,
    headSha: `${number}`.padEnd(40, 'a'),
    draft: false,
    createdAt: minutesAgo(30),
    author: BOT,
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
  }
}

function claim(
  commentId: number,
  marker: Partial<ClaimMarker>,
  createdAt = minutesAgo(10)
): ClaimFacts {
  const full: ClaimMarker = {
    attempt: 1,
    branch: 'loop/issue-1',
    run: '500',
    kind: 'new',
    phase: 'dispatched',
    ...marker
  }
  return { commentId, createdAt, author: 'github-actions[bot]', marker: full }
}

interface Scenario {
  name: string
  issues: ScannedIssue[]
  pulls?: PullFacts[]
  blockers?: [number, IssueFacts | null][]
  claims?: [number, ClaimFacts[]][]
  runs?: [string, WorkflowRunFacts | undefined][]
  config?: string
  state?: Partial<TickState>
  guardrails?: Partial<GuardrailsState>
  remaining?: number
  points?: number
  rank?: [string, number][]
  canUpdateBranches?: boolean
  /** Marker id → the paths its slice declares. */
  files?: [string, string[]][]
  findings?: [number, string][]
  /** Pull request → what its base changed since it forked (the compare facts). */
  conflicts?: [number, Comparison][]
  /** Stacked pull requests whose base moved after they were built. */
  stackMoved?: number[]
  expect: (plan: TickPlan) => void
}

function facts(s: Scenario): TickFacts {
  return {
    now: NOW,
    ignoredPulls: [],
    closedPulls: [],
    run: { id: '900', url: 'https://github.com/o/r/actions/runs/900' },
    repository: {
      id: 1,
      fullName: 'o/r',
      defaultBranch: 'main',
      htmlUrl: 'https://github.com/o/r'
    },
    viewer: 'github-actions[bot]',
    scan: { issues: s.issues, pulls: s.pulls ?? [], blockers: new Map(s.blockers ?? []) },
    rank: new Map(s.rank ?? []),
    files: new Map(s.files ?? []),
    canUpdateBranches: s.canUpdateBranches ?? false,
    claims: new Map(s.claims ?? []),
    claimRuns: new Map(s.runs ?? []),
    rate: {
      core: { limit: 1000, remaining: s.remaining ?? 900, resetAt: '2026-11-24T13:00:00Z' },
      graphql: { limit: 1000, remaining: s.points ?? 900, resetAt: '2026-11-24T13:00:00Z' }
    },
    findings: new Map(s.findings ?? []),
    conflicts: new Map(s.conflicts ?? []),
    stackMoved: new Set(s.stackMoved ?? [])
  }
}

function plan(s: Scenario): TickPlan {
  const config: DeliveryConfig = parseConfig(`version: 1\n${s.config ?? ''}`).config
  return planTick({
    facts: facts(s),
    config,
    state: { attempts: {}, ...s.state },
    guardrails: { ...emptyGuardrails(), ...s.guardrails },
    configFile: '.delivery.yml'
  })
}

const classOf = (p: TickPlan, n: number) => p.issues.find(i => i.issue === n)
const waveOf = (p: TickPlan) => p.wave.map(t => `${t.kind}#${t.issue}@${t.attempt}`)
const attempt = (
  n: number,
  at = minutesAgo(60),
  more: Partial<AttemptRecord> = {}
): AttemptRecord => ({
  at,
  attempt: n,
  branch: 'loop/issue-1',
  adapter: 'matrix',
  run: '1',
  kind: 'new',
  ...more
})
const closedDone: IssueFacts = { databaseId: 1, state: 'CLOSED', stateReason: 'COMPLETED' }

const scenarios: Scenario[] = [
  {
    name: 'a ready issue is dispatched as attempt 1 on loop/issue-N',
    issues: [issue(1)],
    expect: p => {
      expect(classOf(p, 1)).toMatchObject({ class: 'ready' })
      expect(p.wave).toEqual([
        expect.objectContaining({ issue: 1, attempt: 1, branch: 'loop/issue-1', kind: 'new' })
      ])
      expect(p.status).toBe('dispatched')
      expect(p.operations.map(o => o.op)).toEqual(['ensure-label', 'dispatch'])
    }
  },
  {
    name: 'nothing open: no ready work and no operations',
    issues: [],
    expect: p => {
      expect(p.status).toBe('no-ready-work')
      expect(p.operations).toEqual([])
    }
  },
  {
    name: 'paused: every issue is paused, nothing goes out',
    issues: [issue(1)],
    state: { paused: true },
    expect: p => {
      expect(classOf(p, 1)?.class).toBe('paused')
      expect(p.wave).toEqual([])
      expect(p.status).toBe('paused')
    }
  },
  {
    name: 'a hold label holds',
    issues: [issue(1, { labels: ['delivery:unit', 'On-Hold'] })],
    expect: p =>
      expect(classOf(p, 1)).toMatchObject({ class: 'held', reason: 'held by the label on-hold' })
  },
  {
    name: 'needs-human stops the issue and is the status',
    issues: [issue(1, { labels: ['delivery:unit', 'status:needs-human'] })],
    expect: p => {
      expect(classOf(p, 1)?.class).toBe('needs-human')
      expect(p.status).toBe('needs-human')
    }
  },
  {
    name: 'an outsider’s issue is untrusted',
    issues: [issue(1, { author: 'outsider', authorAssociation: 'NONE' })],
    expect: p => {
      expect(classOf(p, 1)?.class).toBe('untrusted')
      expect(p.wave).toEqual([])
    }
  },
  {
    name: 'a collaborator’s issue is trusted',
    issues: [issue(1, { author: 'maintainer', authorAssociation: 'COLLABORATOR' })],
    expect: p => expect(classOf(p, 1)?.class).toBe('ready')
  },
  {
    name: 'an open blocker blocks',
    issues: [issue(2, { blockers: [1] })],
    blockers: [[1, { databaseId: 1, state: 'OPEN', stateReason: null }]],
    expect: p =>
      expect(classOf(p, 2)).toMatchObject({ class: 'blocked', reason: 'blocked: #1 is open' })
  },
  {
    name: 'a blocker closed as not planned is not done',
    issues: [issue(2, { blockers: [1] })],
    blockers: [[1, { databaseId: 1, state: 'CLOSED', stateReason: 'NOT_PLANNED' }]],
    expect: p => expect(classOf(p, 2)?.class).toBe('blocked')
  },
  {
    name: 'an unreadable blocker blocks (fail closed)',
    issues: [issue(2, { blockers: [1] })],
    blockers: [[1, null]],
    expect: p => expect(classOf(p, 2)?.reason).toContain('#1 could not be read')
  },
  {
    name: 'a blocker closed as completed is done',
    issues: [issue(2, { blockers: [1] })],
    blockers: [[1, closedDone]],
    expect: p => expect(classOf(p, 2)?.class).toBe('ready')
  },
  {
    name: 'satisfied_by: pr-open lets an open PR of the blocker count',
    issues: [issue(2, { blockers: [1] })],
    blockers: [[1, { databaseId: 1, state: 'OPEN', stateReason: null }]],
    pulls: [pull(50, 1)],
    config: 'dependencies:\n  satisfied_by: pr-open\n',
    expect: p => expect(classOf(p, 2)?.class).toBe('ready')
  },
  {
    name: 'a draft PR is gated',
    issues: [issue(1)],
    pulls: [pull(50, 1, { draft: true })],
    expect: p => expect(classOf(p, 1)).toMatchObject({ class: 'in-flight', sub: 'gated' })
  },
  {
    name: 'a failed required check sends a fix to the same branch',
    issues: [issue(1)],
    pulls: [pull(50, 1, { checks: [{ name: 'test', state: 'failure', id: 77 }] })],
    expect: p => {
      expect(classOf(p, 1)).toMatchObject({ class: 'in-flight', sub: 'fixing' })
      expect(p.wave).toEqual([
        expect.objectContaining({
          kind: 'fix',
          issue: 1,
          branch: 'loop/issue-1',
          pull: 50,
          attempt: 1,
          failedCheck: { name: 'test', id: 77 }
        })
      ])
      expect(p.wave[0].recovery).toContain('failed its required checks: `test`')
    }
  },
  {
    name: 'a fix already sent for this head is not sent again',
    issues: [issue(1)],
    pulls: [pull(50, 1, { checks: [{ name: 'test', state: 'failure' }] })],
    state: {
      attempts: {
        '1': [
          attempt(1),
          attempt(2, minutesAgo(5), { kind: 'fix', head_sha: '50'.padEnd(40, 'a') })
        ]
      }
    },
    expect: p => expect(p.wave).toEqual([])
  },
  {
    name: 'fix_wave: false sends no fixes',
    issues: [issue(1)],
    pulls: [pull(50, 1, { checks: [{ name: 'test', state: 'failure' }] })],
    config: 'dispatch:\n  fix_wave: false\n',
    expect: p => expect(p.wave).toEqual([])
  },
  {
    name: 'changes requested by the reviewer go back as a review fix',
    issues: [issue(1)],
    pulls: [pull(50, 1, { verdict: 'fail' })],
    findings: [[50, '| 1 | blocker | `src/a.ts:3` | the parser drops the last line |']],
    expect: p => {
      expect(classOf(p, 1)?.sub).toBe('changes-requested')
      expect(waveOf(p)).toEqual(['review-fix#1@1'])
      expect(p.wave[0].recovery).toContain('the parser drops the last line')
    }
  },
  {
    name: 'green CI without a verdict joins the review wave',
    issues: [issue(1)],
    pulls: [pull(50, 1)],
    expect: p => {
      expect(classOf(p, 1)?.sub).toBe('awaiting-review')
      expect(p.reviewWave).toEqual([
        { pull: 50, issue: 1, head_sha: '50'.padEnd(40, 'a'), branch: 'loop/issue-1' }
      ])
    }
  },
  {
    name: 'green CI and a pass verdict are ready to merge, and nothing is dispatched for them',
    issues: [issue(1)],
    pulls: [pull(50, 1, { verdict: 'pass' })],
    expect: p => {
      expect(classOf(p, 1)?.sub).toBe('ready-to-merge')
      expect(p.wave).toEqual([])
      expect(p.reviewWave).toEqual([])
    }
  },
  {
    name: 'ready pull requests in merge order: the longest waiting chain first, a shared file noted',
    issues: [
      issue(1),
      issue(2),
      issue(3, { blockers: [2] }),
      issue(4, { blockers: [3] }),
      issue(5, { blockers: [1] })
    ],
    blockers: [
      [1, { databaseId: 1, state: 'OPEN', stateReason: null }],
      [2, { databaseId: 2, state: 'OPEN', stateReason: null }],
      [3, { databaseId: 3, state: 'OPEN', stateReason: null }]
    ],
    pulls: [
      pull(10, 1, { verdict: 'pass', changed: { paths: ['src/a.ts'], complete: true } }),
      pull(11, 2, { verdict: 'pass', changed: { paths: ['src/b.ts', 'src/a.ts'], complete: true } })
    ],
    expect: p =>
      expect(p.mergeOrder).toEqual([
        { issue: 2, pull: 11, unlocks: 2, after: [] },
        { issue: 1, pull: 10, unlocks: 1, after: [{ pull: 11, file: 'src/a.ts' }] }
      ])
  },
  {
    name: 'a needs-human verdict makes the status needs-human',
    issues: [issue(1)],
    pulls: [pull(50, 1, { verdict: 'needs-human' })],
    expect: p => {
      expect(classOf(p, 1)?.sub).toBe('review-needs-human')
      expect(p.status).toBe('needs-human')
    }
  },
  {
    name: 'a PR with no checks after the configured minutes needs a human',
    issues: [issue(1)],
    pulls: [pull(50, 1, { checks: [], createdAt: minutesAgo(45) })],
    expect: p => expect(classOf(p, 1)?.reason).toContain('has no checks at all after 30 minutes')
  },
  {
    name: 'a PR waits for checks from its newest push, not from when it was opened',
    issues: [issue(1)],
    pulls: [
      pull(50, 1, { checks: [], createdAt: minutesAgo(600), headCommittedAt: minutesAgo(5) })
    ],
    expect: p => expect(classOf(p, 1)).toMatchObject({ class: 'in-flight', sub: 'gated' })
  },
  {
    name: 'a required check that never appears needs a human once the minutes have passed',
    issues: [issue(1), issue(2)],
    pulls: [pull(50, 1, { createdAt: minutesAgo(45) }), pull(51, 2, { createdAt: minutesAgo(10) })],
    config: 'ci:\n  checks: [test, e2e]\n',
    expect: p => {
      expect(classOf(p, 1)).toMatchObject({ class: 'needs-human', pull: 50 })
      expect(classOf(p, 1)?.reason).toContain('never got the required check(s) e2e (ci.checks)')
      expect(classOf(p, 1)?.reason).toContain('GitHub App token or a PAT')
      expect(classOf(p, 2)).toMatchObject({ sub: 'gated', reason: 'waiting for check(s): e2e' })
    }
  },
  {
    name: 'a claim inside its lease holds the issue and its slot',
    issues: [issue(1, { labels: ['delivery:unit', 'status:implementing'] }), issue(2)],
    claims: [[1, [claim(10, {})]]],
    config: 'guardrails:\n  budget:\n    max_in_flight: 1\n',
    expect: p => {
      expect(classOf(p, 1)?.class).toBe('claimed')
      expect(p.wave).toEqual([])
      expect(p.skipped).toEqual([{ issue: 2, reason: 'in flight 1/1: no free slot' }])
    }
  },
  {
    name: 'a claim past its lease is stalled and goes again as the next attempt',
    issues: [issue(1, { labels: ['delivery:unit', 'status:implementing'] })],
    claims: [[1, [claim(10, {}, minutesAgo(200))]]],
    expect: p => {
      expect(classOf(p, 1)?.class).toBe('stalled')
      expect(p.wave).toEqual([
        expect.objectContaining({ attempt: 2, branch: 'loop/issue-1-retry-1' })
      ])
      expect(p.operations).toContainEqual(
        expect.objectContaining({ op: 'dispatch', mayBeClaimed: true })
      )
    }
  },
  {
    name: 'claims count attempts when state was lost',
    issues: [issue(1, { labels: ['delivery:unit', 'status:implementing'] })],
    claims: [
      [1, [claim(10, { attempt: 1 }, minutesAgo(400)), claim(11, { attempt: 2 }, minutesAgo(200))]]
    ],
    expect: p => expect(waveOf(p)).toEqual(['new#1@3'])
  },
  {
    name: 'a claim whose run failed before dispatching is released without charging an attempt',
    issues: [issue(1, { labels: ['delivery:unit', 'status:implementing'] })],
    claims: [[1, [claim(10, { phase: 'claiming', run: '555' })]]],
    runs: [['555', { id: 555, status: 'completed', conclusion: 'failure' }]],
    expect: p => {
      expect(p.releases).toEqual([expect.objectContaining({ issue: 1, commentId: 10, run: '555' })])
      expect(classOf(p, 1)?.class).toBe('ready')
      expect(waveOf(p)).toEqual(['new#1@1'])
      expect(p.operations[0]).toMatchObject({ op: 'release-claim' })
    }
  },
  {
    name: 'a claim whose run is still going keeps the issue claimed',
    issues: [issue(1, { labels: ['delivery:unit', 'status:implementing'] })],
    claims: [[1, [claim(10, { phase: 'claiming', run: '555' })]]],
    runs: [['555', { id: 555, status: 'in_progress', conclusion: null }]],
    expect: p => {
      expect(p.releases).toEqual([])
      expect(classOf(p, 1)?.class).toBe('claimed')
    }
  },
  {
    name: 'a claim written by someone else is ignored',
    issues: [issue(1, { labels: ['delivery:unit', 'status:implementing'] })],
    claims: [[1, [{ ...claim(10, { attempt: 3 }), author: 'outsider' }]]],
    expect: p => expect(waveOf(p)).toEqual(['new#1@1'])
  },
  {
    name: 'the attempt budget is counted across ticks',
    issues: [issue(1)],
    state: { attempts: { '1': [attempt(1), attempt(2), attempt(3)] } },
    expect: p => {
      expect(p.wave).toEqual([])
      expect(p.skipped).toEqual([
        { issue: 1, reason: 'frozen: the attempt budget is used: attempts 3/3' }
      ])
      expect(p.operations).toEqual([expect.objectContaining({ op: 'freeze' })])
    }
  },
  {
    name: 'the per-tick budget caps the wave, in roadmap order',
    issues: [issue(1), issue(2), issue(3)],
    rank: [
      ['lc-3', 0],
      ['lc-1', 1],
      ['lc-2', 2]
    ],
    config: 'guardrails:\n  budget:\n    max_dispatches_per_tick: 2\n',
    expect: p => expect(waveOf(p)).toEqual(['new#3@1', 'new#1@1'])
  },
  {
    name: 'two ready slices declaring overlapping paths are never in one wave; the second waits and says why',
    issues: [issue(1), issue(2), issue(3)],
    files: [
      ['lc-1', ['src/api/**']],
      ['lc-2', ['src/api/users.ts', 'docs/api.md']],
      ['lc-3', ['docs/guide.md']]
    ],
    expect: p => {
      expect(waveOf(p)).toEqual(['new#1@1', 'new#3@1'])
      expect(p.skipped).toEqual([
        { issue: 2, reason: 'waits: touches src/api/users.ts like #1, in this wave' }
      ])
    }
  },
  {
    name: 'new work waits while an in-flight pull request changed the paths it declares',
    issues: [issue(1), issue(2, { labels: ['delivery:unit'] })],
    pulls: [
      pull(10, 1, {
        changed: { paths: ['src/db/schema.sql', 'README.md'], complete: true },
        checks: [{ name: 'test', state: 'pending' }]
      })
    ],
    files: [['lc-2', ['src/db/**']]],
    expect: p => {
      expect(waveOf(p)).toEqual([])
      expect(p.skipped).toEqual([
        { issue: 2, reason: 'waits: touches src/db/** like #1 (pull request #10), in flight' }
      ])
    }
  },
  {
    name: 'slices that declare nothing, or disjoint paths, go together as before',
    issues: [issue(1), issue(2), issue(3)],
    pulls: [],
    files: [
      ['lc-1', ['src/a/**']],
      ['lc-2', ['src/b/**']]
    ],
    expect: p => expect(waveOf(p)).toEqual(['new#1@1', 'new#2@1', 'new#3@1'])
  },
  {
    name: 'the daily budget counts dispatches of the last 24 hours only',
    issues: [issue(1), issue(2)],
    state: {
      attempts: {
        '7': [attempt(1, minutesAgo(60)), attempt(2, minutesAgo(30 * 60))],
        '8': [attempt(1, minutesAgo(120))]
      }
    },
    config: 'guardrails:\n  budget:\n    max_dispatches_per_day: 3\n',
    expect: p => {
      expect(p.limits.day_left).toBe(1)
      expect(waveOf(p)).toEqual(['new#1@1'])
    }
  },
  {
    name: 'the API reserve shrinks the wave',
    issues: [issue(1), issue(2)],
    remaining: 110,
    expect: p => {
      expect(p.limits.api_room).toBe(1)
      expect(p.wave).toHaveLength(1)
    }
  },
  {
    name: 'the GraphQL points, not REST, hold the wave when they run low',
    issues: [issue(1), issue(2)],
    remaining: 900,
    points: 101,
    expect: p => {
      expect(p.limits.api_room).toBe(0)
      expect(p.wave).toEqual([])
      expect(p.api.points.remaining).toBe(101)
      expect(JSON.stringify(p.skipped)).toMatch(
        /the GraphQL points bind: 101 points and 900 requests left/
      )
    }
  },
  {
    name: 'priority labels order issues the roadmap does not rank',
    issues: [issue(1), issue(2, { labels: ['delivery:unit', 'priority:high'] })],
    config: 'guardrails:\n  budget:\n    max_dispatches_per_tick: 1\n',
    expect: p => expect(waveOf(p)).toEqual(['new#2@1'])
  },
  {
    name: 'two issues with one marker: the oldest is the unit, the copy is never dispatched',
    issues: [
      issue(1, { body: '<!-- lc:u=lc-same -->\nx' }),
      issue(2, { body: '<!-- lc:u=lc-same -->\nx' })
    ],
    expect: p => {
      expect(classOf(p, 2)).toMatchObject({ class: 'duplicate' })
      expect(p.duplicates).toEqual([{ issue: 2, of: 1, marker: 'lc-same' }])
      expect(waveOf(p)).toEqual(['new#1@1'])
    }
  },
  {
    name: 'a marker quoted below the header is not a marker',
    issues: [
      issue(1, { body: '<!-- lc:u=lc-same -->\nx' }),
      issue(2, { body: 'quoted:\n<!-- lc:u=lc-same -->' })
    ],
    expect: p => expect(p.duplicates).toEqual([])
  },
  {
    name: 'adapter: workflow without dispatch.workflow is a plan error, dry run or not',
    issues: [issue(1)],
    config: 'dispatch:\n  adapter: workflow\n',
    expect: p => {
      expect(p.errors).toEqual([
        {
          file: '.delivery.yml',
          path: 'dispatch.workflow',
          message: 'is required when dispatch.adapter is workflow'
        }
      ])
      expect(p.operations).toEqual([])
    }
  },
  {
    name: 'adapter: assign without an assignee, and comment without a template, are plan errors',
    issues: [issue(1)],
    config: 'dispatch:\n  adapter: comment\n',
    expect: p => expect(p.errors[0]).toMatchObject({ path: 'dispatch.comment_template' })
  },
  {
    name: 'a label blocker the native graph lacks is reported as a disagreement',
    issues: [
      issue(2, { labels: ['delivery:unit', 'blocked-by:#1'], blockers: [1], nativeBlockers: [] })
    ],
    blockers: [[1, closedDone]],
    expect: p => expect(p.disagreements).toEqual([{ issue: 2, only_label: [1], only_native: [] }])
  }
]

describe('planTick', () => {
  it('covers at least 25 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25)
  })
  it.each(scenarios.map(s => [s.name, s] as const))('%s', (_name, s) => {
    s.expect(plan(s))
  })
  it('is pure: the same facts give the same plan', () => {
    const s = scenarios[0]
    expect(plan(s)).toEqual(plan(s))
  })
  it('claim markers round-trip', () => {
    const m: ClaimMarker = {
      attempt: 2,
      branch: 'loop/issue-4-retry-1',
      run: '77',
      kind: 'fix',
      phase: 'claiming',
      head: 'abc'
    }
    expect(claimMarker(m)).toBe(
      '<!-- lc:claim attempt=2 branch=loop/issue-4-retry-1 run=77 kind=fix phase=claiming head=abc -->'
    )
  })
})

describe('supervised mode (dispatch.approval: wave)', () => {
  const supervised = { config: 'dispatch:\n  approval: wave\n' }

  it('dispatches nothing unapproved: the wave is proposed, each with its revision', () => {
    const p = plan({ ...supervised, name: '', issues: [issue(1), issue(2)], expect: () => {} })
    expect(p.wave).toEqual([])
    expect(p.status).toBe('awaiting-approval')
    expect(p.proposals.map(x => [x.issue, x.kind])).toEqual([
      [1, 'new'],
      [2, 'new']
    ])
    expect(p.proposals.every(x => /^[0-9a-f]{12}$/.test(x.rev))).toBe(true)
    expect(p.skipped.map(s => s.reason)).toEqual([
      'proposed: waits for approval on the dashboard (dispatch.approval: wave)',
      'proposed: waits for approval on the dashboard (dispatch.approval: wave)'
    ])
    expect(p.operations.filter(o => o.op === 'dispatch')).toEqual([])
  })

  it('dispatches what was approved for the issue as it is, spends the approval, keeps the rest proposed', () => {
    const s = { ...supervised, name: '', issues: [issue(1), issue(2)], expect: () => {} }
    const rev1 = plan(s).proposals.find(x => x.issue === 1)!.rev
    const p = plan({ ...s, state: { attempts: {}, approved: { '1': rev1 } } })
    expect(waveOf(p)).toEqual(['new#1@1'])
    expect(p.proposals.map(x => x.issue)).toEqual([2])
    expect(p.nextTick.approved).toBeUndefined()
  })

  it('proposes an issue again when it changed after the approval', () => {
    const s = { ...supervised, name: '', issues: [issue(1)], expect: () => {} }
    const old = plan(s).proposals[0].rev
    const edited = { ...s, issues: [issue(1, { body: '<!-- lc:u=lc-1 -->\nwork, and more' })] }
    const p = plan({ ...edited, state: { attempts: {}, approved: { '1': old } } })
    expect(p.wave).toEqual([])
    expect(p.proposals[0].rev).not.toBe(old)
    expect(p.nextTick.approved).toBeUndefined()
  })

  it('keeps an approval a budget holds back, and approved work goes before proposals', () => {
    const s = {
      config:
        'dispatch:\n  approval: wave\nguardrails:\n  budget:\n    max_dispatches_per_tick: 1\n',
      name: '',
      issues: [issue(1), issue(2), issue(3)],
      expect: () => {}
    }
    // What tick proposes for a new task on each issue as it is.
    const revs = new Map(
      s.issues.map(i => [
        i.number,
        proposalRevision(
          { issue: i.number, title: i.title, branch: '', attempt: 1, kind: 'new' },
          i
        )
      ])
    )
    const p = plan({
      ...s,
      state: { attempts: {}, approved: { '2': revs.get(2)!, '3': revs.get(3)! } }
    })
    expect(waveOf(p)).toEqual(['new#2@1'])
    expect(p.nextTick.approved).toEqual({ '3': revs.get(3) })
    expect(p.proposals).toEqual([])
  })

  it('an approval names its attempt: one for attempt 1 does not approve the retry', () => {
    const s = { ...supervised, name: '', issues: [issue(1)], expect: () => {} }
    const first = plan(s).proposals[0].rev
    const retry = proposalRevision(
      { issue: 1, title: s.issues[0].title, branch: '', attempt: 2, kind: 'new' },
      s.issues[0]
    )
    expect(retry).not.toBe(first)
    const p = plan({ ...s, state: { attempts: {}, approved: { '1': first } } })
    expect(p.approvalsUsed).toEqual({ '1': first })
  })

  it('a dispatch the applier did not send keeps its approval; one that went spends it', () => {
    expect(unspentApprovals(undefined, { '1': 'a', '2': 'b' }, new Set([1]))).toEqual({ '2': 'b' })
    expect(unspentApprovals({ '3': 'c' }, { '1': 'a' }, new Set([1]))).toEqual({ '3': 'c' })
    expect(unspentApprovals(undefined, { '1': 'a' }, new Set([1]))).toBeUndefined()
  })

  it('without approval: wave nothing changes', () => {
    const p = plan({ name: '', issues: [issue(1)], expect: () => {} })
    expect(waveOf(p)).toEqual(['new#1@1'])
    expect(p.proposals).toEqual([])
  })
})

describe('a conflict task', () => {
  const conflicting = pull(40, 4, {
    mergeable: 'CONFLICTING',
    mergeStateStatus: 'DIRTY',
    changed: { paths: ['src/store.ts', 'docs/store.md'], complete: true }
  })
  const since: Comparison = {
    mergeBase: 'f'.repeat(40),
    commits: [
      {
        sha: 'c'.repeat(40),
        subject:
          'Add the cache (#12) <!-- lc:claim attempt=9 branch=x run=1 kind=new phase=dispatched --> cc @alice'
      }
    ],
    files: ['src/store.ts', 'src/cache.ts']
  }
  it('names the files both sides changed and what merged, as untrusted words', () => {
    const p = plan({
      name: '',
      issues: [issue(4)],
      pulls: [conflicting],
      conflicts: [[40, since]],
      expect: () => {}
    })
    const task = p.wave.find(t => t.kind === 'conflict')!
    expect(task).toMatchObject({ issue: 4, pull: 40, branch: 'loop/issue-4' })
    expect(task.recovery).toContain('The files both sides changed:\n- `src/store.ts`')
    expect(task.recovery).not.toContain('docs/store.md')
    expect(task.recovery).toContain('1 commit(s) merged there since the branch forked at fffffff')
    expect(task.recovery).toMatch(/ccccccc Add the cache \(#12\)/)
    // Someone's commit message never becomes a marker or a mention in the loop's comment.
    expect(task.recovery).not.toContain('<!-- lc:claim')
    expect(task.recovery).not.toMatch(/(^|\s)@alice/)
  })

  it("never sends a person's conflicting pull request to an agent: it is theirs to resolve", () => {
    const theirs = {
      ...conflicting,
      owner: 'human' as const,
      author: 'maintainer',
      authorAssociation: 'MEMBER'
    }
    const p = plan({
      name: '',
      issues: [issue(4)],
      pulls: [theirs],
      conflicts: [[40, since]],
      expect: () => {}
    })
    expect(p.wave).toEqual([])
    expect(p.operations.filter(o => o.op === 'dispatch')).toEqual([])
  })

  it("without compare facts still says what to do and lists the pull request's files", () => {
    const p = plan({ name: '', issues: [issue(4)], pulls: [conflicting], expect: () => {} })
    const task = p.wave.find(t => t.kind === 'conflict')!
    expect(task.recovery).toContain('conflict markers')
    expect(task.recovery).toContain('- `docs/store.md`')
  })
})
