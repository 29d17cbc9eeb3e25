/**
 * Step 2 of a tick: the pure plan. From the facts, the configuration and the stored state it
 * decides every issue's class, the wave (new work and fixes) within the budgets, the review
 * wave, which dead claims to release — each decision with its reason — and lists the operations
 * the applier runs. A dry run is this plan and nothing else.
 */
/* eslint-disable max-lines -- to split: the tasks (fix, conflict, review) from the plan's frame */
import type { Diagnostic } from '../errors.js'
import { classify, orderReady, type Classification, type UnitIssue } from '../loop/classify.js'
import { blockersFromLabels, hasLabel, LABEL_CLAIM } from '../loop/labels.js'
import { refusedAttemptOf, unitMarkerOf } from '../loop/markers.js'
import { branchFor, isConflicting, type PullFacts } from '../loop/pulls.js'
import { trustPolicy, type TrustPolicy } from '../loop/trust.js'
import type { IgnoredPull } from '../loop/work.js'
import { dispatchConfigProblems, type DispatchTask } from './adapters.js'
import { describeApiRoom } from '../guardrails/api-room.js'
import { reopensAt } from '../guardrails/breaker.js'
import { conflictDecision } from '../guardrails/conflicts.js'
import { gate, type Decision } from '../guardrails/rules/index.js'
import type { GuardrailsState } from '../state/guardrails.js'
import { claimView, findDuplicates, type ClaimView } from './claims.js'
import { planCommands, type CommandPlan } from '../dashboard/commands.js'
import { withCommands } from './commands.js'
import { mergeOrder } from './merge-order.js'
import { conflictBrief, recoveryBrief } from './briefs.js'
import { approvedFirst, keptApprovals, proposalRevision } from './approval.js'
import type { GuardrailsReport } from '../guardrails/report.js'
import type { MergeStep, Proposal } from '../dashboard/view.js'
import { declaredFiles, planGuards, type Freeze, type GuardPlan } from './guard.js'
import { freezeComment } from '../guardrails/freeze.js'
import { judgeReviews, MAX_MATRIX_JOBS } from './review-sends.js'
import type { ClaimFacts } from '../loop/claims.js'
import type { ClaimRelease } from './claims.js'
import type { TickPlanInput } from './plan-input.js'
import type { TickFacts } from './facts.js'
import type { ScannedIssue } from './scan.js'
import { attemptsFromClaims, type AttemptRecord, type TickState } from '../state/tick.js'

export type TickStatus =
  'paused' | 'breaker-open' | 'dispatched' | 'awaiting-approval' | 'no-ready-work' | 'needs-human'

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
  | { op: 'freeze'; freeze: Freeze }
  | { op: 'unfreeze'; issue: number }
  /** "Update branch" on a loop pull request that is behind a base it must be up to date with. */
  | { op: 'update-branch'; pull: number; issue: number; headSha: string }
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
  return issues.flatMap(i => {
    const fromLabels = blockersFromLabels(i.labels)
    const onlyLabel = fromLabels.filter(n => !i.nativeBlockers.includes(n))
    const onlyNative = i.nativeBlockers.filter(n => !fromLabels.includes(n))
    return onlyLabel.length || onlyNative.length
      ? [{ issue: i.number, only_label: onlyLabel, only_native: onlyNative }]
      : []
  })
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

/**
 * The worker's run, when it can be seen: with the matrix adapter the claiming tick's own run, with
 * the workflow adapter the run its dispatch started (`worker=` in the claim). When that run has
 * completed (facts.claimRuns reads it only for such claims with no pull request), the attempt
 * ended without one. Other adapters' agents cannot be seen: the lease stays their fallback.
 */
function workerEnded(scope: PlanScope, claim: ClaimFacts | undefined): string | undefined {
  if (!claim || claim.marker.phase === 'claiming') return undefined
  const adapter = scope.input.config.dispatch.adapter
  // The matrix worker runs in its tick's run; the workflow adapter's in the run it started.
  const run =
    adapter === 'matrix'
      ? claim.marker.run
      : adapter === 'workflow'
        ? claim.marker.worker
        : undefined
  if (!run) return undefined
  const facts = scope.input.facts.claimRuns.get(run)
  return facts?.status === 'completed'
    ? `run ${run} ended (${facts.conclusion ?? 'no conclusion'})`
    : undefined
}

