/** Seeding the loop's own facts on the rig: a checked-out workspace, unit issues, claims. */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { claimMarker, verdictCheckId } from '../src/loop/markers.js'
import { tempDir } from './harness.js'
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
