/**
 * Step 2 of a tick: the pure plan. From the facts, the configuration and the stored state it
 * decides every issue's class, the wave (new work and fixes) within the budgets, the review
 * wave, which dead claims to release — each decision with its reason — and lists the operations
 * the applier runs. A dry run is this plan and nothing else.
 */
import type { Diagnostic } from '../errors.js'
import { classify, type Classification } from '../loop/classify.js'
import { blockersFromLabels, LABEL_CLAIM } from '../loop/labels.js'
import { isConflicting } from '../loop/pulls.js'
import type { IgnoredPull } from '../loop/work.js'
import { dispatchConfigProblems, type DispatchTask } from './adapters.js'
import { describeApiRoom } from '../guardrails/api-room.js'
import { reopensAt } from '../guardrails/breaker.js'
import { reviewReport } from '../guardrails/review-pace.js'
import { gate, type Decision } from '../guardrails/rules/index.js'
import type { GuardrailsState } from '../state/guardrails.js'
import { planCommands, type CommandPlan } from '../dashboard/commands.js'
import { withCommands } from './commands.js'
import { mergeOrder } from './merge-order.js'
import { scopeOf, unitOf, type PlanScope } from './plan-scope.js'
import { candidates, reviewsOf, type ReviewTask, type Skip } from './tasks.js'

export type { ReviewTask, Skip }
import { approvedFirst, keptApprovals, proposalRevision } from './approval.js'
import type { GuardrailsReport } from '../guardrails/report.js'
import type { MergeStep, Proposal } from '../dashboard/view.js'
import { declaredFiles, planGuards, type Freeze, type GuardPlan } from './guard.js'
import type { ClaimRelease } from './claims.js'
import type { TickPlanInput } from './plan-input.js'
import type { TickFacts } from './facts.js'
import type { ScannedIssue } from './scan.js'
import { attemptsFromClaims, type AttemptRecord, type TickState } from '../state/tick.js'

export type TickStatus =
  'paused' | 'breaker-open' | 'dispatched' | 'awaiting-approval' | 'no-ready-work' | 'needs-human'

export type TickOperation =
  | { op: 'release-claim'; release: ClaimRelease }
  | { op: 'ensure-label'; label: string }
  | { op: 'freeze'; freeze: Freeze }
  | { op: 'unfreeze'; issue: number }
  /** "Update branch" on a loop pull request that is behind a base it must be up to date with. */
  | { op: 'update-branch'; pull: number; issue: number; headSha: string }
  /** A stacked pull request whose base merged: its base becomes the default branch. */
  | { op: 'retarget-pull'; pull: number; issue: number; base: string }
  | {
      op: 'dispatch'
      task: DispatchTask
      mayBeClaimed: boolean
      /**
       * For a stalled issue: the newest claim comment the plan judged as over (its lease ran out,
       * or its worker's run ended). The applier still yields to any claim newer than this one.
       */
      settled?: number
    }

export interface TickLimits {
  free_slots: number
  per_tick: number
  day_left: number
  api_room: number
}

export type { GuardrailsReport }

export interface TickPlan {
  status: TickStatus
  issues: (Classification & { title: string })[]
  wave: DispatchTask[]
  reviewWave: ReviewTask[]
  skipped: Skip[]
  limits: TickLimits
  disagreements: { issue: number; only_label: number[]; only_native: number[] }[]
  /** Open pull requests that name a unit issue but are not the loop's work: why each is ignored. */
  ignoredPulls: IgnoredPull[]
  duplicates: { issue: number; of: number; marker: string }[]
  releases: ClaimRelease[]
  operations: TickOperation[]
  /** Configuration the applier could not run with: the tick fails on these, dry run or not. */
  errors: Diagnostic[]
  notices: string[]
  /** REST requests (`remaining`, `limit`, `reset_at`) and GraphQL `points`, both as GitHub said. */
  api: {
    remaining: number
    limit: number
    reserve: number
    reset_at: string
    points: { remaining: number; limit: number; reset_at: string }
  }
  /** Every guardrail decision with the numbers behind it. */
  guardrails: GuardrailsReport
  /** The guardrails state after this plan (the applier's outcome moves the breaker once more). */
  nextGuardrails: GuardrailsState
  /** Attempts the loop's claims on GitHub show: the state keeps them even if it had lost them. */
  claimedAttempts: { issue: number; record: AttemptRecord }[]
  /** Every issue's class as if the loop were running (the dashboard shows it while paused). */
  view: (Classification & { title: string })[]
  /** The dashboard commands this tick acted on or refused. */
  commands: CommandPlan
  /** Pull requests ready for a human, in the order to merge them (tick/merge-order.ts). */
  mergeOrder: MergeStep[]
  /** Pause and the command log, after the commands. */
  nextTick: Pick<TickState, 'paused' | 'paused_by' | 'commands' | 'approved' | 'reviews'>
  /** Supervised mode: what this tick would dispatch and waits for approval on the dashboard. */
  proposals: Proposal[]
  /**
   * Supervised mode: the approvals the wave spends (issue → revision). `nextTick` counts them
   * spent; the after-apply step gives back those whose dispatch did not go out.
   */
  approvalsUsed: Record<string, string>
}

