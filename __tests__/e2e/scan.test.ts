/** The loop scan costs pages, not issues, and reads what classification needs. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startRig, type Rig } from '../../rig/index.js'
import { scanLoop } from '../../src/tick/scan.js'
import { portFor } from '../../rig/port.js'
import { verdictCheckId } from '../../src/loop/markers.js'

let rig: Rig
beforeAll(async () => {
  rig = await startRig({ rateLimit: 100_000 })
})
afterAll(async () => {
  await rig.stop()
})

describe('scanLoop', () => {
  it('reads 250 unit issues and 120 pull requests in pages, comments only where they can matter, and pays points by page', async () => {
    const m = rig.github.model
    const maintainer = m.userByLogin('maintainer')!
    const bot = m.userByLogin('github-actions[bot]')!
    const done = m.createIssue({ title: 'done elsewhere', userId: maintainer.id })
    done.state = 'closed'
    done.stateReason = 'completed'
    const dropped = m.createIssue({ title: 'dropped', userId: maintainer.id })
    dropped.state = 'closed'
    dropped.stateReason = 'not_planned'
    const units = Array.from({ length: 250 }, (_, i) =>
      m.createIssue({
        title: `unit ${i}`,
        userId: bot.id,
        labels: [
          'delivery:unit',
          ...(i % 10 === 0 ? [`blocked-by:#${done.number}`] : []),
          ...(i % 10 === 1 ? [`blocked-by:#${dropped.number}`] : [])
        ]
      })
    )
    units[5].blockedBy.push(units[4].id)
    for (let i = 0; i < 120; i++) {
      const pr = m.openPull({
        head: `loop/issue-${units[i].number}`,
        title: `work ${i}`,
        body: `Closes #${units[i].number}`,
        userId: bot.id,
        draft: i === 1
      })
      const sha = pr.pull!.headSha
      if (i % 3 === 0)
        m.addCheckRun({ name: 'test', headSha: sha, conclusion: i % 2 ? 'failure' : 'success' })
      if (i === 0)
        m.addCheckRun({
          name: 'loopreview',
          headSha: sha,
          conclusion: 'success',
          externalId: verdictCheckId(sha)
        })
    }

    const port = portFor(rig.github)
    const before = rig.github.log.length
    const scan = await scanLoop(port, 'delivery:unit')
    const requests = rig.github.log.slice(before)
    // Issue pages, pull pages, one look-up of label-only blockers, and the comments of the 249
    // issues not waiting on an open blocker (#5 waits on #4, which is open), 100 a request.
    expect(requests.length).toBe(
      Math.ceil(250 / 100) + Math.ceil(120 / 100) + 1 + Math.ceil(249 / 100)
    )
    expect(requests.every(r => !r.write)).toBe(true)
    // In GitHub's units: 2 points an issue page, 4 a pull page, 1 per look-up or comments batch.
    expect(requests.reduce((sum, r) => sum + (r.points ?? 0), 0)).toBe(3 * 2 + 2 * 4 + 1 + 3)
    expect(
      requests.every(r => /rateLimit \{ cost/.test(String((r.body as { query?: string }).query)))
    ).toBe(true)
    expect(scan.issues[5].comments).toEqual([])

    expect(scan.issues).toHaveLength(250)
    expect(scan.pulls).toHaveLength(120)
    expect(scan.issues[0].blockers).toEqual([done.number])
    expect(scan.issues[5]).toMatchObject({
      blockers: [units[4].number],
      nativeBlockers: [units[4].number]
    })
    expect(scan.blockers.get(done.number)).toMatchObject({
      state: 'CLOSED',
      stateReason: 'COMPLETED'
    })
    expect(scan.blockers.get(dropped.number)).toMatchObject({
      state: 'CLOSED',
      stateReason: 'NOT_PLANNED'
    })
    expect(scan.blockers.get(units[4].number)).toMatchObject({ state: 'OPEN' })
    expect(scan.pulls[0]).toMatchObject({
      closes: [units[0].number],
      checks: [{ name: 'test', state: 'success' }],
      verdict: 'pass'
    })
    expect(scan.pulls[1].draft).toBe(true)
    expect(scan.pulls[3].checks).toEqual([
      { name: 'test', state: 'failure', id: expect.any(Number) }
    ])
    expect(rig.conformance.report()).toBe('')
  })
})
