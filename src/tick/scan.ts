/**
 * The loop scan (facts, reads only): open unit issues, open pull requests, the state of every
 * blocker, and what a decision needs of some issues beyond that — never one request per issue:
 * ⌈issues/100⌉ + ⌈pulls/100⌉ + ⌈label blockers/100⌉ + ⌈issues read in detail/100⌉ requests.
 * Label meaning and check rollups are read by the pure code in `loop/`.
 *
 * GitHub charges GraphQL per connection per 100 parent nodes, so the scan's issue page holds one
 * connection (labels) and the counts of native blockers. Read in detail, by alias, are:
 * - comments (claims, usage records) of every issue not waiting on an open blocker: an issue
 *   waiting, with no claim, no needs-human label and no open pull request, can neither be
 *   dispatched nor judged this tick; its comments are read the tick it stops waiting;
 * - native blockers of an issue whose `blocked-by` labels do not account for them (as many, as
 *   many open). Compile writes both, so in a compiled roadmap the labels name them.
 */
import type {
  BlockerNode,
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
  blockers: readonly number[]
  /** Numbers blocked natively, to report disagreement with the label mirror. */
  nativeBlockers: readonly number[]
  /** The newest comments, oldest first (claims, attestations); empty for a waiting issue. */
  comments: IssueComment[]
}

export interface LoopScan {
  issues: ScannedIssue[]
  pulls: PullFacts[]
  /** State of every blocker named by a label or a native relationship; null when unreadable. */
  blockers: Map<number, IssueFacts | null>
}

type Blockers = Map<number, IssueFacts | null>

/** The labels account for the native blockers: as many, and as many of them open. */
function labelsAccount(
  issue: ScannedIssueNode,
  labelled: readonly number[],
  blockers: Blockers
): boolean {
  const open = labelled.filter(b => blockers.get(b)?.state === 'OPEN').length
  return labelled.length === issue.dependencies.total && open === issue.dependencies.open
}

/** Waiting on an open blocker and touched by nothing: its comments cannot matter this tick. */
function waiting(
  issue: ScannedIssueNode,
  labelled: readonly number[],
  blockers: Blockers,
  pulled: Set<number>
): boolean {
  const blocked =
    issue.dependencies.open > 0 || labelled.some(b => blockers.get(b)?.state === 'OPEN')
  return (
    blocked &&
    !hasLabel(issue.labels, LABEL_CLAIM) &&
    !needsHuman(issue.labels) &&
    !pulled.has(issue.number)
  )
}

function stateOf(b: BlockerNode): IssueFacts {
  return { databaseId: b.databaseId, state: b.state, stateReason: b.stateReason }
}

export async function scanLoop(github: IssuesPort & PullsPort, label: string): Promise<LoopScan> {
  const nodes = await github.scanOpenIssues(label)
  const pulls = (await github.scanOpenPulls()).map(pullFacts)
  const labelled = new Map(nodes.map(n => [n.number, blockersFromLabels(n.labels)]))
  // Blockers named by a label: their state in one aliased query per 100.
  const named = new Set<number>()
  for (const list of labelled.values()) for (const n of list) named.add(n)
  const blockers: Blockers = named.size ? await github.lookupIssues([...named]) : new Map()
  // Any open pull request that names an issue (closing reference or loop branch) touches it.
  const pulled = new Set(
    pulls.flatMap(p => [...(p.works ?? []), ...p.closes, issueOfBranch(p.headRef) ?? 0])
  )
  const requests = nodes.map(n => {
    const own = labelled.get(n.number)!
    return {
      number: n.number,
      comments: !waiting(n, own, blockers, pulled),
      blockedBy: n.dependencies.total > 0 && !labelsAccount(n, own, blockers)
    }
  })
  const details = await github.issueDetails(requests)
  const issues = nodes.map(n => {
    const read = details.get(n.number)
    for (const b of read?.blockedBy ?? []) blockers.set(b.number, stateOf(b))
    const own = labelled.get(n.number)!
    // Unread natives are the labelled ones (they account for them); none when there are none.
    const native = read?.blockedBy
      ? read.blockedBy.map(b => b.number)
      : n.dependencies.total
        ? own
        : []
    // Mostly the same list (the labels mirror the natives): no set to build then.
    const all = native === own || !native.length ? own : [...new Set([...own, ...native])]
    return scannedIssue(n, all, native, read?.comments ?? [])
  })
  return { issues, pulls, blockers }
}

/**
 * The node with what the scan adds, written out rather than spread: adding keys to a spread
 * copy is 20-100x slower on Node.js 20, and a forecast makes one per issue on every tick. (A
 * field added to ScannedIssueNode must be added here; the type checker asks for it.)
 */
function scannedIssue(
  n: ScannedIssueNode,
  blockers: readonly number[],
  nativeBlockers: readonly number[],
  comments: IssueComment[]
): ScannedIssue {
  return {
    number: n.number,
    title: n.title,
    body: n.body,
    labels: n.labels,
    author: n.author,
    authorAssociation: n.authorAssociation,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    dependencies: n.dependencies,
    blockers,
    nativeBlockers,
    comments
  }
}