function labelDisagreements(issues: readonly ScannedIssue[]): TickPlan['disagreements'] {
  const out: TickPlan['disagreements'] = []
  for (const i of issues) {
    const fromLabels = blockersFromLabels(i.labels)
    // The same list (the scan's, when labels mirror the natives), or none either way: agreed.
    if (fromLabels === i.nativeBlockers || (!fromLabels.length && !i.nativeBlockers.length))
      continue
    const onlyLabel = fromLabels.filter(n => !i.nativeBlockers.includes(n))
    const onlyNative = i.nativeBlockers.filter(n => !fromLabels.includes(n))
    if (onlyLabel.length || onlyNative.length)
      out.push({ issue: i.number, only_label: onlyLabel, only_native: onlyNative })
  }
  return out
}

function classifyAll(scope: PlanScope, paused: boolean): Classification[] {
  const { facts, config } = scope.input
  const ctx = {
    paused,
    trust: scope.trust,
    blockers: facts.scan.blockers,
    pulls: facts.scan.pulls,
    satisfiedBy: config.dependencies.satisfied_by,
    stack: config.dependencies.stack,
    defaultBranch: facts.repository.defaultBranch,
    stackMoved: facts.stackMoved,
    requiredChecks: config.ci.checks,
    now: facts.now,
    leaseMinutes: config.dispatch.lease_minutes,
    noChecksAfterMinutes: config.ci.no_checks_after_minutes
  }
  return facts.scan.issues.map(i => classify(unitOf(scope, i), ctx))
}

/**
 * The loop's pull requests that are behind a base they must be up to date with, when tick has a
 * push token to update them with (its pushes start CI; GITHUB_TOKEN's would not). At most the
 * per-tick budget of them: each is a write and restarts CI.
 */
function behindUpdates(scope: PlanScope): TickOperation[] {
  const { facts, config } = scope.input
  if (!facts.canUpdateBranches) return []
  return behindPulls(facts)
    .slice(0, config.guardrails.budget.max_dispatches_per_tick)
    .map(p => ({
      op: 'update-branch' as const,
      pull: p.number,
      issue: p.works?.[0] ?? p.number,
      headSha: p.headSha
    }))
}

/**
 * The loop's pull requests to bring up to date: behind a base they must be up to date with, or
 * stacked on a blocker's branch that moved after they were built.
 */
function behindPulls(facts: TickFacts) {
  return facts.scan.pulls.filter(
    p =>
      p.owner === 'loop' &&
      !isConflicting(p) &&
      (p.mergeStateStatus === 'BEHIND' || facts.stackMoved.has(p.number))
  )
}

/**
 * Stacked pull requests whose base merged: re-based onto the default branch (GitHub does that
 * only when the base branch is deleted, and the loop never deletes one). A change of base is no
 * push: the head, its checks and its verdict stay; a base that moved since makes it behind or
 * conflicting, which the next tick sees.
 */
