/** Titles and bodies of the issues discover files (pure). */
import { fitTitle } from '../github/limits.js'
import { cell } from '../report/markdown.js'
import { neutralizeMentions } from '../text/sanitize.js'
import {
  discoverCommentedMarker,
  discoverCommentedOf,
  discoverMarker,
  discoverRunMarker,
  discoverRunOf
} from '../loop/markers.js'

export interface Failure {
  signature: string
  workflow: string
  workflowPath: string
  job: string
  jobUrl: string
  step: string
  errorLine: string
  excerpt: string
}

export interface RunFacts {
  id: number
  attempt: number
  url: string
  sha: string
  branch: string
}

export interface Occurrence {
  count: number
  firstSeen: string
  lastRun: number
  lastAttempt: number
  /** When discover last commented on the issue (at most once per `comment_every_hours`). */
  commentedAt: string
}

const OCCURRENCES = /^\| Occurrences \| (\d+) \|$/m
const FIRST_SEEN = /^\| First seen \| ([^|]+) \|$/m

export function failureTitle(f: Failure): string {
  const title = `Code: Fix CI failure: ${f.workflow} / ${f.job}`
  return fitTitle(title)
}

/** What an existing body says about earlier occurrences (missing parts get safe defaults). */
export function readOccurrence(body: string, fallbackTime: string): Occurrence {
  const run = discoverRunOf(body)
  return {
    count: Number(OCCURRENCES.exec(body)?.[1] ?? 1),
    firstSeen: FIRST_SEEN.exec(body)?.[1].trim() ?? fallbackTime,
    lastRun: run?.run ?? 0,
    lastAttempt: run?.attempt ?? 0,
    commentedAt: discoverCommentedOf(body) ?? fallbackTime
  }
}

export function failureBody(
  f: Failure,
  run: RunFacts,
  occurrence: Occurrence,
  now: string
): string {
  const inline = (text: string) => `\`${text.replace(/`/g, "'")}\``
  return neutralizeMentions(
    [
      discoverMarker(f.signature),
      discoverRunMarker(run.id, run.attempt),
      discoverCommentedMarker(occurrence.commentedAt),
      'A CI failure on a watched branch, filed by Delivery Loop `discover`.',
      '',
      '| | |',
      '|---|---|',
      `| Signature | \`${f.signature}\` |`,
      `| Workflow | ${cell(f.workflow)} (\`${f.workflowPath}\`) |`,
      `| Job | [${cell(f.job)}](${f.jobUrl || run.url}) |`,
      `| Step | ${cell(f.step)} |`,
      `| Run | [${run.id}](${run.url}) (attempt ${run.attempt}) |`,
      `| Commit | \`${run.sha}\` |`,
      `| Branch | \`${run.branch}\` |`,
      `| Occurrences | ${occurrence.count} |`,
      `| First seen | ${occurrence.firstSeen} |`,
      `| Last seen | ${now} |`,
      '',
      '## First error',
      '',
      f.errorLine ? inline(f.errorLine.slice(0, 500)) : '_No error line found in the log._',
      '',
      '## Log excerpt',
      '',
      f.excerpt,
      '',
      '## Acceptance criteria',
      '',
      `- [ ] The \`${cell(f.job)}\` job of \`${cell(f.workflow)}\` passes again on \`${run.branch}\`.`,
      '- [ ] The change fixes the cause of the first error above; no test is skipped, deleted or weakened to get there.',
      '- [ ] Where practical, a test reproduces the failure and now passes.',
      ''
    ].join('\n')
  )
}

export function summaryBody(
  runMarker: string,
  run: RunFacts,
  workflow: string,
  rest: Failure[]
): string {
  return neutralizeMentions(
    [
      runMarker,
      `Run [${run.id}](${run.url}) of \`${workflow}\` failed in more distinct ways than \`discover.max_issues_per_run\` allows to file at once. These failures were not filed as their own issues; discover files them (and deduplicates them) when they happen again:`,
      '',
      '| job | step | signature | first error |',
      '|---|---|---|---|',
      ...rest.map(
        f =>
          `| ${cell(f.job)} | ${cell(f.step)} | \`${f.signature}\` | ${cell(f.errorLine.replace(/`/g, "'"), 100)} |`
      ),
      ''
    ].join('\n')
  )
}
