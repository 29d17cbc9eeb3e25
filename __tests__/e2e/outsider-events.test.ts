/**
 * Nothing an outsider's event starts may spend, block or decide (SECURITY.md): the shipped tick
 * workflow runs on the rig's runner, and an outsider closes a pull request between two of the
 * repository's branches or closes and reopens their own enrolled issue. Each event starts a tick
 * (the job's `if:` cannot read permissions), and the tick obeys none of them: status `ignored`,
 * no wave, no review, no claim, no attempt charged. A maintainer's same event is obeyed.
 */
import { describe, expect, it } from '@jest/globals'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopConfig, shippedWorkflows } from '../../rig/runner/repo.js'
import type { RunResult } from '../../rig/runner/run-types.js'
import { Actions } from '../../rig/runner/service.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const TWO_DOCS =
  '# Docs\n\n## Guides\nWrite them.\n\n- doc: Write the setup guide\n- doc: Write the ops guide\n'

async function compiled(): Promise<Actions> {
  const m = rig.github.model
  m.writeFile('main', 'ROADMAP.md', Buffer.from(TWO_DOCS))
  m.writeFile('main', '.delivery.yml', Buffer.from(loopConfig()))
  const compile = new Actions(rig, {
    workflows: {
      '.github/workflows/c.yml': shippedWorkflows()['.github/workflows/delivery-compile.yml']
    }
  })
  compile.trigger({ name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } })
  await compile.settle()
  compile.stop()
  return new Actions(rig, {
    workflows: {
      '.github/workflows/delivery-tick.yml':
        shippedWorkflows()['.github/workflows/delivery-tick.yml']
    },
    agents: { claude: () => ({ edits: { 'docs/guide.md': '# Guide\n' }, costUsd: 0.42 }) }
  })
}

/** A REST request as one of the rig's users (by their token). */
async function as(login: string, method: string, route: string, body?: unknown): Promise<number> {
  const user = rig.github.model.userByLogin(login)!
  const response = await fetch(`${rig.github.url}${route}`, {
    method,
    headers: { authorization: `token ${user.token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {})
  })
  await response.arrayBuffer()
  return response.status
}

const claims = () =>
  rig.github.model.comments.filter(c => c.body.includes('lc:claim')).map(c => c.issueNumber)
const tickOf = (runs: RunResult[]) => runs.filter(r => r.jobs.tick?.result === 'success')

describe('an outsider starts ticks that obey nothing', () => {
  it('closing their own pull request between two of the repository’s branches', async () => {
    const actions = await compiled()
    const m = rig.github.model
    const main = m.branch('main')!
    for (const name of ['feature-a', 'feature-b'])
      m.branches.set(name, { ...main, name, files: new Map(main.files), forkFiles: main.files })
    m.writeFile('feature-a', 'a.md', Buffer.from('a\n'))
    const repo = `/repos/${m.owner}/${m.name}`
    const open = await fetch(`${rig.github.url}${repo}/pulls`, {
      method: 'POST',
      headers: {
        authorization: `token ${m.userByLogin('outsider')!.token}`,
        'content-type': 'application/json'
      },
      body: JSON.stringify({ head: 'feature-a', base: 'feature-b', title: 'x', body: 'y' })
    })
    const pull = (await open.json()) as { number: number }
    expect(await as('outsider', 'PATCH', `${repo}/pulls/${pull.number}`, { state: 'closed' })).toBe(
      200
    )
    const runs = await actions.settle()
    actions.stop()
    const ticks = tickOf(runs)
    expect(ticks).toHaveLength(1)
    expect(ticks[0].actor).toBe('outsider')
    expect(ticks[0].jobs.tick.outputs).toMatchObject({ wave: '[]', 'review-wave': '[]' })
    expect(ticks[0].jobs.work.result).toBe('skipped')
    expect(ticks[0].jobs.review.result).toBe('skipped')
    expect(claims()).toEqual([])
  })

  it('closing and reopening their own enrolled issue, three times: six ticks, no attempt', async () => {
    const actions = await compiled()
    const m = rig.github.model
    const issue = m.createIssue({
      title: 'Doc: a reporter’s idea',
      body: 'Please do it',
      userId: m.userByLogin('outsider')!.id
    })
    issue.labels.push('delivery:unit')
    const route = `/repos/${m.owner}/${m.name}/issues/${issue.number}`
    for (let i = 0; i < 3; i++) {
      expect(await as('outsider', 'PATCH', route, { state: 'closed' })).toBe(200)
      expect(await as('outsider', 'PATCH', route, { state: 'open' })).toBe(200)
    }
    const runs = await actions.settle()
    const ticks = tickOf(runs)
    expect(ticks.length).toBeGreaterThanOrEqual(2) // the group coalesces a burst
    for (const run of ticks) {
      expect(run.jobs.tick.outputs.wave).toBe('[]')
      expect(run.jobs.work.result).toBe('skipped')
    }
    expect(claims()).toEqual([])
    // A maintainer's same event is obeyed: the ready docs go.
    expect(await as('maintainer', 'PATCH', route, { state: 'closed' })).toBe(200)
    const obeyed = await actions.settle()
    actions.stop()
    expect(JSON.parse(tickOf(obeyed)[0].jobs.tick.outputs.wave)).toHaveLength(2)
  })
})
