/**
 * The dashboard issue's visible content (pure), rendered from the tick's plan and the state it
 * leaves: status, budgets as text bars, the commands, the sections a maintainer acts on, and a
 * graph of the units. Nothing in it changes unless the loop's situation does — no "updated at"
 * line, the API quota in bands — so a quiet tick leaves the issue untouched.
 */
import type { GuardrailsState } from '../state/guardrails.js'
import { commandMarker, type TaskKind } from '../loop/markers.js'
import { neutralizeMentions } from '../text/sanitize.js'
import { mermaidGraph, type GraphNode } from '../report/mermaid.js'
import type { DashboardIssue, DashboardPlan, SentTask } from './view.js'
import type { TickState } from '../state/tick.js'
import { DASHBOARD_MARKER } from '../loop/markers.js'
import { etaSection, type EtaBoard } from './eta.js'

export interface DashboardInput {
  plan: DashboardPlan
  tick: TickState
  guardrails: GuardrailsState
  issues: readonly DashboardIssue[]
  /** What this tick dispatched: shown as the next tick will see it (claimed), so it stays put. */
  dispatched: readonly SentTask[]
  /** The ETA of the open slices (`forecast.eta`). */
  eta?: EtaBoard
}

/** Past this many open units the graph is a table of counts: a bigger graph is unreadable. */
export const GRAPH_LIMIT = 150
const SECTION_LIMIT = 50

function bar(used: number, cap: number): string {
  const filled = cap > 0 ? Math.min(10, Math.round((used / cap) * 10)) : 0
  return `${'▓'.repeat(filled)}${'░'.repeat(10 - filled)} ${used}/${cap}`
}

