/**
 * The GraphQL points one request of each of the adapters' queries costs, by GitHub's formula
 * (each connection needs one request per node of its parents' connections; the sum ÷ 100,
 * rounded, at least 1). `__tests__/rig/graphql-cost.test.ts` checks every figure against the
 * query text itself; the forecast charges its simulated calls with them.
 */
export const GRAPHQL_POINTS = {
  /** 100 open issues with their labels and native blockers' counts: 1 + 100 requests. */
  issueScanPage: 1,
  /** 100 issues of any state (compile's listing), labels and blockers: 1 + 100 + 100. */
  issuePage: 2,
  /** 100 open issues without connections (finding the dashboard). */
  briefPage: 1,
  /**
   * 100 open pull requests: comments, closing references, files, the head's checks — the head
   * commit through `headRef` and the rollup on the pull request itself, not `commits(last: 1)`,
   * which was a connection of its own (5 points).
   */
  pullScanPage: 4,
  /**
   * 50 recently closed pull requests with their closing references and the checks of the commit
   * each was merged at (review pacing reads the verdict's time): 1 + 50 + 50 + 50.
   */
  recentClosedPulls: 2,
  /** The same, a page at a time (the forecast's calibration). */
  closedPullsPage: 2,
  /** Up to 100 issues' states by alias: no connection. */
  lookupBatch: 1,
  /**
   * Up to 100 issues by alias, each with its newest comments or its native blockers: a request
   * per connection asked — 1 point for one kind, 2 for both on all 100.
   */
  detailsBatch: 1,
  /** One issue with its labels and blockers. */
  issue: 1
} as const
