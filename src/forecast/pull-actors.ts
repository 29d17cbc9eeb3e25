/**
 * What the actors outside the loop do to a simulated pull request: a worker's change and its
 * usage record, opened or pushed as publish's plan says; CI's check run on a head; the reviewer's
 * `loopreview` verdict; the conflicts a merge leaves on open pull requests touching the same paths.
 */
import { claimsIn, holdingClaims } from '../loop/claims.js'
import { ACTIONS_BOT } from '../loop/trust.js'
import { patternsOverlap } from '../loop/collisions.js'
import { attestMarker, verdictCheckId } from '../loop/markers.js'
import { issueOfBranch } from '../loop/pulls.js'
import { atSimulatedTime } from '../clock.js'
import { applyPublish } from '../publish/apply.js'
import {
  planPublish,
  type PublishInput,
  type PublishPlan,
  type PublishTask
} from '../publish/plan.js'
import type { ForecastModels } from './models.js'
import { chance, type Rng } from './random.js'
import type { TraceEvent, WaveEntry } from './simulation-types.js'
import type { World } from './world.js'
import type { WorldPull } from './world-nodes.js'

/** Tokens in a worker's record: its cost at $3 a million tokens (for a `max_total_tokens` cap). */
const TOKEN_PRICE_USD = 3 / 1_000_000

/**
 * The usage record a worker's change carries: what this run cost in the model, so the cost and
 * token caps act as in the action.
 */
export function workerRecord(world: World, task: WaveEntry, run: number, cost: number): string {
  const at = world.now().toISOString()
  return attestMarker({
    role: 'worker',
    provider: 'anthropic',
    model: 'forecast',
    exit_code: 0,
    started_at: at,
    ended_at: at,
    tokens: { input: Math.round(cost / TOKEN_PRICE_USD), output: 0 },
    cost_usd: Math.round(cost * 10_000) / 10_000,
    issue: task.issue,
    attempt: task.attempt,
    run: String(run)
  })
}

/** CI's run on `head`: one `test` check run. */
export function addCiRun(world: World, pull: WorldPull, head: string, ok: boolean): void {
  const checks = pull.checks.get(head) ?? []
  checks.push({
    type: 'check-run',
    name: 'test',
    status: 'COMPLETED',
    conclusion: ok ? 'SUCCESS' : 'FAILURE',
    id: world.id(),
    app: 'ci'
  })
  pull.checks.set(head, checks)
}

/** The reviewer's verdict on `head`: the `loopreview` check run the verdict mode writes. */
export function addVerdict(world: World, pull: WorldPull, head: string, pass: boolean): void {
  const id = world.id()
  const checks = pull.checks.get(head) ?? []
  checks.push({
    type: 'check-run',
    name: 'loopreview',
    status: 'COMPLETED',
    conclusion: pass ? 'SUCCESS' : 'FAILURE',
    id,
    app: 'github-actions',
    externalId: verdictCheckId(head),
    completedAt: world.now().toISOString()
  })
  pull.checks.set(head, checks)
  world.summaries.set(id, 'The reviewer asked for changes (simulated).')
  world.count(2, true)
}

/**
 * A published change as GitHub would hold it: a new pull request with the paths the slice
 * declared (unknown when it declared none), or the existing one moved to the new head.
 */
export function publishChange(
  world: World,
  plan: PublishPlan,
  task: WaveEntry,
  change: { head: string; pull?: WorldPull; paths?: string[] }
): void {
  const { head, pull, paths } = change
  const at = world.now().toISOString()
  for (const op of plan.operations) {
    if (op.op === 'open-pull') {
      const number = world.number()
      world.pulls.set(number, {
        number,
        issue: task.issue,
        headRef: task.branch,
        headSha: head,
        // Stacked new work merges into its blocker's branch, built on the head it was sent with.
        base: op.base,
        ...(task.baseSha && op.base !== 'main' ? { builtOn: task.baseSha } : {}),
        headCommittedAt: at,
        createdAt: at,
        body: op.body,
        paths: paths ?? [],
        known: paths !== undefined,
        open: true,
        conflicting: false,
        checks: new Map()
      })
      world.count(6, true)
    } else if (op.op === 'update-pull' && pull) {
      pull.body = op.body
      pull.headSha = head
      pull.headCommittedAt = at
      if (task.kind === 'conflict') pull.conflicting = false
      world.count(6, true)
    }
  }
}

