/**
 * The GitHub port: everything the modes need from GitHub, in the modes' own terms. The Octokit
 * adapter (`octokit-port.ts`) is the only implementation that talks HTTP; modes can be tested
 * against it through the emulator, or against a hand-written fake where that is clearer.
 */

export interface RepoRef {
  owner: string
  repo: string
}

export interface RepositoryInfo {
  id: number
  fullName: string
  defaultBranch: string
  htmlUrl: string
}

export interface RateLimit {
  limit: number
  remaining: number
  resetAt: string
}

export interface FileContent {
  text: string
  /** Blob sha, the precondition for an update through the Contents API. */
  sha: string
}

export interface GitHubPort extends IssueWriter {
  readonly repo: RepoRef
  repository(): Promise<RepositoryInfo>
  /** Login of the token's own identity (e.g. `github-actions[bot]`), undefined if GitHub won't say. */
  viewerLogin(): Promise<string | undefined>
  rateLimit(): Promise<RateLimit>
  /** A file on a ref (default branch when omitted); undefined when it does not exist. */
  readFile(path: string, ref?: string): Promise<FileContent | undefined>
  /** Requests made so far through this port, by kind; for reports and budgets. */
  requestCount(): { reads: number; writes: number }
}

/** An issue as compile and tick read it in a scan (one GraphQL page per 100 issues). */
export interface TrackedIssue {
  number: number
  databaseId: number
  title: string
  body: string
  state: 'OPEN' | 'CLOSED'
  stateReason: string | null
  createdAt: string
  url: string
  /** Login as GraphQL reports it (bots without the `[bot]` suffix). */
  author: string | null
  authorAssociation: string
  labels: string[]
  /** Native "blocked by" relationships. */
  blockedBy: { number: number; databaseId: number }[]
  parent: number | null
}

export interface IssueFacts {
  databaseId: number
  state: 'OPEN' | 'CLOSED'
  stateReason: string | null
}

export interface IssueChange {
  title?: string
  body?: string
  labels?: string[]
  state?: 'open' | 'closed'
  stateReason?: 'completed' | 'not_planned' | 'duplicate'
}

export interface IssueComment {
  id: number
  body: string
  author: string | null
  createdAt: string
}

/** What a write through the Contents API came to. */
export type FileWriteOutcome = 'written' | 'conflict' | 'protected'

/** What adding a native relationship came to. */
export type RelationOutcome = 'added' | 'exists' | 'unavailable'

export interface RunJob {
  id: number
  name: string
  conclusion: string | null
  htmlUrl: string
  steps: { name: string; number: number; conclusion: string | null }[]
}

/** What one tick sees, in pages of 100 (see `scanLoop`). */
export interface LoopScan {
  issues: ScannedIssue[]
  pulls: ScannedPull[]
  /** State of every blocker named by a label or a native relationship; null when unreadable. */
  blockers: Map<number, IssueFacts | null>
}

export interface ScannedIssue {
  number: number
  title: string
  body: string
  labels: string[]
  assignees: string[]
  author: string | null
  authorAssociation: string
  createdAt: string
  updatedAt: string
  /** Blockers from `blocked-by:#N` labels and native relationships, deduplicated. */
  blockers: number[]
  /** Numbers blocked natively, to report disagreement with the label mirror. */
  nativeBlockers: number[]
}

export interface ScannedPull {
  number: number
  headRef: string
  headSha: string
  draft: boolean
  createdAt: string
  author: string | null
  closes: number[]
  /** `id` is the check run's database id (for GitHub Actions checks, also the job id). */
  checks: { name: string; state: 'pending' | 'success' | 'failure'; id?: number }[]
  verdict?: 'pass' | 'fail' | 'needs-human'
}

/** The writes and look-ups compile needs; tick and discover extend this list. */
export interface IssueWriter {
  /** Every issue with any of `labels`, open and closed, all pages. */
  listIssuesWithLabels(labels: string[]): Promise<TrackedIssue[]>
  /** Database id and state of issues by number, batched; null for numbers that are no issue. */
  lookupIssues(numbers: number[]): Promise<Map<number, IssueFacts | null>>
  listLabels(): Promise<string[]>
  createLabel(name: string, color: string, description: string): Promise<void>
  createIssue(fields: {
    title: string
    body: string
    labels: string[]
  }): Promise<{ number: number; databaseId: number }>
  updateIssue(number: number, change: IssueChange): Promise<void>
  addBlockedBy(number: number, blockerDatabaseId: number): Promise<RelationOutcome>
  removeBlockedBy(number: number, blockerDatabaseId: number): Promise<void>
  addSubIssue(parent: number, childDatabaseId: number): Promise<RelationOutcome>
  listComments(number: number): Promise<IssueComment[]>
  createComment(number: number, body: string): Promise<void>
  updateComment(id: number, body: string): Promise<void>
  writeFile(fields: {
    path: string
    text: string
    sha: string
    branch: string
    message: string
  }): Promise<FileWriteOutcome>
  branchSha(branch: string): Promise<string | undefined>
  createBranch(branch: string, sha: string): Promise<void>
  findOpenPull(head: string, base: string): Promise<number | undefined>
  createPull(fields: { head: string; base: string; title: string; body: string }): Promise<number>
  /** One issue with the fields of a scan; undefined when it does not exist. */
  getIssue(number: number): Promise<TrackedIssue | undefined>
  /** Paths of every file on a branch (one recursive tree request); `truncated` for huge trees. */
  listFiles(branch: string): Promise<{ paths: string[]; truncated: boolean }>
  /**
   * Open issues labelled `label`, open pull requests with their check rollup and `reviewCheck`
   * verdict, and the states of all blockers: ⌈issues/100⌉ + ⌈pulls/100⌉ + ⌈outside blockers/100⌉
   * requests, never one per issue.
   */
  scanLoop(label: string, reviewCheck: string): Promise<LoopScan>
  addLabels(number: number, labels: string[]): Promise<void>
  removeLabel(number: number, label: string): Promise<void>
  /** Assign logins; returns the logins GitHub actually assigned (it drops others silently). */
  addAssignees(number: number, logins: string[]): Promise<string[]>
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>
  /** Jobs of a workflow run (latest attempt), all pages. */
  listRunJobs(runId: number): Promise<RunJob[]>
  /** The plain-text log of a job (GitHub answers with a redirect to a signed URL). */
  jobLog(jobId: number): Promise<string>
}
