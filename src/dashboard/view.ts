/**
 * What the dashboard shows, declared by the dashboard: the parts of the tick's plan it renders
 * (the tick's plan has them all and is passed as it is), the proposals of supervised mode and
 * the order to merge in. The tick imports these shapes from here; the dashboard imports nothing
 * from the tick.
 */
import type { GuardrailsReport } from '../guardrails/report.js'
import type { Classification } from '../loop/classify.js'
import type { TaskKind } from '../loop/markers.js'
import type { IgnoredPull } from '../loop/work.js'

/** A pull request ready for a human, in the order to merge (tick/merge-order.ts decides it). */
export interface MergeStep {
  issue: number
  pull: number
  /** Open issues on the longest chain that waits for this one (0: nothing waits). */
  unlocks: number
  /** Earlier steps of the order that changed a file this one changed too, with the file. */
  after: { pull: number; file: string }[]
}

/** Supervised mode: a task the tick would dispatch, waiting for approval (tick/approval.ts). */
export interface Proposal {
  issue: number
  title: string
  kind: TaskKind
  /** What the worker would be given, hashed: an approval binds it. */
  rev: string
}

export interface DashboardPlan {
  /** REST requests left, and GraphQL `points` left (a budget of their own) when known. */
  api: {
    remaining: number
    limit: number
    reset_at: string
    points?: { remaining: number; limit: number; reset_at: string }
  }
  guardrails: GuardrailsReport
  /** Every issue's class as if the loop were running. */
  view: (Classification & { title: string })[]
  mergeOrder: MergeStep[]
  ignoredPulls: IgnoredPull[]
  proposals: Proposal[]
}

/** An open unit issue as the dashboard reads it. */
export interface DashboardIssue {
  number: number
  body: string
  /** Its blockers (native and `blocked-by:#N`). */
  blockers: readonly number[]
}

/** A task this tick sent. */
export interface SentTask {
  issue: number
  kind: TaskKind
}
