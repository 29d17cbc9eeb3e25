/**
 * doctor's report: the job summary (Markdown) and the terminal's lines, worst first, each with
 * its fix and where.
 */
import { cell, table } from '../report/markdown.js'
import type { DoctorPlan, Finding, FindingStatus } from './plan.js'

const ORDER: FindingStatus[] = ['fail', 'warn', 'note', 'ok']
const MARK: Record<FindingStatus, string> = { fail: '✗', warn: '!', note: 'i', ok: '✓' }

export function sortedFindings(plan: DoctorPlan): Finding[] {
  return [...plan.findings].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
}

function where(f: Finding): string {
  return f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : ''
}

const HEADLINE: Record<DoctorPlan['status'], string> = {
  healthy: 'healthy: nothing to fix',
  attention: 'works, with warnings worth fixing',
  unhealthy: 'something must be fixed before the loop can work'
}

export function doctorSummary(plan: DoctorPlan, repository: string): string {
  const counts = ORDER.map(s => `${plan.findings.filter(f => f.status === s).length} ${s}`)
  return [
    `## Delivery Loop · doctor`,
    '',
    `${repository}: **${HEADLINE[plan.status]}** (${counts.join(', ')}).`,
    '',
    table(
      ['', 'Check', 'Finding', 'Fix', 'Where'],
      sortedFindings(plan).map(f => [
        MARK[f.status],
        f.check,
        cell(f.message, 400),
        cell(f.fix ?? '', 300),
        cell(where(f))
      ])
    )
  ].join('\n')
}

/** One line per finding (two with a fix), for a terminal. */
export function doctorLines(plan: DoctorPlan, repository: string): string {
  const lines = [`delivery-loop doctor: ${repository}: ${HEADLINE[plan.status]}`]
  for (const f of sortedFindings(plan)) {
    const at = where(f)
    lines.push(
      `${MARK[f.status]} ${f.status.padEnd(4)} ${f.check}: ${f.message}${at ? ` (${at})` : ''}`
    )
    if (f.fix && f.status !== 'ok') lines.push(`         fix: ${f.fix}`)
  }
  return `${lines.join('\n')}\n`
}
