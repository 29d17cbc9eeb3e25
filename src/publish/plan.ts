/**
 * Publish's plan (pure): from the task, the read patch and the rules, either the commit and the
 * pull request to write, or the refusal to record — never both. A refusal is said on the issue
 * (the rule, as the next attempt's recovery brief), releases the claim, and counts as an attempt
 * without progress.
 */
import { fitTitle } from '../github/limits.js'
import type { FileChange, Refusal } from './rules.js'
import { claimMarker, refusedMarker, type ClaimMarker, type TaskKind } from '../loop/markers.js'
import { codePath, keepTail } from '../report/markdown.js'
import { neutralizeComments, neutralizeMentions } from '../text/sanitize.js'

export interface PublishTask {
  issue: number
  title: string
  branch: string
  kind: TaskKind
  attempt: number
  /** The open pull request a fix continues. */
  pull?: { number: number; body: string }
  /**
   * New work stacked on a blocker's pull request (`dependencies.stack`): the blocker's branch
   * this pull request merges into, and that blocker's issue.
   */
  stack?: { base: string; issue?: number }
}

export type PublishOperation =
  | {
      op: 'commit'
      branch: string
      /** The commit the change applies to (its files and tree). */
      base: string
      /**
       * The new commit's parents: the base; for a conflict task the branch's head and the base
       * head, so the branch moves forward (never forced) and git sees the base merged.
       */
      parents: string[]
      /** Create the branch (new work) or move it forward (it exists). */
      create: boolean
      message: string
      changes: FileChange[]
    }
  | { op: 'open-pull'; branch: string; base: string; title: string; body: string }
  | { op: 'update-pull'; number: number; body: string }
  | { op: 'comment'; issue: number; body: string }
  | { op: 'release-claim'; commentId: number; body: string }
  | { op: 'remove-claim-label'; issue: number }

export interface PublishPlan {
  outcome: 'published' | 'refused'
  refusals: Refusal[]
  operations: PublishOperation[]
}

export interface PublishInput {
  task: PublishTask
  changes: FileChange[]
  refusals: Refusal[]
  /** The worker's attestation block, already checked (`<!-- lc:attest {…} -->`). */
  attestation?: string
  baseSha: string
  /** The branch's head: a conflict task's commit descends from it and from the base. */
  headSha?: string
  branchExists: boolean
  /**
   * The branch already holds this change (a re-run after the commit was pushed and the pull
   * request failed): nothing to commit, the pull request is finished instead.
   */
  alreadyApplied?: boolean
  defaultBranch: string
  /** The loop's claim comment of this attempt, to release on a refusal. */
  claim?: { commentId: number; marker: ClaimMarker }
  /** A conflict resolution put these files back as they were before the base changed them. */
  reverted?: string[]
}

function summary(changes: readonly FileChange[]): string {
  const lines = changes.slice(0, 50).map(c => `- ${codePath(c.path)} (${c.status})`)
  return [
    `${changes.length} file(s) changed:`,
    ...lines,
    ...(changes.length > 50 ? [`- … ${changes.length - 50} more`] : [])
  ].join('\n')
}

function refusal(input: PublishInput): PublishOperation[] {
  const { task } = input
  const body = [
    refusedMarker(task.attempt),
    `Delivery Loop refused the change of attempt ${task.attempt} (branch \`${task.branch}\`): nothing was pushed. The next attempt must keep to these rules:`,
    '',
    ...input.refusals.map(
      r => `- **${r.rule}**: ${neutralizeComments(neutralizeMentions(r.detail))}`
    ),
    '',
    'This attempt counts as one without progress.',
    // What the refused run spent is charged all the same: its record rides on this comment.
    ...(input.attestation ? ['', input.attestation] : [])
  ].join('\n')
  return [
    { op: 'comment', issue: task.issue, body },
    ...(input.claim
      ? [
          {
            op: 'release-claim' as const,
            commentId: input.claim.commentId,
            body: `${claimMarker({ ...input.claim.marker, phase: 'released' })}\nReleased: the change was refused.`
          }
        ]
      : []),
    { op: 'remove-claim-label', issue: task.issue }
  ]
}

/** What a stacked pull request says of its base, first thing in its body. */
function stackNote(task: PublishTask, defaultBranch: string): string {
  if (!task.stack) return ''
  const blocker = task.stack.issue ? `#${task.stack.issue}'s pull request` : 'its blocker'
  return `> [!NOTE]\n> Stacked on ${codePath(task.stack.base)} (${blocker}): it builds on that change and merges after it. Merge ${blocker} first; Delivery Loop then re-bases this onto ${codePath(defaultBranch)}.\n\n`
}

export function planPublish(input: PublishInput): PublishPlan {
  const { task } = input
  if (input.refusals.length)
    return { outcome: 'refused', refusals: input.refusals, operations: refusal(input) }
  const attest = input.attestation ? `\n\n${input.attestation}` : ''
  const commit: PublishOperation = {
    op: 'commit',
    branch: task.branch,
    base: input.baseSha,
    parents:
      task.kind === 'conflict' && input.headSha ? [input.headSha, input.baseSha] : [input.baseSha],
    create: !input.branchExists,
    message: `${task.title} (#${task.issue})\n\nAttempt ${task.attempt} (${task.kind}), published by Delivery Loop.`,
    changes: input.changes
  }
  const heading = `**Attempt ${task.attempt}** (${task.kind}):`
  const reverted = input.reverted?.length
    ? `\n\n> [!WARNING]\n> This resolution undoes what \`${input.defaultBranch}\` changed since the branch forked in ${input.reverted.map(codePath).join(', ')}: check that this is meant before merging.`
    : ''
  const note = `${heading} ${summary(input.changes)}${reverted}`
  const noted = task.pull?.body.includes(heading) === true
  const pull: PublishOperation | undefined = task.pull
    ? noted && input.alreadyApplied
      ? undefined
      : {
          op: 'update-pull',
          number: task.pull.number,
          // Each attempt appends; the newest note and attestation stay whole however long the
          // body has grown (tick charges usage from the attestation record).
          body: keepTail(task.pull.body.trimEnd(), `\n\n---\n\n${note}${attest}`)
        }
    : {
        op: 'open-pull',
        branch: task.branch,
        base: task.stack?.base ?? input.defaultBranch,
        title: fitTitle(task.title),
        body: `Closes #${task.issue}\n\n${stackNote(task, input.defaultBranch)}${note}${attest}\n\n_Published by Delivery Loop after its checks; a human merges._`
      }
  const operations = [...(input.alreadyApplied ? [] : [commit]), ...(pull ? [pull] : [])]
  return { outcome: 'published', refusals: [], operations }
}
