/**
 * The order to merge in (pure): of the pull requests ready for a human, the one whose issue heads
 * the longest chain of open issues waiting on it first — merging it unlocks the most of the
 * critical path — and, for a pair that changed the same file, a note that the later one will need
 * a rebase once the earlier merges.
 */
import type { PullFacts } from '../loop/pulls.js'
import type { MergeStep } from '../dashboard/view.js'

export type { MergeStep }

/**
 * The longest chain of open issues waiting on an issue, through the blocker relation: a function
 * that works out only the issues it is asked for (a tick asks for the few ready to merge).
 */
function chainLengths(
  issues: Iterable<{ number: number; blockers: readonly number[] }>
): (issue: number) => number {
  const dependents = new Map<number, number[]>()
  for (const { number: issue, blockers: list } of issues)
    for (const b of list) {
      // Appended in place: copying the list on every append was quadratic in a wide fan-out.
      const known = dependents.get(b)
      if (known) known.push(issue)
      else dependents.set(b, [issue])
    }
  const memo = new Map<number, number>()
  const visiting = new Set<number>()
  const depth = (issue: number): number => {
    const known = memo.get(issue)
    if (known !== undefined) return known
    if (visiting.has(issue)) return 0 // a cycle (compile refuses them): count it once
    visiting.add(issue)
    const value = (dependents.get(issue) ?? []).reduce((most, d) => Math.max(most, 1 + depth(d)), 0)
    visiting.delete(issue)
    memo.set(issue, value)
    return value
  }
  return depth
}

export function mergeOrder(
  ready: readonly { issue: number; pull: number }[],
  issues: Iterable<{ number: number; blockers: readonly number[] }>,
  pulls: readonly PullFacts[]
): MergeStep[] {
  if (!ready.length) return []
  const chains = chainLengths(issues)
  const changed = (pull: number) => pulls.find(p => p.number === pull)?.changed?.paths ?? []
  const sorted = [...ready]
    .map(r => ({ ...r, unlocks: chains(r.issue) }))
    .sort((a, b) => b.unlocks - a.unlocks || a.pull - b.pull)
  return sorted.map((step, i) => {
    const mine = new Set(changed(step.pull))
    const after = sorted.slice(0, i).flatMap(earlier => {
      const file = changed(earlier.pull).find(f => mine.has(f))
      return file ? [{ pull: earlier.pull, file }] : []
    })
    return { ...step, after }
  })
}
