/**
 * discover end to end: seeded workflow runs, event payloads derived from
 * @octokit/webhooks-examples, the built bundle, the emulator with OpenAPI conformance.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, tempDir } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import type { WorkflowRun } from '../../rig/github/model.js'
import { examples, failedRunEvent } from '../../rig/events.js'

function log(lines: string[], stamp = '2026-11-20T10:11:12.1234567Z'): string {
  return lines.map(l => `${stamp} ${l}`).join('\n')
}

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

function discover(
  run: WorkflowRun,
  options: { inputs?: Record<string, string>; workspace?: string; event?: unknown } = {}
) {
  return runAction({
    github: rig.github,
    cache: rig.cache,
    inputs: { mode: 'discover', ...options.inputs },
    eventName: 'workflow_run',
    event: options.event ?? failedRunEvent(run),
    ...(options.workspace ? { workspace: options.workspace } : {})
  })
}

function seedTwoFailures(stamp: string, tmp: string): WorkflowRun {
  return rig.github.model.addRun({
    name: 'CI',
    path: '.github/workflows/ci.yml',
    jobs: [
      {
        name: 'test',
        steps: [{ name: 'Checkout' }, { name: 'Run tests', conclusion: 'failure' }],
        log: log(
          [
            'npm test',
            `Writing ${tmp}/report.xml`,
            '##[error]Expected 200, received 500 (took 12ms)',
            'done'
          ],
          stamp
        )
      },
      {
        name: 'lint',
        steps: [{ name: 'Lint', conclusion: 'failure' }],
        log: log(['eslint .', '##[error]src/a.ts: no-unused-vars, ping @someone'], stamp)
      },
      {
        name: 'build',
        conclusion: 'success',
        steps: [{ name: 'Build', conclusion: 'success' }],
        log: 'fine'
      }
    ]
  })
}

const issues = () => rig.github.model.issues.filter(i => i.labels.includes('delivery:discovered'))

describe('discover', () => {
  it('files one issue per distinct failure, counts recurrences, reopens regressions, and leaves not-planned alone', async () => {
    const first = await discover(seedTwoFailures('2026-11-20T10:11:12.1234567Z', '/tmp/tmp.AAA111'))
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.outputs.status).toBe('filed')
    expect(
      issues()
        .map(i => i.title)
        .sort()
    ).toEqual(['Code: Fix CI failure: CI / lint', 'Code: Fix CI failure: CI / test'])
    const test = issues().find(i => i.title.endsWith('/ test'))!
    const lint = issues().find(i => i.title.endsWith('/ lint'))!
    expect(test.labels.sort()).toEqual(['delivery:discovered', 'delivery:unit'])
    expect(test.body).toMatch(/^<!-- lc:d1=[0-9a-f]{16} -->/)
    expect(test.body).toContain('| Step | Run tests |')
    expect(test.body).toContain('| Occurrences | 1 |')
    expect(test.body).toContain('Expected 200, received 500')
    expect(test.body).toContain('## Acceptance criteria')
    expect(lint.body).toContain('ping @\u200bsomeone')
    const sig = (body: string | null) => /lc:d1=([0-9a-f]{16})/.exec(body ?? '')![1]
    expect(sig(test.body)).not.toBe(sig(lint.body))

    // The same failure again: other run id, timestamps and temp paths → no new issue, counter 2.
    const again = await discover(seedTwoFailures('2026-11-21T08:00:00.0000000Z', '/tmp/tmp.ZZZ999'))
    expect(again.code).toBe(0)
    expect(issues()).toHaveLength(2)
    expect(test.body).toContain('| Occurrences | 2 |')
    expect(again.report!.updated).toHaveLength(2)

    // The same delivery twice (a re-run of the event) counts once.
    const runB = seedTwoFailures('2026-11-22T08:00:00.0000000Z', '/tmp/tmp.B')
    await discover(runB)
    const duplicateDelivery = await discover(runB)
    expect(test.body).toContain('| Occurrences | 3 |')
    expect(duplicateDelivery.requests.filter(r => r.write)).toEqual([])

    // Closed as completed, then the failure again → reopened with a "regressed" comment.
    test.state = 'closed'
    test.stateReason = 'completed'
    // Closed as not planned → left alone.
    lint.state = 'closed'
    lint.stateReason = 'not_planned'
    const regressed = await discover(seedTwoFailures('2026-11-23T08:00:00.0000000Z', '/tmp/tmp.C'))
    expect(regressed.code).toBe(0)
    expect(test.state).toBe('open')
    expect(
      rig.github.model.comments
        .filter(c => c.issueNumber === test.number)
        .map(c => c.body)
        .join('\n')
    ).toContain('**regressed**')
    expect(lint.state).toBe('closed')
    expect(regressed.report!.reopened).toEqual([expect.objectContaining({ issue: test.number })])
    expect(regressed.report!.skipped).toEqual([
      expect.objectContaining({
        issue: lint.number,
        reason: expect.stringContaining('not planned')
      })
    ])
    expect(issues()).toHaveLength(2)
  })

  it('ignores failures of runs from forks', async () => {
    const run = rig.github.model.addRun({
      name: 'CI',
      headRepository: 'stranger/widgets',
      jobs: [{ name: 'test', log: '##[error]x' }]
    })
    const result = await discover(run)
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('ignored')
    expect(result.stdout).toContain('::notice::Ignoring run')
    expect(result.requests.filter(r => r.write)).toEqual([])
    expect(issues()).toEqual([])
  })

  it('ignores successful runs and unwatched branches', async () => {
    const ok = rig.github.model.addRun({
      name: 'CI',
      conclusion: 'success',
      jobs: [{ name: 'test', conclusion: 'success' }]
    })
    expect((await discover(ok)).outputs.status).toBe('ignored')
    const feature = rig.github.model.addRun({
      name: 'CI',
      headBranch: 'feature',
      jobs: [{ name: 'test', log: '##[error]x' }]
    })
    const result = await discover(feature)
    expect(result.report!.reason).toContain('branch feature is not watched')
    expect(issues()).toEqual([])
  })

  it('files at most discover.max_issues_per_run and one summary issue for the rest', async () => {
    const run = rig.github.model.addRun({
      name: 'CI',
      jobs: Array.from({ length: 12 }, (_, i) => ({
        name: `shard-${'abcdefghijkl'[i]}`,
        log: `##[error]failure kind ${'abcdefghijkl'[i]}`
      }))
    })
    const result = await discover(run)
    expect(result.code).toBe(0)
    const filed = issues()
    expect(filed.filter(i => i.title.startsWith('Code: Fix CI failure'))).toHaveLength(5)
    const summary = filed.filter(i => i.title.startsWith('CI failures: 7 more'))
    expect(summary).toHaveLength(1)
    expect(summary[0].labels).toEqual(['delivery:discovered'])
    expect(summary[0].body!.match(/^\| shard-/gm)).toHaveLength(7)
    // The same event again adds nothing.
    const again = await discover(run)
    expect(again.requests.filter(r => r.write)).toEqual([])
  })

  it('keeps a 10 MB log to a bounded excerpt', async () => {
    const big = Array.from(
      { length: 250_000 },
      (_, i) => `2026-11-20T10:00:00.0000000Z noise ${i} ${'y'.repeat(20)}`
    )
    big.splice(200_000, 0, '2026-11-20T10:00:00.0000000Z ##[error]Out of memory')
    const run = rig.github.model.addRun({
      name: 'CI',
      jobs: [{ name: 'test', log: big.join('\n') }]
    })
    const result = await discover(run)
    expect(result.code).toBe(0)
    const body = issues()[0].body!
    expect(body).toContain('Out of memory')
    expect(body.length).toBeLessThan(8000)
  })

  it('writes nothing in a dry run and reports what it would do', async () => {
    const result = await discover(seedTwoFailures('2026-11-20T10:11:12Z', '/tmp/x'), {
      inputs: { 'dry-run': 'true' }
    })
    expect(result.code).toBe(0)
    expect(result.requests.filter(r => r.write)).toEqual([])
    expect(result.report!.created).toHaveLength(2)
  })

  it('says once what tick will do with an issue a human labels delivery:unit', async () => {
    const maintainer = rig.github.model.userByLogin('maintainer')!
    const outsider = rig.github.model.userByLogin('outsider')!
    const blocker = rig.github.model.createIssue({ title: 'blocker', userId: maintainer.id })
    const issue = rig.github.model.createIssue({
      title: 'Do the thing',
      userId: maintainer.id,
      labels: ['delivery:unit', `blocked-by:#${blocker.number}`]
    })
    const foreign = rig.github.model.createIssue({
      title: 'Please do',
      userId: outsider.id,
      labels: ['delivery:unit']
    })
    const labeled = (n: number) => {
      const example = structuredClone(
        examples.find(e => e.name === 'issues')!.examples.find(e => e.action === 'labeled')!
      ) as Record<string, Record<string, unknown>>
      example.issue.number = n
      example.label.name = 'delivery:unit'
      return example
    }
    const run = (n: number) =>
      runAction({
        github: rig.github,
        inputs: { mode: 'discover' },
        eventName: 'issues',
        event: labeled(n)
      })
    const first = await run(issue.number)
    expect(first.code).toBe(0)
    expect(first.report!.verdict).toContain(`blocked: #${blocker.number} is open`)
    await run(issue.number)
    expect(rig.github.model.comments.filter(c => c.issueNumber === issue.number)).toHaveLength(1)
    const untrusted = await run(foreign.number)
    expect(untrusted.report!.verdict).toContain('untrusted')
    expect(untrusted.report!.verdict).toContain('neither the loop')
  })

  it('feeds the DAG: a tick after discover dispatches the new issue like any unit', async () => {
    await discover(seedTwoFailures('2026-11-20T10:11:12Z', '/tmp/x'))
    const filed = issues()
      .map(i => i.number)
      .sort((a, b) => a - b)
    const ticked = await runAction({
      github: rig.github,
      cache: rig.cache,
      inputs: { mode: 'tick' },
      eventName: 'schedule'
    })
    expect(ticked.code).toBe(0)
    expect(ticked.outputs.status).toBe('dispatched')
    expect(
      JSON.parse(ticked.outputs.wave)
        .map((w: { issue: number }) => w.issue)
        .sort((a: number, b: number) => a - b)
    ).toEqual(filed)
    expect(issues().every(i => i.labels.includes('status:implementing'))).toBe(true)
  })

  it('feeds the DAG: a discovered issue is a delivery:unit issue compile leaves alone', async () => {
    await discover(seedTwoFailures('2026-11-20T10:11:12Z', '/tmp/x'))
    const workspace = tempDir('ws')
    writeFileSync(path.join(workspace, 'ROADMAP.md'), '## A\n- doc: one\n')
    const compiled = await runAction({
      github: rig.github,
      inputs: { mode: 'compile' },
      workspace,
      eventName: 'push'
    })
    expect(compiled.code).toBe(0)
    expect(issues().every(i => i.state === 'open' && i.labels.includes('delivery:unit'))).toBe(true)
  })
})
