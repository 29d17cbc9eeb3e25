/**
 * Step 2 of a tick: the pure plan. From the facts, the configuration and the stored state it
 * decides every issue's class, the wave (new work and fixes) within the budgets, the review
 * wave, which dead claims to release — each decision with its reason — and lists the operations
 * the applier runs. A dry run is this plan and nothing else.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { Diagnostic } from '../errors.js'
import { classify, orderReady, type Classification, type UnitIssue } from '../loop/classify.js'
import { blockersFromLabels, hasLabel, LABEL_CLAIM } from '../loop/labels.js'
import { unitMarkerOf } from '../loop/markers.js'
import { branchFor, type PullFacts } from '../loop/pulls.js'
import { trustPolicy, type TrustPolicy } from '../loop/trust.js'
import { dispatchConfigProblems, type DispatchTask } from './adapters.js'
import type { ClaimFacts, TickFacts } from './facts.js'
import type { ScannedIssue } from './scan.js'
import type { AttemptRecord, TickState } from './state.js'

/** Requests one dispatch costs at most (re-read ×2, claim, label, adapter, confirm, spares). */
export const REQUESTS_PER_DISPATCH = 8

export type TickStatus = 'paused' | 'dispatched' | 'no-ready-work' | 'needs-human'

export interface ClaimRelease {
  issue: number
  commentId: number
  run: string
  reason: string
  /** Whether the claim label is on the issue (the run may have died before it wrote it). */
  labelled: boolean
}

export interface ReviewTask {
  pull: number
  issue: number
  head_sha: string
  branch: string
}

export interface Skip {
  issue: number
  reason: string
}

export type TickOperation =
  | { op: 'release-claim'; release: ClaimRelease }
  | { op: 'ensure-label'; label: string }
  | { op: 'dispatch'; task: DispatchTask; mayBeClaimed: boolean }

export interface TickLimits {
  free_slots: number
  per_tick: number
  day_left: number
  api_room: number
}

export interface TickPlan {
  status: TickStatus
  issues: (Classification & { title: string })[]
  wave: DispatchTask[]
  reviewWave: ReviewTask[]
  skipped: Skip[]
  limits: TickLimits
  disagreements: { issue: number; only_label: number[]; only_native: number[] }[]
  duplicates: { issue: number; of: number; marker: string }[]
  releases: ClaimRelease[]
  operations: TickOperation[]
  /** Configuration the applier could not run with: the tick fails on these, dry run or not. */
  errors: Diagnostic[]
  notices: string[]
  api: { remaining: number; limit: number; reserve: number; reset_at: string }
}

export interface TickPlanInput {
  facts: TickFacts
  config: DeliveryConfig
  state: TickState
  /** The configuration file, for error messages. */
  configFile: string
}

/** Younger trusted issues carrying the same roadmap marker as an older one: copies. */
export function findDuplicates(
  issues: readonly ScannedIssue[],
  trust: TrustPolicy
): Map<number, { of: number; marker: string }> {
  const first = new Map<string, number>()
  const out = new Map<number, { of: number; marker: string }>()
  const oldestFirst = [...issues].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number
  )
  for (const issue of oldestFirst) {
    const marker = unitMarkerOf(issue.body)
    if (!marker || !trust.isLoop(issue.author)) continue
    const of = first.get(marker)
    if (of === undefined) first.set(marker, issue.number)
    else out.set(issue.number, { of, marker })
  }
  return out
}

interface ClaimView {
  /** The newest claim that still holds (trusted, not released, not being released now). */
  current?: ClaimFacts
  /** Highest attempt number any holding or finished claim used. */
  attempts: number
  release?: ClaimRelease
}

/**
 * What an issue's claim comments say. A claim still `claiming` whose run has ended without
 * success was never dispatched: the run died between its lock and its dispatch. It is released
 * and its attempt is not charged.
 */
