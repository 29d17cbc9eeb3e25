/**
 * No mass closure by accident (pure): a roadmap that lost many units at once — a bad merge, an
 * editor that saved something odd, the wrong file — must not close the issues people work on. A
 * compile that would close more than `compile.max_closes_per_run` issues, or more than half of the
 * open unit issues, stops before any write until a human confirms the exact number.
 */
import type { ClosePlan } from './plan.js'

export interface ClosureCheck {
  /** Issues this compile would close because their units left the roadmap. */
  removed: ClosePlan[]
  /** Why it must not go ahead; undefined when it may. */
  blocked?: string
}

export function checkClosures(input: {
  closes: readonly ClosePlan[]
  openUnits: number
  maxCloses: number
  /** The `confirm-closes` input: the number of closes a human approved. */
  confirmed?: number
  file: string
}): ClosureCheck {
  const removed = input.closes.filter(c => c.reason === 'removed')
  const n = removed.length
  const tooMany = n > input.maxCloses
  const most = n * 2 > input.openUnits
  if (!n || (!tooMany && !most)) return { removed }
  if (input.confirmed === n) return { removed }
  const why = tooMany
    ? `more than compile.max_closes_per_run (${input.maxCloses})`
    : `more than half of the ${input.openUnits} open unit issues`
  const listed = removed
    .slice(0, 20)
    .map(c => `#${c.issue.number}`)
    .join(', ')
  const mismatch =
    input.confirmed !== undefined ? ` (confirm-closes is ${input.confirmed}, not ${n})` : ''
  return {
    removed,
    blocked: `this compile would close ${n} issue(s) whose units are no longer in ${input.file} — ${why}: ${listed}${n > 20 ? `, … ${n - 20} more` : ''}. Nothing was written${mismatch}. If that is intended, run compile with the input \`confirm-closes: ${n}\` (e.g. from workflow_dispatch); otherwise restore the units in ${input.file}.`
  }
}
