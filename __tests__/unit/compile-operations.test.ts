/**
 * compile's operations (pure): the exact requests a run sends for a reconciled plan, in order,
 * with issues created in the run named by key, cut whole at the write quota.
 */
import { describe, expect, it } from '@jest/globals'
import { planOperations, requestOf } from '../../src/compile/operations.js'
import { planCompile, planItems, desiredContent } from '../../src/compile/plan.js'
import type { TrackedIssue } from '../../src/github/port.js'
import { compileRoadmap } from '../../src/roadmap/compile-roadmap.js'

const ROADMAP = '## U\n- doc: a\n- code: b (needs: doc-1)\n\n## [epic] E\n- code: c\n- code: d\n'

function tracked(n: number, body: string, extra: Partial<TrackedIssue> = {}): TrackedIssue {
  return {
    number: n,
    databaseId: n * 100,
    title: 'T',
    body,
    state: 'OPEN',
    stateReason: null,
    createdAt: '2026-01-01T00:00:00Z',
    url: '',
    author: 'github-actions[bot]',
    authorAssociation: 'NONE',
    labels: ['delivery:unit'],
    blockedBy: [],
    parent: null,
    editor: null,
    ...extra
  }
}

function operations(
  text: string,
  existing: TrackedIssue[] = [],
  labels: string[] = [],
  maxWrites = 300
) {
  const compiled = compileRoadmap(text)
  const plan = planCompile({
    compiled,
    existing,
    trusted: () => true,
    external: new Map(),
    render: {}
  })
  return planOperations({ plan, labels: new Set(labels), external: new Map(), maxWrites })
}

const requests = (o: ReturnType<typeof operations>) =>
  o.groups.flatMap(g => g.operations.map(requestOf))

describe('compile operations', () => {
  it('creates labels once, issues in dependency order, and names new blockers and parents by key', () => {
    const o = operations(ROADMAP, [], ['delivery:unit'])
    const keys = planItems(compileRoadmap(ROADMAP)).map(i => i.key)
    const [a, b, epic, c, d] = keys
    expect(requests(o)).toEqual([
      'POST /issues',
      'POST /labels', // blocked-by:#<a>, bound when a exists
      'POST /issues',
      `POST /issues/{${b}}/dependencies/blocked_by`,
      'POST /labels', // delivery:epic
      'POST /issues',
      'POST /labels', // epic
      'POST /issues',
      `POST /issues/{${epic}}/sub_issues`,
      'POST /issues',
      `POST /issues/{${epic}}/sub_issues`
    ])
    expect(o.groups.map(g => g.key)).toEqual([a, b, epic, c, d])
    expect(o.groups[1].operations[0]).toEqual({ op: 'create-label', label: { blockedBy: a } })
    expect(o.groups[1].operations[2]).toEqual({
      op: 'add-blocked-by',
      issue: { key: b },
      blocker: { key: a }
    })
  })

  it('creates a shared blocker’s label once, however many items it blocks (the write floor)', () => {
    const shared = '## U\n- doc: a\n- code: b\n- code: c\n- code: d\n'
    const o = operations(shared, [], ['delivery:unit'])
    const labels = o.groups.flatMap(g => g.operations.filter(op => op.op === 'create-label'))
    // b, c and d each wait for a: one blocked-by label, not three.
    expect(labels).toHaveLength(1)
    const writes = requests(o).length
    // Four issues, one label, three native dependencies: the floor.
    expect(writes).toBe(4 + 1 + 3)
  })

  it('cuts whole items at the write quota: an item never starts without its relations', () => {
    const o = operations(ROADMAP, [], ['delivery:unit', 'delivery:epic', 'epic'], 3)
    // a (1 write) fits; b needs 3 (label, issue, dependency) and does not: it and all after wait.
    expect(requests(o)).toEqual(['POST /issues'])
    expect(o.deferred.map(g => g.action)).toEqual(['create', 'create', 'create', 'create'])
  })

  it('updates only what differs and removes a stale managed blocker, with numbers it knows', () => {
    const compiled = compileRoadmap('## U\n- doc: a\n\n## V\n- code: b\n')
    const [a, b] = planItems(compiled)
    const issueA = tracked(1, desiredContent(a, () => undefined, {}).body, {
      title: desiredContent(a, () => undefined, {}).title
    })
    const issueB = tracked(2, desiredContent(b, () => undefined, {}).body, {
      title: 'Old title',
      blockedBy: [{ number: 1, databaseId: 100 }]
    })
    const o = operations('## U\n- doc: a\n\n## V\n- code: b\n', [issueA, issueB])
    expect(requests(o)).toEqual(['PATCH /issues/2', 'DELETE /issues/2/dependencies/blocked_by/100'])
    expect(o.groups[1].operations[0]).toEqual({ op: 'update-issue', issue: 2, fields: ['title'] })
    expect(o.groups[0].action).toBe('unchanged')
  })

  it('closes removed issues with a comment first, and plans nothing when all match', () => {
    const gone = tracked(7, '<!-- lc:u=lc-0123456789ab -->\n')
    const o = operations('## U\n- doc: a\n', [gone], ['delivery:unit'])
    expect(requests(o)).toEqual(['POST /issues', 'POST /issues/7/comments', 'PATCH /issues/7'])
    expect(o.groups.at(-1)!.operations[1]).toEqual({
      op: 'close-issue',
      issue: 7,
      reason: 'not_planned'
    })
  })

  it('keeps to GitHub’s 100 sub-issues per parent, with one notice', () => {
    const slices = Array.from({ length: 102 }, (_, i) => `- code: s${i}`).join('\n')
    const o = operations(`## [epic] E\n${slices}\n`, [], ['delivery:unit', 'delivery:epic', 'epic'])
    expect(requests(o).filter(r => r.endsWith('/sub_issues'))).toHaveLength(100)
    expect(o.notices).toEqual([expect.stringContaining('more than 100 slices')])
  })
})
