/**
 * One simulated delivery of a roadmap: a discrete-event simulation around the loop's real code.
 * The world (world.ts) is seeded as compile writes the issues; every tick is the real `tickMode`
 * (facts → plan → applier, guardrails, claims, the waves) at its simulated time; a worker's
 * refusal goes through publish's real plan and applier. What the loop does not control — when
 * ticks run, agents, CI, the reviewer, people, conflicts — comes from the models, with one
 * seeded generator per run, so the same seed gives the same run.
 */
/* eslint-disable max-lines -- to split: the simulated actors (agents, CI, reviewers, people) */
import { atSimulatedTime } from '../clock.js'
import { ConfigError } from '../errors.js'
import type { DeliveryConfig } from '../config/types.js'
import { desiredContent, planItems } from '../compile/plan.js'
import { claimsIn } from '../loop/claims.js'
import { LABEL_NEEDS_HUMAN } from '../loop/labels.js'
import { patternsOverlap } from '../loop/collisions.js'
import { attestMarker, commandMarker, verdictCheckId, type ClaimMarker } from '../loop/markers.js'
import { trustPolicy, ACTIONS_BOT } from '../loop/trust.js'
import { MemoryLogger } from '../logging.js'
import { runTick, type TickRun } from '../tick/mode.js'
import { renderDashboard } from '../dashboard/render.js'
import { visibleRoom } from '../state/mirror.js'
import type { ModeEnvironment } from '../mode.js'
import { applyPublish } from '../publish/apply.js'
import { planPublish, type PublishTask } from '../publish/plan.js'
import { compileRoadmap } from '../roadmap/compile-roadmap.js'
import { emptyState } from '../state/document.js'
import type { StateDocument } from '../state/document.js'
import type { ForecastModels } from './models.js'
import { chance, sample, seeded, type Rng } from './random.js'
import { SIM_REPO, World, type WorldPull } from './world.js'
import { Phases, type Phase } from './phases.js'

const MINUTE = 60_000
/** Tokens in a worker's record: its cost at $3 a million tokens (for a `max_total_tokens` cap). */
const TOKEN_PRICE_USD = 3 / 1_000_000
/** A run in which nothing but idle ticks happened for this long is stuck: it stops there. */
const STILL_DAYS = 7

export interface SimulationInput {
  roadmap: string
  roadmapFile: string
  config: DeliveryConfig
  models: ForecastModels
  seed: number
  start: Date
  /** Give up after this many simulated days (a frozen issue waits for a person forever). */
  horizonDays: number
}

interface WaveEntry {
  issue: number
  branch: string
  attempt: number
  kind: PublishTask['kind']
  title: string
  pull?: number
}

interface ReviewEntry {
  pull: number
  issue: number
  head_sha: string
}

export interface TickRecord {
  /** Minutes since the start. */
  at: number
  cause: string
  status: string
  wave: { issue: number; kind: string; attempt: number }[]
  review: number[]
  frozen: number[]
  /** Issues the plan or the applier held back, with the reason. */
  held: { issue: number; reason: string }[]
}

/**
 * What happened outside the loop's code, in order: enough to replay a run against the real
 * action on the rig and check that it decides as the simulation did (the faithfulness test).
 */
export type TraceEvent = { at: number } & (
  | { kind: 'tick'; run: number; cause: string }
  | {
      kind: 'worker'
      run: number
      issue: number
      branch: string
      task: string
      attempt: number
      outcome: 'refused' | 'opened' | 'pushed'
    }
  | { kind: 'ci'; issue: number; ok: boolean }
  | { kind: 'review'; issue: number; pass: boolean }
  | { kind: 'merge'; issue: number; conflicts: number[] }
  | { kind: 'run-end'; run: number }
  | { kind: 'unfreeze'; issue: number }
  | { kind: 'approve' }
)

export interface SliceOutcome {
  issue: number
  title: string
  /** Minutes since the start; undefined when it never got there. */
  readyAt?: number
  dispatchedAt?: number
  mergedAt?: number
  attempts: number
}

