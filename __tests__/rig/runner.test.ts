/**
 * The runner's rules as tables: `if:` with GitHub's implicit success(), values with and without
 * their types, matrix expansion, `on:` matching, concurrency groups, and what a scoped token may
 * do. Each row is a case GitHub's documentation states.
 */
import { describe, expect, it } from '@jest/globals'
import { allows, requestNeeds } from '../../rig/github/scopes.js'
import { ConcurrencyGroups } from '../../rig/runner/concurrency.js'
import { condition, GREEN, interpolate } from '../../rig/runner/expressions.js'
import { jobGrants } from '../../rig/runner/permissions.js'
import { expandMatrix } from '../../rig/runner/matrix.js'
import { triggered } from '../../rig/runner/triggers.js'

const FAILED = { success: false, failure: true, cancelled: false }

describe('expressions', () => {
  it.each([
    [undefined, GREEN, true],
    [undefined, FAILED, false],
    ["needs.a.outputs.x != '[]'", GREEN, true],
    ["needs.a.outputs.x != '[]'", FAILED, false], // success() && (…)
    ["always() && needs.a.result == 'failure'", FAILED, true],
    ['${{ !cancelled() }}', FAILED, true],
    ['failure()', FAILED, true],
    ['failure()', GREEN, false],
    ["github.event_name == 'schedule'", GREEN, false]
  ])('if: %s with %o is %s', (when, status, expected) => {
    const contexts = {
      github: { event_name: 'push' },
      needs: { a: { result: 'failure', outputs: { x: '[1]' } } }
    }
    expect(condition(when, contexts, status)).toBe(expected)
  })

  it('keeps a whole-value expression typed, and makes text of one inside a string', () => {
    const contexts = { needs: { t: { outputs: { wave: '[{"issue":3}]' } } }, matrix: { n: 3 } }
    expect(interpolate('${{ fromJSON(needs.t.outputs.wave) }}', contexts)).toEqual([{ issue: 3 }])
    expect(interpolate('change-${{ matrix.n }}', contexts)).toBe('change-3')
    expect(interpolate('${{ matrix.missing }}x', contexts)).toBe('x')
    expect(interpolate({ a: ['${{ matrix.n }}'] }, contexts)).toEqual({ a: [3] })
  })
})

describe('matrix', () => {
  it.each([
    [{ include: [{ a: 1 }, { a: 2 }] }, [{ a: 1 }, { a: 2 }]],
    [
      { os: ['l', 'w'], node: [20] },
      [
        { os: 'l', node: 20 },
        { os: 'w', node: 20 }
      ]
    ],
    [{ os: ['l', 'w'], exclude: [{ os: 'w' }] }, [{ os: 'l' }]],
    [
      { os: ['l', 'w'], include: [{ os: 'l', extra: true }, { os: 'm' }] },
      [{ os: 'l', extra: true }, { os: 'w' }, { os: 'm' }]
    ]
  ])('%o expands to %o', (matrix, expected) => {
    expect(expandMatrix(matrix)).toEqual(expected)
  })

  it('an empty include is the error GitHub gives', () => {
    expect(() => expandMatrix({ include: [] })).toThrow(
      "Matrix vector 'include' does not contain any values"
    )
  })
})

describe('on:', () => {
  const pr = (action: string, base = 'main') => ({
    name: 'pull_request',
    payload: { action, pull_request: { base: { ref: base } } },
    changed: ['ROADMAP.md']
  })
  it.each([
    ['push', { name: 'push', payload: { ref: 'refs/heads/main' } }, true],
    [{ push: { branches: ['main'] } }, { name: 'push', payload: { ref: 'refs/heads/dev' } }, false],
    [
      { push: { paths: ['src/**'] } },
      { name: 'push', payload: { ref: 'refs/heads/main' }, changed: ['README.md'] },
      false
    ],
    [
      { push: { 'paths-ignore': ['docs/**'] } },
      { name: 'push', payload: {}, changed: ['docs/a.md', 'src/a.ts'] },
      true
    ],
    [{ pull_request: null }, pr('opened'), true],
    [{ pull_request: null }, pr('closed'), false], // default types: opened, synchronize, reopened
    [{ pull_request: { types: ['closed'] } }, pr('closed'), true],
    [{ pull_request: { branches: ['release/**'] } }, pr('opened', 'release/1'), true],
    [
      { workflow_run: { workflows: ['ci'], types: ['completed'] } },
      { name: 'workflow_run', payload: { action: 'completed', workflow_run: { name: 'ci' } } },
      true
    ],
    [
      { workflow_run: { workflows: ['ci'] } },
      { name: 'workflow_run', payload: { action: 'completed', workflow_run: { name: 'lint' } } },
      false
    ],
    [['issues', 'push'], { name: 'issues', payload: { action: 'labeled' } }, true],
    [{ issues: { types: ['labeled'] } }, { name: 'issues', payload: { action: 'edited' } }, false]
  ])('%o on %o: %s', (on, event, expected) => {
    expect(triggered(on, event as Parameters<typeof triggered>[1])).toBe(expected)
  })
})

