/**
 * compile end to end: the built bundle, run as the runner runs it, against the GitHub emulator
 * and the local cache service, with every REST exchange checked against GitHub's OpenAPI.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, tempDir } from '../../rig/harness.js'
import { generateRoadmap } from '../../bench/generate.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import type { Issue } from '../../rig/github/model.js'

const ROADMAP = `# Widgets roadmap

Plans above the first unit are ignored.

## Storage layer
Persist widgets so restarts lose nothing. Ask @alice for the schema.

- doc: Design the **storage** schema
- code: Implement the \`WidgetStore\` (needs: doc-1)

## HTTP API
Expose widgets over HTTP.

- code: Add the widgets endpoint (needs: storage-layer/code-1)

## [epic] Search
Make widgets findable.

- doc: Design the search index
- code: Index widgets on write
`

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

function seedRoadmap(text: string): void {
  rig.github.model.writeFile('main', 'ROADMAP.md', Buffer.from(text))
}

function roadmapText(): string {
  return rig.github.model.branch('main')!.files.get('ROADMAP.md')!.content.toString('utf8')
}

function compile(
  extra: Record<string, string> = {},
  options: Partial<Parameters<typeof runAction>[0]> = {}
) {
  return runAction({
    github: rig.github,
    cache: rig.cache,
    inputs: { mode: 'compile', ...extra },
    eventName: 'push',
    ...options
  })
}

function unitIssues(): Issue[] {
  return rig.github.model.issues.filter(i => !i.pull && i.labels.includes('delivery:unit'))
}

function byTitle(title: string): Issue {
  const found = rig.github.model.issues.filter(i => i.title === title)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('compile', () => {
  it('creates the DAG in dependency order with titles, bodies, labels, native dependencies and sub-issues, then writes markers back', async () => {
    seedRoadmap(ROADMAP)
    const run = await compile()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('applied')
    expect(run.outputs.created).toBe('6')

    const storageDoc = byTitle('Doc: Design the storage schema')
    const store = byTitle('Code: Implement the WidgetStore')
    const endpoint = byTitle('Code: Add the widgets endpoint')
    const epic = byTitle('Epic: Search')
    const searchDoc = byTitle('Doc: Design the search index')
    const searchCode = byTitle('Code: Index widgets on write')

    // Dependency order: every blocker was created before its dependents.
    expect(storageDoc.number).toBeLessThan(store.number)
    expect(store.number).toBeLessThan(endpoint.number)
    expect(epic.number).toBeLessThan(searchDoc.number)
    expect(searchDoc.number).toBeLessThan(searchCode.number)

    expect(store.body).toMatch(/^<!-- lc:u=lc-[0-9a-f]{12} -->\n/)
    expect(store.body).toContain(
      'Roadmap ref: `storage-layer/code-1`\nKind: code\nUnit: Storage layer\n'
    )
    expect(store.body).toContain(`Blocked by: #${storageDoc.number}\n`)
    expect(store.body).toContain(
      '## Intent\n\nPersist widgets so restarts lose nothing. Ask @\u200balice for the schema.'
    )
    expect(store.body).toContain('## Slice\n\nImplement the `WidgetStore`')
    expect(store.body).toContain(
      'Roadmap line: https://github.com/acme/widgets/blob/main/ROADMAP.md#L9'
    )
    expect(storageDoc.body).toContain('Blocked by: none')

    expect(store.labels.sort()).toEqual(
      ['blocked-by:#' + storageDoc.number, 'delivery:unit'].sort()
    )
    expect(searchCode.labels.sort()).toEqual(
      ['blocked-by:#' + searchDoc.number, 'delivery:unit', 'epic'].sort()
    )
    expect(epic.labels).toEqual(['delivery:epic'])
    const colours = Object.fromEntries(rig.github.model.labels.map(l => [l.name, l.color]))
    expect(colours['delivery:unit']).toBe('0e8a16')
    expect(colours[`blocked-by:#${storageDoc.number}`]).toBe('d93f0b')

    expect(store.blockedBy).toEqual([storageDoc.id])
    expect(endpoint.blockedBy).toEqual([store.id])
    expect(searchCode.blockedBy).toEqual([searchDoc.id])
    expect(epic.subIssues).toEqual([searchDoc.id, searchCode.id])

    // Markers written back in one commit, every other byte unchanged.
    const written = roadmapText()
    expect(written.replace(/ <!-- lc:u=lc-[0-9a-f]{12} -->/g, '')).toBe(ROADMAP)
    expect(written.match(/<!-- lc:u=/g)).toHaveLength(3 + 5)
    expect(written).toContain(
      `- code: Implement the \`WidgetStore\` (needs: doc-1) <!-- lc:u=${/lc:u=(lc-\w+)/.exec(store.body!)![1]} -->`
    )
    const commits = run.requests.filter(
      r => r.method === 'PUT' && r.path.endsWith('/contents/ROADMAP.md')
    )
    expect(commits).toHaveLength(1)
    expect(commits[0].body).toMatchObject({
      message: 'chore(roadmap): add unit markers',
      sha: expect.any(String)
    })

    const report = run.report!
    expect(report.totals).toMatchObject({ created: 6, updated: 0, closed: 0, remaining: 0 })
    expect(report.created).toContainEqual({
      issue: store.number,
      id: expect.stringMatching(/^lc-/),
      ref: 'storage-layer/code-1',
      kind: 'code',
      title: 'Code: Implement the WidgetStore',
      blocked_by: [storageDoc.number]
    })
    expect(run.summary).toContain('## Delivery Loop · compile')
    expect(run.summary).toContain('```mermaid')

    // Re-running on the written file: zero writes, file byte-identical.
    const again = await compile()
    expect(again.code).toBe(0)
    expect(again.requests.filter(r => r.write)).toEqual([])
    expect(again.report!.totals).toMatchObject({ created: 0, updated: 0, unchanged: 6, closed: 0 })
    expect(roadmapText()).toBe(written)
    // Cost grows with pages: one scan page, plus a handful of constant reads.
    expect(again.requests.length).toBeLessThanOrEqual(6)
  })

  it('turns edits into exactly the matching update, close and create, without duplicates', async () => {
    seedRoadmap(ROADMAP)
    expect((await compile()).code).toBe(0)
    const before = rig.github.model.issues.length
    const marked = roadmapText()

    // Edit one slice text.
    seedRoadmap(marked.replace('Add the widgets endpoint', 'Add the widgets endpoint with paging'))
    let run = await compile()
    expect(run.report!.totals).toMatchObject({ created: 0, updated: 1, closed: 0 })
    expect(byTitle('Code: Add the widgets endpoint with paging').state).toBe('open')

    // Delete one slice.
    seedRoadmap(roadmapText().replace(/- code: Add the widgets endpoint with paging.*\n/, ''))
    run = await compile()
    expect(run.report!.totals).toMatchObject({ created: 0, updated: 0, closed: 1 })
    const removed = byTitle('Code: Add the widgets endpoint with paging')
    expect(removed).toMatchObject({ state: 'closed', stateReason: 'not_planned' })
    expect(rig.github.model.comments.find(c => c.issueNumber === removed.number)!.body).toContain(
      'no longer in the roadmap'
    )

    // Add one slice.
    seedRoadmap(
      roadmapText().replace(
        'Expose widgets over HTTP.\n',
        'Expose widgets over HTTP.\n\n- code: Add rate limiting (needs: none)\n'
      )
    )
    run = await compile()
    expect(run.report!.totals).toMatchObject({ created: 1, updated: 0, closed: 0 })
    byTitle('Code: Add rate limiting')

    // Rename a heading that has a marker: same issues, updated in place.
    seedRoadmap(roadmapText().replace('## Storage layer', '## Durable storage'))
    run = await compile()
    expect(run.report!.totals).toMatchObject({ created: 0, closed: 0, updated: 2 })
    expect(byTitle('Code: Implement the WidgetStore').body).toContain('Unit: Durable storage')

    expect(rig.github.model.issues.length).toBe(before + 1 + 1 /* marker commit is no issue */ - 1)
    // The closed issue is never reopened or recreated.
    expect(removed.state).toBe('closed')
  })

  it('creates only the rest when a run dies half-way', async () => {
    seedRoadmap(ROADMAP)
    rig.github.dieAfterWrites(4)
    const crashed = await compile()
    expect(crashed.code).not.toBe(0)
    expect(crashed.stdout).toContain('::error::')
    rig.github.revive()
    const resumed = await compile()
    expect(resumed.code).toBe(0)
    const titles = unitIssues()
      .map(i => i.title)
      .sort()
    expect(titles).toEqual([
      'Code: Add the widgets endpoint',
      'Code: Implement the WidgetStore',
      'Code: Index widgets on write',
      'Doc: Design the search index',
      'Doc: Design the storage schema'
    ])
    expect(byTitle('Code: Implement the WidgetStore').blockedBy).toEqual([
      byTitle('Doc: Design the storage schema').id
    ])
    const settled = await compile()
    expect(settled.requests.filter(r => r.write)).toEqual([])
  })

  it.each([
    [
      'a cycle',
      '## A\n- code: one (needs: b/code-1)\n\n## B\n- code: two (needs: a/code-1)\n',
      2,
      'dependency cycle: a/code-1 → b/code-1 → a/code-1'
    ],
    [
      'an unknown reference',
      '## A\n- doc: one\n- code: two (needs: doc-7)\n',
      3,
      'unknown reference "doc-7"'
    ],
    [
      'a duplicate marker',
      '## A <!-- lc:u=lc-same -->\n- doc: one <!-- lc:u=lc-same -->\n',
      2,
      'duplicate marker lc:u=lc-same'
    ],
    ['a self-dependency', '## A\n- doc: one (needs: doc-1)\n', 2, 'depends on itself'],
    ['a duplicate ref', '## A\n- doc: one\n\n## a\n- doc: two\n', 5, 'duplicate ref a/doc-1']
  ])('rejects %s with file:line and writes nothing', async (_name, text, line, message) => {
    seedRoadmap(text)
    const run = await compile()
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('invalid')
    expect(run.stdout).toMatch(
      new RegExp(`::error title=Roadmap error,file=ROADMAP.md,line=${line}(,[^:]*)?::`)
    )
    expect(run.stdout).toContain(message)
    expect(run.requests.filter(r => r.write)).toEqual([])
    expect(run.report!.errors).toContainEqual({
      file: 'ROADMAP.md',
      line,
      message: expect.stringContaining(message)
    })
  })

  it('ignores and reports marked issues written by an outside user', async () => {
    seedRoadmap(ROADMAP)
    const planned = await compile({ 'dry-run': 'true' })
    const plan = planned.report!.plan as { id: string; ref: string }[]
    const target = plan.find(p => p.ref === 'http-api/code-1')!
    rig.github.model.createIssue({
      title: 'Code: Add the widgets endpoint',
      body: `<!-- lc:u=${target.id} -->\nplanted by someone else`,
      labels: ['delivery:unit'],
      userId: rig.github.model.userByLogin('outsider')!.id
    })
    const run = await compile()
    expect(run.code).toBe(0)
    expect(run.report!.ignored).toEqual([{ issue: 1, author: 'outsider', key: target.id }])
    expect(run.stdout).toContain('::warning::#1 carries roadmap marker')
    // Not adopted: the loop made its own issue for the slice.
    expect(
      rig.github.model.issues.filter(i => i.title === 'Code: Add the widgets endpoint')
    ).toHaveLength(2)
  })

  it('keeps the oldest of two issues with the same marker and closes the newer as a duplicate', async () => {
    seedRoadmap(ROADMAP)
    await compile()
    const original = byTitle('Doc: Design the search index')
    const copy = rig.github.model.createIssue({
      title: original.title,
      body: original.body,
      labels: ['delivery:unit'],
      userId: original.userId
    })
    const run = await compile()
    expect(run.report!.closed).toEqual([
      expect.objectContaining({ issue: copy.number, reason: 'duplicate' })
    ])
    expect(copy).toMatchObject({ state: 'closed', stateReason: 'duplicate' })
    expect(original.state).toBe('open')
  })

  it('plans without writing anything in a dry run', async () => {
    seedRoadmap(ROADMAP)
    const run = await compile({ 'dry-run': 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('planned')
    expect(run.requests.filter(r => r.write)).toEqual([])
    expect(rig.github.model.issues).toEqual([])
    expect((run.report!.plan as unknown[]).length).toBe(6)
    expect(run.summary).toContain('**6** to create')
  })

  it('creates each issue once when GitHub applies a create but its answer is lost, and binds its dependents to it', async () => {
    seedRoadmap(ROADMAP)
    // The first create (the storage doc, a blocker of the WidgetStore) is applied, then answered 502.
    rig.github.inject({
      method: 'POST',
      path: /\/issues$/,
      status: 502,
      afterApply: true,
      times: 1
    })
    const run = await compile()
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('applied')
    expect(unitIssues()).toHaveLength(5)
    const doc = byTitle('Doc: Design the storage schema')
    const store = byTitle('Code: Implement the WidgetStore')
    expect(store.blockedBy).toEqual([doc.id])
    expect(store.body).toContain(`Blocked by: #${doc.number}\n`)
    expect(store.labels).toContain(`blocked-by:#${doc.number}`)
    expect(
      run.requests.filter(r => r.write && r.method === 'POST' && /\/issues$/.test(r.path))
    ).toHaveLength(6)
    const again = await compile()
    expect(again.requests.filter(r => r.write)).toEqual([])
  })

  it('lists in a dry run exactly the writes the real run then sends, in the same order', async () => {
    const written = (run: Awaited<ReturnType<typeof compile>>) =>
      run.requests
        .filter(r => r.write)
        .map(
          r => `${r.method} ${r.path.replace(/^\/repos\/acme\/widgets/, '').replace(/\?.*$/, '')}`
        )
    const compare = async () => {
      const dry = await compile({ 'dry-run': 'true' })
      expect(written(dry)).toEqual([])
      const planned = dry.report!.operations as { request: string; op: string }[]
      const markers = dry.report!.markers as { outcome: string; path?: string }
      const real = await compile()
      expect(real.outputs.status).toBe('applied')
      // Issues this run created are named by key in the plan: bind them to GitHub's numbers.
      const numbers = new Map(
        (real.report!.created as { id: string; issue: number }[]).map(c => [c.id, c.issue])
      )
      const bind = (request: string) =>
        request.replace(/\{([^}]+)\}/g, (_, key: string) => String(numbers.get(key)))
      expect(written(real)).toEqual([
        ...planned.map(o => bind(o.request)),
        ...(markers.outcome === 'write' ? [`PUT /contents/${markers.path}`] : [])
      ])
      expect(real.report!.sent).toEqual(planned.map(o => bind(o.request)))
      return { planned, real }
    }

    // The first compile: labels, issues in dependency order, late-bound blockers, sub-issues.
    seedRoadmap(ROADMAP)
    const first = await compare()
    expect(first.planned.map(o => o.request)).toEqual(
      expect.arrayContaining([
        'POST /labels',
        'POST /issues',
        expect.stringMatching(/^POST \/issues\/\{lc-[0-9a-f]{12}\}\/dependencies\/blocked_by$/),
        expect.stringMatching(/^POST \/issues\/\{lc-[0-9a-f]{12}\}\/sub_issues$/)
      ])
    )

    // Edits: a slice's text, a slice removed (comment, close), a new slice needing an old one
    // and a new one (its blocker bound late), a new epic slice.
    seedRoadmap(
      roadmapText()
        .replace('Add the widgets endpoint', 'Add the widgets endpoint with paging')
        .replace(/- doc: Design the search index.*\n/, '')
        .replace(
          'Expose widgets over HTTP.\n',
          'Expose widgets over HTTP.\n\n- doc: Describe rate limits\n- code: Add rate limiting (needs: doc-1, storage-layer/code-1)\n'
        )
        .replace(
          '- code: Index widgets on write',
          '- code: Rank results\n- code: Index widgets on write'
        )
    )
    const second = await compare()
    expect(second.real.report!.totals).toMatchObject({ created: 3, closed: 1 })
    expect(second.planned.map(o => o.op)).toEqual(
      expect.arrayContaining(['update-issue', 'comment', 'close-issue', 'add-sub-issue'])
    )

    // Settled: the dry run lists nothing and the real run sends nothing.
    const settled = await compare()
    expect(settled.planned).toEqual([])
  })

  it('posts one sticky plan comment on a pull request and updates it in place', async () => {
    seedRoadmap(ROADMAP)
    const maintainer = rig.github.model.userByLogin('maintainer')!
    const pr = rig.github.model.openPull({
      head: 'roadmap-edit',
      title: 'Plan more',
      body: 'roadmap',
      userId: maintainer.id
    })
    const workspace = tempDir('ws')
    writeFileSync(path.join(workspace, 'ROADMAP.md'), ROADMAP)
    const event = { action: 'synchronize', number: pr.number, pull_request: { number: pr.number } }
    const first = await compile({}, { eventName: 'pull_request', event, workspace })
    expect(first.code).toBe(0)
    expect(first.outputs.status).toBe('planned')
    const comments = () => rig.github.model.comments.filter(c => c.issueNumber === pr.number)
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toContain('<!-- delivery-loop:compile-plan -->')
    expect(comments()[0].body).toContain('**6** to create')
    expect(comments()[0].body).toContain('```mermaid')
    expect(unitIssues()).toEqual([])

    writeFileSync(
      path.join(workspace, 'ROADMAP.md'),
      `${ROADMAP}\n## Metrics\n- code: Count widgets (needs: none)\n`
    )
    const second = await compile({}, { eventName: 'pull_request', event, workspace })
    expect(second.code).toBe(0)
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toContain('**7** to create')
    expect(second.requests.filter(r => r.write).map(r => `${r.method} ${r.route}`)).toEqual([
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'
    ])

    // A fork's pull request: the token cannot comment; the plan still succeeds, in the summary.
    writeFileSync(
      path.join(workspace, 'ROADMAP.md'),
      `${ROADMAP}\n## Metrics\n- code: Count more widgets (needs: none)\n`
    )
    rig.github.inject({
      path: /\/comments/,
      method: 'PATCH',
      status: 403,
      message: 'Resource not accessible by integration'
    })
    const fork = await compile({}, { eventName: 'pull_request', event, workspace })
    rig.github.clearFaults()
    expect(fork.code).toBe(0)
    expect(fork.stdout).toContain('::notice::Could not comment the plan')
    expect(fork.summary).toContain('Count more widgets')

    writeFileSync(path.join(workspace, 'ROADMAP.md'), '## A\n- code: x (needs: nowhere)\n')
    const invalid = await compile({}, { eventName: 'pull_request', event, workspace })
    expect(invalid.code).toBe(1)
    expect(invalid.stdout).toMatch(/::error title=Roadmap error,file=ROADMAP.md,line=2/)
    expect(comments()[0].body).toContain('Roadmap errors')
  })

  it('keeps a big pull-request plan within GitHub’s comment limit, saying what it left out', async () => {
    seedRoadmap(ROADMAP)
    const maintainer = rig.github.model.userByLogin('maintainer')!
    const pr = rig.github.model.openPull({
      head: 'big-roadmap',
      title: 'The whole plan',
      body: 'roadmap',
      userId: maintainer.id
    })
    const workspace = tempDir('ws')
    // 1,200 slices in 120 units: ~130 KB of plan table, a 120-unit graph.
    writeFileSync(path.join(workspace, 'ROADMAP.md'), generateRoadmap(1200))
    const event = { action: 'opened', number: pr.number, pull_request: { number: pr.number } }
    const run = await compile({}, { eventName: 'pull_request', event, workspace })
    expect(run.stdout).not.toContain('::error::')
    expect(run.code).toBe(0)
    const comment = rig.github.model.comments.find(c => c.issueNumber === pr.number)!
    expect(comment.body.length).toBeLessThanOrEqual(65536)
    expect(comment.body).toContain('**1200** to create')
    expect(comment.body).toMatch(
      /more changes are not shown here: the job summary and the `report` output list all 1200/
    )
    expect((run.report!.plan as unknown[]).length).toBe(1200)
    expect(run.summary).toContain('unit-119-of-the-generated-plan/code-8')
  })

  it('opens a pull request with the markers when the default branch is protected', async () => {
    seedRoadmap(ROADMAP)
    rig.github.model.branch('main')!.protected = true
    const run = await compile()
    expect(run.code).toBe(0)
    expect(run.report!.markers).toMatchObject({ outcome: 'pull-request', markers: 8 })
    const pr = rig.github.model.issues.find(i => i.pull)!
    expect(pr.pull).toMatchObject({ head: 'delivery-loop/roadmap-markers', base: 'main' })
    expect(roadmapText()).toBe(ROADMAP)
    const proposed = rig.github.model
      .branch('delivery-loop/roadmap-markers')!
      .files.get('ROADMAP.md')!
      .content.toString()
    expect(proposed.replace(/ <!-- lc:u=lc-[0-9a-f]{12} -->/g, '')).toBe(ROADMAP)
  })

  it('falls back to blocked-by labels with one notice when native dependencies are unavailable', async () => {
    seedRoadmap(ROADMAP)
    rig.github.model.dependenciesApi = false
    const run = await compile()
    expect(run.code).toBe(0)
    expect(run.report!.native_dependencies).toBe('unavailable')
    expect(
      run.stdout.match(/::notice::GitHub's issue dependencies API is not available/g)
    ).toHaveLength(1)
    const store = byTitle('Code: Implement the WidgetStore')
    expect(store.labels).toContain(
      `blocked-by:#${byTitle('Doc: Design the storage schema').number}`
    )
  })

  it('stops at compile.max_writes_per_run, says what remains, and the next run finishes', async () => {
    seedRoadmap(ROADMAP)
    const workspace = tempDir('ws')
    writeFileSync(
      path.join(workspace, '.delivery.yml'),
      'version: 1\ncompile:\n  max_writes_per_run: 6\n'
    )
    writeFileSync(path.join(workspace, 'ROADMAP.md'), ROADMAP)
    const first = await compile({}, { workspace })
    expect(first.code).toBe(0)
    expect(first.outputs.status).toBe('partial')
    expect(first.requests.filter(r => r.write).length).toBeLessThanOrEqual(6)
    expect((first.report!.remaining as unknown[]).length).toBeGreaterThan(0)
    expect(first.summary).toContain('Stopped at the write budget')
    let status = first.outputs.status
    for (let i = 0; i < 10 && status === 'partial'; i++)
      status = (await compile({}, { workspace })).outputs.status
    expect(status).toBe('applied')
    expect(unitIssues()).toHaveLength(5)
  })

  it('keeps state between runs in the Actions cache (real @actions/cache)', async () => {
    seedRoadmap(ROADMAP)
    const first = await compile({}, { runId: 501 })
    expect(first.report!.state).toMatchObject({
      restored_from: 'none',
      restored_seq: 0,
      saved_to: 'cache:delivery-loop-state-v1-1296269-501-1-1'
    })
    expect(existsSync(path.join(first.workspace, '.delivery-loop-state'))).toBe(false)
    const second = await compile({}, { runId: 502 })
    expect(second.report!.state).toMatchObject({
      restored_from: 'cache:delivery-loop-state-v1-1296269-501-1-1',
      restored_seq: 1,
      saved_to: 'cache:delivery-loop-state-v1-1296269-502-1-2'
    })
    // A lost cache is not fatal: the run starts from GitHub facts and says so.
    rig.cache.evictAll()
    const third = await compile({}, { runId: 503 })
    expect(third.code).toBe(0)
    expect(third.report!.state).toMatchObject({ restored_from: 'none', restored_seq: 0 })
    expect(third.requests.filter(r => r.write)).toEqual([])
  })
})
