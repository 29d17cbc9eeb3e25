import { describe, expect, it } from '@jest/globals'
import { mergeLabels, planCompile } from '../../src/compile/plan.js'
import { sliceBody, sliceTitle } from '../../src/compile/render.js'
import { ISSUE_BODY_ROOM_CHARS as BODY_LIMIT } from '../../src/github/limits.js'
import { compileRoadmap } from '../../src/roadmap/compile-roadmap.js'
import type { TrackedIssue } from '../../src/github/port.js'

describe('compile rendering', () => {
  it('renders titles as plain text', () => {
    const { roadmap } = compileRoadmap('## U\n- code: Add **bold** `code` and [a link](http://x)\n')
    expect(sliceTitle(roadmap.slices[0])).toBe('Code: Add bold code and a link')
  })

  it("keeps bodies under GitHub's limit with a visible truncation marker", () => {
    const { roadmap } = compileRoadmap(`## U\n${'x'.repeat(100000)}\n\n- doc: one\n`)
    const body = sliceBody(roadmap.slices[0], roadmap.units[0], [], {})
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT)
    expect(body).toContain('intent truncated by Delivery Loop')
    expect(body).toContain('## Slice\n\none')
  })
})

describe('compile planning', () => {
  it('never removes a human label, only stale blocked-by labels', () => {
    expect(
      mergeLabels(
        ['bug', 'blocked-by:#3', 'priority:high', 'blocked-by:#4'],
        ['delivery:unit', 'blocked-by:#4']
      )
    ).toEqual(['bug', 'priority:high', 'blocked-by:#4', 'delivery:unit'])
  })

  it('plans creates on an empty tracker in dependency order and closes issues that left the roadmap', () => {
    const compiled = compileRoadmap('## U\n- code: b (needs: doc-1)\n- doc: a\n')
    const gone: TrackedIssue = {
      number: 9,
      databaseId: 99,
      title: 'Doc: old',
      body: '<!-- lc:u=lc-gone -->\n',
      state: 'OPEN',
      stateReason: null,
      createdAt: '2026-01-01T00:00:00Z',
      url: '',
      author: 'github-actions',
      authorAssociation: 'NONE',
      labels: ['delivery:unit'],
      blockedBy: [],
      parent: null,
      editor: null
    }
    const plan = planCompile({
      compiled,
      existing: [gone],
      trusted: () => true,
      external: new Map(),
      render: {}
    })
    expect(plan.items.map(i => [i.action, i.item.ref])).toEqual([
      ['create', 'u/doc-1'],
      ['create', 'u/code-1']
    ])
    expect(plan.closes).toEqual([expect.objectContaining({ reason: 'removed', key: 'lc-gone' })])
  })
})
