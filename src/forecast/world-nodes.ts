/**
 * The forecast's GitHub, its records: an issue and a pull request as the world keeps them, and
 * as its port hands them to the tick — the nodes GitHub's API would answer with.
 */
import type {
  IssueComment,
  IssueFacts,
  RollupEntry,
  ScannedIssueNode,
  ScannedPullNode,
  TrackedIssue
} from '../github/port.js'
import { ACTIONS_BOT } from '../loop/trust.js'

export const SIM_REPO = { owner: 'forecast', repo: 'roadmap' }

export interface WorldIssue {
  number: number
  title: string
  body: string
  /** Replaced when a label changes, never changed in place: read once a list (`unchangingLabels`). */
  labels: readonly string[]
  state: 'OPEN' | 'CLOSED'
  stateReason: string | null
  createdAt: string
  updatedAt: string
  blockedBy: number[]
  comments: IssueComment[]
}

export interface WorldPull {
  number: number
  issue: number
  headRef: string
  headSha: string
  /** The branch it merges into: `main`, or a stacked one's blocker branch. */
  base: string
  /** A stacked one's: the head of its base it was built on (or last brought up to date with). */
  builtOn?: string
  headCommittedAt: string
  createdAt: string
  body: string
  paths: string[]
  /** Paths known (`(files: …)`), or made up for the conflict model. */
  known: boolean
  open: boolean
  /** When a person merged it. */
  mergedAt?: string
  conflicting: boolean
  /** Check runs by head. */
  checks: Map<string, RollupEntry[]>
}

/** An issue as `getIssue` and `listIssuesWithLabels` answer it. */
export function trackedIssue(i: WorldIssue): TrackedIssue {
  return {
    number: i.number,
    databaseId: i.number * 1000,
    title: i.title,
    body: i.body,
    state: i.state,
    stateReason: i.stateReason,
    createdAt: i.createdAt,
    url: `https://github.com/${SIM_REPO.owner}/${SIM_REPO.repo}/issues/${i.number}`,
    author: ACTIONS_BOT,
    authorAssociation: 'NONE',
    labels: i.labels,
    blockedBy: i.blockedBy.map(n => ({ number: n, databaseId: n * 1000 })),
    parent: null,
    editor: null
  }
}

/** An issue's state as a blocker look-up answers it; null for none. */
export function issueFacts(issues: ReadonlyMap<number, WorldIssue>, n: number): IssueFacts | null {
  const i = issues.get(n)
  return i ? { databaseId: n * 1000, state: i.state, stateReason: i.stateReason } : null
}

/** An open issue as the scan answers it, with GitHub's counts of its native blockers. */
export function scannedNode(
  issues: ReadonlyMap<number, WorldIssue>,
  i: WorldIssue
): ScannedIssueNode {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    labels: i.labels,
    author: ACTIONS_BOT,
    authorAssociation: 'NONE',
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    dependencies: {
      open: i.blockedBy.filter(n => issues.get(n)?.state === 'OPEN').length,
      total: i.blockedBy.length
    }
  }
}

/** The head of a branch: `main`'s is just that; a loop branch's is its pull request's head. */
export function branchHead(pulls: ReadonlyMap<number, WorldPull>, branch: string): string {
  if (branch === 'main') return 'main'
  for (const p of pulls.values()) if (p.headRef === branch) return p.headSha
  return branch
}

/** A pull request as the scan of open ones answers it. */
export function pullNodeOf(pulls: ReadonlyMap<number, WorldPull>, p: WorldPull): ScannedPullNode {
  return {
    number: p.number,
    headRef: p.headRef,
    headSha: p.headSha,
    baseRef: p.base,
    baseSha: branchHead(pulls, p.base),
    draft: false,
    createdAt: p.createdAt,
    author: ACTIONS_BOT,
    authorAssociation: 'NONE',
    crossRepository: false,
    mergeable: p.conflicting ? 'CONFLICTING' : 'MERGEABLE',
    mergeStateStatus: p.conflicting ? 'DIRTY' : 'CLEAN',
    body: p.body,
    comments: [],
    closes: [p.issue],
    changed: { paths: p.paths, complete: true },
    headCommittedAt: p.headCommittedAt,
    rollup: [...(p.checks.get(p.headSha) ?? [])]
  }
}