export interface SimulationResult {
  seed: number
  /** Minutes from the first tick to the last merge (or to the horizon when not done). */
  makespan: number
  done: boolean
  /** Why it stopped short, when it did. */
  stuck?: string
  slices: SliceOutcome[]
  ticks: TickRecord[]
  /** Slice-minutes spent in each phase, summed over slices. */
  phases: Record<Phase, number>
  attempts: number
  spendUsd: number
  /** For each merged pull request, the minutes from its pass verdict to its merge. */
  mergeWaits: number[]
  /** REST requests to GitHub in each simulated hour (the `core` budget). */
  requestsPerHour: number[]
  /** GraphQL points spent in each simulated hour (the `graphql` budget). */
  pointsPerHour: number[]
  trace: TraceEvent[]
  /** The loop's claims left on each issue, oldest first (the markers). */
  claims: Record<number, ClaimMarker[]>
  /** Which issue each pull request worked on. */
  pullIssues: Record<number, number>
}

type Event =
  | { kind: 'tick'; cause: string }
  | { kind: 'worker'; run: number; task: WaveEntry }
  | { kind: 'ci'; pull: number; head: string }
  | { kind: 'review'; pull: number; head: string }
  | { kind: 'merge'; pull: number; head: string }
  | { kind: 'run-end'; run: number }
  | { kind: 'unfreeze'; issue: number }
  | { kind: 'approve' }

interface Scheduled {
  at: number
  seq: number
  event: Event
}

export class Simulation {
  private readonly world: World
  private readonly rng: Rng
  private readonly queue: Scheduled[] = []
  private seq = 0
  private state: StateDocument = emptyState()
  private readonly phases = new Phases()
  private readonly ticks: TickRecord[] = []
  private readonly trace: TraceEvent[] = []
  /** When each pull request last passed review, and how long each merged one waited (minutes). */
  private readonly passedAt = new Map<number, number>()
  private readonly mergeWaits: number[] = []
  /** With `merge.reviewers`: when each reviewer is free again. */
  private readonly reviewersFree: number[] = []
  /** What each dispatched run costs in the model, by run and issue. */
  private readonly costs = new Map<string, number>()
  private readonly slices = new Map<number, SliceOutcome>()
  /** Paths each slice declares (`(files: …)`), for the conflict model. */
  private readonly declared = new Map<number, string[]>()
  private spend = 0
  private attempts = 0
  private clock = 0
  private pendingTick?: number
  private heads = 0
  /** When something last happened besides a tick that dispatched nothing. */
  private moved = 0
  /** Supervised mode: the dashboard as the last tick rendered it, and a person's pending approval. */
  private dashboard?: { number: number; body: string; editor: string }
  private approving = false

  constructor(private readonly input: SimulationInput) {
    this.rng = seeded(input.seed)
    this.world = new World(input.roadmap, input.start)
    this.world.now = () => new Date(input.start.getTime() + this.clock * MINUTE)
    this.seed()
  }

  /** The issues as compile writes them: bodies, labels and blockers from the real renderer. */
  private seed(): void {
    const compiled = compileRoadmap(this.input.roadmap, this.input.roadmapFile)
    if (compiled.diagnostics.length)
      throw new ConfigError(`${this.input.roadmapFile} is invalid`, compiled.diagnostics)
    const numbers = new Map<string, number>()
    for (const item of planItems(compiled)) {
      if (item.kind === 'epic') continue
      // An existing issue a slice names (`needs: #42`) is outside the forecast: taken as done.
      const simulated = { ...item, externalBlockers: [] }
      const want = desiredContent(simulated, key => numbers.get(key), {})
      const issue = this.world.addIssue({
        title: want.title,
        body: want.body,
        labels: want.labels,
        blockedBy: want.blockedBy
      })
      numbers.set(item.key, issue.number)
      if (item.slice?.files) this.declared.set(issue.number, item.slice.files)
      this.slices.set(issue.number, { issue: issue.number, title: want.title, attempts: 0 })
      this.phases.enter(issue.number, want.blockedBy.length ? 'blocked' : 'tick', 0)
      if (!want.blockedBy.length) this.slices.get(issue.number)!.readyAt = 0
    }
  }

