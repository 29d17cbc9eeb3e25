/**
 * The guardrails of one tick (pure): per-issue progress and freezes, the global breaker as the
 * tick starts, the usage ledger charged from attestations, and the context the wave rules read.
 * Every number behind a decision is kept for the report.
 */
import { timeOf } from '../clock.js'
import { apiRoom } from '../guardrails/api-room.js'
import { breakerAtStart, type Allowance, type BreakerTransition } from '../guardrails/breaker.js'
import { freezeComment } from '../guardrails/freeze.js'
import { judgeProgress } from '../guardrails/progress.js'
import { conflictDecision } from '../guardrails/conflicts.js'
import { refusedAttemptOf, unitMarkerOf } from '../loop/markers.js'
import type { GuardContext } from '../guardrails/rules/index.js'
import type { ChargedUsage } from '../guardrails/report.js'
import type { Touching } from '../guardrails/rules/types.js'
import type { GuardrailsState, IssueGuard } from '../state/guardrails.js'
import { charge, findUsage, usageTotals, type AttestationSource } from '../guardrails/usage.js'
import type { AttemptDispatch } from '../guardrails/usage-binding.js'
import type { Classification } from '../loop/classify.js'
import { issueOfBranch, mergedAfterReview, pullFor } from '../loop/pulls.js'
import { reviewPace } from '../guardrails/review-pace.js'
import type { TrustPolicy } from '../loop/trust.js'
import type { ScannedIssue } from './scan.js'
import type { ClaimView } from './claims.js'
import type { TickPlanInput } from './plan-input.js'
import type { AttemptRecord } from '../state/tick.js'

export interface Freeze {
  issue: number
  reason: string
  comment: string
}

export interface GuardPlan {
  /** The guardrails state to save (the breaker is moved again after the apply). */
  next: GuardrailsState
  allowance: Allowance
  transitions: BreakerTransition[]
  freezes: Freeze[]
  /** Issues whose budget a human reset by removing needs-human. */
  unfrozen: number[]
  /** Per issue, what changed: progress, no progress, freezes. */
  events: { issue: number; event: string }[]
  context: GuardContext
  usage: ChargedUsage
}

export interface GuardInput {
  input: TickPlanInput
  trust: TrustPolicy
  classes: Classification[]
  views: Map<number, ClaimView>
  stateAttempts: (issue: number) => AttemptRecord[]
  attemptsUsed: (issue: number) => number
  /** The scan's issues by number (the plan's scope indexes them once). */
  byNumber: ReadonlyMap<number, ScannedIssue>
}

/** The paths an issue's slice declares with `(files: …)` in the roadmap. */
export function declaredFiles(
  input: TickPlanInput,
  issue: Pick<ScannedIssue, 'body'> | undefined
): string[] | undefined {
  const id = issue ? unitMarkerOf(issue.body) : undefined
  return id === undefined ? undefined : input.facts.files.get(id)
}

/** Work in flight — claimed, or with a loop's or a person's pull request — and what it touches. */
function touching(g: GuardInput): Touching[] {
  const { facts } = g.input
  return g.classes
    .filter(c => c.class === 'in-flight' || c.class === 'claimed' || c.class === 'human')
    .map(c => {
      const pull = pullFor(c.issue, facts.scan.pulls)
      const declared = declaredFiles(g.input, g.byNumber.get(c.issue))
      return {
        issue: c.issue,
        ...(pull ? { pull: pull.number } : {}),
        ...(pull?.changed ? { changed: pull.changed } : {}),
        ...(declared ? { declared } : {})
      }
    })
}

/** Dispatches in the rolling window: the state's attempts and the claims on GitHub, once each. */
function recentDispatches(g: GuardInput, windowHours: number): number {
  const since = g.input.facts.now.getTime() - windowHours * 3600_000
  const seen = new Set<string>()
  for (const [issue, records] of Object.entries(g.input.state.attempts))
    for (const a of records) if (timeOf(a.at) >= since) seen.add(`${issue}#${a.attempt}`)
  for (const [issue, claims] of g.input.facts.claims)
    for (const c of claims)
      if (g.trust.isLoop(c.author) && c.marker.phase !== 'released' && timeOf(c.createdAt) >= since)
        seen.add(`${issue}#${c.marker.attempt}`)
  return seen.size
}

/** When each attempt on `issue` was dispatched: the state's records and the loop's claims. */
function dispatchesOf(g: GuardInput, issue: number): AttemptDispatch[] {
  const fromState = g.stateAttempts(issue).map(a => ({ attempt: a.attempt, at: a.at }))
  const fromClaims = (g.input.facts.claims.get(issue) ?? [])
    .filter(c => g.trust.isLoop(c.author) && c.marker.phase !== 'released')
    .map(c => ({ attempt: c.marker.attempt, at: c.createdAt }))
  const earliest = new Map<number, string>()
  for (const d of [...fromState, ...fromClaims]) {
    const known = earliest.get(d.attempt)
    if (!known || timeOf(d.at) < timeOf(known)) earliest.set(d.attempt, d.at)
  }
  return [...earliest].map(([attempt, at]) => ({ attempt, at }))
}

