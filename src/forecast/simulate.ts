/**
 * One simulated delivery of a roadmap: a discrete-event simulation around the loop's real code.
 * The world (world.ts) is seeded as compile writes the issues; every tick is the real `tickMode`
 * (facts → plan → applier, guardrails, claims, the waves) at its simulated time; a worker's
 * refusal goes through publish's real plan and applier. What the loop does not control — when
 * ticks run, agents, CI, the reviewer, people, conflicts — comes from the models, with one
 * seeded generator per run, so the same seed gives the same run.
 */
import { atSimulatedTime } from '../clock.js'
import { frozen as deepFrozen } from '../text/remembered.js'
import { LABEL_NEEDS_HUMAN, unchangingLabels } from '../loop/labels.js'
import type { ModeEnvironment } from '../mode.js'
import { planPublish } from '../publish/plan.js'
import { emptyState, type StateDocument } from '../state/document.js'
import { runTick, type TickRun } from '../tick/mode.js'
import { EventQueue } from './event-queue.js'
import { Mergers } from './people.js'
import { workerFor, type WorkerModel } from './models.js'
import { Phases } from './phases.js'
import { QuietTicks, type QuietTick } from './quiet-ticks.js'
import { roadmapToDeliver } from './remaining.js'
import {
  addCiRun,
  addVerdict,
  applyMerge,
  conflictsOfMerge,
  passedAtHead,
  publishInputOf,
  refuseWork,
  unblockedBy,
  workerEvent,
  publishChange,
  workerRecord
} from './pull-actors.js'
import { approvedDashboard, renderedDashboard, type SimulatedDashboard } from './supervision.js'
import { chance, sample, seeded, type Rng } from './random.js'
import { seedWorld, worldRecord } from './world-record.js'
import type {
  Event,
  ReviewEntry,
  SimulationInput,
  SimulationResult,
  SliceOutcome,
  TickRecord,
  TraceEvent,
  WaveEntry
} from './simulation-types.js'
import { tickEnvironment } from './tick-environment.js'
import { TickTriggers } from './tick-triggers.js'
import { World } from './world.js'
import type { WorldPull } from './world-nodes.js'

const MINUTE = 60_000
/** A run in which nothing but idle ticks happened for this long, with nothing else to come, is stuck. */
const STILL_DAYS = 7

export class Simulation {
  private readonly world: World
  private readonly rng: Rng
  private readonly queue = new EventQueue()
  private state: StateDocument = emptyState()
  private readonly phases = new Phases()
  private readonly ticks: TickRecord[] = []
  private readonly trace: TraceEvent[] = []
  /** When each pull request last passed review, and how long each merged one waited (minutes). */
  private readonly passedAt = new Map<number, number>()
  private readonly mergeWaits: number[] = []
  private readonly mergers: Mergers
  /** A passed stacked pull request: when its person is done with it (it merges after its base). */
  private readonly stackDue = new Map<number, { head: string; at: number }>()
  /** What each dispatched run costs in the model, by run and issue. */
  private readonly costs = new Map<string, number>()
  private readonly slices = new Map<number, SliceOutcome>()
  /** Paths each slice declares (`(files: …)`), for the conflict model. */
  private readonly declared = new Map<number, string[]>()
  /** The agent that works each slice (its kind's, `agent_by_kind`, else the worker). */
  private readonly workers = new Map<number, WorkerModel>()
  private spend = 0
  /** What conflict tasks cost: work redone because a sibling merged first. */
  private conflictSpend = 0
  private attempts = 0
  /** Slices merged so far (a run ends when it is all of them). */
  private merged = 0
  private clock = 0
  private heads = 0
  /** When something last happened besides a tick that dispatched nothing. */
  private moved = 0
  /** Supervised mode: the dashboard as the last tick rendered it, and a person's pending approval. */
  private dashboard?: SimulatedDashboard
  private approving = false
  private readonly quiet: QuietTicks
  private readonly triggers: TickTriggers