describe('concurrency groups', () => {
  it('hold one running and one pending; a newer pending entry cancels the older', async () => {
    const groups = new ConcurrencyGroups()
    expect(await groups.acquire('g', false)).toBe(true)
    const second = groups.acquire('g', false)
    const third = groups.acquire('g', false)
    expect(await second).toBe(false)
    groups.release('g')
    expect(await third).toBe(true)
    groups.release('g')
    expect(await groups.acquire('g', false)).toBe(true)
  })

  it('queue: max keeps every pending entry in order; names compare without case', async () => {
    const groups = new ConcurrencyGroups()
    expect(await groups.acquire('Deploy', false, 'max')).toBe(true)
    const waiting = [1, 2, 3].map(() => groups.acquire('deploy', false, 'max'))
    for (const entry of waiting) {
      groups.release('DEPLOY')
      expect(await entry).toBe(true)
    }
    groups.release('deploy')
    expect(await groups.acquire('deploy', false)).toBe(true)
  })

  it('refuses cancel-in-progress, which the rig cannot honour', () => {
    expect(() => new ConcurrencyGroups().acquire('g', true)).toThrow(/not emulated/)
  })
})

describe('a job token', () => {
  it.each([
    [undefined, 'read', { contents: 'read', packages: 'read' }],
    [{ issues: 'write' }, 'write', { issues: 'write' }],
    ['read-all', 'read', expect.objectContaining({ issues: 'read', 'id-token': 'none' })]
  ])('permissions %o with the repository default %s grant %o', (block, fallback, expected) => {
    expect(jobGrants(block, undefined, fallback as 'read' | 'write')).toEqual(expected)
  })

  it('rejects a scope GitHub does not know', () => {
    expect(() => jobGrants({ issue: 'write' }, undefined, 'read')).toThrow("unknown scope 'issue'")
  })

  const needs = (
    method: string,
    path: string,
    body: Record<string, unknown> = {},
    graphql = false
  ) => requestNeeds(method, path, body, graphql, 'acme/widgets', n => n === 7)
  it.each([
    ['GET', '/repos/acme/widgets/issues/3', {}, false, { issues: 'read' }, true],
    ['POST', '/repos/acme/widgets/issues/3/comments', {}, false, { issues: 'read' }, false],
    [
      'POST',
      '/repos/acme/widgets/issues/7/comments',
      {},
      false,
      { 'pull-requests': 'write' },
      true
    ],
    ['POST', '/repos/acme/widgets/check-runs', {}, false, { checks: 'write' }, true],
    ['GET', '/repos/acme/widgets/actions/runs/1', {}, false, { contents: 'read' }, false],
    [
      'POST',
      '/repos/acme/widgets/actions/workflows/t.yml/dispatches',
      {},
      false,
      { actions: 'write' },
      true
    ],
    ['GET', '/repos/acme/widgets', {}, false, {}, true],
    [
      'POST',
      '/graphql',
      { query: 'query { repository { pullRequests(first: 1) { nodes { id } } } }' },
      true,
      { issues: 'read' },
      false
    ],
    [
      'POST',
      '/graphql',
      { query: 'mutation { addSubIssue(input: {}) { issue { id } } }' },
      true,
      { issues: 'write' },
      true
    ]
  ])('%s %s (%o) with %o: %s', (method, path, body, graphql, grants, ok) => {
    expect(needs(method, path, body, graphql).every(n => allows(grants as never, n))).toBe(ok)
  })
})
