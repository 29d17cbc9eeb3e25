/**
 * A synthetic history of the loop on the rig, generated from known models: merged pull requests
 * as the loop leaves them (each agent run's usage record, the attempts publish noted, CI's check
 * run, the loop's verdict, a person's merge), and the `forecast` CLI run against it. What the
 * calibration and backtest tests read back.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { sample, type Duration } from '../src/forecast/random.js'
import { attestMarker, claimMarker, verdictCheckId, type TaskKind } from '../src/loop/markers.js'
import { childTemp, ROOT } from './harness.js'
import type { Rig } from './index.js'

/** The models a synthetic history is drawn from. */
export interface TrueModels {
  worker: Duration
  cost: Duration
  ci: Duration
  review: Duration
  merge: Duration
  ciFailure: number
  reviewPass: number
  /** The agent's provider in its usage record (default anthropic). */
  provider?: string
  /** Chance an agent run comes to nothing: claimed, never noted as published (default 0). */
  workerFailure?: number
}

const MINUTE = 60_000
const iso = (t: number) => new Date(t).toISOString()

/** One merged pull request of the loop's, its steps drawn from `truth`, its agent starting at `t`. */
export function mergedPull(rig: Rig, truth: TrueModels, t: number, rng: () => number): void {
  const m = rig.github.model
  const draw = (d: Duration) => sample(d, rng)
  const issue = m.createIssue({
    title: `slice at ${iso(t)}`,
    body: 'work',
    labels: ['delivery:unit'],
    userId: m.userByLogin('github-actions[bot]')!.id
  })
  const kinds: TaskKind[] = ['new']
  while (rng() < truth.ciFailure) kinds.push('fix')
  while (rng() >= truth.reviewPass) kinds.push('review-fix')
  // Each published run the loop claimed, after the runs of its kind that came to nothing.
  const notes: string[] = []
  let attempt = 0
  for (const kind of kinds) {
    while (rng() < (truth.workerFailure ?? 0)) claim(rig, issue.number, ++attempt, kind, t)
    claim(rig, issue.number, ++attempt, kind, t)
    notes.push(`**Attempt ${attempt}** (${kind}): 1 file(s) changed`)
  }
  const worked = draw(truth.worker)
  const record = attestMarker({
    role: 'worker',
    provider: truth.provider ?? 'anthropic',
    model: 'm',
    exit_code: 0,
    started_at: iso(t),
    ended_at: iso(t + worked * MINUTE),
    tokens: { input: 1, output: 1 },
    cost_usd: Math.round(draw(truth.cost) * 10_000) / 10_000,
    issue: issue.number,
    attempt: 1
  })
  const pr = m.openPull({
    head: `loop/issue-${issue.number}`,
    title: issue.title,
    body: `Closes #${issue.number}\n\n${notes.join('\n\n---\n\n')}\n\n${record}`,
    userId: m.userByLogin('github-actions[bot]')!.id
  })
  const head = pr.pull!.headSha
  const ciStart = t + worked * MINUTE
  const ciEnd = ciStart + draw(truth.ci) * MINUTE
  const ci = m.addCheckRun({
    name: 'test',
    headSha: head,
    conclusion: 'success',
    appSlug: 'ci-app'
  })
  ci.startedAt = iso(ciStart)
  ci.completedAt = iso(ciEnd)
  const verdictAt = ciEnd + draw(truth.review) * MINUTE
  const verdict = m.addCheckRun({
    name: 'loopreview',
    headSha: head,
    conclusion: 'success',
    externalId: verdictCheckId(head)
  })
  verdict.startedAt = iso(verdictAt)
  verdict.completedAt = iso(verdictAt)
  const mergedAt = iso(verdictAt + draw(truth.merge) * MINUTE)
  Object.assign(pr.pull!, { merged: true, mergedAt, mergedBy: m.userByLogin('maintainer')!.id })
  Object.assign(pr, { state: 'closed', closedAt: mergedAt, updatedAt: mergedAt })
  Object.assign(issue, { state: 'closed', stateReason: 'completed', closedAt: mergedAt })
}

/** The loop's claim comment on `issue` for `attempt`, as tick writes it. */
function claim(rig: Rig, issue: number, attempt: number, kind: TaskKind, t: number): void {
  const m = rig.github.model
  const marker = claimMarker({
    attempt,
    branch: `loop/issue-${issue}`,
    run: '1',
    kind,
    phase: 'dispatched'
  })
  m.comments.push({
    id: m.id(),
    issueNumber: issue,
    body: `${marker}\nclaimed`,
    userId: m.userByLogin('github-actions[bot]')!.id,
    createdAt: iso(t),
    updatedAt: iso(t)
  })
}

/** `delivery-loop forecast …args` against the rig, as a person with a token runs it. */
export function forecastCli(
  rig: Rig,
  args: string[],
  cwd?: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'bin/delivery-loop.js'),
        'forecast',
        ...args,
        '--repo',
        rig.github.repo,
        '--api-url',
        rig.github.url
      ],
      {
        ...(cwd ? { cwd } : {}),
        env: {
          PATH: process.env.PATH ?? '',
          ...childTemp(),
          GITHUB_TOKEN: rig.github.tokens.maintainer,
          DELIVERY_LOOP_TEST_NOW: rig.github.model.currentTime()
        }
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => (stderr += c))
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
  })
}