function retargets(scope: PlanScope, classes: Classification[]): TickOperation[] {
  const base = scope.input.facts.repository.defaultBranch
  return classes
    .filter(c => c.class === 'in-flight' && c.sub === 'retarget' && c.pull !== undefined)
    .map(c => ({ op: 'retarget-pull' as const, pull: c.pull!, issue: c.issue, base }))
}

/** Behind pull requests tick cannot update: said once per tick, with the fix. */
function behindNotice(facts: TickFacts): string[] {
  if (facts.canUpdateBranches) return []
  const behind = behindPulls(facts)
  return behind.length
    ? [
        `${behind.map(p => `#${p.number}`).join(', ')} ${behind.length === 1 ? 'is' : 'are'} behind a base that must be up to date to merge: give tick a push-token (the App's) and it updates them, or press "Update branch"`
      ]
    : []
}

function operationsOf(
  scope: PlanScope,
  classes: Classification[],
  releases: ClaimRelease[],
  freezes: Freeze[],
  tasks: DispatchTask[]
): TickOperation[] {
  // Only a dispatch asks what its issue is (most ticks dispatch nothing).
  const classOf = new Map(tasks.length ? classes.map(c => [c.issue, c.class]) : [])
  return [
    ...releases.map(release => ({ op: 'release-claim' as const, release })),
    ...freezes.map(freeze => ({ op: 'freeze' as const, freeze })),
    ...behindUpdates(scope),
    ...retargets(scope, classes),
    ...(tasks.length ? [{ op: 'ensure-label' as const, label: LABEL_CLAIM }] : []),
    ...tasks.map(task => ({
      op: 'dispatch' as const,
      task,
      // The claim label may already be on it: a fix, a stalled claim, a claim being released.
      mayBeClaimed:
        task.kind !== 'new' ||
        classOf.get(task.issue) === 'stalled' ||
        scope.views.get(task.issue)?.release !== undefined,
      ...(classOf.get(task.issue) === 'stalled' && scope.views.get(task.issue)?.current
        ? { settled: scope.views.get(task.issue)!.current!.commentId }
        : {})
    }))
  ]
}

function guardrailsReport(plan: GuardPlan, decisions: Decision[]): GuardrailsReport {
  const { context: ctx, next } = plan
  const b = ctx.config.guardrails.budget
  const breaker = next.breaker!
  const reopens = breaker.state === 'open' ? reopensAt(breaker) : undefined
  const money = (n: number) => `$${n.toFixed(2)}`
  return {
    breaker: {
      state: breaker.state,
      failed_ticks: breaker.failed_ticks,
      cooldown_minutes: breaker.cooldown_minutes,
      ...(reopens ? { reopens_at: reopens } : {}),
      transitions: plan.transitions
    },
    budgets: {
      in_flight: `${ctx.busy}/${b.max_in_flight}`,
      dispatches_in_window: `${ctx.recent}/${b.max_dispatches_per_day} in ${b.window_hours} h`,
      per_tick: `${b.max_dispatches_per_tick}`,
      tokens: `${ctx.usage.tokens}${b.max_total_tokens !== undefined ? ` of ${b.max_total_tokens}` : ''} in ${b.window_hours} h`,
      cost: `${money(ctx.usage.cost_usd)}${b.max_total_cost_usd !== undefined ? ` of ${money(b.max_total_cost_usd)}` : ''} in ${b.window_hours} h`,
      api: describeApiRoom(ctx.api)
    },
    counts: {
      in_flight: ctx.busy,
      max_in_flight: b.max_in_flight,
      recent: ctx.recent,
      max_recent: b.max_dispatches_per_day,
      window_hours: b.window_hours
    },
    ...reviewReport(ctx.review, ctx.config.guardrails.review),
    decisions,
    events: plan.events,
    frozen: plan.freezes.map(f => ({ issue: f.issue, reason: f.reason })),
    unfrozen: plan.unfrozen,
    usage: plan.usage
  }
}

type Scope = ReturnType<typeof scopeOf>

/**
 * The wave: candidates through the guardrails' gate; supervised, approved work takes the room
 * first and what else would go is proposed on the dashboard.
 */
