/**
 * The classification of unit issues (docs/specs/0000-product.md §5.3): pure, first matching rule wins, and every result
 * carries a reason a human can read. Tick plans on it, and discover's enrolment check tells a
 * human what tick will do by calling the same function — the hold, needs-human, trust and blocker
 * rules exist once.
 */
import { timeOf } from '../clock.js'
import { hasLabel, heldBy, LABEL_CLAIM, needsHuman } from './labels.js'
import { isConflicting, issueOfBranch, pullFor, type PullFacts } from './pulls.js'
import type { TrustPolicy } from './trust.js'

export type IssueClass =
  | 'paused'
  | 'duplicate'
  | 'held'
  | 'needs-human'
  | 'untrusted'
  | 'blocked'
  | 'in-flight'
  | 'human'
  | 'claimed'
  | 'stalled'
  | 'ready'

export type InFlightState =
  | 'retarget'
  | 'gated'
  | 'fixing'
  | 'awaiting-review'
  | 'conflicting'
  | 'behind'
  | 'changes-requested'
  | 'review-needs-human'
  | 'ready-to-merge'
  | 'stacked'

export interface UnitIssue {
  number: number
  labels: readonly string[]
  author: string | null
  authorAssociation: string
  createdAt: string
  /** Blockers from `blocked-by:#N` labels and native relationships (deduplicated by the scan). */
  blockers: readonly number[]
  /** When the current claim was made, if known. */
  claimedAt?: string
  /**
   * The worker's run has ended (matrix: the claiming tick's own run), said as "run R ended
   * (conclusion)": with no pull request the attempt is over now, lease or not.
   */
  workerEnded?: string
  /** The older issue that carries the same roadmap marker, when this one is a copy. */
  duplicateOf?: number
}

export interface BlockerFacts {
  state: 'OPEN' | 'CLOSED'
  stateReason: string | null
}

export interface ClassifyContext {
  paused: boolean
  trust: TrustPolicy
  /** Facts of every blocker; null for one that could not be read (it blocks: fail closed). */
  blockers: Map<number, BlockerFacts | null>
  /** Open pull requests. */
  pulls: readonly PullFacts[]
  satisfiedBy: 'closed' | 'pr-open'
  /** `dependencies.stack`: a dependent may start on its one open blocker's passed pull request. */
  stack?: boolean
  /** Where pull requests merge: a loop pull request based elsewhere is stacked. */
  defaultBranch?: string
  /** Stacked pull requests whose base branch moved after their head was built (tick/facts.ts). */
  stackMoved?: ReadonlySet<number>
  /** Required check names; empty = every check on the head. */
  requiredChecks: string[]
  now: Date
  leaseMinutes: number
  noChecksAfterMinutes: number
}

/** The blocker's pull request a ready dependent starts on (`dependencies.stack`). */
export interface StackBase {
  issue: number
  pull: number
  branch: string
  /** The head the dependent is built on. */
  head: string
}

export interface Classification {
  issue: number
  class: IssueClass
  sub?: InFlightState
  reason: string
  pull?: number
  /** A ready (or stalled) issue that starts stacked on its blocker's pull request. */
  stackOn?: StackBase
}

function minutesBetween(from: string, to: Date): number {
  return (to.getTime() - timeOf(from)) / 60_000
}

/** Minutes the head of `pull` has waited for its checks: since it was opened or last pushed. */
function checksWaited(pull: PullFacts, now: Date): number {
  const since = [pull.createdAt, pull.headCommittedAt ?? pull.createdAt].sort().at(-1)!
  return minutesBetween(since, now)
}

const NO_CI_FIX =
  'pushes made with GITHUB_TOKEN start no workflow runs — let workers push with a GitHub App token or a PAT (docs/review.md#no-checks-is-an-answer)'