/** An issue as classification reads it; a claim being released no longer counts. */
function unitOf(scope: PlanScope, i: ScannedIssue): UnitIssue {
  const view = scope.views.get(i.number)
  const released = view?.release && !view.current
  const claimed = hasLabel(i.labels, LABEL_CLAIM) && !released
  const dup = scope.duplicates.get(i.number)
  const claimedAt =
    view?.current?.createdAt ?? scope.stateAttempts(i.number).at(-1)?.at ?? i.updatedAt
  const ended = workerEnded(scope, view?.current)
  return {
    number: i.number,
    labels: released ? i.labels.filter(l => l.toLowerCase() !== LABEL_CLAIM) : i.labels,
    author: i.author,
    authorAssociation: i.authorAssociation,
    createdAt: i.createdAt,
    blockers: i.blockers,
    ...(claimed ? { claimedAt } : {}),
    ...(claimed && ended ? { workerEnded: ended } : {}),
    ...(dup ? { duplicateOf: dup.of } : {})
  }
}

function classifyAll(scope: PlanScope, paused: boolean): Classification[] {
  const { facts, config } = scope.input
  const ctx = {
    paused,
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
    recovery: recoveryBrief(pull, kind, scope.input.facts.findings.get(pull.number)),
    ...(kind === 'fix' && failed
      ? { failedCheck: { name: failed.name, ...(failed.id ? { id: failed.id } : {}) } }
      : {})
  }
}

/**
 * The tasks that want to go, in order: ready and stalled issues in roadmap order, then pull
 * requests to send back (failed required checks, or changes asked by the reviewer) once per head.
 * Issues frozen in this tick are left out.
 */
function candidates(
  scope: PlanScope,
  classes: Classification[],
  frozen: Set<number>
): DispatchTask[] {
  const { facts, config } = scope.input
  const ready = orderReady(
    classes
      .filter(c => (c.class === 'ready' || c.class === 'stalled') && !frozen.has(c.issue))
      .map(c => unitOf(scope, scope.byNumber.get(c.issue)!)),
    i => {
      const id = unitMarkerOf(scope.byNumber.get(i.number)!.body)
      return id === undefined ? undefined : facts.rank.get(id)
    }
  ).map(u => {
    const attempt = scope.attemptsUsed(u.number) + 1
    return {
      issue: u.number,
      title: scope.byNumber.get(u.number)!.title,
      attempt,
      branch: branchFor(u.number, attempt),
      kind: 'new' as const
    }
  })
  if (!config.dispatch.fix_wave) return ready
  const fixes = classes.flatMap(c => {
    if (c.class !== 'in-flight' || (c.sub !== 'fixing' && c.sub !== 'changes-requested')) return []
    if (frozen.has(c.issue)) return []
    const pull = facts.scan.pulls.find(p => p.number === c.pull)!
    // Once per head while that attempt may still push; a refused one, or one whose lease ran
    // out, leaves the head as it was: send it again (the breaker counts each such attempt).
    const live = scope
      .stateAttempts(c.issue)
      .some(a => a.kind !== 'new' && a.head_sha === pull.headSha && !attemptOver(scope, c.issue, a))
    return live ? [] : [fixTask(scope, c, pull, scope.attemptsUsed(c.issue) + 1)]
  })
  return [...ready, ...fixes, ...conflictTasks(scope, classes, frozen)]
}

/**
 * Loop pull requests a sibling's merge made conflict: back to their worker, once per head and
 * within the per-PR cap (guardrails/conflicts.ts). A trusted human's pull request is theirs.
 */
function conflictTasks(
  scope: PlanScope,
  classes: Classification[],
  frozen: Set<number>
): DispatchTask[] {
  const { facts, config } = scope.input
  return classes.flatMap(c => {
    if (c.class !== 'in-flight' || c.sub !== 'conflicting' || frozen.has(c.issue)) return []
    const pull = facts.scan.pulls.find(p => p.number === c.pull)
    if (pull?.owner !== 'loop') return []
    const decision = conflictDecision(pull, scope.stateAttempts(c.issue), config, facts.now)
    if (decision.action !== 'send') return []
    return [
      {
        issue: c.issue,
        title: scope.byNumber.get(c.issue)!.title,
        attempt: scope.attemptsUsed(c.issue) + 1,
        branch: pull.headRef,
        kind: 'conflict' as const,
        pull: pull.number,
        headSha: pull.headSha,
        recovery: conflictBrief(
          pull,
          facts.repository.defaultBranch,
          facts.conflicts.get(pull.number)
        )
      }
    ]
  })
}

/** An attempt that can no longer push: publish refused its change, or its lease ran out. */
function attemptOver(scope: PlanScope, issue: number, a: AttemptRecord): boolean {
  const { facts, config } = scope.input
  const comments = scope.byNumber.get(issue)?.comments ?? []
  const refused = comments.some(
    c => scope.trust.isLoop(c.author) && refusedAttemptOf(c.body) === a.attempt
  )
  const lease = config.dispatch.lease_minutes * 60_000
  return refused || facts.now.getTime() - Date.parse(a.at) >= lease
}

