/**
 * Two small pure plans as tables: how the reviewer's verdict file is judged (a verdict that
 * cannot stand as written needs a human, with the exact reason), and which dashboard boxes take
 * effect (only those a writer ticked; pause beats resume).
 */
import { describe, expect, it } from '@jest/globals'
import { planCommands, type DashboardFacts } from '../../src/dashboard/commands.js'
import { commandMarker, type DashboardCommand } from '../../src/loop/markers.js'
import {
  judgeVerdict,
  type VerdictContext,
  type VerdictFile
} from '../../src/review/verdict-check.js'

const HEAD = 'abcdef1234567890abcdef1234567890abcdef12'
const good = {
  verdict: 'pass',
  findings: [{ severity: 'minor', note: 'a typo' }],
  evidence: 'ran npm test; read src/store.ts',
  spec_conformance: 'pass',
  reviewer: { provider: 'openai', model: 'gpt-5' }
}
const file = (v: unknown): VerdictFile => ({
  kind: 'bytes',
  path: 'verdict.json',
  bytes: Buffer.from(typeof v === 'string' ? v : JSON.stringify(v))
})
const ctx = (more: Partial<VerdictContext> = {}): VerdictContext => ({
  headSha: HEAD,
  requireDistinctReviewer: true,
  worker: { provider: 'anthropic', from: 'the attestation on the pull request' },
  ...more
})

describe('the verdict check', () => {
  it.each<[string, VerdictFile, VerdictContext, string, RegExp | undefined]>([
    ['a clean pass', file(good), ctx(), 'pass', undefined],
    [
      'a clean fail',
      file({ ...good, verdict: 'fail', findings: [{ severity: 'blocker', note: 'breaks' }] }),
      ctx(),
      'fail',
      undefined
    ],
    [
      'the reviewer asks for a human',
      file({ ...good, verdict: 'needs-human' }),
      ctx(),
      'needs-human',
      /asked for a human/
    ],
    [
      'no file',
      { kind: 'missing', path: 'verdict.json' },
      ctx(),
      'needs-human',
      /no verdict file at verdict\.json/
    ],
    [
      'too big',
      { kind: 'too-big', path: 'v', bytes: 99999, limit: 65536 },
      ctx(),
      'needs-human',
      /99999 bytes, over verification\.max_verdict_bytes \(65536\)/
    ],
    [
      'not UTF-8',
      { kind: 'bytes', path: 'v', bytes: Buffer.from([0xff, 0xfe, 0x00]) },
      ctx(),
      'needs-human',
      /not UTF-8/
    ],
    ['not JSON', file('{"verdict": pass'), ctx(), 'needs-human', /not valid JSON/],
    [
      'off the schema',
      file({ ...good, verdict: 'approve' }),
      ctx(),
      'needs-human',
      /verdict schema: \/verdict must be equal to one of the allowed values \(pass, fail, needs-human\)/
    ],
    [
      'empty evidence',
      file({ ...good, evidence: '   ' }),
      ctx(),
      'needs-human',
      /evidence is empty/
    ],
    [
      'a pass with a blocker',
      file({ ...good, findings: [{ severity: 'blocker', note: 'x' }] }),
      ctx(),
      'needs-human',
      /pass, but finding 1 is a blocker/
    ],
    [
      'for another head',
      file({ ...good, head_sha: '1111111' }),
      ctx(),
      'needs-human',
      /for 1111111, but the head of the pull request is now abcdef1/
    ],
    [
      'the workflow reviewed another head',
      file(good),
      ctx({ reviewedSha: '2222222' }),
      'needs-human',
      /for 2222222/
    ],
    ['a short head that matches', file({ ...good, head_sha: 'ABCDEF1' }), ctx(), 'pass', undefined],
    [
      "the worker's own provider",
      file({ ...good, reviewer: { provider: ' Anthropic ', model: 'x' } }),
      ctx(),
      'needs-human',
      /is the worker's \(the attestation on the pull request\)/
    ],
    [
      'the worker unknown with a distinct reviewer required',
      file(good),
      ctx({ worker: undefined }),
      'needs-human',
      /worker's provider is unknown/
    ],
    [
      'the same provider when not required',
      file({ ...good, reviewer: { provider: 'anthropic', model: 'x' } }),
      ctx({ requireDistinctReviewer: false }),
      'pass',
      undefined
    ]
  ])('%s', (_name, f, c, outcome, reason) => {
    const j = judgeVerdict(f, c)
    expect(j.outcome).toBe(outcome)
    if (reason) expect(j.reasons.join('\n')).toMatch(reason)
    else expect(j.reasons).toEqual([])
  })
})

