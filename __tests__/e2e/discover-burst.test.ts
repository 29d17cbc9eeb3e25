/**
 * The shipped discover workflow on the rig's runner, in a burst: three CI failures at once each
 * become their issue (GitHub's default queue keeps one pending run and cancels the older, so one
 * would be lost without `queue: max`), and the same failure delivered twice files one issue.
 */
import { describe, expect, it } from '@jest/globals'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopConfig, shippedWorkflows } from '../../rig/runner/repo.js'
import { Actions } from '../../rig/runner/service.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

function discovering(): Actions {
  rig.github.model.writeFile('main', '.delivery.yml', Buffer.from(loopConfig()))
  return new Actions(rig, {
    workflows: {
      '.github/workflows/delivery-discover.yml':
        shippedWorkflows()['.github/workflows/delivery-discover.yml']
    }
  })
}

const failure = (job: string) =>
  rig.github.model.addRun({
    name: 'ci',
    jobs: [{ name: job, log: `Error: ${job} failed at step 3\n` }]
  })

const filed = () => rig.github.model.issues.filter(i => !i.pull && i.body?.includes('lc:d1'))

describe('discover in a burst', () => {
  it('three failures at once: three runs, none cancelled, three issues', async () => {
    const actions = discovering()
    for (const job of ['lint', 'unit', 'e2e']) failure(job)
    const runs = await actions.settle()
    actions.stop()
    expect(runs.map(r => r.conclusion)).toEqual(['success', 'success', 'success'])
    expect(filed()).toHaveLength(3)
  })

  it('the same failure delivered twice at once files one issue', async () => {
    const actions = discovering()
    const run = failure('unit')
    rig.github.model.emit({
      name: 'workflow_run',
      action: 'completed',
      actor: 'maintainer',
      run: run.id
    })
    const runs = await actions.settle()
    actions.stop()
    expect(runs).toHaveLength(2)
    expect(runs.every(r => r.conclusion === 'success')).toBe(true)
    expect(filed().filter(i => i.state === 'open')).toHaveLength(1)
    expect(filed()).toHaveLength(1)
  })
})
