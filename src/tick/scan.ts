/**
 * The loop scan (facts, reads only): open unit issues, open pull requests, the state of every
 * blocker, and the newest comments of the issues whose comments can matter this tick —
 * ⌈issues/100⌉ + ⌈pulls/100⌉ + ⌈outside blockers/100⌉ + ⌈issues read for comments/100⌉
 * requests, never one per issue. Label meaning and check rollups are read by the pure code in
 * `loop/`.
 *
 * Comments cost a GraphQL point per 100 issues on every page, so they are read only where a
 * decision reads them: an issue waiting on an open blocker, with no claim, no needs-human label
 * and no open pull request, can neither be dispatched nor judged this tick. Its claims and usage
 * records are read the tick it stops waiting (the state keeps what the cache held meanwhile).
 */
import type {
  IssueComment,
  IssueFacts,
  IssuesPort,
  PullsPort,
  ScannedIssueNode
} from '../github/port.js'
import { blockersFromLabels, hasLabel, LABEL_CLAIM, needsHuman } from '../loop/labels.js'
import { issueOfBranch, pullFacts, type PullFacts } from '../loop/pulls.js'

export interface ScannedIssue extends ScannedIssueNode {
  /** Blockers from `blocked-by:#N` labels and native relationships, deduplicated. */
  blockers: number[]
  /** Numbers blocked natively, to report disagreement with the label mirror. */
  nativeBlockers: number[]
  /** The newest comments, oldest first (claims, attestations); empty for a waiting issue. */
  comments: IssueComment[]
}

export interface LoopScan {
  issues: ScannedIssue[]
  pulls: PullFacts[]
  /** State of every blocker named by a label or a native relationship; null when unreadable. */
  blockers: Map<number, IssueFacts | null>
}

type Unread = Omit<ScannedIssue, 'comments'>

/** Issues that may be skipped for comments: waiting on an open blocker and touched by nothing. */
function waiting(issue: Unread, blockers: Map<number, IssueFacts | null>, pulled: Set<number>) {
  return (
    issue.blockers.some(b => blockers.get(b)?.state === 'OPEN') &&
    !hasLabel(issue.labels, LABEL_CLAIM) &&
    !needsHuman(issue.labels) &&
    !pulled.has(issue.number)
  )
}

export async function scanLoop(github: IssuesPort & PullsPort, label: string): Promise<LoopScan> {
  const nodes = await github.scanOpenIssues(label)
  const pulls = (await github.scanOpenPulls()).map(pullFacts)
  const blockers = new Map<number, IssueFacts | null>()
  const issues: Unread[] = nodes.map(n => {
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
  // Any open pull request that names an issue (closing reference or loop branch) touches it.
  const pulled = new Set(
    pulls.flatMap(p => [...(p.works ?? []), ...p.closes, issueOfBranch(p.headRef) ?? 0])
  )
  const read = issues.filter(i => !waiting(i, blockers, pulled)).map(i => i.number)
  const comments = read.length ? await github.recentComments(read) : new Map()
  return {
    issues: issues.map(i => ({ ...i, comments: comments.get(i.number) ?? [] })),
    pulls,
    blockers
  }
}