function reviewWork(scope: PlanScope, classes: Classification[]): ReviewTask[] {
  return classes
    .filter(c => c.class === 'in-flight' && c.sub === 'awaiting-review')
    .map(c => {
      const pull = scope.input.facts.scan.pulls.find(p => p.number === c.pull)!
      return { pull: pull.number, issue: c.issue, head_sha: pull.headSha, branch: pull.headRef }
    })
}

/** The review wave: one review per head, at most max_reviews_per_head (tick/review-sends.ts). */
function reviewsOf(scope: PlanScope, classes: Classification[], paused: boolean) {
  const { facts, config, state } = scope.input
  const v = config.verification
  const judged = judgeReviews(paused ? [] : reviewWork(scope, classes), state.reviews ?? {}, {
    now: facts.now,
    run: facts.run.id,
    leaseMinutes: v.review_lease_minutes,
    max: v.max_reviews_per_head,
    open: new Set(facts.scan.pulls.map(p => p.number))
  })
  const freezes: Freeze[] = judged.exhausted.map(({ task, sends }) => {
    const reason = `${sends} review(s) of head ${task.head_sha.slice(0, 7)} of pull request #${task.pull} were sent and no verdict was published (verification.max_reviews_per_head: ${v.max_reviews_per_head})`
    return {
      issue: task.issue,
      reason,
      comment: freezeComment(
        reason,
        [],
        [
          'the reviewer or the verdict job failed each time: see the review and verdict jobs of the tick runs'
        ]
      )
    }
  })
  const skipped: Skip[] = [
    ...judged.running.map(r => ({
      issue: r.task.issue,
      reason: `review of #${r.task.pull} at ${r.task.head_sha.slice(0, 7)} sent ${r.since}: not sent again while it runs`
    })),
    ...judged.deferred.map(task => ({
      issue: task.issue,
      reason: `review of #${task.pull} waits for the next tick: this wave holds ${MAX_MATRIX_JOBS}, the most jobs GitHub runs in one matrix`
    }))
  ]
  return { wave: judged.send, freezes, skipped, records: judged.next }
}

/**
 * The loop's pull requests that are behind a base they must be up to date with, when tick has a
 * push token to update them with (its pushes start CI; GITHUB_TOKEN's would not). At most the
 * per-tick budget of them: each is a write and restarts CI.
 */
function behindUpdates(scope: PlanScope): TickOperation[] {
  const { facts, config } = scope.input
  if (!facts.canUpdateBranches) return []
  return facts.scan.pulls
    .filter(p => p.owner === 'loop' && p.mergeStateStatus === 'BEHIND' && !isConflicting(p))
    .slice(0, config.guardrails.budget.max_dispatches_per_tick)
    .map(p => ({
      op: 'update-branch' as const,
      pull: p.number,
      issue: p.works?.[0] ?? p.number,
      headSha: p.headSha
    }))
}

/** Behind pull requests tick cannot update: said once per tick, with the fix. */
function behindNotice(facts: TickFacts): string[] {
  if (facts.canUpdateBranches) return []
  const behind = facts.scan.pulls.filter(
    p => p.owner === 'loop' && p.mergeStateStatus === 'BEHIND' && !isConflicting(p)
  )
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
  const classOf = new Map(classes.map(c => [c.issue, c.class]))
  return [
    ...releases.map(release => ({ op: 'release-claim' as const, release })),
    ...freezes.map(freeze => ({ op: 'freeze' as const, freeze })),
    ...behindUpdates(scope),
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
      const files = declaredFiles(input, t.issue)
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
  return mergeOrder(
    view.flatMap(c =>
      c.class === 'in-flight' && c.sub === 'ready-to-merge' && c.pull !== undefined
        ? [{ issue: c.issue, pull: c.pull }]
        : []
    ),
    new Map(facts.scan.issues.map(i => [i.number, i.blockers])),
    facts.scan.pulls
  )
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
          new Map(wave.wanted.map(t => [t.issue, wave.revOf(t)])),
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
  const guards = planGuards({ ...scope, classes })
  const wave = waveOf(input, scope, classes, guards)
  const { tasks, proposals, decisions } = wave
  const errors = dispatchConfigProblems(config, input.configFile)
  const ctx = guards.context
  const titled = (c: Classification) => ({ ...c, title: scope.byNumber.get(c.issue)!.title })
  const reviews = reviewsOf(scope, classes, paused)
  const freezes = [...guards.freezes, ...reviews.freezes]
  return {
    status: tickStatus(
      paused,
      guards.allowance.kind === 'none',
      tasks.length,
      classes,
      proposals.length
    ),
    issues: classes.map(titled),
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
    view: view.map(titled),
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
