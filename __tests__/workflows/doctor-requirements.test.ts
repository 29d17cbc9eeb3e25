/**
 * What doctor holds each job to is what docs/permissions.md tells users to grant: one table, read
 * here from the doc and compared with `src/doctor/requirements.ts`, row by row.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { needsOf, type ModeUse } from '../../src/doctor/requirements.js'
import { readWorkflow } from '../../src/doctor/workflows.js'

/** `mode` cell → the permissions listed before any "(+ …)" extra. */
function docRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const line of readFileSync('docs/permissions.md', 'utf8').split('\n')) {
    const cells = line.split('|').map(c => c.trim())
    if (cells.length < 4 || !cells[1].startsWith('`')) continue
    const granted = cells[2].split('(+')[0].split(';')[0]
    rows.set(
      cells[1],
      [...granted.matchAll(/`([a-z-]+): (read|write)`/g)].map(m => `${m[1]}: ${m[2]}`)
    )
  }
  return rows
}

const listed = (use: ModeUse) =>
  needsOf(use)
    .map(n => `${n.scope}: ${n.access}`)
    .sort()

describe('doctor holds jobs to docs/permissions.md', () => {
  const rows = docRows()
  const cases: [string, ModeUse][] = [
    ['`compile` on push / dispatch', { mode: 'compile' }],
    ['`compile` on pull requests', { mode: 'compile', pullRequestOnly: true }],
    ['`compile` with `dry-run: true`', { mode: 'compile', dryRun: true }],
    ['`tick`', { mode: 'tick', seesWorkerRuns: true }],
    ['`prompt`', { mode: 'prompt' }],
    ['`publish`', { mode: 'publish' }],
    ['`verdict`', { mode: 'verdict' }],
    ['`discover`', { mode: 'discover' }],
    ['`doctor`', { mode: 'doctor' }]
  ]
  it.each(cases)('%s', (row, use) => {
    expect(rows.get(row)?.sort()).toEqual(listed(use))
  })

  it('adds what the extras say: actions: write for the workflow adapter, pull-requests: read for the packet', () => {
    expect(listed({ mode: 'tick', dispatchesWorkflows: true })).toContain('actions: write')
    expect(listed({ mode: 'prompt', reviewPacket: true })).toContain('pull-requests: read')
  })
})

describe('readWorkflow', () => {
  it('reads each job’s modes, permissions with their line, and the workflow’s triggers', () => {
    const shape = readWorkflow(
      '.github/workflows/x.yml',
      [
        'name: x',
        'on:',
        '  schedule:',
        "    - cron: '*/30 * * * *'",
        '  workflow_dispatch:',
        'permissions: read-all',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: someone/delivery-loop@v0',
        '        with:',
        '          mode: tick',
        '  b:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      issues: write',
        '    steps:',
        '      - uses: ./',
        '        with:',
        '          mode: verdict',
        '      - uses: other/action@v1',
        '        with:',
        '          mode: tick'
      ].join('\n')
    )
    expect([...shape.on.keys()]).toEqual(['schedule', 'workflow_dispatch'])
    expect(
      shape.jobs.map(j => [j.id, j.modes.map(m => m.mode), j.permissions, j.permissionsLine])
    ).toEqual([
      ['a', ['tick'], 'read-all', 6],
      ['b', ['verdict'], { issues: 'write' }, 16]
    ])
  })
})