export function claimView(
  issue: ScannedIssue | { number: number; labels: string[] },
  claims: readonly ClaimFacts[],
  facts: Pick<TickFacts, 'claimRuns' | 'run'>,
  trust: TrustPolicy
): ClaimView {
  const holding = claims.filter(c => trust.isLoop(c.author) && c.marker.phase !== 'released')
  const latest = holding.at(-1)
  const run = latest?.marker.run
  const ran = run ? facts.claimRuns.get(run) : undefined
  if (latest && latest.marker.phase === 'claiming' && run !== facts.run.id && ran) {
    if (ran.status === 'completed' && ran.conclusion !== 'success') {
      const rest = holding.slice(0, -1)
      return {
        ...(rest.length ? { current: rest.at(-1) } : {}),
        attempts: Math.max(0, ...rest.map(c => c.marker.attempt)),
        release: {
          issue: issue.number,
          labelled: hasLabel(issue.labels, LABEL_CLAIM),
          commentId: latest.commentId,
          run: run!,
          reason: `run ${run} ended (${ran.conclusion ?? 'no conclusion'}) before it dispatched attempt ${latest.marker.attempt}: claim released, no attempt charged`
        }
      }
    }
  }
  return {
    ...(latest ? { current: latest } : {}),
    attempts: Math.max(0, ...holding.map(c => c.marker.attempt))
  }
}

function recoveryBrief(pull: PullFacts, kind: 'fix' | 'review-fix'): string {
  if (kind === 'review-fix') {
    return [
      `The independent reviewer asked for changes on pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}): see the \`loopreview\` check and the review on the pull request.`,
      'Address every finding on the same branch and push. Do not weaken or skip tests.'
    ].join('\n')
  }
  const failed = pull.checks.filter(c => c.state === 'failure').map(c => `\`${c.name}\``)
  return [
    `Pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}) failed its required checks: ${failed.join(', ')}.`,
    "Read the failing checks' logs on the pull request, fix the cause on the same branch, and push. Do not weaken or skip tests."
  ].join('\n')
}

function labelDisagreements(issues: readonly ScannedIssue[]): TickPlan['disagreements'] {
  return issues.flatMap(i => {
    const fromLabels = blockersFromLabels(i.labels)
    const onlyLabel = fromLabels.filter(n => !i.nativeBlockers.includes(n))
    const onlyNative = i.nativeBlockers.filter(n => !fromLabels.includes(n))
    return onlyLabel.length || onlyNative.length
      ? [{ issue: i.number, only_label: onlyLabel, only_native: onlyNative }]
      : []
  })
}

function limitsOf(
  input: TickPlanInput,
  busy: number
): TickLimits & { capacity: number; room: number } {
  const { facts, config, state } = input
  const budget = config.guardrails.budget
  const dayAgo = facts.now.getTime() - 24 * 3600_000
  const today = Object.values(state.attempts)
    .flat()
    .filter(a => Date.parse(a.at) >= dayAgo).length
  const apiRoom = Math.max(
    0,
    Math.floor((facts.rate.remaining - config.api.reserve) / REQUESTS_PER_DISPATCH)
  )
  // Fixes go to pull requests that already hold a slot; new work needs a free slot too.
  const capacity = Math.max(
    0,
    Math.min(budget.max_dispatches_per_tick, budget.max_dispatches_per_day - today, apiRoom)
  )
  return {
    free_slots: budget.max_in_flight - busy,
    per_tick: budget.max_dispatches_per_tick,
    day_left: budget.max_dispatches_per_day - today,
    api_room: apiRoom,
    capacity,
    room: Math.min(capacity, Math.max(0, budget.max_in_flight - busy))
  }
}

/** What every step of the plan reads: the facts, indexed, and the attempts each issue used. */
interface PlanScope {
  input: TickPlanInput
  trust: TrustPolicy
  byNumber: Map<number, ScannedIssue>
  duplicates: Map<number, { of: number; marker: string }>
  views: Map<number, ClaimView>
  stateAttempts: (issue: number) => AttemptRecord[]
  /** Attempts used so far: the state's record, or the claims on GitHub when the state forgot. */
  attemptsUsed: (issue: number) => number
}

function scopeOf(input: TickPlanInput): PlanScope {
  const { facts, config, state } = input
  const trust = trustPolicy(facts.viewer, config.trust.bot_logins)
  const views = new Map(
    facts.scan.issues.flatMap(i => {
      const claims = facts.claims.get(i.number)
      return claims ? [[i.number, claimView(i, claims, facts, trust)] as const] : []
    })
  )
  const stateAttempts = (n: number) => state.attempts[String(n)] ?? []
  return {
    input,
    trust,
    byNumber: new Map(facts.scan.issues.map(i => [i.number, i])),
    duplicates: findDuplicates(facts.scan.issues, trust),
    views,
    stateAttempts,
    attemptsUsed: n => Math.max(stateAttempts(n).length, views.get(n)?.attempts ?? 0)
  }
}

