/**
 * Where a slice's time goes, as the simulation sees it: each slice is in one phase at a time,
 * and the minutes between changes are added to that phase. A conflicting pull request's time is
 * all "conflict" until its worker has pushed the resolution.
 */
export const PHASES = [
  'blocked',
  'tick',
  'hold',
  'approval',
  'agent',
  'ci',
  'review',
  'merge',
  'conflict',
  'human',
  'done'
] as const
export type Phase = (typeof PHASES)[number]

/** What each phase means, for the report. */
export const PHASE_WORDS: Record<Phase, string> = {
  blocked: 'blocked by unmerged slices',
  tick: 'waiting for a tick',
  hold: 'held by a guardrail',
  approval: 'waiting for approval (supervised)',
  agent: 'agent at work',
  ci: 'CI',
  review: 'review',
  merge: 'waiting for a human merge',
  conflict: 'conflicts',
  human: 'frozen, waiting for a person (needs-human)',
  done: 'merged'
}

/** The phases no scheduler can shorten: the work itself and the people's own delays. */
const WORK: readonly Phase[] = ['agent', 'ci', 'review', 'merge', 'conflict', 'human']

export class Phases {
  private readonly current = new Map<number, { phase: Phase; since: number }>()
  private readonly spent = new Map<Phase, number>()
  /** Minutes each slice spent in WORK phases. */
  private readonly worked = new Map<number, number>()

  /** Move a slice to `phase`; a conflict holds until `resolves` (its worker pushed). */
  enter(issue: number, phase: Phase, at: number, resolves = false): void {
    const now = this.current.get(issue)
    if (now?.phase === 'done') return
    if (now?.phase === 'conflict' && phase !== 'done' && !resolves) return
    // A frozen slice waits for its person, whatever else happens meanwhile (a run in flight
    // pushing, its CI ending): only the person (`unfreeze`) or a merge ends it.
    if (now?.phase === 'human' && phase !== 'done') return
    if (now) {
      this.spent.set(now.phase, (this.spent.get(now.phase) ?? 0) + at - now.since)
      if (WORK.includes(now.phase))
        this.worked.set(issue, (this.worked.get(issue) ?? 0) + at - now.since)
    }
    this.current.set(issue, { phase, since: at })
  }

  /** A person removed needs-human: the frozen slice waits for a tick again. */
  unfreeze(issue: number, at: number): void {
    const now = this.current.get(issue)
    if (now?.phase !== 'human') return this.enter(issue, 'tick', at)
    this.current.delete(issue)
    this.spent.set('human', (this.spent.get('human') ?? 0) + at - now.since)
    this.worked.set(issue, (this.worked.get(issue) ?? 0) + at - now.since)
    this.current.set(issue, { phase: 'tick', since: at })
  }

  /** A tick skipped the slice (a guardrail, or a proposal awaiting approval): not the schedule's wait. */
  hold(issue: number, at: number, phase: 'hold' | 'approval' = 'hold'): void {
    if (this.current.get(issue)?.phase === 'tick') this.enter(issue, phase, at)
  }

  /**
   * Minutes `issue` spent working — agent, CI, review, waiting for a person's merge, conflicts,
   * frozen — not waiting for a tick, held or blocked: what an oracle scheduler would need too.
   */
  workOf(issue: number): number {
    return this.worked.get(issue) ?? 0
  }

  totals(at: number): Record<Phase, number> {
    const out = Object.fromEntries(PHASES.map(p => [p, this.spent.get(p) ?? 0])) as Record<
      Phase,
      number
    >
    for (const { phase, since } of this.current.values()) out[phase] += at - since
    return out
  }
}
