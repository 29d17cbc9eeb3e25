/**
 * What a verdict looks like on GitHub (pure): the `loopreview` check's title, summary and
 * annotations, and the body of the loop's COMMENT review. Findings are the reviewer's words —
 * untrusted text: hidden comments are dropped and @mentions neutralised before they are shown.
 */
import { REVIEW_TEXT_ROOM_CHARS } from '../github/limits.js'
import { cutChars, cutCharsMarked } from '../text/cut.js'
import type { CheckAnnotation } from '../github/port.js'
import { verdictMarker } from '../loop/markers.js'
import type { Verdict } from '../loop/pulls.js'
import { cell, table } from '../report/markdown.js'
import { neutralizeMentions } from '../text/sanitize.js'
import { sanitizeUntrusted } from '../text/sanitize.js'
import type { Finding, ReviewerVerdict } from './verdict-schema.js'

/** Reviewer text as the loop shows it: visible, bounded, notifying no one. */
export function shown(text: string, bytes: number): string {
  return neutralizeMentions(sanitizeUntrusted(text, bytes).text)
}

const LEVEL: Record<Finding['severity'], CheckAnnotation['level']> = {
  blocker: 'failure',
  major: 'failure',
  minor: 'warning',
  info: 'notice'
}

export function annotationsOf(findings: readonly Finding[]): CheckAnnotation[] {
  return findings.flatMap(f =>
    f.file && f.line
      ? [
          {
            path: f.file,
            line: f.line,
            level: LEVEL[f.severity],
            title: `loopreview: ${f.severity}`,
            message: shown(f.note, 4000)
          }
        ]
      : []
  )
}

export function checkTitle(outcome: Verdict, verdict?: ReviewerVerdict): string {
  if (outcome === 'needs-human') return 'A human must look at this pull request'
  if (outcome === 'pass') return 'The independent review passed'
  const count = (s: Finding['severity']) => verdict?.findings.filter(f => f.severity === s).length
  return `Changes requested: ${count('blocker')} blocker, ${count('major')} major, ${count('minor')} minor`
}

function findingsTable(findings: readonly Finding[]): string {
  return (
    table(
      ['#', 'Severity', 'Where', 'Finding'],
      findings.map((f, i) => [
        String(i + 1),
        f.severity,
        f.file ? cell(`\`${f.file}${f.line ? `:${f.line}` : ''}\``, 200) : '—',
        cell(shown(f.note, 4000), 1000)
      ])
    ) || '_No findings._'
  )
}

export interface VerdictView {
  pull: number
  headSha: string
  outcome: Verdict
  reasons: string[]
  verdict?: ReviewerVerdict
}

/** The check summary: the outcome, why, and the findings (GitHub caps a summary at 65,535). */
export function checkSummary(v: VerdictView): string {
  const r = v.verdict
  const lines = [
    `**Verdict: ${v.outcome}** on ${v.headSha.slice(0, 7)}${r ? ` · reviewer ${cell(shown(r.reviewer.provider, 100))} / ${cell(shown(r.reviewer.model, 200))} · spec conformance: ${r.spec_conformance}` : ''}`,
    ''
  ]
  if (v.reasons.length)
    lines.push('Why a human must look:', '', ...v.reasons.map(x => `- ${x}`), '')
  if (r) {
    lines.push('### Findings', '', findingsTable(r.findings), '', '### Evidence', '')
    lines.push(shown(r.evidence, 8192), '')
  }
  lines.push(
    '_Published by Delivery Loop (`mode: verdict`). The loop never approves or merges: a human does._'
  )
  return cutSummary(lines.join('\n'))
}

function cutSummary(text: string): string {
  return cutCharsMarked(text, REVIEW_TEXT_ROOM_CHARS, 'summary')
}

/** The loop's one review on the pull request (type COMMENT), updated in place on re-review. */
export function reviewBody(v: VerdictView, checkUrl?: string): string {
  const head = {
    pass: '✅ The independent review **passed**. A human decides whether to merge.',
    fail: '❌ The independent review **asks for changes**; the loop sends the findings back to the worker.',
    'needs-human': '⚠️ The independent review **needs a human**.'
  }[v.outcome]
  return cutChars(
    [verdictMarker(v.headSha), head, '', checkSummary(v), ...(checkUrl ? ['', checkUrl] : [])].join(
      '\n'
    ),
    REVIEW_TEXT_ROOM_CHARS
  )
}