function judgeIssues(g: GuardInput) {
  const { facts, config, guardrails } = g.input
  const issues: Record<string, IssueGuard> = {}
  const freezes: Freeze[] = []
  const unfrozen: number[] = []
  const events: { issue: number; event: string }[] = []
  for (const c of g.classes) {
    const previous = guardrails.issues[c.issue]
    const attempts = g.attemptsUsed(c.issue)
    if (!previous && !attempts) continue
    const pull = pullFor(c.issue, facts.scan.pulls)
    const scanned = g.byNumber.get(c.issue)!
    const latest = g.stateAttempts(c.issue).at(-1)
    const refused = scanned.comments.flatMap(cm => {
      const n = g.trust.isLoop(cm.author) ? refusedAttemptOf(cm.body) : undefined
      return n === undefined ? [] : [n]
    })
    const conflict =
      pull?.owner === 'loop' && c.sub === 'conflicting'
        ? conflictDecision(pull, g.stateAttempts(c.issue), config, facts.now, previous?.reset_at)
        : undefined
    const j = judgeProgress(
      previous,
      {
        issue: c.issue,
        labels: scanned.labels,
        class: c,
        attempts,
        ...(pull ? { pull } : {}),
        ...(latest ? { latest } : {}),
        ...(refused.length ? { refused } : {}),
        ...(conflict ? { conflict } : {})
      },
      config,
      facts.now
    )
    issues[String(c.issue)] = j.guard
    events.push(...j.events.map(event => ({ issue: c.issue, event })))
    if (j.unfrozen) unfrozen.push(c.issue)
    if (j.freeze)
      freezes.push({
        issue: c.issue,
        reason: j.freeze,
        comment: freezeComment(j.freeze, g.stateAttempts(c.issue), j.events)
      })
  }
  return { issues, freezes, unfrozen, events }
}

export function planGuards(g: GuardInput): GuardPlan {
  const { facts, config, guardrails } = g.input
  const budget = config.guardrails.budget
  const judged = judgeIssues(g)
  const start = breakerAtStart(guardrails.breaker, config.guardrails.circuit_breaker, facts.now)
  const sources: AttestationSource[] = []
  // Issues with neither comments read nor a pull request hold no record (most: blocked ones).
  for (const i of facts.scan.issues) {
    const pull = pullFor(i.number, facts.scan.pulls)
    if (pull || i.comments.length) sources.push({ issue: i.number, comments: i.comments, pull })
  }
  // Merged or closed before a tick saw them: charged to the issue they closed.
  for (const p of facts.closedPulls)
    sources.push({
      issue: issueOfBranch(p.headRef)!,
      pull: { ...p, comments: [] },
      comments: [],
      seenBy: p.mergedAt ?? p.updatedAt
    })
  // Each issue's dispatches once: an issue in sight has several records (worker, reviewer).
  const dispatches = new Map<number, AttemptDispatch[]>()
  const { found, invalid } = findUsage(sources, g.trust, facts.now, issue => {
    let known = dispatches.get(issue)
    if (!known) dispatches.set(issue, (known = dispatchesOf(g, issue)))
    return known
  })
  // Only the rolling window matters to the caps: older records are neither kept nor charged.
  const since = facts.now.getTime() - budget.window_hours * 3600_000
  const inWindow = <T extends { at: string }>(entries: [string, T][]) =>
    entries.filter(([, r]) => timeOf(r.at) >= since)
  const stale = Object.values(guardrails.usage).some(r => timeOf(r.at) < since)
  const { ledger, charged } = charge(
    stale ? Object.fromEntries(inWindow(Object.entries(guardrails.usage))) : guardrails.usage,
    new Map(inWindow([...found]))
  )
  const totals = usageTotals(ledger, budget.window_hours, facts.now)
  // Evidence is any worker record in sight, however old: the window only limits what is charged.
  const records = [...Object.values(ledger), ...found.values()].filter(r => r.role === 'worker')
  const hasRecordSince = (issue: number, at?: string) =>
    records.some(r => r.issue === issue && (!at || timeOf(r.at) >= timeOf(at)))
  // A worker's pull request (on an issue the loop dispatched), whatever CI says of it.
  const missingEvidence: { pull: number; issue: number }[] = []
  for (const c of g.classes) {
    const pull = pullFor(c.issue, facts.scan.pulls)
    if (pull?.owner === 'loop' && g.attemptsUsed(c.issue) > 0 && !hasRecordSince(c.issue))
      missingEvidence.push({ pull: pull.number, issue: c.issue })
  }
  const unattested = g.classes.filter(
    c => c.class === 'claimed' && !hasRecordSince(c.issue, g.stateAttempts(c.issue).at(-1)?.at)
  ).length
  const busy = g.classes.filter(c => c.class === 'in-flight' || c.class === 'claimed').length
  const ready = g.classes.filter(c => c.class === 'in-flight' && c.sub === 'ready-to-merge')
  const api = apiRoom(facts.rate, config.api.reserve)
  return {
    next: { issues: judged.issues, usage: ledger, breaker: start.breaker },
    allowance: start.allowance,
    transitions: start.transitions,
    freezes: judged.freezes,
    unfrozen: judged.unfrozen,
    events: judged.events,
    context: {
      config,
      breaker: start.allowance,
      usage: totals,
      unattested,
      missingEvidence,
      busy,
      recent: recentDispatches(g, budget.window_hours),
      api,
      touching: touching(g),
      review: reviewPace({
        waiting: ready.map(c => {
          const at = pullFor(c.issue, facts.scan.pulls)?.verdictAt
          return { pull: c.pull ?? c.issue, ...(at ? { readySince: at } : {}) }
        }),
        onTheWay: busy - ready.length,
        merged: facts.closedPulls.flatMap(p => mergedAfterReview(p) ?? []),
        now: facts.now
      })
    },
    usage: { ...totals, charged, invalid }
  }
}