/** An issue as classification reads it; a claim being released no longer counts. */
function unitOf(scope: PlanScope, i: ScannedIssue): UnitIssue {
  const view = scope.views.get(i.number)
  const released = view?.release && !view.current
  const claimed = hasLabel(i.labels, LABEL_CLAIM) && !released
  const dup = scope.duplicates.get(i.number)
  const claimedAt =
    view?.current?.createdAt ?? scope.stateAttempts(i.number).at(-1)?.at ?? i.updatedAt
  return {
    number: i.number,
    labels: released ? i.labels.filter(l => l.toLowerCase() !== LABEL_CLAIM) : i.labels,
    author: i.author,
    authorAssociation: i.authorAssociation,
    createdAt: i.createdAt,
    blockers: i.blockers,
    ...(claimed ? { claimedAt } : {}),
    ...(dup ? { duplicateOf: dup.of } : {})
  }
}

function classifyAll(scope: PlanScope): Classification[] {
  const { facts, config, state } = scope.input
  const ctx = {
    paused: state.paused === true,
    trust: scope.trust,
    blockers: facts.scan.blockers,
    pulls: facts.scan.pulls,
    satisfiedBy: config.dependencies.satisfied_by,
    requiredChecks: config.ci.checks,
    now: facts.now,
    leaseMinutes: config.dispatch.lease_minutes,
    noChecksAfterMinutes: config.ci.no_checks_after_minutes
  }
  return facts.scan.issues.map(i => classify(unitOf(scope, i), ctx))
}

/** New work: ready and stalled issues in roadmap order, within the room and the attempts. */
function newWork(
  scope: PlanScope,
  classes: Classification[],
  room: number,
  skipped: Skip[]
): DispatchTask[] {
  const { facts, config } = scope.input
  const maxAttempts = config.guardrails.budget.max_attempts_per_issue
  const candidates = orderReady(
    classes
      .filter(c => c.class === 'ready' || c.class === 'stalled')
      .map(c => unitOf(scope, scope.byNumber.get(c.issue)!)),
    i => {
      const id = unitMarkerOf(scope.byNumber.get(i.number)!.body)
      return id === undefined ? undefined : facts.rank.get(id)
    }
  )
  const wave: DispatchTask[] = []
  for (const u of candidates) {
    const used = scope.attemptsUsed(u.number)
    if (used >= maxAttempts) {
      skipped.push({ issue: u.number, reason: `attempt budget used (${used}/${maxAttempts})` })
    } else if (wave.length >= room) {
      skipped.push({ issue: u.number, reason: 'no room in this wave (budgets or free slots)' })
    } else {
      wave.push({
        issue: u.number,
        title: scope.byNumber.get(u.number)!.title,
        attempt: used + 1,
        branch: branchFor(u.number, used + 1),
        kind: 'new'
      })
    }
  }
  return wave
}

function fixTask(
  scope: PlanScope,
  c: Classification,
  pull: PullFacts,
  attempt: number
): DispatchTask {
  const kind = c.sub === 'fixing' ? ('fix' as const) : ('review-fix' as const)
  const failed = pull.checks.find(ch => ch.state === 'failure')
  return {
    issue: c.issue,
    title: scope.byNumber.get(c.issue)!.title,
    attempt,
    branch: pull.headRef,
    kind,
    pull: pull.number,
    headSha: pull.headSha,
    recovery: recoveryBrief(pull, kind),
    ...(kind === 'fix' && failed
      ? { failedCheck: { name: failed.name, ...(failed.id ? { id: failed.id } : {}) } }
      : {})
  }
}

/**
 * Fixes: pull requests with failed required checks, or changes asked by the reviewer, go back to
 * their worker on the same branch — once per head SHA. They hold a slot already, so only the
 * dispatch budgets (`room` left after new work) bound them.
 */
