/**
 * Mermaid graphs of the roadmap DAG. Past `maxNodes` slices the graph collapses to one node per
 * unit (edges between units), which keeps large roadmaps readable on GitHub.
 */

/** Mermaid's `maxTextSize`, which GitHub keeps: a bigger diagram renders as an error box. */
export const MERMAID_MAX_TEXT = 50_000

export interface GraphNode {
  key: string
  label: string
  group: string
  groupLabel: string
  /** A class name for colouring (e.g. `create`, `update`, `done`). */
  status?: string
}

export interface GraphEdge {
  from: string
  to: string
}

const CLASS_STYLES: Record<string, string> = {
  create: 'fill:#dafbe1,stroke:#1a7f37',
  update: 'fill:#fff8c5,stroke:#9a6700',
  unchanged: 'fill:#f6f8fa,stroke:#8c959f',
  close: 'fill:#ffebe9,stroke:#cf222e',
  ready: 'fill:#dafbe1,stroke:#1a7f37',
  blocked: 'fill:#f6f8fa,stroke:#8c959f',
  done: 'fill:#ddf4ff,stroke:#0969da',
  working: 'fill:#fff8c5,stroke:#9a6700',
  merge: 'fill:#ddf4ff,stroke:#0969da',
  human: 'fill:#ffebe9,stroke:#cf222e',
  other: 'fill:#f6f8fa,stroke:#d0d7de'
}

/**
 * A label as Mermaid shows it verbatim: characters with a meaning in its syntax become its entity
 * codes (`#40;` is `(`), so "Login (OAuth)" keeps its parentheses.
 */
function escapeLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const short = flat.length > 60 ? `${flat.slice(0, 59)}…` : flat
  return short.replace(/[#"<>[\]{}()|`;]/g, c =>
    c === '"' ? '#quot;' : c === '<' ? '#lt;' : c === '>' ? '#gt;' : `#${c.charCodeAt(0)};`
  )
}

export function mermaidGraph(nodes: GraphNode[], edges: GraphEdge[], maxNodes = 150): string {
  const lines = ['```mermaid', 'graph TD']
  const used = new Set<string>()
  if (nodes.length <= maxNodes) {
    const id = new Map(nodes.map((n, i) => [n.key, `n${i}`]))
    const groups = new Map<string, GraphNode[]>()
    for (const n of nodes) groups.set(n.group, [...(groups.get(n.group) ?? []), n])
    let g = 0
    for (const [, members] of groups) {
      lines.push(`  subgraph u${g++}["${escapeLabel(members[0].groupLabel)}"]`)
      for (const n of members) {
        lines.push(`    ${id.get(n.key)}["${escapeLabel(n.label)}"]`)
        if (n.status) {
          lines.push(`    class ${id.get(n.key)} ${n.status}`)
          used.add(n.status)
        }
      }
      lines.push('  end')
    }
    for (const e of edges) {
      const from = id.get(e.from)
      const to = id.get(e.to)
      if (from && to) lines.push(`  ${from} --> ${to}`)
    }
  } else {
    const groups = [...new Map(nodes.map(n => [n.group, n])).values()]
    const id = new Map(groups.map((n, i) => [n.group, `u${i}`]))
    const counts = new Map<string, number>()
    for (const n of nodes) counts.set(n.group, (counts.get(n.group) ?? 0) + 1)
    for (const n of groups) {
      lines.push(
        `  ${id.get(n.group)}["${escapeLabel(n.groupLabel)} (${counts.get(n.group)} slices)"]`
      )
    }
    const groupOf = new Map(nodes.map(n => [n.key, n.group]))
    const seen = new Set<string>()
    for (const e of edges) {
      const a = groupOf.get(e.from)
      const b = groupOf.get(e.to)
      if (!a || !b || a === b || seen.has(`${a}>${b}`)) continue
      seen.add(`${a}>${b}`)
      lines.push(`  ${id.get(a)} --> ${id.get(b)}`)
    }
  }
  for (const status of used)
    if (CLASS_STYLES[status]) lines.push(`  classDef ${status} ${CLASS_STYLES[status]}`)
  lines.push('```')
  const graph = lines.join('\n')
  return graph.length <= MERMAID_MAX_TEXT
    ? graph
    : `_The dependency graph (${nodes.length} slices) is bigger than GitHub's Mermaid renderer accepts (${MERMAID_MAX_TEXT.toLocaleString('en-US')} characters); \`npx delivery-loop plan\` prints it locally._`
}