function flat(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

function status(d: DashboardInput): string {
  const b = d.plan.guardrails.breaker
  if (d.tick.paused)
    return d.tick.paused_by
      ? `⏸ **paused** by @${d.tick.paused_by.login} at ${d.tick.paused_by.at}`
      : '⏸ **paused**'
  if (b.state === 'open')
    return `⛔ **breaker open** until ${b.reopens_at ?? '?'} (cooldown ${b.cooldown_minutes} min)`
  if (b.state === 'half-open')
    return `⚠️ **breaker half-open**: the next dispatch is a probe (cooldown ${b.cooldown_minutes} min)`
  return '▶️ **running**'
}

/** The tighter of GitHub's two budgets (REST requests, GraphQL points), in bands. */
function apiBand(p: DashboardPlan): string {
  const shareOf = (b: { remaining: number; limit: number }) => (b.limit ? b.remaining / b.limit : 0)
  const tight = p.api.points && shareOf(p.api.points) < shareOf(p.api) ? p.api.points : p.api
  const what = tight === p.api ? '' : ' of GraphQL points'
  const share = shareOf(tight)
  return share >= 0.5
    ? 'ample (over half left)'
    : share >= 0.2
      ? `getting low (under half${what} left)`
      : `low (under a fifth${what} left; resets ${tight.reset_at})`
}

function budgets(d: DashboardInput): string[] {
  const cfg = d.plan.guardrails.budgets
  const n = d.plan.guardrails.counts
  const fresh = d.dispatched.filter(t => t.kind === 'new').length
  return [
    '| budget | used |',
    '|---|---|',
    `| in flight | ${bar(n.in_flight + fresh, n.max_in_flight)} |`,
    `| dispatches (${n.window_hours} h) | ${bar(n.recent + d.dispatched.length, n.max_recent)} |`,
    `| tokens | ${cfg.tokens} |`,
    `| cost | ${cfg.cost} |`,
    `| API quota | ${apiBand(d.plan)} |`,
    ...reviewRow(d, fresh)
  ]
}

/**
 * The review queue, when `guardrails.review` paces dispatch: ready for a person and on the way,
 * against `max_waiting`. Only counts: they change when the queue does, never on a quiet tick.
 */
function reviewRow(d: DashboardInput, fresh: number): string[] {
  const r = d.plan.guardrails.review
  if (!r) return []
  const queued = r.waiting.length + r.on_the_way + fresh
  const text =
    r.max_waiting !== undefined
      ? bar(queued, r.max_waiting)
      : `${r.waiting.length} ready, ${r.on_the_way + fresh} on the way`
  return [`| review queue | ${text} |`]
}

function commands(d: DashboardInput): string[] {
  const breaker = d.plan.guardrails.breaker.state
  return [
    '## Commands',
    '',
    'Tick a box; the next tick does it and unticks it. Only people who can write to the repository count.',
    '',
    d.tick.paused
      ? `- [ ] Resume the loop ${commandMarker({ kind: 'resume' })}`
      : `- [ ] Pause the loop (nothing is dispatched until resumed) ${commandMarker({ kind: 'pause' })}`,
    ...(breaker !== 'closed'
      ? [`- [ ] Reset the circuit breaker ${commandMarker({ kind: 'reset-breaker' })}`]
      : [])
  ]
}

type Row = { issue: number; line: string }

const TASK_WORDS: Record<TaskKind, string> = {
  new: 'new work',
  fix: 'fix: CI failed',
  'review-fix': 'fix: the review asked for changes',
  conflict: 'conflict: bring the branch up to date with its base'
}

/**
 * Supervised mode: the wave this tick would dispatch, a box per issue and one for all. A box
 * names the issue as proposed (its revision): if the issue changes, the next tick proposes it
 * again and an old tick does nothing.
 */
function proposed(plan: DashboardPlan): string[] {
  if (!plan.proposals.length) return []
  return [
    `## Proposed wave (${plan.proposals.length})`,
    '',
    'Tick what may go (`dispatch.approval: wave`); the next tick dispatches it, within the budgets. Only people who can write to the repository count.',
    '',
    `- [ ] Approve the whole wave ${commandMarker({ kind: 'approve-wave' })}`,
    ...plan.proposals
      .slice(0, SECTION_LIMIT)
      .map(
        p =>
          `- [ ] Approve #${p.issue} ${flat(p.title)} (${TASK_WORDS[p.kind]}) ${commandMarker({ kind: 'approve', issue: p.issue, rev: p.rev })}`
      ),
    ''
  ]
}

/** Worded without the claim's age, so the dashboard does not change every minute. */
const CLAIMED = 'claimed by a worker, no pull request yet'

function section(title: string, rows: Row[], empty = '_none_'): string[] {
  const shown = rows.slice(0, SECTION_LIMIT).map(r => r.line)
  const more = rows.length - shown.length
  return [
    `## ${title} (${rows.length})`,
    '',
    ...(shown.length ? shown : [empty]),
    ...(more > 0 ? [`- … and ${more} more (see the job summary)`] : []),
    ''
  ]
}

/** The sections a maintainer acts on; also what the job summary shows. */
export function dashboardSections(d: DashboardInput): string[] {
  const sent = new Set(d.dispatched.filter(t => t.kind === 'new').map(t => t.issue))
  const v = d.plan.view.map(c =>
    sent.has(c.issue) ? { ...c, class: 'claimed' as const, reason: CLAIMED } : c
  )
  const item = (c: (typeof v)[number], what: string) =>
    `- #${c.issue} ${flat(c.title)}${c.pull ? ` — PR #${c.pull}` : ''}: ${flat(what, 160)}`
  const sub = (s: string) => v.filter(c => c.class === 'in-flight' && c.sub === s)
  const frozen = new Map(
    Object.entries(d.guardrails.issues).flatMap(([n, g]) =>
      g.frozen ? [[Number(n), g.frozen.reason] as const] : []
    )
  )
  const needsHuman = v.filter(
    c => (c.class === 'needs-human' && !frozen.has(c.issue)) || c.sub === 'review-needs-human'
  )
  const inFlight = v.filter(
    c =>
      (c.class === 'in-flight' &&
        ['gated', 'fixing', 'changes-requested', 'behind', 'retarget'].includes(c.sub ?? '')) ||
      c.class === 'claimed' ||
      c.class === 'stalled' ||
      c.class === 'human'
  )
  const frozenRows = v
    .filter(c => frozen.has(c.issue) && c.class === 'needs-human')
    .map(c => ({
      issue: c.issue,
      line: `- [ ] Retry #${c.issue} ${flat(c.title)} — frozen: ${flat(frozen.get(c.issue)!, 160)} ${commandMarker({ kind: 'retry', issue: c.issue })}`
    }))
  const rows = (list: typeof v, what: (c: (typeof v)[number]) => string) =>
    list.map(c => ({ issue: c.issue, line: item(c, what(c)) }))
  return [
    ...section('Ready for human merge', [
      ...readyToMerge(d.plan, sub('ready-to-merge'), item),
      ...stackedAfter(sub('stacked'), item)
    ]),
    ...section(
      'Awaiting review',
      rows(sub('awaiting-review'), c => c.reason)
    ),
    ...section(
      'In flight',
      rows(inFlight, c =>
        c.sub === 'fixing'
          ? `CI red — ${c.reason}`
          : c.sub === 'gated'
            ? `CI pending — ${c.reason}`
            : c.class === 'claimed'
              ? CLAIMED
              : c.class === 'stalled'
                ? "no pull request (the lease ran out, or the worker's run ended): dispatched again when there is room"
                : c.reason
      )
    ),
    ...section(
      'Needs human',
      rows(needsHuman, c => c.reason)
    ),
    ...section('Frozen', frozenRows),
    ...section(
      'Blocked',
      rows(
        v.filter(c => c.class === 'blocked'),
        c => c.reason
      )
    ),
    ...section(
      'Ready',
      rows(
        v.filter(c => c.class === 'ready'),
        // Files colliding with work in flight stay so for a while: say so. A budget's numbers
        // change every tick, and a quiet tick must not rewrite the dashboard for them.
        c => readyHold(d.plan.guardrails.decisions.find(x => x.issue === c.issue))
      )
    ),
    ...conflicts(rows(sub('conflicting'), c => c.reason)),
    ...ignoredPulls(d.plan)
  ]
}

/**
 * Why a ready issue was not dispatched, naming the guardrail that held it. Only a collision keeps
 * its numbers (which files): a budget's numbers change every tick, and a quiet tick must not
 * rewrite the dashboard for them — the tick's report has them. The wave's own capacity (free
 * slots, dispatches per tick) is one phrase: which of the two binds changes from tick to tick.
 */
const HELD_BY: Record<string, string> = {
  breaker: 'held: the circuit breaker is open (see Guardrails)',
  usage:
    'held: the token or cost cap of `guardrails.budget` is reached (or usage evidence is missing)',
  review:
    'paced: people are busy reviewing what the loop sent (`guardrails.review`); merging what is ready lets new work go',
  api: "held: GitHub's API budget is down to `api.reserve`",
  window: 'held: `guardrails.budget.max_dispatches_per_day` is reached in the window',
  attempts: 'held: its attempts are used up (`max_attempts_per_issue`)'
}

function readyHold(decision: { rule?: string; reason?: string } | undefined): string {
  if (decision?.rule === 'collision' && decision.reason) return decision.reason
  return (
    (decision?.rule && HELD_BY[decision.rule]) ||
    'waits for a free slot in a wave (`max_in_flight`, `max_dispatches_per_tick`)'
  )
}

/**
 * Ready for a human, in the order to merge: what unlocks the longest chain first, and a word on
 * pairs that changed the same file (the later one may need a rebase).
 */
function readyToMerge<C extends { issue: number; pull?: number }>(
  plan: DashboardPlan,
  ready: C[],
  item: (c: C, what: string) => string
): Row[] {
  const rank = (c: C) => {
    const at = plan.mergeOrder.findIndex(s => s.issue === c.issue)
    return at === -1 ? Number.MAX_SAFE_INTEGER : at
  }
  return [...ready]
    .sort((a, b) => rank(a) - rank(b))
    .map(c => {
      const step = plan.mergeOrder.find(s => s.issue === c.issue)
      const since = plan.guardrails.review?.waiting.find(w => w.pull === c.pull)?.ready_since
      const notes = [
        `CI green and the review passed: merge it${since ? ` (ready since ${since.slice(0, 16).replace('T', ' ')} UTC)` : ''}`,
        ...(step?.unlocks ? [`unlocks a chain of ${step.unlocks}`] : []),
        ...(step?.after.length
          ? [
              `merge PR #${step.after[0].pull} first: both change ${step.after[0].file}, rebase after`
            ]
          : [])
      ]
      return { issue: c.issue, line: item(c, notes.join('; ')) }
    })
}

/**
 * Stacked pull requests that passed, after the ready ones: each merges after the pull request it
 * is stacked on, so the list walks each stack bottom-up — a dependent's pull request is always
 * younger than its base's, which it could only start on once that had passed.
 */
function stackedAfter<C extends { issue: number; pull?: number; reason: string }>(
  stacked: C[],
  item: (c: C, what: string) => string
): Row[] {
  return [...stacked]
    .sort((a, b) => (a.pull ?? 0) - (b.pull ?? 0))
    .map(c => ({ issue: c.issue, line: item(c, c.reason) }))
}

/** Loop pull requests that conflict with their base: shown only when there are. */
function conflicts(list: Row[]): string[] {
  return list.length ? section('Conflicts', list) : []
}

/** Pull requests that name a unit issue but are not the loop's work: shown only when there are. */
function ignoredPulls(plan: DashboardPlan): string[] {
  if (!plan.ignoredPulls.length) return []
  return section(
    "Ignored: not the loop's pull requests",
    plan.ignoredPulls.map(p => ({
      issue: p.pull,
      line: `- PR #${p.pull} (names ${p.issues.map(n => `#${n}`).join(', ')}): ${flat(p.reason, 160)}`
    }))
  )
}

const GRAPH_CLASS: Record<string, string> = {
  ready: 'ready',
  blocked: 'blocked',
  'in-flight': 'working',
  human: 'working',
  claimed: 'working',
  stalled: 'working',
  'needs-human': 'human',
  held: 'other',
  untrusted: 'other',
  duplicate: 'other',
  paused: 'other'
}

function graph(d: DashboardInput): string[] {
  const sent = new Set(d.dispatched.filter(t => t.kind === 'new').map(t => t.issue))
  const v = d.plan.view.map(c => (sent.has(c.issue) ? { ...c, class: 'claimed' as const } : c))
  if (!v.length) return []
  const unitOf = (i: DashboardIssue) =>
    /^Unit: (.+)$/m.exec(i.body)?.[1]?.trim() ?? 'Outside the roadmap'
  const byNumber = new Map(d.issues.map(i => [i.number, i]))
  if (v.length > GRAPH_LIMIT) {
    const counts = new Map<string, number>()
    for (const c of v) counts.set(c.class, (counts.get(c.class) ?? 0) + 1)
    return [
      '## Graph',
      '',
      `${v.length} open units are too many for a readable graph; by state:`,
      '',
      '| state | units |',
      '|---|---|',
      ...[...counts].sort((a, b) => b[1] - a[1]).map(([cls, n]) => `| ${cls} | ${n} |`),
      ''
    ]
  }
  const nodes: GraphNode[] = v.map(c => {
    const unit = byNumber.get(c.issue) ? unitOf(byNumber.get(c.issue)!) : 'Outside the roadmap'
    return {
      key: String(c.issue),
      label: `#${c.issue} ${c.title}`,
      group: unit,
      groupLabel: unit,
      status: c.sub === 'ready-to-merge' ? 'merge' : (GRAPH_CLASS[c.class] ?? 'other')
    }
  })
  const open = new Set(v.map(c => c.issue))
  const closed = new Set<number>()
  const edges = d.issues.flatMap(i =>
    i.blockers.map(b => {
      if (!open.has(b)) closed.add(b)
      return { from: open.has(b) ? String(b) : 'closed', to: String(i.number) }
    })
  )
  // Blockers that are no longer open collapse into one node.
  if (closed.size)
    nodes.push({
      key: 'closed',
      label: `${closed.size} closed or outside`,
      group: 'done',
      groupLabel: 'Done',
      status: 'done'
    })
  return ['## Graph', '', mermaidGraph(nodes, edges, GRAPH_LIMIT), '']
}

function recent(d: DashboardInput): string[] {
  const log = d.tick.commands ?? []
  if (!log.length) return []
  return [
    '## Recent commands',
    '',
    ...log
      .slice(-5)
      .reverse()
      .map(
        r => `- ${r.command} by @${r.by} at ${r.at}: ${r.outcome}${r.note ? ` — ${r.note}` : ''}`
      ),
    ''
  ]
}

/** The visible dashboard, at most `limit` characters (cut visibly at a line). */
export function renderDashboard(d: DashboardInput, limit: number): string {
  const text = neutralizeMentions(
    [
      DASHBOARD_MARKER,
      '# Delivery Loop',
      '',
      `Status: ${status(d)}`,
      '',
      ...budgets(d),
      '',
      ...etaSection(d.eta),
      ...commands(d),
      '',
      ...proposed(d.plan),
      ...dashboardSections(d),
      ...recent(d),
      ...graph(d),
      "_This issue is the loop's control panel and keeps a copy of its state in the hidden block below; do not edit that block._"
    ].join('\n')
  )
  if (text.length <= limit) return text
  const marker =
    "\n\n[… dashboard cut here to stay under GitHub's size limit: see the tick's job summary for the rest]"
  const cut = text.lastIndexOf('\n', limit - marker.length)
  return `${text.slice(0, cut)}${marker}`
}