function inFlight(
  issue: Pick<UnitIssue, 'number'>,
  pull: PullFacts,
  ctx: ClassifyContext
): Classification {
  const at = { issue: issue.number, class: 'in-flight' as const, pull: pull.number }
  const stacked = stackedOn(pull, ctx)
  if (stacked) {
    const held = stackState(issue.number, pull, stacked, ctx)
    if (held) return held
  }
  if (pull.draft) return { ...at, sub: 'gated', reason: `pull request #${pull.number} is a draft` }
  // Before CI and review: neither means anything for a change that cannot merge as it is.
  if (isConflicting(pull))
    return {
      ...at,
      sub: 'conflicting',
      reason: `pull request #${pull.number} conflicts with its base branch: never reviewed nor ready for merge until it is brought up to date (the fix wave sends a loop pull request back to its worker as a conflict task)`
    }
  const overdue = checksWaited(pull, ctx.now) >= ctx.noChecksAfterMinutes
  const noCi = (what: string): Classification => ({
    issue: issue.number,
    class: 'needs-human',
    pull: pull.number,
    reason: `pull request #${pull.number} ${what} after ${ctx.noChecksAfterMinutes} minutes (ci.no_checks_after_minutes): ${NO_CI_FIX}`
  })
  if (!pull.checks.length) {
    if (overdue) return noCi('has no checks at all')
    return { ...at, sub: 'gated', reason: `pull request #${pull.number} has no checks yet` }
  }
  const missing = ctx.requiredChecks.filter(name => !pull.checks.some(c => c.name === name))
  if (missing.length && overdue)
    return noCi(`never got the required check(s) ${missing.join(', ')} (ci.checks)`)
  const required = ctx.requiredChecks.length
    ? ctx.requiredChecks.map(
        name => pull.checks.find(c => c.name === name) ?? { name, state: 'pending' as const }
      )
    : pull.checks
  const failed = required.filter(c => c.state === 'failure').map(c => c.name)
  if (failed.length)
    return { ...at, sub: 'fixing', reason: `required check(s) failed: ${failed.join(', ')}` }
  const pending = required.filter(c => c.state === 'pending').map(c => c.name)
  if (pending.length)
    return { ...at, sub: 'gated', reason: `waiting for check(s): ${pending.join(', ')}` }
  // A loopreview check is the loop's word only when the loop's own identity published it, bound
  // to this head (pulls.ts); a check run's name alone proves nothing.
  const foreign = pull.verdict !== undefined && !ctx.trust.isLoop(pull.verdictApp)
  const ignored = foreign
    ? ` (a loopreview check published by ${pull.verdictApp ?? 'an unknown app'}, not the loop, was ignored)`
    : pull.foreignVerdicts
      ? ` (${pull.foreignVerdicts} loopreview check(s) the loop did not publish for this head were ignored)`
      : ''
  return reviewed(at, pull, foreign ? undefined : pull.verdict, ignored, stacked, ctx)
}

/** An in-flight pull request with green CI, by the reviewer's verdict on its head. */
function reviewed(
  at: { issue: number; class: 'in-flight'; pull: number },
  pull: PullFacts,
  verdict: PullFacts['verdict'],
  ignored: string,
  stacked: number | undefined,
  ctx: ClassifyContext
): Classification {
  switch (verdict) {
    case undefined:
      return {
        ...at,
        sub: 'awaiting-review',
        reason: `CI is green on #${pull.number}; no loopreview verdict for ${pull.headSha.slice(0, 7)} yet${ignored}`
      }
    case 'fail':
      return {
        ...at,
        sub: 'changes-requested',
        reason: `the reviewer asked for changes on #${pull.number}`
      }
    case 'needs-human':
      return {
        ...at,
        sub: 'review-needs-human',
        reason: `the reviewer wants a human to look at #${pull.number}`
      }
    case 'pass':
      // Branch protection wants it up to date first: GitHub would refuse the merge.
      if (pull.mergeStateStatus === 'BEHIND')
        return {
          ...at,
          sub: 'behind',
          reason: `#${pull.number} passed, but is behind its base branch, which must be up to date to merge: tick updates it with its push-token (CI runs again), or press "Update branch"`
        }
      if (stacked)
        return {
          ...at,
          sub: 'stacked',
          reason: `passed; stacked on #${stacked}: merge after #${stacked}'s pull request, then the loop re-bases it onto \`${ctx.defaultBranch}\``
        }
      return {
        ...at,
        sub: 'ready-to-merge',
        reason: `CI is green and the review passed: #${pull.number} is ready for a human to merge`
      }
  }
}