  constructor(private readonly input: SimulationInput) {
    this.rng = seeded(input.seed)
    this.triggers = new TickTriggers(this.queue, input.models.ticks, this.rng)
    this.mergers = new Mergers(input.models.merge, this.rng, input.start)
    this.world = new World(input.roadmap, input.start)
    this.world.now = () => new Date(input.start.getTime() + this.clock * MINUTE)
    this.world.onRetarget = pull => this.retargeted(pull)
    this.world.onPush = pull => this.pushed(pull)
    // Supervised waves: the simulated person answers the dashboard each tick renders.
    const supervised = input.config.dispatch.approval === 'wave'
    this.quiet = new QuietTicks(supervised ? 'run' : (input.quietTicks ?? 'skip'), input.config)
    this.seed()
  }

  /** The issues as compile writes them; the unblocked ones ready at once. */
  private seed(): void {
    const { compiled, roadmap, roadmapFile, delivered } = this.input
    const toDeliver = compiled ?? roadmapToDeliver(roadmap, roadmapFile, delivered)
    for (const i of seedWorld(this.world, toDeliver)) {
      if (i.files) this.declared.set(i.number, i.files)
      this.workers.set(i.number, workerFor(this.input.models, i.kind))
      const ready = i.blocked ? {} : { readyAt: 0 }
      this.slices.set(i.number, {
        issue: i.number,
        id: i.id,
        title: i.title,
        attempts: 0,
        ...ready
      })
      this.phases.enter(i.number, i.blocked ? 'blocked' : 'tick', 0)
    }
  }

  private at(minutes: number, event: Event): void {
    this.queue.push(this.clock + Math.max(0, minutes), event)
  }

  async run(): Promise<SimulationResult> {
    const horizon = this.input.horizonDays * 24 * 60
    this.at(0, { kind: 'tick', cause: 'first tick' })
    this.triggers.schedule(this.clock)
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
      // Stuck: nothing but idle ticks for days, and nothing but ticks to come (a person's late
      // unfreeze is still coming: a freeze lifted after a week is slow, not stuck).
      if (this.clock - this.moved > STILL_DAYS * 24 * 60 && !this.queue.awaitsTheWorld()) {
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
      conflictSpendUsd: Math.round(this.conflictSpend * 100) / 100,
      mergeWaits: this.mergeWaits,
      trace: this.trace,
      ...worldRecord(this.world, this.clock)
    }
  }

  private allMerged(): boolean {
    return this.merged === this.slices.size
  }