function fixWork(
  scope: PlanScope,
  classes: Classification[],
  room: number,
  skipped: Skip[]
): DispatchTask[] {
  const { facts, config } = scope.input
  if (!config.dispatch.fix_wave) return []
  const maxAttempts = config.guardrails.budget.max_attempts_per_issue
  const fixes: DispatchTask[] = []
  for (const c of classes) {
    if (c.class !== 'in-flight' || (c.sub !== 'fixing' && c.sub !== 'changes-requested')) continue
    const pull = facts.scan.pulls.find(p => p.number === c.pull)!
    if (scope.stateAttempts(c.issue).some(a => a.kind !== 'new' && a.head_sha === pull.headSha))
      continue
    const used = scope.attemptsUsed(c.issue)
    if (used >= maxAttempts) {
      skipped.push({
        issue: c.issue,
        reason: `fix not sent: attempt budget used (${used}/${maxAttempts})`
      })
    } else if (fixes.length >= room) {
      skipped.push({ issue: c.issue, reason: 'fix not sent: no room in this wave' })
    } else {
      fixes.push(fixTask(scope, c, pull, used + 1))
    }
  }
  return fixes
}

function reviewWork(scope: PlanScope, classes: Classification[]): ReviewTask[] {
  return classes
    .filter(c => c.class === 'in-flight' && c.sub === 'awaiting-review')
    .map(c => {
      const pull = scope.input.facts.scan.pulls.find(p => p.number === c.pull)!
      return { pull: pull.number, issue: c.issue, head_sha: pull.headSha, branch: pull.headRef }
    })
}

function operationsOf(
  scope: PlanScope,
  classes: Classification[],
  releases: ClaimRelease[],
  tasks: DispatchTask[]
): TickOperation[] {
  const classOf = new Map(classes.map(c => [c.issue, c.class]))
  return [
    ...releases.map(release => ({ op: 'release-claim' as const, release })),
    ...(tasks.length ? [{ op: 'ensure-label' as const, label: LABEL_CLAIM }] : []),
    ...tasks.map(task => ({
      op: 'dispatch' as const,
      task,
      // The claim label may already be on it: a fix, a stalled claim, a claim being released.
      mayBeClaimed:
        task.kind !== 'new' ||
        classOf.get(task.issue) === 'stalled' ||
        scope.views.get(task.issue)?.release !== undefined
    }))
  ]
}

export function planTick(input: TickPlanInput): TickPlan {
  const { facts, config, state } = input
  const scope = scopeOf(input)
  const classes = classifyAll(scope)
  const busy = classes.filter(c => c.class === 'in-flight' || c.class === 'claimed').length
  const limits = limitsOf(input, busy)
  const releases = [...scope.views.values()].flatMap(v => (v.release ? [v.release] : []))
  const skipped: Skip[] = []
  const wave = newWork(scope, classes, limits.room, skipped)
  const fixes = fixWork(scope, classes, limits.capacity - wave.length, skipped)
  const tasks = [...wave, ...fixes]
  const errors = dispatchConfigProblems(config, input.configFile)
  return {
    status: tickStatus(state.paused === true, tasks.length, classes),
    issues: classes.map(c => ({ ...c, title: scope.byNumber.get(c.issue)!.title })),
    wave: tasks,
    reviewWave: reviewWork(scope, classes),
    skipped,
    limits: {
      free_slots: limits.free_slots,
      per_tick: limits.per_tick,
      day_left: limits.day_left,
      api_room: limits.api_room
    },
    disagreements: labelDisagreements(facts.scan.issues),
    duplicates: [...scope.duplicates].map(([issue, d]) => ({ issue, ...d })),
    releases,
    operations: errors.length ? [] : operationsOf(scope, classes, releases, tasks),
    errors,
    notices: facts.roadmapProblem ? [facts.roadmapProblem] : [],
    api: {
      remaining: facts.rate.remaining,
      limit: facts.rate.limit,
      reserve: config.api.reserve,
      reset_at: facts.rate.resetAt
    }
  }
}

export function tickStatus(
  paused: boolean,
  dispatched: number,
  classes: readonly Classification[]
): TickStatus {
  if (paused) return 'paused'
  if (dispatched) return 'dispatched'
  return classes.some(c => c.class === 'needs-human' || c.sub === 'review-needs-human')
    ? 'needs-human'
    : 'no-ready-work'
}