/** The blocker issue a loop pull request is stacked on: its base is that issue's loop branch. */
export function stackedOn(
  pull: Pick<PullFacts, 'baseRef'>,
  ctx: Pick<ClassifyContext, 'defaultBranch'>
): number | undefined {
  if (!pull.baseRef || !ctx.defaultBranch || pull.baseRef === ctx.defaultBranch) return undefined
  return issueOfBranch(pull.baseRef)
}

/**
 * What a stacked pull request waits for before anything else: its base merged (re-base it onto
 * the default branch), its base gone without a merge (a person decides), or its base moved
 * after it was built (bring it up to date: CI and review run again).
 */
function stackState(
  issue: number,
  pull: PullFacts,
  base: number,
  ctx: ClassifyContext
): Classification | undefined {
  const at = { issue, class: 'in-flight' as const, pull: pull.number }
  const facts = ctx.blockers.get(base)
  if (facts?.state === 'CLOSED' && facts.stateReason === 'COMPLETED')
    return {
      ...at,
      sub: 'retarget',
      reason: `#${base} is done: #${pull.number} is re-based from \`${pull.baseRef}\` onto \`${ctx.defaultBranch}\``
    }
  const basePull = pullFor(base, ctx.pulls)
  if (facts?.state === 'CLOSED' || basePull?.headRef !== pull.baseRef)
    return {
      issue,
      class: 'needs-human',
      pull: pull.number,
      reason: `#${pull.number} is stacked on \`${pull.baseRef}\`, but #${base}'s pull request on it is gone without a merge: a person decides (re-base #${pull.number} onto \`${ctx.defaultBranch}\`, or close it)`
    }
  if (ctx.stackMoved?.has(pull.number) && !isConflicting(pull))
    return {
      ...at,
      sub: 'behind',
      reason: `#${pull.number} is stacked on #${base}, whose branch moved after #${pull.number} was built: it is brought up to date (CI and review run again)`
    }
  return undefined
}

/** A blocker's loop pull request a dependent may start on: it passed CI and review. */
function stackable(blocker: number, ctx: ClassifyContext): PullFacts | undefined {
  const pull = pullFor(blocker, ctx.pulls)
  if (pull?.owner !== 'loop' || pull.crossRepository) return undefined
  const c = inFlight({ number: blocker }, pull, ctx)
  return c.sub === 'ready-to-merge' || c.sub === 'stacked' ? pull : undefined
}

export function classify(issue: UnitIssue, ctx: ClassifyContext): Classification {
  const of = (cls: IssueClass, reason: string): Classification => ({
    issue: issue.number,
    class: cls,
    reason
  })
  if (ctx.paused) return of('paused', 'the loop is paused')
  if (issue.duplicateOf !== undefined)
    return of(
      'duplicate',
      `a younger copy of #${issue.duplicateOf} (same roadmap marker): never dispatched; the next compile closes it`
    )
  const held = heldBy(issue.labels)
  if (held.length) return of('held', `held by the label ${held.join(', ')}`)
  if (needsHuman(issue.labels))
    return of('needs-human', 'labelled needs-human: a human must look first')
  if (!ctx.trust.isTrustedAuthor(issue.author, issue.authorAssociation)) {
    return of(
      'untrusted',
      `its author ${issue.author ?? '(unknown)'} is neither the loop's bot nor an owner, member or collaborator`
    )
  }

  const pull = pullFor(issue.number, ctx.pulls)
  const { waiting, stackOn } = blockersOf(issue, pull, ctx)
  if (waiting.length) return of('blocked', `blocked: ${waiting.join('; ')}`)

  if (pull?.owner === 'human')
    return {
      ...of(
        'human',
        `in flight by a human: pull request #${pull.number} by ${pull.author ?? '(unknown)'} — the loop neither dispatches, reviews nor fixes it`
      ),
      pull: pull.number
    }
  if (pull) return inFlight(issue, pull, ctx)

  const stack = stackOn ? { stackOn } : {}
  if (hasLabel(issue.labels, LABEL_CLAIM)) {
    if (issue.workerEnded)
      return {
        ...stack,
        ...of(
          'stalled',
          `the worker's ${issue.workerEnded} with no pull request: a no-progress attempt, settled without waiting for the lease`
        )
      }
    if (!issue.claimedAt)
      return of('claimed', 'claimed (time of the claim unknown, so the lease is kept)')
    const age = minutesBetween(issue.claimedAt, ctx.now)
    if (age < ctx.leaseMinutes)
      return of(
        'claimed',
        `claimed ${Math.max(0, Math.floor(age))} min ago; lease ${ctx.leaseMinutes} min`
      )
    return {
      ...stack,
      ...of(
        'stalled',
        `claimed ${Math.floor(age)} min ago with no pull request (lease ${ctx.leaseMinutes} min): a no-progress attempt`
      )
    }
  }
  return stackOn
    ? {
        ...stack,
        ...of(
          'ready',
          `#${stackOn.issue} is in review-passed pull request #${stackOn.pull}: this starts stacked on its branch \`${stackOn.branch}\``
        )
      }
    : of('ready', 'every blocker is done and nothing works on it')
}