function waveOf(input: TickPlanInput, scope: Scope, classes: Classification[], guards: GuardPlan) {
  const { config, state } = input
  const frozen = new Set(guards.freezes.map(f => f.issue))
  const supervised = config.dispatch.approval === 'wave'
  const approved = state.approved ?? {}
  const revOf = (t: DispatchTask) => proposalRevision(t, scope.byNumber.get(t.issue))
  const isApproved = (t: DispatchTask) => !supervised || approved[String(t.issue)] === revOf(t)
  const wanted = approvedFirst(candidates(scope, classes, frozen), isApproved)
  const decisions = gate(
    wanted.map(t => {
      const files = declaredFiles(input, scope.byNumber.get(t.issue))
      return {
        issue: t.issue,
        kind: t.kind,
        attempts:
          scope.attemptsUsed(t.issue) - (guards.next.issues[String(t.issue)]?.attempts_base ?? 0),
        ...(files ? { files } : {})
      }
    }),
    guards.context
  )
  const allowed = wanted.filter((_t, i) => decisions[i].allowed)
  const proposals: Proposal[] = allowed
    .filter(t => !isApproved(t))
    .map(t => ({ issue: t.issue, title: t.title, kind: t.kind, rev: revOf(t) }))
  return { wanted, decisions, tasks: allowed.filter(isApproved), proposals, revOf }
}

type Wave = ReturnType<typeof waveOf>

/** Why each issue that could have gone did not: frozen, proposed, or refused by a rule. */
function skippedOf(guards: GuardPlan, wave: Wave): Skip[] {
  return [
    ...guards.freezes.map(f => ({ issue: f.issue, reason: `frozen: ${f.reason}` })),
    ...wave.proposals.map(p => ({
      issue: p.issue,
      reason: 'proposed: waits for approval on the dashboard (dispatch.approval: wave)'
    })),
    ...wave.decisions
      .filter(d => !d.allowed)
      .map(d => ({
        issue: d.issue,
        reason: `${d.kind === 'new' ? '' : 'fix not sent: '}${d.reason!}`
      }))
  ]
}

/** Pull requests ready for a human, in the order to merge them. */
function readyOrder(view: Classification[], facts: TickPlanInput['facts']): MergeStep[] {
  const ready = view
    .filter(c => c.class === 'in-flight' && c.sub === 'ready-to-merge' && c.pull !== undefined)
    .map(c => ({ issue: c.issue, pull: c.pull! }))
  if (!ready.length) return []
  return mergeOrder(ready, facts.scan.issues, facts.scan.pulls)
}

/** What the next tick starts from: approvals kept, the pause and the command log. */
function nextTickOf(state: TickPlanInput['state'], wave: Wave): TickPlan['nextTick'] {
  const approved = state.approved ?? {}
  return {
    // Paused, nothing is a candidate: the approvals wait as they are.
    ...(state.paused
      ? Object.keys(approved).length
        ? { approved }
        : {}
      : nextApprovals(
          approved,
          // Revisions are hashes: only worked out when there is an approval to compare with.
          Object.keys(approved).length
            ? new Map(wave.wanted.map(t => [t.issue, wave.revOf(t)]))
            : new Map(),
          new Set(wave.tasks.map(t => t.issue))
        )),
    ...(state.paused ? { paused: true } : {}),
    ...(state.paused_by ? { paused_by: state.paused_by } : {}),
    ...(state.commands ? { commands: state.commands } : {})
  }
}