const box = (c: DashboardCommand, ticked: boolean) =>
  `- [${ticked ? 'x' : ' '}] ${c.kind} ${commandMarker(c)}`
const board = (boxes: string[], actor: string | null, permission?: string): DashboardFacts => ({
  number: 1,
  body: ['## Loop', ...boxes].join('\n'),
  actor,
  ...(permission ? { permission } : {}),
  ignored: []
})
const NOW = new Date('2026-11-24T12:00:00Z')
const REV = 'a1b2c3d4e5f6'

describe('the dashboard commands', () => {
  it.each<[string, DashboardFacts | undefined, Record<string, unknown>]>([
    [
      'no dashboard',
      undefined,
      { records: [], resume: false, resetBreaker: false, retry: [], approve: [] }
    ],
    [
      'nothing ticked',
      board([box({ kind: 'pause' }, false)], 'maintainer', 'admin'),
      { records: [] }
    ],
    [
      'a writer pauses',
      board([box({ kind: 'pause' }, true)], 'maintainer', 'write'),
      { pause: { login: 'maintainer', at: NOW.toISOString() } }
    ],
    [
      'pause and resume at once: pause wins',
      board(
        [box({ kind: 'pause' }, true), box({ kind: 'resume' }, true)],
        'maintainer',
        'maintain'
      ),
      { resume: false, pause: { login: 'maintainer', at: NOW.toISOString() } }
    ],
    [
      'reset the breaker and retry',
      board(
        [box({ kind: 'reset-breaker' }, true), box({ kind: 'retry', issue: 9 }, true)],
        'maintainer',
        'admin'
      ),
      { resetBreaker: true, retry: [9] }
    ],
    [
      'approve one',
      board(
        [
          box({ kind: 'approve', issue: 4, rev: REV }, true),
          box({ kind: 'approve', issue: 5, rev: REV }, false)
        ],
        'maintainer',
        'write'
      ),
      { approve: [{ issue: 4, rev: REV }] }
    ],
    [
      'approve the wave: every proposal listed',
      board(
        [
          box({ kind: 'approve', issue: 4, rev: REV }, false),
          box({ kind: 'approve', issue: 5, rev: REV }, false),
          box({ kind: 'approve-wave' }, true)
        ],
        'maintainer',
        'write'
      ),
      {
        approve: [
          { issue: 4, rev: REV },
          { issue: 5, rev: REV }
        ]
      }
    ],
    [
      'an outsider ticks: nothing, and it is said',
      board(
        [box({ kind: 'resume' }, true), box({ kind: 'approve-wave' }, true)],
        'outsider',
        'read'
      ),
      {
        resume: false,
        approve: [],
        records: [
          expect.objectContaining({
            outcome: 'ignored',
            note: expect.stringMatching(/resume ticked by outsider, who cannot write/)
          }),
          expect.objectContaining({ outcome: 'ignored' })
        ]
      }
    ],
    [
      'nobody known: ignored',
      board([box({ kind: 'pause' }, true)], null),
      { records: [expect.objectContaining({ by: 'someone unknown', outcome: 'ignored' })] }
    ]
  ])('%s', (_name, facts, expected) => {
    expect(planCommands(facts, NOW)).toMatchObject(expected)
  })
})
