/**
 * The loop scan (facts, reads only): open unit issues, open pull requests, and the state of
 * every blocker — ⌈issues/100⌉ + ⌈pulls/100⌉ + ⌈outside blockers/100⌉ requests, never one per
 * issue. Label meaning and check rollups are read by the pure code in `loop/`.
 */
import type { IssueFacts, IssuesPort, PullsPort, ScannedIssueNode } from '../github/port.js'
import { blockersFromLabels } from '../loop/labels.js'
import { pullFacts, type PullFacts } from '../loop/pulls.js'

export interface ScannedIssue extends ScannedIssueNode {
  /** Blockers from `blocked-by:#N` labels and native relationships, deduplicated. */
  blockers: number[]
  /** Numbers blocked natively, to report disagreement with the label mirror. */
  nativeBlockers: number[]
}

export interface LoopScan {
  issues: ScannedIssue[]
  pulls: PullFacts[]
  /** State of every blocker named by a label or a native relationship; null when unreadable. */
  blockers: Map<number, IssueFacts | null>
}

export async function scanLoop(github: IssuesPort & PullsPort, label: string): Promise<LoopScan> {
  const nodes = await github.scanOpenIssues(label)
  const pulls = (await github.scanOpenPulls()).map(pullFacts)
  const blockers = new Map<number, IssueFacts | null>()
  const issues = nodes.map(n => {
    for (const b of n.blockedBy)
      blockers.set(b.number, {
        databaseId: b.databaseId,
        state: b.state,
        stateReason: b.stateReason
      })
    const native = n.blockedBy.map(b => b.number)
    return {
      ...n,
      blockers: [...new Set([...blockersFromLabels(n.labels), ...native])],
      nativeBlockers: native
    }
  })
  // Blockers named only by a label: their state in one aliased query per 100.
  const missing = [...new Set(issues.flatMap(i => i.blockers))].filter(n => !blockers.has(n))
  if (missing.length)
    for (const [n, facts] of await github.lookupIssues(missing)) blockers.set(n, facts)
  return { issues, pulls, blockers }
}