  private at(minutes: number, event: Event): void {
    const entry = { at: this.clock + Math.max(0, minutes), seq: this.seq++, event }
    let i = this.queue.length
    while (
      i > 0 &&
      (this.queue[i - 1].at > entry.at ||
        (this.queue[i - 1].at === entry.at && this.queue[i - 1].seq > entry.seq))
    )
      i--
    this.queue.splice(i, 0, entry)
  }

  /** An event the workflows tick on: one pending tick absorbs the rest (the concurrency group). */
  private onEvent(cause: string): void {
    if (!this.input.models.ticks.events) return
    const when = this.clock + sample(this.input.models.ticks.event_delay, this.rng)
    if (
      this.pendingTick !== undefined &&
      this.pendingTick >= this.clock &&
      this.pendingTick <= when
    )
      return
    this.pendingTick = when
    this.at(when - this.clock, { kind: 'tick', cause })
  }

  private scheduleCron(): void {
    const { cron_minutes, schedule_delay } = this.input.models.ticks
    if (!cron_minutes) return
    const slot = (Math.floor(this.clock / cron_minutes) + 1) * cron_minutes
    this.at(slot - this.clock + sample(schedule_delay, this.rng), {
      kind: 'tick',
      cause: 'schedule'
    })
  }

  async run(): Promise<SimulationResult> {
    const horizon = this.input.horizonDays * 24 * 60
    this.at(0, { kind: 'tick', cause: 'first tick' })
    this.scheduleCron()
    let stuck: string | undefined
    while (this.queue.length && !this.allMerged()) {
      const next = this.queue.shift()!
      if (next.at > horizon) {
        stuck = `not done after ${this.input.horizonDays} days`
        break
      }
      this.clock = next.at
      await this.handle(next.event)
      // A run ending or a tick that sends nothing is no movement; anything the world does is.
      const idle =
        next.event.kind === 'run-end' ||
        (next.event.kind === 'tick' &&
          !this.ticks.at(-1)?.wave.length &&
          !this.ticks.at(-1)?.review.length)
      if (!idle) this.moved = this.clock
      if (this.clock - this.moved > STILL_DAYS * 24 * 60) {
        const held = this.ticks.at(-1)?.held[0]
        stuck = `nothing moved for ${STILL_DAYS} days${held ? ` (#${held.issue}: ${held.reason})` : ''}`
        break
      }
    }
    if (!stuck && !this.allMerged() && !this.queue.length)
      stuck = 'no tick runs again: no schedule (ticks.cron_minutes: 0) and no event left'
    const last = Math.max(0, ...[...this.slices.values()].map(s => s.mergedAt ?? 0))
    return {
      seed: this.input.seed,
      makespan: this.allMerged() ? last : this.clock,
      done: this.allMerged(),
      ...(stuck && !this.allMerged() ? { stuck } : {}),
      slices: [...this.slices.values()],
      ticks: this.ticks,
      phases: this.phases.totals(this.clock),
      attempts: this.attempts,
      spendUsd: Math.round(this.spend * 100) / 100,
      mergeWaits: this.mergeWaits,
      trace: this.trace,
      claims: Object.fromEntries(
        [...this.world.issues.values()].map(i => [
          i.number,
          claimsIn(i.comments).map(c => c.marker)
        ])
      ),
      pullIssues: Object.fromEntries([...this.world.pulls.values()].map(p => [p.number, p.issue])),
      requestsPerHour: [...Array(Math.floor(this.clock / 60) + 1).keys()].map(
        h => this.world.perHour.get(h) ?? 0
      ),
      pointsPerHour: [...Array(Math.floor(this.clock / 60) + 1).keys()].map(
        h => this.world.pointsPerHour.get(h) ?? 0
      )
    }
  }

  private allMerged(): boolean {
    return [...this.slices.values()].every(s => s.mergedAt !== undefined)
  }

  private async handle(event: Event): Promise<void> {
    switch (event.kind) {
      case 'tick':
        if (event.cause === 'schedule') this.scheduleCron()
        if (this.pendingTick !== undefined && this.pendingTick <= this.clock)
          this.pendingTick = undefined
        return this.tick(event.cause)
      case 'worker':
        return this.workerDone(event.run, event.task)
      case 'ci':
        return this.ciDone(event.pull, event.head)
      case 'review':
        return this.reviewDone(event.pull, event.head)
      case 'merge':
        return this.merge(event.pull, event.head)
      case 'unfreeze':
        return this.unfreeze(event.issue)
      case 'approve':
        return this.approve()
      case 'run-end':
        this.trace.push({ at: this.clock, kind: 'run-end', run: event.run })
        this.world.runs.set(event.run, {
          id: event.run,
          status: 'completed',
          conclusion: 'success'
        })
        return
    }
  }

  private env(runId: number): ModeEnvironment {
    const { config } = this.input
    return {
      inputs: {
        mode: 'tick',
        configPath: '.delivery.yml',
        roadmapPath: this.input.roadmapFile,
        dryRun: false
      },
      configFile: { path: '.delivery.yml', origin: 'workspace' },
      context: {
        repo: SIM_REPO,
        eventName: 'schedule',
        payload: {},
        runId: String(runId),
        runAttempt: '1',
        serverUrl: 'https://github.com',
        apiUrl: 'https://api.github.com',
        // No checkout: tick reads the roadmap from the default branch, as the shipped workflow does.
        workspace: '/nonexistent/forecast',
        runnerTemp: '/nonexistent/forecast'
      },
      config,
      github: this.world.port(),
      trust: async () => trustPolicy(ACTIONS_BOT, config.trust.bot_logins),
      logger: new MemoryLogger(),
      state: this.state,
      dashboard: this.dashboard ?? null
    }
  }

  private async tick(cause: string): Promise<void> {
    const run = this.world.id()
    this.world.runs.set(run, { id: run, status: 'in_progress', conclusion: null })
    this.trace.push({ at: this.clock, kind: 'tick', run, cause })
    const result = await atSimulatedTime(this.world.now(), () => runTick(this.env(run)))
    if (result.state) this.state = result.state
    const done = 'plan' in result
    const wave: WaveEntry[] = done ? result.outcome.sent : []
    const review: ReviewEntry[] = done ? result.plan.reviewWave : []
    const skipped = done ? result.outcome.skipped : []
    const frozen = done ? result.plan.guardrails.frozen.map(f => f.issue) : []
    this.ticks.push({
      at: this.clock,
      cause,
      status: done ? result.outcome.status : result.status,
      wave: wave.map(t => ({ issue: t.issue, kind: t.kind, attempt: t.attempt })),
      review: review.map(r => r.pull),
      frozen,
      held: skipped
    })
    for (const s of skipped)
      this.phases.hold(s.issue, this.clock, s.reason.startsWith('proposed:') ? 'approval' : 'hold')
    if (done && this.input.config.dispatch.approval === 'wave') this.propose(result)
    for (const issue of frozen) {
      this.phases.enter(issue, 'human', this.clock)
      this.at(sample(this.input.models.people.unfreeze_delay, this.rng), {
        kind: 'unfreeze',
        issue
      })
    }
    let end = 1
    for (const task of wave) {
      this.attempts++
      const slice = this.slices.get(task.issue)
      if (slice) {
        slice.attempts++
        slice.dispatchedAt ??= this.clock
      }
      if (!this.conflicting(task.issue)) this.phases.enter(task.issue, 'agent', this.clock)
      const { worker } = this.input.models
      const took = sample(
        task.kind === 'conflict' ? worker.conflict_duration : worker.duration,
        this.rng
      )
      const cost = sample(worker.cost_usd, this.rng)
      this.spend += cost
      this.costs.set(`${run}:${task.issue}`, cost)
      end = Math.max(end, took + 1)
      this.at(took, { kind: 'worker', run, task })
    }
    for (const r of review) {
      this.phases.enter(r.issue, 'review', this.clock)
      const took = sample(this.input.models.review.duration, this.rng)
      end = Math.max(end, took + 1)
      this.at(took, { kind: 'review', pull: r.pull, head: r.head_sha })
    }
    this.at(end, { kind: 'run-end', run })
  }

  private conflicting(issue: number): boolean {
    return [...this.world.pulls.values()].some(p => p.open && p.issue === issue && p.conflicting)
  }

  private claimOf(issue: number) {
    return claimsIn(this.world.issues.get(issue)!.comments)
      .filter(c => c.author === ACTIONS_BOT && c.marker.phase !== 'released')
      .at(-1)
  }

  private publishTask(task: WaveEntry, pull?: WorldPull): PublishTask {
    return {
      issue: task.issue,
      title: task.title,
      branch: task.branch,
      kind: task.kind,
      attempt: task.attempt,
      ...(pull ? { pull: { number: pull.number, body: pull.body } } : {})
    }
  }

  /** A worker ended: publish's real plan, refused (no change) or published (a new head). */
  private async workerDone(run: number, task: WaveEntry): Promise<void> {
    const pull = [...this.world.pulls.values()].find(p => p.open && p.headRef === task.branch)
    const failed = chance(this.input.models.worker.failure_rate, this.rng)
    const claim = this.claimOf(task.issue)
    const input = {
      task: this.publishTask(task, pull),
      changes: [],
      baseSha: 'base',
      branchExists: pull !== undefined,
      defaultBranch: 'main',
      ...(claim ? { claim } : {})
    }
    if (failed || (task.kind !== 'new' && !pull)) {
      const plan = planPublish({
        ...input,
        refusals: [{ rule: 'patch', detail: 'the agent produced no change' }]
      })
      const port = this.world.port()
      await atSimulatedTime(this.world.now(), () => applyPublish(port, port, plan, new Map()))
      this.traceWorker(run, task, 'refused')
      if (!this.conflicting(task.issue)) this.phases.enter(task.issue, 'tick', this.clock)
      return
    }
    const cost = this.costs.get(`${run}:${task.issue}`) ?? 0
    const record = attestMarker({
      role: 'worker',
      provider: 'anthropic',
      model: 'forecast',
      exit_code: 0,
      started_at: this.world.now().toISOString(),
      ended_at: this.world.now().toISOString(),
      // What this run cost in the model, so the cost and token caps act as in the action.
      tokens: { input: Math.round(cost / TOKEN_PRICE_USD), output: 0 },
      cost_usd: Math.round(cost * 10_000) / 10_000,
      issue: task.issue,
      attempt: task.attempt,
      run: String(run)
    })
    const plan = planPublish({ ...input, refusals: [], attestation: record })
    const head = `h${++this.heads}`
    const at = this.world.now().toISOString()
    for (const op of plan.operations) {
      if (op.op === 'open-pull') {
        const number = this.world.number()
        const paths = this.declared.get(task.issue)
        this.world.pulls.set(number, {
          number,
          issue: task.issue,
          headRef: task.branch,
          headSha: head,
          headCommittedAt: at,
          createdAt: at,
          body: op.body,
          paths: paths ?? [],
          known: paths !== undefined,
          open: true,
          conflicting: false,
          checks: new Map()
        })
        this.world.count(6, true)
      } else if (op.op === 'update-pull' && pull) {
        pull.body = op.body
        pull.headSha = head
        pull.headCommittedAt = at
        if (task.kind === 'conflict') pull.conflicting = false
        this.world.count(6, true)
      }
    }
    this.traceWorker(run, task, pull ? 'pushed' : 'opened')
    this.phases.enter(task.issue, 'ci', this.clock, true)
    const target = [...this.world.pulls.values()].find(p => p.open && p.headRef === task.branch)!
    this.at(sample(this.input.models.ci.duration, this.rng), {
      kind: 'ci',
      pull: target.number,
      head: target.headSha
    })
  }

  private traceWorker(
    run: number,
    task: WaveEntry,
    outcome: 'refused' | 'opened' | 'pushed'
  ): void {
    this.trace.push({
      at: this.clock,
      kind: 'worker',
      run,
      issue: task.issue,
      branch: task.branch,
      task: task.kind,
      attempt: task.attempt,
      outcome
    })
  }

  private ciDone(number: number, head: string): void {
    const pull = this.world.pulls.get(number)!
    if (!pull.open || pull.headSha !== head) return
    const ok = !chance(this.input.models.ci.failure_rate, this.rng)
    const checks = pull.checks.get(head) ?? []
    checks.push({
      type: 'check-run',
      name: 'test',
      status: 'COMPLETED',
      conclusion: ok ? 'SUCCESS' : 'FAILURE',
      id: this.world.id(),
      app: 'ci'
    })
    pull.checks.set(head, checks)
    this.trace.push({ at: this.clock, kind: 'ci', issue: pull.issue, ok })
    if (!pull.conflicting) this.phases.enter(pull.issue, 'tick', this.clock)
    this.onEvent('CI run completed')
  }

  private reviewDone(number: number, head: string): void {
    const pull = this.world.pulls.get(number)!
    if (!pull.open || pull.headSha !== head) return
    const pass = chance(this.input.models.review.pass_rate, this.rng)
    const id = this.world.id()
    const checks = pull.checks.get(head) ?? []
    checks.push({
      type: 'check-run',
      name: 'loopreview',
      status: 'COMPLETED',
      conclusion: pass ? 'SUCCESS' : 'FAILURE',
      id,
      app: 'github-actions',
      externalId: verdictCheckId(head),
      completedAt: this.world.now().toISOString()
    })
    pull.checks.set(head, checks)
    this.world.summaries.set(id, 'The reviewer asked for changes (simulated).')
    this.trace.push({ at: this.clock, kind: 'review', issue: pull.issue, pass })
    this.world.count(2, true)
    if (pass) {
      this.phases.enter(pull.issue, 'merge', this.clock)
      this.passedAt.set(number, this.clock)
      this.at(this.mergeTime() - this.clock, { kind: 'merge', pull: number, head })
    } else this.phases.enter(pull.issue, 'tick', this.clock)
    this.onEvent('verdict published')
  }

  /**
   * When a person merges a pull request that passed now: `delay` later, within working hours —
   * or, with `merge.reviewers`, after the first reviewer free (each merges one at a time).
   */
  private mergeTime(): number {
    const { delay, reviewers } = this.input.models.merge
    const own = sample(delay, this.rng)
    if (!reviewers) return this.workingTime(this.clock + own)
    while (this.reviewersFree.length < reviewers) this.reviewersFree.push(0)
    const next = this.reviewersFree.indexOf(Math.min(...this.reviewersFree))
    const start = this.workingTime(Math.max(this.clock, this.reviewersFree[next]))
    const done = this.workingTime(start + own)
    this.reviewersFree[next] = done
    return done
  }

  /** The first moment at or after `minutes` inside the merge model's working hours. */
  private workingTime(minutes: number): number {
    const hours = this.input.models.merge.working_hours
    if (!hours) return minutes
    let t = this.input.start.getTime() + minutes * MINUTE
    for (let i = 0; i < 14 * 24; i++) {
      const d = new Date(t)
      const weekday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6
      const h = d.getUTCHours()
      if (weekday && h >= hours.start && h < hours.end) break
      const nextHour = new Date(
        Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h + 1)
      )
      t =
        weekday && h < hours.start
          ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hours.start)
          : nextHour.getTime()
    }
    return (t - this.input.start.getTime()) / MINUTE
  }

  /**
   * Supervised mode: the dashboard the tick would write (the real renderer), and a person who
   * approves the whole wave a while after it is proposed — an edit of the dashboard, which the
   * shipped workflows tick on.
   */
  private propose(run: TickRun): void {
    const board = {
      plan: run.plan,
      tick: run.next.tick,
      guardrails: run.next.guardrails,
      issues: run.facts.scan.issues,
      dispatched: run.outcome.sent
    }
    this.dashboard = {
      number: this.dashboard?.number ?? this.world.number(),
      body: renderDashboard(board, visibleRoom(run.state) - 500),
      editor: ACTIONS_BOT
    }
    if (!run.plan.proposals.length || this.approving) return
    this.approving = true
    this.at(sample(this.input.models.people.approve_delay, this.rng), { kind: 'approve' })
  }

  private approve(): void {
    this.approving = false
    if (!this.dashboard) return
    this.trace.push({ at: this.clock, kind: 'approve' })
    const box = commandMarker({ kind: 'approve-wave' })
    const body = this.dashboard.body
      .split('\n')
      .map(line => (line.includes(box) ? line.replace('- [ ]', '- [x]') : line))
      .join('\n')
    this.dashboard = { ...this.dashboard, body, editor: 'maintainer' }
    this.onEvent('dashboard edited')
  }

  /** A person looked into a frozen issue and removes needs-human: the loop tries again. */
  private unfreeze(number: number): void {
    const issue = this.world.issues.get(number)!
    if (issue.state !== 'OPEN') return
    this.trace.push({ at: this.clock, kind: 'unfreeze', issue: number })
    issue.labels = issue.labels.filter(l => l !== LABEL_NEEDS_HUMAN)
    this.world.touch(issue)
    this.phases.enter(number, 'tick', this.clock)
    this.onEvent('needs-human removed')
  }

  /** A person merges: the issue closes as completed, siblings may now conflict. */
  private merge(number: number, head: string): void {
    const pull = this.world.pulls.get(number)!
    if (!pull.open || pull.headSha !== head || pull.conflicting) return
    pull.open = false
    pull.mergedAt = this.world.now().toISOString()
    const issue = this.world.issues.get(pull.issue)!
    issue.state = 'CLOSED'
    issue.stateReason = 'COMPLETED'
    this.world.touch(issue)
    this.slices.get(pull.issue)!.mergedAt = this.clock
    this.phases.enter(pull.issue, 'done', this.clock)
    const { on_overlap, unknown_paths } = this.input.models.conflicts
    const conflicts: number[] = []
    for (const other of this.world.openPulls()) {
      if (other.conflicting) continue
      const overlap =
        pull.known &&
        other.known &&
        other.paths.some(p => pull.paths.some(q => patternsOverlap(p, q)))
      const p = pull.known && other.known ? (overlap ? on_overlap : 0) : unknown_paths
      if (chance(p, this.rng)) {
        other.conflicting = true
        conflicts.push(other.issue)
        this.phases.enter(other.issue, 'conflict', this.clock)
      }
    }
    this.trace.push({ at: this.clock, kind: 'merge', issue: pull.issue, conflicts })
    const passed = this.passedAt.get(number)
    if (passed !== undefined) this.mergeWaits.push(this.clock - passed)
    for (const i of this.world.issues.values())
      if (
        i.state === 'OPEN' &&
        i.blockedBy.includes(pull.issue) &&
        i.blockedBy.every(b => this.world.issues.get(b)?.state === 'CLOSED')
      ) {
        this.phases.enter(i.number, 'tick', this.clock)
        this.slices.get(i.number)!.readyAt = this.clock
      }
    this.onEvent('pull request merged')
  }
}

export async function simulate(input: SimulationInput): Promise<SimulationResult> {
  return new Simulation(input).run()
}
