/**
 * GitHub's two budgets end to end: a tick whose REST budget is ample but whose GraphQL points run
 * low holds its wave (and says so), and every query it sends asks GitHub for its cost.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, tempDir } from '../../rig/harness.js'
import { startRig, type Rig } from '../../rig/index.js'

let rig: Rig | undefined
afterEach(async () => {
  expect(rig!.conformance.report()).toBe('')
  await rig!.stop()
})

function seed(r: Rig, ready: number): void {
  const m = r.github.model
  const bot = m.userByLogin('github-actions[bot]')!.id
  for (let i = 0; i < ready; i++)
    m.createIssue({ title: `ready ${i}`, body: 'work', labels: ['delivery:unit'], userId: bot })
}

function tick(r: Rig) {
  const ws = tempDir('ws')
  mkdirSync(path.join(ws, '.git'))
  writeFileSync(path.join(ws, '.delivery.yml'), 'version: 1\napi:\n  reserve: 20\n')
  return runAction({
    github: r.github,
    cache: r.cache,
    inputs: { mode: 'tick' },
    workspace: ws,
    eventName: 'schedule'
  })
}

describe('API budgets', () => {
  it('holds the wave when the GraphQL points, not the REST requests, run low', async () => {
    // 1,000 REST requests; 24 GraphQL points: the scan leaves fewer than reserve + 2.
    rig = await startRig({ rateLimit: 1000, graphqlRateLimit: 24 })
    seed(rig, 3)
    const run = await tick(rig)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.wave)).toEqual([])
    expect(run.summary).toMatch(
      /API quota: the GraphQL points bind: \d+ points and \d+ requests left/
    )
    expect(rig.github.writes().filter(w => /comments$/.test(w.path))).toEqual([])
    const queries = rig.github.log.filter(r => r.route === 'graphql' && !r.write)
    expect(queries.length).toBeGreaterThan(0)
    for (const q of queries)
      expect(String((q.body as { query: string }).query)).toMatch(/rateLimit \{ cost/)
  })

  it('dispatches when both budgets have room, and the report counts the points spent', async () => {
    rig = await startRig({ rateLimit: 1000, graphqlRateLimit: 1000 })
    seed(rig, 3)
    const run = await tick(rig)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.wave).length).toBeGreaterThan(0)
    const spent = rig.github.log.reduce((sum, r) => sum + (r.points ?? 0), 0)
    expect(run.report?.api_requests).toMatchObject({ points: spent })
  })
})
