/**
 * Tick's cost through the built bundle against the rig, with guardrails, the dashboard and the
 * state mirror on, next to the floor (the pages it must read) and next to a naive scan — one list
 * call, one call per blocker, one checks call per pull request, the way loopcoder's tick worked —
 * run in the same process against the same rig.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, tempDir } from '../rig/harness.js'
import { startRig, type Rig } from '../rig/index.js'
import { GRAPHQL_POINTS } from '../src/github/points.js'
import { verdictCheckId } from '../src/loop/markers.js'

const PROBE = path.resolve('bench/probe.mjs')

function seed(rig: Rig, issues: number): void {
  const m = rig.github.model
  const bot = m.userByLogin('github-actions[bot]')!
  // A quiet loop: 10% of the units have a reviewed pull request waiting for a person's merge,
  // the rest wait for an open blocker.
  const open = m.createIssue({ title: 'outside blocker', userId: bot.id })
  const units = Array.from({ length: issues }, (_, i) =>
    m.createIssue({
      title: `unit ${i}`,
      body: `<!-- lc:u=lc-${i} -->\nwork`,
      userId: bot.id,
      labels: ['delivery:unit', ...(i < issues / 10 ? [] : [`blocked-by:#${open.number}`])]
    })
  )
  for (let i = 0; i < issues / 10; i++) {
    const pr = m.openPull({
      head: `loop/issue-${units[i].number}`,
      title: `pr ${i}`,
      body: `Closes #${units[i].number}`,
      userId: bot.id
    })
    m.addCheckRun({ name: 'test', headSha: pr.pull!.headSha, conclusion: 'success' })
    // Reviewed and passed: ready for a person's merge, nothing for the tick to send.
    m.addCheckRun({
      name: 'loopreview',
      headSha: pr.pull!.headSha,
      conclusion: 'success',
      externalId: verdictCheckId(pr.pull!.headSha)
    })
  }
}

/** The naive scan: REST list pages, then one request per blocker and per pull request's checks. */
async function naiveScan(rig: Rig): Promise<number> {
  const base = `${rig.github.url}/repos/${rig.github.repo}`
  const headers = { authorization: `token ${rig.github.tokens.bot}` }
  let requests = 0
  const get = async (url: string) => {
    requests++
    return (await fetch(url, { headers })).json() as Promise<unknown>
  }
  const issues: { number: number; labels: { name: string }[]; pull_request?: unknown }[] = []
  for (let page = 1; ; page++) {
    const batch = (await get(
      `${base}/issues?labels=delivery:unit&state=open&per_page=100&page=${page}`
    )) as typeof issues
    issues.push(...batch)
    if (batch.length < 100) break
  }
  for (const i of issues)
    for (const l of i.labels) {
      const m = /^blocked-by:#(\d+)$/.exec(l.name)
      if (m) await get(`${base}/issues/${m[1]}`)
    }
  const pulls: { head: { sha: string } }[] = []
  for (let page = 1; ; page++) {
    const batch = (await get(`${base}/pulls?state=open&per_page=100&page=${page}`)) as typeof pulls
    pulls.push(...batch)
    if (batch.length < 100) break
  }
  for (const p of pulls) await get(`${base}/commits/${p.head.sha}/check-runs`)
  return requests
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]

export async function tickCost(issues: number): Promise<Record<string, number | string>> {
  const rig = await startRig({ rateLimit: 10_000_000 })
  try {
    seed(rig, issues)
    const workspace = tempDir('bench-tick')
    mkdirSync(path.join(workspace, '.git'))
    writeFileSync(
      path.join(workspace, '.delivery.yml'),
      'version: 1\nguardrails:\n  budget:\n    max_in_flight: 1000\n'
    )
    const run = () =>
      runAction({
        github: rig.github,
        cache: rig.cache,
        inputs: { mode: 'tick' },
        workspace,
        eventName: 'schedule',
        env: { NODE_OPTIONS: `--import=${PROBE}` }
      })
    const first = await run()
    if (first.code !== 0) throw new Error(`tick failed: ${first.stdout.slice(-1500)}`)
    const times: number[] = []
    const memory: number[] = []
    const cpu: number[] = []
    let quiet = first
    for (let i = 0; i < 3; i++) {
      const start = performance.now()
      quiet = await run()
      times.push(performance.now() - start)
      memory.push(Number(/maxrss=(\d+)/.exec(quiet.stderr)?.[1] ?? 0))
      cpu.push(Number(/cpu_us=(\d+)/.exec(quiet.stderr)?.[1] ?? 0))
    }
    const pulls = Math.ceil(issues / 10)
    const pages = (n: number) => Math.ceil(n / 100)
    // The unit issues the tick finds (the seed's, and any the first tick enrolled).
    const units = rig.github.model.issues.filter(
      i => !i.pull && i.state === 'open' && i.labels.includes('delivery:unit')
    ).length
    // The pages it must read: unit issues, pull requests, and the comments of the issues with a
    // pull request (the rest wait on the open blocker: their comments cannot matter this tick).
    const floor = pages(units) + pages(pulls) + pages(pulls)
    // The points of those pages (GRAPHQL_POINTS), the dashboard's listing, the one look-up of
    // the outside blocker, and the token's identity.
    const pointsFloor =
      GRAPHQL_POINTS.briefPage +
      pages(units) * GRAPHQL_POINTS.issueScanPage +
      pages(pulls) * GRAPHQL_POINTS.pullScanPage +
      GRAPHQL_POINTS.lookupBatch +
      pages(pulls) * GRAPHQL_POINTS.detailsBatch +
      1
    const requests = quiet.requests.length
    if (process.env.BENCH_DEBUG)
      console.log(
        quiet.requests
          .map(
            r =>
              `${r.method} ${r.path} ${r.points ?? ''} ${
                r.route === 'graphql'
                  ? `${String((r.body as { query: string }).query)
                      .slice(0, 90)
                      .replace(
                        /\s+/g,
                        ' '
                      )} ${JSON.stringify((r.body as { variables?: unknown }).variables ?? {})}`
                  : ''
              }`
          )
          .join('\n')
      )
    if (process.env.BENCH_DEBUG)
      console.log(
        quiet.stdout
          .split('\n')
          .filter(l => /state|cache|mirror/i.test(l))
          .join('\n')
      )
    const points = quiet.requests.reduce((sum, r) => sum + (r.points ?? 0), 0)
    const naive = issues > 5000 ? undefined : await naiveScan(rig)
    const cpuSeconds = median(cpu) / 1e6
    return {
      issues,
      pulls,
      'tick requests (quiet)': requests,
      'floor (pages)': floor,
      'requests ≤ floor+5': requests <= floor + 5 ? 'yes' : 'NO',
      'GraphQL points': points,
      'points floor': pointsFloor,
      'points ≤ floor': points <= pointsFloor ? 'yes' : 'NO',
      'naive requests': naive ?? '—',
      'naive ÷ tick': naive ? Number((naive / requests).toFixed(1)) : '—',
      'quiet writes': quiet.requests.filter(r => r.write).length,
      'median ms': Math.round(median(times)),
      'CPU s': Number(cpuSeconds.toFixed(2)),
      'peak RSS MB': Math.round(median(memory) / 1024)
    }
  } finally {
    await rig.stop()
  }
}
