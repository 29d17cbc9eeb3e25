/**
 * A first week's events, compressed into half a day on the rig's runner, with the set-up as
 * `init` writes it — for a Claude worker and for a Codex worker: scheduled ticks, CI red and
 * green, a fix, a verdict outage, an outsider's
 * event, Dependabot, and a person merging. Whatever happens, every attempt is worked by exactly
 * one agent, every worker run's spend is charged, and no head is reviewed more than
 * `verification.max_reviews_per_head` (2) times.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopConfig } from '../../rig/runner/repo.js'
import { Actions } from '../../rig/runner/service.js'
import type { AgentResult, AgentTask } from '../../rig/runner/types.js'
import { planInit } from '../../src/init/plan.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const ROADMAP =
  '# Docs\n\n## Guides\nWrite them.\n\n- doc: Write the setup guide\n- doc: Write the ops guide\n- doc: Write the faq\n'
const WORKER_COST = 0.3

type Worker = 'claude' | 'codex'

/** The agents: workers write a file and report their cost; reviewers pass, counted per head. */
function agents(log: { work: string[]; reviews: Map<string, number> }) {
  return (task: AgentTask): AgentResult => {
    const file = /review packet at (\S+) and follow/.exec(task.prompt)?.[1]
    const packet = file ? readFileSync(file, 'utf8') : task.prompt
    const reviewing = /independent reviewer of pull request #(\d+) in \S+, head ([0-9a-f]+)/.exec(
      packet
    )
    if (reviewing) {
      const key = `#${reviewing[1]}@${reviewing[2]}`
      log.reviews.set(key, (log.reviews.get(key) ?? 0) + 1)
      const verdict = JSON.stringify({
        verdict: 'pass',
        findings: [],
        evidence: 'Read the diff against the issue; the rig reviewer.',
        spec_conformance: 'pass',
        reviewer: { provider: task.provider === 'codex' ? 'openai' : 'anthropic', model: 'rig' },
        head_sha: reviewing[2]
      })
      return task.sandbox === 'read-only'
        ? { finalMessage: verdict }
        : { edits: { 'verdict.json': verdict } }
    }
    const work = /implementing GitHub issue #(\d+) in \S+ \(attempt (\d+)\)/.exec(task.prompt)!
    log.work.push(`#${work[1]}@${work[2]}`)
    return {
      edits: { [`docs/issue-${work[1]}-${work[2]}.md`]: `# ${work[1]}\n` },
      costUsd: WORKER_COST,
      inputTokens: 10000,
      outputTokens: 1000
    }
  }
}

