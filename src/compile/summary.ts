/** Rendering of compile results: the job summary, the pull-request plan comment, the DAG. */
import type { Diagnostic } from '../errors.js'
import { formatDiagnostic } from '../errors.js'
import { mermaidGraph, type GraphEdge, type GraphNode } from '../report/mermaid.js'
import { boundedTable, cell, issueLink, table } from '../report/markdown.js'
import { neutralizeMentions } from '../text/sanitize.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import type { ApplyResult } from './apply.js'
import type { CompilePlan } from './plan.js'

export function dagGraph(
  compiled: CompiledRoadmap,
  status?: (key: string) => string | undefined
): string {
  const unitOf = new Map(compiled.roadmap.units.map(u => [u.id, u]))
  const nodes: GraphNode[] = compiled.roadmap.slices.map(s => {
    const st = status?.(s.id)
    return {
      key: s.id,
      label: `${s.ref.split('/')[1]}: ${s.plain}`,
      group: s.unitId,
      groupLabel: unitOf.get(s.unitId)!.plainTitle,
      ...(st ? { status: st } : {})
    }
  })
  const edges: GraphEdge[] = []
  for (const s of compiled.roadmap.slices) {
    for (const b of compiled.roadmap.blockers.get(s.id) ?? [])
      if (b.type === 'slice') edges.push({ from: b.id, to: s.id })
  }
  return mermaidGraph(nodes, edges)
}

/** Roadmap errors with file:line: the first 50 (each is an annotation in the log as well). */
export function diagnosticsMarkdown(diagnostics: Diagnostic[]): string {
  return [
    `### Roadmap errors (${diagnostics.length})`,
    '',
    ...diagnostics.slice(0, 50).map(d => `- \`${formatDiagnostic(d)}\``),
    ...(diagnostics.length > 50 ? [`- … and ${diagnostics.length - 50} more in the job log`] : [])
  ].join('\n')
}

/** Roadmap warnings (never fatal), with file:line. */
export function warningsMarkdown(warnings: readonly Diagnostic[]): string[] {
  if (!warnings.length) return []
  return [
    `### Roadmap warnings (${warnings.length})`,
    '',
    ...warnings.slice(0, 50).map(d => `- \`${formatDiagnostic(d)}\``),
    ...(warnings.length > 50 ? [`- … and ${warnings.length - 50} more in the job log`] : []),
    ''
  ]
}

function counts(plan: CompilePlan): Record<string, number> {
  return {
    create: plan.items.filter(i => i.action === 'create').length,
    update: plan.items.filter(i => i.action === 'update').length,
    unchanged: plan.items.filter(i => i.action === 'unchanged').length,
    close: plan.closes.length
  }
}

/**
 * The plan as Markdown: counts, a table of changes, the DAG. Used for dry runs and PR comments;
 * `limit` (characters) bounds it — the table shows the changes that fit and says how many it
 * left out, so a big roadmap's plan comment is never refused by GitHub.
 */
export function planMarkdown(
  compiled: CompiledRoadmap,
  plan: CompilePlan,
  heading: string,
  limit = Number.POSITIVE_INFINITY
): string {
  const c = counts(plan)
  const rows = [
    ...plan.items
      .filter(i => i.action !== 'unchanged')
      .map(i => [
        i.action,
        issueLink(i.issue?.number),
        `\`${i.item.ref}\``,
        cell(neutralizeMentions(i.item.title)),
        i.changes.join(', ') || '—'
      ]),
    ...plan.closes.map(cl => [
      cl.reason === 'duplicate' ? `close (duplicate of #${cl.keep})` : 'close (not planned)',
      issueLink(cl.issue.number),
      `\`${cl.key}\``,
      cell(neutralizeMentions(cl.issue.title)),
      '—'
    ])
  ]
  const status = new Map<string, string>()
  for (const i of plan.items) status.set(i.item.key, i.action)
  const head = [
    heading,
    '',
    `**${c.create}** to create · **${c.update}** to update · **${c.unchanged}** unchanged · **${c.close}** to close`,
    '',
    ...warningsMarkdown(compiled.warnings)
  ].join('\n')
  const tail = [
    '',
    ...(plan.ignored.length
      ? [
          `**${plan.ignored.length}** issue(s) carry a roadmap marker but were not written by a trusted identity, so they are ignored: ${plan.ignored
            .map(i => `#${i.issue} (by ${neutralizeMentions(i.author ?? 'unknown')})`)
            .join(', ')}`,
          ''
        ]
      : []),
    '<details><summary>Dependency graph</summary>',
    '',
    dagGraph(compiled, key => status.get(key)),
    '',
    '</details>'
  ].join('\n')
  const body = rows.length
    ? boundedTable(
        ['action', 'issue', 'ref', 'title', 'changes'],
        rows,
        limit - head.length - tail.length - 2,
        left =>
          `_… ${left} more changes are not shown here: the job summary and the \`report\` output list all ${rows.length}._`
      )
    : '_No changes: the issues already match the roadmap._'
  return [head, body, tail].join('\n')
}

export function appliedMarkdown(
  compiled: CompiledRoadmap,
  result: ApplyResult,
  extra: string[]
): string {
  const rows = (
    list: { issue: number; ref: string; title: string; blocked_by: number[] }[],
    action: string
  ) =>
    list.map(e => [
      action,
      `#${e.issue}`,
      e.ref ? `\`${e.ref}\`` : '—',
      cell(neutralizeMentions(e.title)),
      e.blocked_by.map(n => `#${n}`).join(', ') || '—'
    ])
  const all = [
    ...rows(result.created, 'created'),
    ...rows(result.updated, 'updated'),
    ...rows(result.closed, 'closed')
  ]
  return [
    '## Delivery Loop · compile',
    '',
    `**${result.created.length}** created · **${result.updated.length}** updated · **${result.unchanged.length}** unchanged · **${result.closed.length}** closed · ${result.writes} write request(s)`,
    '',
    ...(result.remaining.length
      ? [
          `> [!WARNING]\n> Stopped at the write budget (\`compile.max_writes_per_run\`): ${result.remaining.length} change(s) remain and the next compile continues.`,
          ''
        ]
      : []),
    ...result.notices.map(n => `> [!NOTE]\n> ${n}\n`),
    ...warningsMarkdown(compiled.warnings),
    ...extra,
    all.length
      ? table(['action', 'issue', 'ref', 'title', 'blocked by'], all)
      : '_No changes: the issues already match the roadmap._',
    '',
    '<details><summary>Dependency graph</summary>',
    '',
    dagGraph(compiled),
    '',
    '</details>'
  ].join('\n')
}