/**
 * The open pull requests a merge of `merged` leaves conflicting: each touching the same paths
 * with `on_overlap`, each whose paths are unknown with `unknown_paths`.
 */
export function conflictsOfMerge(
  world: World,
  merged: WorldPull,
  models: ForecastModels['conflicts'],
  rng: Rng
): WorldPull[] {
  const out: WorldPull[] = []
  for (const other of world.openPulls()) {
    // A pull request stacked on the merged one holds its change already.
    if (other.conflicting || other.base === merged.headRef) continue
    const overlap =
      merged.known &&
      other.known &&
      other.paths.some(p => merged.paths.some(q => patternsOverlap(p, q)))
    const p = merged.known && other.known ? (overlap ? models.on_overlap : 0) : models.unknown_paths
    if (chance(p, rng)) out.push(other)
  }
  return out
}

/** What publish is told of a task: the wave entry, the pull request it continues, its stack. */
export function publishTaskOf(task: WaveEntry, pull?: WorldPull): PublishTask {
  const blocker = task.base ? issueOfBranch(task.base) : undefined
  return {
    issue: task.issue,
    title: task.title,
    branch: task.branch,
    kind: task.kind,
    attempt: task.attempt,
    ...(pull ? { pull: { number: pull.number, body: pull.body } } : {}),
    ...(task.base && task.kind === 'new'
      ? { stack: { base: task.base, ...(blocker ? { issue: blocker } : {}) } }
      : {})
  }
}

/** Whether the loop's review passed the pull request's current head. */
export function passedAtHead(pull: WorldPull): boolean {
  return (pull.checks.get(pull.headSha) ?? []).some(
    c => c.type === 'check-run' && c.name === 'loopreview' && c.conclusion === 'SUCCESS'
  )
}

/** A person's merge as GitHub applies it: merged, and its issue closed as completed. */
export function applyMerge(world: World, pull: WorldPull): void {
  pull.open = false
  pull.mergedAt = world.now().toISOString()
  const issue = world.issues.get(pull.issue)!
  issue.state = 'CLOSED'
  issue.stateReason = 'COMPLETED'
  world.touch(issue)
}

/** The open issues whose last open blocker was `issue`: ready now. */
export function unblockedBy(world: World, issue: number): number[] {
  return [...world.issues.values()]
    .filter(
      i =>
        i.state === 'OPEN' &&
        i.blockedBy.includes(issue) &&
        i.blockedBy.every(b => world.issues.get(b)?.state === 'CLOSED')
    )
    .map(i => i.number)
}

/** What the trace records of a worker's end: enough to replay it against the real action. */
export function workerEvent(
  at: number,
  run: number,
  task: WaveEntry,
  outcome: 'refused' | 'opened' | 'pushed'
): TraceEvent {
  const { issue, branch, kind, attempt } = task
  return { at, kind: 'worker', run, issue, branch, task: kind, attempt, outcome }
}

/** The loop's claim on `issue` that still holds: what publish reads back. */
export function claimOf(world: World, issue: number) {
  const loop = { isLoop: (login: string | null) => login === ACTIONS_BOT }
  return holdingClaims(claimsIn(world.issues.get(issue)!.comments), loop).at(-1)
}

/** What publish is given when a worker's run on `task` ends: the model's, no files of its own. */
export function publishInputOf(
  world: World,
  task: WaveEntry,
  pull: WorldPull | undefined
): Omit<PublishInput, 'refusals'> {
  const claim = claimOf(world, task.issue)
  return {
    task: publishTaskOf(task, pull),
    changes: [],
    baseSha: 'base',
    branchExists: pull !== undefined,
    defaultBranch: 'main',
    ...(claim ? { claim } : {})
  }
}

/** A worker's run that ended with no change: publish's real plan refuses it, its applier says so. */
export async function refuseWork(
  world: World,
  input: Omit<PublishInput, 'refusals'>
): Promise<void> {
  const plan = planPublish({
    ...input,
    refusals: [{ rule: 'patch', detail: 'the agent produced no change' }]
  })
  const port = world.port()
  await atSimulatedTime(world.now(), () => applyPublish(port, port, plan, new Map()))
}
