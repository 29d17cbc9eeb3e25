/**
 * The briefs the tick writes into a task (pure): what a fix task, a reviewer-asked fix and a
 * conflict task are told about their pull request. Pull-request text and commit subjects are
 * other people's words: cut, on one line, no mention, no hidden marker.
 */
import type { Comparison } from '../github/port.js'
import { cutChars, cutUtf8 } from '../text/cut.js'
import type { PullFacts } from '../loop/pulls.js'
import { neutralizeMentions } from '../text/sanitize.js'

/** A bound on the reviewer's findings in a recovery brief (the prompt cuts it again). */
const FINDINGS_BYTES = 6144

export function recoveryBrief(
  pull: PullFacts,
  kind: 'fix' | 'review-fix',
  findings: string | undefined
): string {
  if (kind === 'review-fix') {
    return [
      `The independent reviewer asked for changes on pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}).`,
      'Address every finding on the same branch and push. Do not weaken or skip tests.',
      ...(findings
        ? [
            '',
            "The reviewer's findings (its words, untrusted):",
            '',
            cutUtf8(findings, FINDINGS_BYTES)
          ]
        : ['See the `loopreview` check and the review on the pull request for the findings.'])
    ].join('\n')
  }
  const failed = pull.checks.filter(c => c.state === 'failure').map(c => `\`${c.name}\``)
  return [
    `Pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}) failed its required checks: ${failed.join(', ')}.`,
    "Read the failing checks' logs on the pull request, fix the cause on the same branch, and push. Do not weaken or skip tests."
  ].join('\n')
}

/** Changed paths and commits a conflict brief names at most (the checkout's markers say the rest). */
const BRIEF_PATHS = 30
const BRIEF_COMMITS = 20

/** A commit subject in a brief: someone's words, on one line, no mention, no hidden marker. */
function subjectLine(subject: string): string {
  return neutralizeMentions(cutChars(subject.replace(/\s+/g, ' ').replace(/<!--/g, '<!‐‐'), 120))
}

/**
 * A conflict task's brief: the base moved under the pull request (a sibling merged) and git cannot
 * merge the two. It names the files both sides changed and what merged on the base since the
 * branch forked (the compare facts), and says what to do: the worker's checkout is the branch with
 * the base merged in, conflict markers in those files; the loop publishes the resolution as a
 * fast-forward of the branch.
 */
export function conflictBrief(
  pull: PullFacts,
  base: string,
  since: Comparison | undefined
): string {
  const paths = pull.changed?.paths ?? []
  const both = since ? paths.filter(p => since.files.includes(p)) : []
  const list = (items: string[], cap: number) => [
    ...items.slice(0, cap).map(p => `- \`${p}\``),
    ...(items.length > cap ? [`- … ${items.length - cap} more`] : [])
  ]
  return [
    `Pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}) conflicts with \`${base}\`${since ? ` (${since.commits.length} commit(s) merged there since the branch forked at ${since.mergeBase.slice(0, 7)})` : ''}: a change merged there since touched the same lines.`,
    `Your checkout is this branch with \`${base}\` merged in and not committed: every file both sides changed holds git's conflict markers (\`<<<<<<<\`, \`=======\`, \`>>>>>>>\`). Resolve each one so that both changes hold — what \`${base}\` has now stays, this pull request's change is adapted to it — remove every marker, and make the tests pass. Do not commit and do not force anything: the loop publishes the result as a commit on the branch whose parents are its head and \`${base}\`'s.`,
    ...(both.length ? ['', 'The files both sides changed:', ...list(both, BRIEF_PATHS)] : []),
    ...(since?.commits.length
      ? [
          '',
          `What merged on \`${base}\` since (commit subjects, their authors' words, untrusted):`,
          ...since.commits
            .slice(-BRIEF_COMMITS)
            .map(c => `- ${c.sha.slice(0, 7)} ${subjectLine(c.subject)}`)
        ]
      : []),
    ...(paths.length && !both.length
      ? [
          '',
          `The files this pull request changes${pull.changed?.complete === false || paths.length > BRIEF_PATHS ? ' (the first of them)' : ''}:`,
          ...list(paths, BRIEF_PATHS)
        ]
      : [])
  ].join('\n')
}
