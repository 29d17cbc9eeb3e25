/**
 * What the end-to-end tests share: seeding the loop's own facts on the rig (a checked-out
 * workspace, unit issues, claims, verdicts), a scheduled tick, its wave, a person's merge.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { claimMarker, verdictCheckId } from '../src/loop/markers.js'
import { runAction, tempDir, type ActionRun, type RunOptions } from './harness.js'
import type { Issue } from './github/model.js'
import type { Rig } from './index.js'

/** A checkout (it has `.git`) with `.delivery.yml` holding `config` after `version: 1`. */
export function loopWorkspace(config = ''): string {
  const dir = tempDir('ws')
  mkdirSync(path.join(dir, '.git'))
  writeFileSync(path.join(dir, '.delivery.yml'), `version: 1\n${config}`)
  return dir
}

/** An open `delivery:unit` issue written by the loop's bot. */
export function unitIssue(rig: Rig, title: string, labels: string[] = []): Issue {
  const m = rig.github.model
  return m.createIssue({
    title,
    body: 'work',
    labels: ['delivery:unit', ...labels],
    userId: m.userByLogin('github-actions[bot]')!.id
  })
}

/** A dispatched claim by the loop's bot, as an earlier tick would have left it. */
export function seedClaim(rig: Rig, issue: Issue, attempt: number, createdAt: string): void {
  const m = rig.github.model
  m.comments.push({
    id: m.id(),
    issueNumber: issue.number,
    body: `${claimMarker({ attempt, branch: `loop/issue-${issue.number}`, run: '1', kind: 'new', phase: 'dispatched' })}\nclaimed`,
    userId: m.userByLogin('github-actions[bot]')!.id,
    createdAt,
    updatedAt: createdAt
  })
}

/** The `loopreview` verdict check as `mode: verdict` publishes it: bound to the head it judged. */
export function seedVerdict(rig: Rig, headSha: string, conclusion: string): void {
  rig.github.model.addCheckRun({
    name: 'loopreview',
    headSha,
    conclusion,
    externalId: verdictCheckId(headSha)
  })
}

/**
 * A scheduled tick of the built action against the rig, with the workspace's configuration:
 * what most end-to-end tests run after seeding (`extra` sets the run id, the event, the env…).
 */
export function scheduledTick(
  rig: Rig,
  ws: string,
  extra: Partial<RunOptions> = {}
): Promise<ActionRun> {
  return runAction({
    github: rig.github,
    cache: rig.cache,
    inputs: { mode: 'tick' },
    workspace: ws,
    eventName: 'schedule',
    ...extra
  })
}

/** The wave a tick sent, as its `wave` output says. */
export function waveOf(run: ActionRun): { issue: number; kind: string; attempt: number }[] {
  return JSON.parse(run.outputs.wave ?? '[]') as { issue: number; kind: string; attempt: number }[]
}

/** A person merges pull request `number` through the REST API (the maintainer by default). */
export async function mergeAs(
  rig: Rig,
  number: number,
  token = rig.github.tokens.maintainer
): Promise<number> {
  const res = await fetch(`${rig.github.url}/repos/${rig.github.repo}/pulls/${number}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: '{}'
  })
  return res.status
}
