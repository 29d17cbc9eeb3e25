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

    // #250 waits on open #4 (a label and the native edge, as compile writes them), with no claim
    // and no pull request: its comments cannot matter this tick. #6 is ready: they can.
    const waiting = m.createIssue({
      title: 'waits',
      userId: bot.id,
      labels: ['delivery:unit', `blocked-by:#${units[4].number}`]
    })
    waiting.blockedBy.push(units[4].id)
    const say = (issueNumber: number, body: string) =>
      m.comments.push({
        id: m.id(),
        issueNumber,
        body,
        userId: bot.id,
        createdAt: m.now(),
        updatedAt: m.now()
      })
    say(waiting.number, 'not read')
    say(units[6].number, 'read')

    const port = portFor(rig.github)
    const before = rig.github.log.slice().length
    const scan = await scanLoop(port, 'delivery:unit')
    const requests = rig.github.log.slice(before)
    // Issue pages, pull pages, one look-up of the labelled blockers, and one aliased query per
    // 100 issues read in detail: the comments of the 250 not waiting, the native blockers of #5
    // (its labels name none of them).
    expect(requests.length).toBe(3 + 2 + 1 + 3)
    expect(requests.every(r => !r.write)).toBe(true)
    // In GitHub's units: 1 point an issue page (labels only), 4 a pull page, 1 the look-up, 1 per
    // detail query (one connection per alias, and #5's second one rounds away).
    expect(requests.reduce((sum, r) => sum + (r.points ?? 0), 0)).toBe(3 * 1 + 2 * 4 + 1 + 3)
    expect(
      requests.every(r => /rateLimit \{ cost/.test(String((r.body as { query?: string }).query)))
    ).toBe(true)
    const byNumber = new Map(scan.issues.map(i => [i.number, i]))
    expect(byNumber.get(waiting.number)).toMatchObject({
      comments: [],
      blockers: [units[4].number],
      nativeBlockers: [units[4].number]
    })
    expect(byNumber.get(units[6].number)!.comments.map(c => c.body)).toEqual(['read'])

    expect(scan.issues).toHaveLength(251)
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