  private async handle(event: Event): Promise<void> {
    // Anything but a tick or a run's end changes what the next tick reads (a run's end: runEnded).
    if (event.kind !== 'tick' && event.kind !== 'run-end') this.quiet.forget()
    switch (event.kind) {
      case 'tick':
        this.triggers.started(this.clock, event.cause)
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
        this.quiet.runEnded(event.run)
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
    return tickEnvironment({
      id: runId,
      config: this.input.config,
      roadmapFile: this.input.roadmapFile,
      github: this.world.port(),
      state: this.state,
      dashboard: this.dashboard ?? null
    })
  }

  private async tick(cause: string): Promise<void> {
    const run = this.world.id()
    this.world.runs.set(run, { id: run, status: 'in_progress', conclusion: null })
    this.trace.push({ at: this.clock, kind: 'tick', run, cause })
    const replay = this.quiet.replayable(this.world.now().getTime(), this.world.budgets())
    if (replay && this.quiet.mode === 'skip') return this.replay(run, cause, replay)
    const before = { state: this.state, writes: this.world.writes, spent: this.world.spent() }
    const result = await atSimulatedTime(this.world.now(), () => runTick(this.env(run)))
    if (result.state) this.state = result.state
    // Verifying: the next tick is given a frozen state — a tick that changed its input throws.
    if (this.quiet.mode === 'verify') deepFrozen(this.state)
    const done = 'plan' in result
    const wave: WaveEntry[] = done ? result.outcome.sent : []
    const review: ReviewEntry[] = done ? result.plan.reviewWave : []
    const skipped = done ? result.outcome.skipped : []
    const frozen = done ? result.plan.guardrails.frozen.map(f => f.issue) : []
    const record: TickRecord = {
      at: this.clock,
      cause,
      status: done ? result.outcome.status : result.status,
      wave: wave.map(t => ({ issue: t.issue, kind: t.kind, attempt: t.attempt })),
      review: review.map(r => r.pull),
      frozen,
      held: skipped
    }
    this.ticks.push(record)
    this.hold(skipped)
    const after = { writes: this.world.writes, spent: this.world.spent() }
    this.quiet.taken({ result, record, run, before, after }, replay)
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
      const worker = this.workers.get(task.issue) ?? this.input.models.worker
      const took = sample(
        task.kind === 'conflict' ? worker.conflict_duration : worker.duration,
        this.rng
      )
      const cost = sample(worker.cost_usd, this.rng)
      this.spend += cost
      if (task.kind === 'conflict') this.conflictSpend += cost
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

  /** Issues a tick held back: waiting for an approval, or for a guardrail. */
  private hold(held: TickRecord['held']): void {
    for (const s of held)
      this.phases.hold(s.issue, this.clock, s.reason.startsWith('proposed:') ? 'approval' : 'hold')
  }

  /** A quiet tick again (quiet-ticks.ts): its record, its requests and its run, not its plan. */
  private replay(run: number, cause: string, quiet: QuietTick): void {
    this.world.spendAgain(quiet.spent.since, quiet.spent.until)
    const { status, held } = quiet.record
    this.ticks.push({
      at: this.clock,
      cause,
      status,
      wave: [],
      review: [],
      frozen: [],
      held,
      replayed: true
    })
    this.hold(held)
    this.at(1, { kind: 'run-end', run })
  }

  private conflicting(issue: number): boolean {
    return [...this.world.pulls.values()].some(p => p.open && p.issue === issue && p.conflicting)
  }

  /** A worker ended: publish's real plan, refused (no change) or published (a new head). */
  private async workerDone(run: number, task: WaveEntry): Promise<void> {
    const pull = [...this.world.pulls.values()].find(p => p.open && p.headRef === task.branch)
    const worker = this.workers.get(task.issue) ?? this.input.models.worker
    const failed = chance(worker.failure_rate, this.rng)
    const input = publishInputOf(this.world, task, pull)
    if (failed || (task.kind !== 'new' && !pull)) {
      await refuseWork(this.world, input)
      this.trace.push(workerEvent(this.clock, run, task, 'refused'))
      if (!this.conflicting(task.issue)) this.phases.enter(task.issue, 'tick', this.clock)
      return
    }
    const cost = this.costs.get(`${run}:${task.issue}`) ?? 0
    const record = workerRecord(this.world, task, run, cost)
    const plan = planPublish({ ...input, refusals: [], attestation: record })
    const head = `h${++this.heads}`
    const paths = this.declared.get(task.issue)
    publishChange(this.world, plan, task, {
      head,
      ...(pull ? { pull } : {}),
      ...(paths ? { paths } : {})
    })
    this.trace.push(workerEvent(this.clock, run, task, pull ? 'pushed' : 'opened'))
    this.phases.enter(task.issue, 'ci', this.clock, true)
    const target = [...this.world.pulls.values()].find(p => p.open && p.headRef === task.branch)!
    this.at(sample(this.input.models.ci.duration, this.rng), {
      kind: 'ci',
      pull: target.number,
      head: target.headSha
    })
  }

  private ciDone(number: number, head: string): void {
    const pull = this.world.pulls.get(number)!
    if (!pull.open || pull.headSha !== head) return
    const ok = !chance(this.input.models.ci.failure_rate, this.rng)
    addCiRun(this.world, pull, head, ok)
    this.trace.push({ at: this.clock, kind: 'ci', issue: pull.issue, ok })
    if (!pull.conflicting) this.phases.enter(pull.issue, 'tick', this.clock)
    this.triggers.event(this.clock, 'CI run completed')
  }

  private reviewDone(number: number, head: string): void {
    const pull = this.world.pulls.get(number)!
    if (!pull.open || pull.headSha !== head) return
    const pass = chance(this.input.models.review.pass_rate, this.rng)
    addVerdict(this.world, pull, head, pass)
    this.trace.push({ at: this.clock, kind: 'review', issue: pull.issue, pass })
    if (pass) {
      this.phases.enter(pull.issue, 'merge', this.clock)
      this.passedAt.set(number, this.clock)
      // A person's `merge.delay` runs from the pass; a stacked one's merge also waits for its
      // base to merge and the loop to re-base it (retargeted).
      if (pull.base === 'main') this.mergeLater(pull)
      else this.stackDue.set(number, { head, at: this.mergers.mergeTime(this.clock) })
    } else this.phases.enter(pull.issue, 'tick', this.clock)
    this.triggers.event(this.clock, 'verdict published')
  }

  /**
   * Supervised mode: the dashboard the tick would write (the real renderer), and a person who
   * approves the whole wave a while after it is proposed — an edit of the dashboard, which the
   * shipped workflows tick on.
   */
  private propose(run: TickRun): void {
    this.dashboard = renderedDashboard(run, this.dashboard?.number ?? this.world.number())
    if (!run.plan.proposals.length || this.approving) return
    this.approving = true
    this.at(sample(this.input.models.people.approve_delay, this.rng), { kind: 'approve' })
  }

  private approve(): void {
    this.approving = false
    if (!this.dashboard) return
    this.trace.push({ at: this.clock, kind: 'approve' })
    this.dashboard = approvedDashboard(this.dashboard)
    this.triggers.event(this.clock, 'dashboard edited')
  }

  /** A person looked into a frozen issue and removes needs-human: the loop tries again. */
  private unfreeze(number: number): void {
    const issue = this.world.issues.get(number)!
    if (issue.state !== 'OPEN') return
    this.trace.push({ at: this.clock, kind: 'unfreeze', issue: number })
    issue.labels = unchangingLabels(issue.labels.filter(l => l !== LABEL_NEEDS_HUMAN))
    this.world.touch(issue)
    this.phases.unfreeze(number, this.clock)
    this.triggers.event(this.clock, 'needs-human removed')
  }

  /** A person will merge a pull request that passed at its head, now on the default branch. */
  private mergeLater(pull: WorldPull): void {
    const at = this.mergers.mergeTime(this.clock) - this.clock
    this.at(at, { kind: 'merge', pull: pull.number, head: pull.headSha })
  }

  /**
   * Re-based onto main: merged in its turn if its head passed — when the person's delay since the
   * pass is over, at once if it already is (they merge the stack bottom-up); else it goes on.
   */
  private retargeted(pull: WorldPull): void {
    if (!passedAtHead(pull) || pull.base !== 'main') return
    const due = this.stackDue.get(pull.number)
    if (due?.head !== pull.headSha) return this.mergeLater(pull)
    this.at(Math.max(0, due.at - this.clock), { kind: 'merge', pull: pull.number, head: due.head })
  }

  /** Tick brought a pull request up to date: CI runs on its new head. */
  private pushed(pull: WorldPull): void {
    this.phases.enter(pull.issue, 'ci', this.clock, true)
    this.at(sample(this.input.models.ci.duration, this.rng), {
      kind: 'ci',
      pull: pull.number,
      head: pull.headSha
    })
  }

  /** A person merges: the issue closes as completed, siblings may now conflict. */
  private merge(number: number, head: string): void {
    const pull = this.world.pulls.get(number)!
    // Never into a blocker's branch: a stacked one merges once re-based onto main.
    if (!pull.open || pull.headSha !== head || pull.conflicting || pull.base !== 'main') return
    applyMerge(this.world, pull)
    const slice = this.slices.get(pull.issue)!
    if (slice.mergedAt === undefined) this.merged++
    slice.mergedAt = this.clock
    this.phases.enter(pull.issue, 'done', this.clock)
    slice.work = this.phases.workOf(pull.issue)
    const conflicts: number[] = []
    for (const other of conflictsOfMerge(this.world, pull, this.input.models.conflicts, this.rng)) {
      other.conflicting = true
      conflicts.push(other.issue)
      this.phases.enter(other.issue, 'conflict', this.clock)
    }
    this.trace.push({ at: this.clock, kind: 'merge', issue: pull.issue, conflicts })
    const passed = this.passedAt.get(number)
    if (passed !== undefined) this.mergeWaits.push(this.clock - passed)
    for (const i of unblockedBy(this.world, pull.issue)) {
      this.phases.enter(i, 'tick', this.clock)
      this.slices.get(i)!.readyAt = this.clock
    }
    this.triggers.event(this.clock, 'pull request merged')
  }
}

export async function simulate(input: SimulationInput): Promise<SimulationResult> {
  return new Simulation(input).run()
}