export function planTick(raw: TickPlanInput): TickPlan {
  const commands = planCommands(raw.facts.dashboard, raw.facts.now)
  const { input, unlabel } = withCommands(raw, commands)
  const { facts, config, state } = input
  const scope = scopeOf(input)
  const paused = state.paused === true
  const classes = classifyAll(scope, paused)
  // What each issue is, pause aside: the dashboard shows it while the loop is paused too.
  const view = paused ? classifyAll(scope, false) : classes
  const releases = [...scope.views.values()].flatMap(v => (v.release ? [v.release] : []))
  // The scope with its classes: added first, then spread (keys added to a spread copy are slow).
  const guards = planGuards({ classes, ...scope })
  const wave = waveOf(input, scope, classes, guards)
  const { tasks, proposals, decisions } = wave
  const errors = dispatchConfigProblems(config, input.configFile)
  const ctx = guards.context
  const titled = (c: Classification) => titledClass(c, scope.byNumber.get(c.issue)!.title)
  const reviews = reviewsOf(scope, classes, paused)
  const freezes = [...guards.freezes, ...reviews.freezes]
  const issues = classes.map(titled)
  return {
    status: tickStatus(
      paused,
      guards.allowance.kind === 'none',
      tasks.length,
      classes,
      proposals.length
    ),
    issues,
    wave: tasks,
    reviewWave: reviews.wave,
    mergeOrder: readyOrder(view, facts),
    skipped: [...skippedOf(guards, wave), ...reviews.skipped],
    limits: {
      free_slots: config.guardrails.budget.max_in_flight - ctx.busy,
      per_tick: config.guardrails.budget.max_dispatches_per_tick,
      day_left: config.guardrails.budget.max_dispatches_per_day - ctx.recent,
      api_room: ctx.api.dispatches
    },
    disagreements: labelDisagreements(facts.scan.issues),
    ignoredPulls: facts.ignoredPulls,
    duplicates: [...scope.duplicates].map(([issue, d]) => ({ issue, ...d })),
    releases,
    operations: errors.length
      ? []
      : [
          ...unlabel.map(issue => ({ op: 'unfreeze' as const, issue })),
          ...operationsOf(scope, classes, releases, freezes, tasks)
        ],
    errors,
    notices: [...(facts.roadmapProblem ? [facts.roadmapProblem] : []), ...behindNotice(facts)],
    api: {
      remaining: facts.rate.core.remaining,
      limit: facts.rate.core.limit,
      reserve: config.api.reserve,
      reset_at: facts.rate.core.resetAt,
      points: {
        remaining: facts.rate.graphql.remaining,
        limit: facts.rate.graphql.limit,
        reset_at: facts.rate.graphql.resetAt
      }
    },
    guardrails: guardrailsReport(guards, decisions),
    nextGuardrails: guards.next,
    claimedAttempts: attemptsFromClaims(facts.claims, scope.trust.isLoop),
    view: paused ? view.map(titled) : issues,
    commands,
    proposals: paused ? [] : proposals,
    approvalsUsed:
      config.dispatch.approval === 'wave'
        ? Object.fromEntries(tasks.map(t => [String(t.issue), wave.revOf(t)]))
        : {},
    nextTick: {
      ...nextTickOf(state, wave),
      ...(Object.keys(reviews.records).length ? { reviews: reviews.records } : {})
    }
  }
}

/** The approvals the next tick keeps (state.approved), or nothing when none is left. */
function nextApprovals(
  approved: Record<string, string>,
  current: Map<number, string>,
  dispatched: Set<number>
): { approved?: Record<string, string> } {
  const kept = keptApprovals(approved, current, dispatched)
  return Object.keys(kept).length ? { approved: kept } : {}
}

export function tickStatus(
  paused: boolean,
  breakerOpen: boolean,
  dispatched: number,
  classes: readonly Classification[],
  proposed = 0
): TickStatus {
  if (paused) return 'paused'
  if (breakerOpen) return 'breaker-open'
  if (dispatched) return 'dispatched'
  if (proposed) return 'awaiting-approval'
  return classes.some(c => c.class === 'needs-human' || c.sub === 'review-needs-human')
    ? 'needs-human'
    : 'no-ready-work'
}

/** Every key of Classification, as titledClass writes them. */
type WrittenKeys = 'issue' | 'class' | 'sub' | 'reason' | 'pull' | 'stackOn'

/**
 * A classification with its issue's title, every key written out (absent ones undefined) rather
 * than spread: adding a key to a spread copy is several times slower, most of all on Node.js 20,
 * and the plan titles every issue on every tick (a forecast runs a thousand ticks a run). A key
 * added to Classification and not here makes every call fail to compile.
 */
function titledClass(
  c: Classification & Record<Exclude<keyof Classification, WrittenKeys>, never>,
  title: string
): Classification & { title: string } {
  return {
    issue: c.issue,
    class: c.class,
    sub: c.sub,
    reason: c.reason,
    pull: c.pull,
    stackOn: c.stackOn,
    title
  }
}