async function week(worker: Worker) {
  const m = rig.github.model
  const plan = planInit({ worker, schedule: '17,47 * * * *', force: false }, new Set())
  const file = (p: string) => plan.files.find(f => f.path === p)?.content
  const prices = '    prices:\n      gpt-5.1-codex: { input: 10, output: 100 }\n'
  const config = loopConfig(
    `guardrails:\n  budget:\n    max_total_cost_usd: 50\n${worker === 'codex' ? prices : ''}${
      worker === 'codex' ? 'dispatch:\n  adapter: workflow\n  workflow: delivery-worker.yml\n' : ''
    }`
  )
  m.writeFile('main', 'ROADMAP.md', Buffer.from(ROADMAP))
  m.writeFile('main', '.delivery.yml', Buffer.from(config))
  const workflows: Record<string, string> = {}
  for (const f of ['delivery-compile.yml', 'delivery-tick.yml', 'delivery-worker.yml']) {
    const text = file(`.github/workflows/${f}`)
    if (text) workflows[`.github/workflows/${f}`] = text
  }
  const log = { work: [] as string[], reviews: new Map<string, number>() }
  const agent = agents(log)
  const actions = new Actions(rig, { workflows, agents: { claude: agent, codex: agent } })
  const t0 = Date.parse(m.currentTime())
  const at = (minutes: number) => m.setClock(new Date(t0 + minutes * 60_000).toISOString())
  const schedule = async (minutes: number) => {
    at(minutes)
    actions.trigger({ name: 'schedule', payload: { schedule: '17,47 * * * *' } })
    return actions.settle()
  }
  // Day 1: the roadmap lands (compile). Then a tick every half hour; CI answers each new head
  // (the first head red, the rest green); at the third tick the verdict jobs' check runs fail (an
  // outage: `next` does not run, and the heads must not be reviewed again and again).
  actions.trigger({ name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } })
  await actions.settle()
  let first = true
  for (let round = 0; round < 10; round++) {
    if (round === 2)
      rig.github.inject({ method: 'POST', path: /\/check-runs$/, status: 422, times: 2 })
    await schedule(5 + round * 30)
    for (const p of m.issues.filter(i => i.pull && i.state === 'open')) {
      if (m.checkRuns.some(c => c.headSha === p.pull!.headSha && c.name === 'test')) continue
      m.addCheckRun({
        name: 'test',
        headSha: p.pull!.headSha,
        conclusion: first ? 'failure' : 'success',
        appSlug: 'ci-app'
      })
      first = false
    }
  }
  // An outsider closes and reopens their own enrolled issue; Dependabot closes its own PR.
  const theirs = m.createIssue({
    title: 'Doc: an idea',
    body: 'x',
    userId: m.userByLogin('outsider')!.id
  })
  theirs.labels.push('delivery:unit')
  for (const state of ['closed', 'open'])
    await fetch(`${rig.github.url}/repos/${rig.github.repo}/issues/${theirs.number}`, {
      method: 'PATCH',
      headers: {
        authorization: `token ${rig.github.tokens.outsider}`,
        'content-type': 'application/json'
      },
      body: JSON.stringify({ state })
    })
  const bump = m.openPull({
    head: 'dependabot/x',
    title: 'Bump',
    body: '',
    userId: m.userByLogin('maintainer')!.id
  })
  bump.state = 'closed'
  actions.deliver({
    name: 'pull_request',
    action: 'closed',
    actor: 'dependabot[bot]',
    issue: bump.number
  })
  await actions.settle()
  // A person merges what is ready; the ticks that follow see it.
  for (const p of m.issues.filter(i => i.pull && i.state === 'open' && i.number !== bump.number)) {
    const res = await fetch(`${rig.github.url}/repos/${rig.github.repo}/pulls/${p.number}/merge`, {
      method: 'PUT',
      headers: {
        authorization: `token ${rig.github.tokens.maintainer}`,
        'content-type': 'application/json'
      },
      body: '{}'
    })
    await res.arrayBuffer()
  }
  await actions.settle()
  // Half a day later, inside the 24-hour usage window of every run of the week so far.
  const last = await schedule(12 * 60)
  actions.stop()
  return { log, last }
}

describe.each<Worker>(['claude', 'codex'])(
  'a first week’s events with init --worker %s, as written',
  worker => {
    it('one agent per attempt, every run charged, at most two reviews per head', async () => {
      const { log, last } = await week(worker)
      // Every attempt the loop's claims show was worked once, and nothing else was worked.
      const claimed = rig.github.model.comments
        .filter(c => /lc:claim attempt=(\d+)[^>]*phase=dispatched/.test(c.body))
        .map(c => `#${c.issueNumber}@${/attempt=(\d+)/.exec(c.body)![1]}`)
        .sort()
      expect([...log.work].sort()).toEqual(claimed)
      expect(new Set(log.work).size).toBe(log.work.length)
      expect(log.work.length).toBeGreaterThanOrEqual(4) // three docs and the fix
      expect(log.work).toContain('#1@2') // the red head went back to its worker
      // No head was reviewed more than twice — the outage cost a second review, never a third.
      expect(Math.max(...log.reviews.values())).toBe(2)
      expect(log.reviews.size).toBeGreaterThanOrEqual(3)
      expect(rig.github.model.issues.filter(i => i.pull?.merged)).toHaveLength(3)
      // Every worker run's spend is charged (the charged records, in the tick's report).
      const tick = last.find(r => r.jobs.tick?.result === 'success')!
      const summary = tick.jobs.tick.legs[0].summary
      const spent = /\$(\d+\.\d\d) of \$50\.00/.exec(summary)![1]
      const expected = worker === 'claude' ? WORKER_COST * log.work.length : undefined
      if (expected !== undefined) expect(Number(spent)).toBeCloseTo(expected, 2)
      else expect(Number(spent)).toBeGreaterThan(0)
    }, 240_000)
  }
)