/**
 * Which blockers are not done, and — with `dependencies.stack` — the one open blocker whose
 * passed pull request the issue may start on. A blocker the issue's own pull request is already
 * stacked on is its base, not a wait: what happens to that base is the pull request's state.
 */
function blockersOf(
  issue: UnitIssue,
  own: PullFacts | undefined,
  ctx: ClassifyContext
): { waiting: string[]; stackOn?: StackBase } {
  const waiting: string[] = []
  let stackOn: StackBase | undefined
  const ownBase = own?.owner === 'loop' ? stackedOn(own, ctx) : undefined
  for (const n of issue.blockers) {
    const facts = ctx.blockers.get(n)
    if (facts === undefined || facts === null) {
      waiting.push(`#${n} could not be read`)
    } else if (facts.state === 'CLOSED') {
      if (facts.stateReason !== 'COMPLETED' && ownBase !== n)
        waiting.push(
          `#${n} was closed as ${(facts.stateReason ?? 'unknown').toLowerCase().replace('_', ' ')}, which is not done`
        )
    } else if (ctx.satisfiedBy === 'pr-open' && pullFor(n, ctx.pulls)) {
      continue
    } else if (ctx.stack && ownBase === n) {
      continue
    } else {
      const base = ctx.stack && !own ? stackable(n, ctx) : undefined
      if (base && !stackOn)
        stackOn = { issue: n, pull: base.number, branch: base.headRef, head: base.headSha }
      else
        waiting.push(
          base ? `#${n} is open (a slice stacks on one blocker at a time)` : `#${n} is open`
        )
    }
  }
  return waiting.length ? { waiting } : { waiting, ...(stackOn ? { stackOn } : {}) }
}

const PRIORITY = /^(?:priority:\s*(critical|urgent|high|medium|normal|low)|p([0-4]))$/i
const PRIORITY_RANK: Record<string, number> = {
  critical: 0,
  urgent: 0,
  high: 1,
  medium: 2,
  normal: 2,
  low: 3
}

function priorityOf(labels: readonly string[]): number {
  let best = 2
  for (const l of labels) {
    const m = PRIORITY.exec(l.trim())
    if (m)
      best = Math.min(best, m[1] ? PRIORITY_RANK[m[1].toLowerCase()] : Math.min(Number(m[2]), 3))
  }
  return best
}

/**
 * Dispatch order of ready issues: roadmap order (blockers first, then document order; issues not
 * in the roadmap after those that are), then `priority:*` labels, then age.
 */
export function orderReady(
  ready: UnitIssue[],
  roadmapRank: (issue: UnitIssue) => number | undefined
): UnitIssue[] {
  // Ranked once per issue, not per comparison: the rank reads the issue's marker.
  const rank = new Map(ready.map(i => [i, roadmapRank(i) ?? Number.MAX_SAFE_INTEGER]))
  return [...ready].sort((a, b) => {
    const ra = rank.get(a)!
    const rb = rank.get(b)!
    return (
      ra - rb ||
      priorityOf(a.labels) - priorityOf(b.labels) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.number - b.number
    )
  })
}
