/**
 * The GitHub port: everything the modes need from GitHub, in the modes' own terms, split by role
 * (repository, issues and labels, pull requests, contents and refs, Actions runs). The Octokit
 * adapters under `octokit/` are the only code that talks HTTP; they return facts, and every
 * domain rule (check-state rollup, verdicts, label meaning) lives in pure code under `loop/`.
 * `readOnlyPort` wraps any port so that every write throws: that is what a dry run gets.
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

/**
 * Both budgets GitHub keeps for a token, apart: REST requests (`core`; GITHUB_TOKEN 1,000 an
 * hour) and GraphQL points (`graphql`; GITHUB_TOKEN 1,000 an hour, a query costing its
 * connections' requests ÷ 100). A guard checks the budget its next requests spend.
 */
export interface ApiBudgets {
  core: RateLimit
  graphql: RateLimit
}

export interface FileContent {
  /** The content decoded as UTF-8 (lossy); `bytes` holds it exactly. */
  text: string
  bytes: Buffer
  /** Blob sha, the precondition for an update through the Contents API. */
  sha: string
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
  /** When it was closed (absent while open). */
  closedAt?: string
  url: string
  /** Login as GraphQL reports it (bots without the `[bot]` suffix). */
  author: string | null
  authorAssociation: string
  labels: readonly string[]
  /** Native "blocked by" relationships. */
  blockedBy: { number: number; databaseId: number }[]
  parent: number | null
  /** Who last edited the body (null when never edited or unknown). */
  editor: string | null
}

/** An open issue as a brief listing reads it. */
export type BriefIssue = Pick<
  TrackedIssue,
  'number' | 'title' | 'body' | 'author' | 'editor' | 'createdAt'
>

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
  /** OWNER, MEMBER, COLLABORATOR…: whether the author may write to the repository. */
  authorAssociation: string
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

/** An open unit issue as one scan page reads it (raw facts; `loop/scan.ts` interprets them). */
export interface ScannedIssueNode {
  number: number
  title: string
  body: string
  labels: readonly string[]
  author: string | null
  authorAssociation: string
  createdAt: string
  updatedAt: string
  /** GitHub's counts of native "blocked by" relationships: `open` blockers of `total`. */
  dependencies: { open: number; total: number }
}

/** A native blocker with its state, as an issue's `blockedBy` lists it. */
export interface BlockerNode {
  number: number
  databaseId: number
  state: 'OPEN' | 'CLOSED'
  stateReason: string | null
}

/** What to read of one issue beyond its scan: its newest comments, its native blockers. */
export interface DetailRequest {
  number: number
  comments: boolean
  blockedBy: boolean
}

export interface IssueDetails {
  comments?: IssueComment[]
  blockedBy?: BlockerNode[]
}

/** One entry of a commit's status-check rollup, as GitHub reports it. */
export type RollupEntry =
  | {
      type: 'check-run'
      name: string
      /** QUEUED, IN_PROGRESS, COMPLETED… */
      status: string
      conclusion: string | null
      /** Database id; for GitHub Actions checks also the job id. */
      id?: number
      /** Slug of the GitHub App that created the check run (e.g. `github-actions`), when known. */
      app?: string
      /** What its creator set as `external_id` (a workflow job's check run cannot choose it). */
      externalId?: string
      /** When it started and completed (a verdict's completion: when it became ready to merge). */
      startedAt?: string
      completedAt?: string
    }
  | { type: 'status'; context: string; state: string }

/** An open pull request as one scan page reads it. */
export interface ScannedPullNode {
  number: number
  headRef: string
  headSha: string
  /** The branch it merges into, and that branch's head now (a stacked one's is a loop branch). */
  baseRef?: string
  baseSha?: string
  draft: boolean
  createdAt: string
  author: string | null
  authorAssociation: string
  /** Its head branch lives in a fork, not in this repository. */
  crossRepository: boolean
  /** GitHub's `mergeable` (MERGEABLE, CONFLICTING, UNKNOWN = not computed yet). */
  mergeable?: string
  /** GitHub's `mergeStateStatus` (CLEAN, DIRTY, BEHIND, BLOCKED, UNSTABLE, UNKNOWN…). */
  mergeStateStatus?: string
  /** Its description: workers put attestation records here. */
  body: string
  /** The newest comments (up to SCAN_COMMENTS), oldest first. */
  comments: IssueComment[]
  /** Issues it closes (`closingIssuesReferences`). */
  closes: number[]
  /** The paths it changes (the first 100; `complete` false when it changes more). */
  changed?: { paths: string[]; complete: boolean }
  /** When its head commit was made: checks are awaited from then (or from opening, if later). */
  headCommittedAt?: string
  /** The rollup of its head commit. */
  rollup: RollupEntry[]
}

/** A closed or merged pull request, as far as its usage records go. */
export interface ClosedPullNode {
  number: number
  headRef: string
  author: string | null
  authorAssociation: string
  body: string
  crossRepository: boolean
  /** Issues it closes (`closingIssuesReferences`). */
  closes: number[]
  /** When it was last updated (closing included). */
  updatedAt: string
  /** When and by whom it was merged; absent when it was closed unmerged. */
  mergedAt?: string
  mergedBy?: string | null
  /** Its last commit and that commit's check rollup (the verdict it was merged with). */
  headSha?: string
  rollup?: RollupEntry[]
}

export interface WorkflowRunFacts {
  id: number
  status: string
  conclusion: string | null
}

/** Settings → Actions → General, as far as the token may read them (an admin's may). */
export interface ActionsSettings {
  enabled: boolean
  /** `all`, `local_only` or `selected`. */
  allowedActions?: string
  defaultWorkflowPermissions?: 'read' | 'write'
  /** "Allow GitHub Actions to create and approve pull requests". */
  canApprovePullRequestReviews?: boolean
}

/** What stands between a commit through the API and a branch. */
export interface BranchGuard {
  /** Classic branch protection; undefined when the token may not read it (admins only). */
  protected?: boolean
  /** Types of the ruleset rules active on the branch (readable with read access). */
  rules: string[]
}

export interface WorkflowInfo {
  id: number
  name: string
  path: string
  /** `active`, `disabled_manually`, `disabled_inactivity`… */
  state: string
}

export interface RunSummary {
  id: number
  event: string
  status: string
  conclusion: string | null
  createdAt: string
}

export interface RepoPort {
  readonly repo: RepoRef
  repository(): Promise<RepositoryInfo>
  /** Login of the token's own identity (e.g. `github-actions[bot]`), undefined if GitHub won't say. */
  viewerLogin(): Promise<string | undefined>
  /** Both budgets, from GitHub's latest answers this run (a `GET /rate_limit`, which is free, otherwise). */
  rateLimit(): Promise<ApiBudgets>
  /** A user's permission on the repository (`admin`, `maintain`, `write`, `triage`, `read`, `none`). */
  permission(login: string): Promise<string>
  /** Requests made so far through this port, by kind, and the GraphQL points they cost. */
  requestCount(): { reads: number; writes: number; points: number }
  /** The Actions settings; undefined when the token may not read them. */
  actionsSettings(): Promise<ActionsSettings | undefined>
  branchGuard(branch: string): Promise<BranchGuard>
  /**
   * Whether this token is a GitHub App installation's that reaches this repository; undefined
   * when it is not an installation token at all (a PAT, say).
   */
  installationReaches(): Promise<boolean | undefined>
}

/** Issues, their labels, comments and relationships. */
export interface IssuesPort {
  /** Every issue with any of `labels`, open and closed, all pages. */
  listIssuesWithLabels(labels: string[]): Promise<TrackedIssue[]>
  /**
   * The open issues with `label`, without labels or relationships (no nested connection: 1
   * GraphQL point a page where a full listing costs 2): what finding the dashboard needs.
   */
  listOpenIssuesBrief(label: string): Promise<BriefIssue[]>
  /**
   * Open issues with `label`, 100 a page: labels and the counts of native blockers, not the
   * blockers nor comments — a page costs 1 GraphQL point (one nested connection), not 4.
   */
  scanOpenIssues(label: string): Promise<ScannedIssueNode[]>
  /**
   * What `requests` ask of each issue (its newest comments, up to SCAN_COMMENTS, oldest first;
   * its native blockers): 100 issues by alias in one query, a point per 100 per connection asked.
   */
  issueDetails(requests: DetailRequest[]): Promise<Map<number, IssueDetails>>
  /** Database id and state of issues by number, batched; null for numbers that are no issue. */
  lookupIssues(numbers: number[]): Promise<Map<number, IssueFacts | null>>
  /** One issue with the fields of a scan; undefined when it does not exist. */
  getIssue(number: number): Promise<TrackedIssue | undefined>
  createIssue(fields: {
    title: string
    body: string
    labels: string[]
  }): Promise<{ number: number; databaseId: number }>
  updateIssue(number: number, change: IssueChange): Promise<void>
  listLabels(): Promise<string[]>
  createLabel(name: string, color: string, description: string): Promise<void>
  addLabels(number: number, labels: string[]): Promise<void>
  removeLabel(number: number, label: string): Promise<void>
  /** Assign logins; returns the logins GitHub actually assigned (it drops others silently). */
  addAssignees(number: number, logins: string[]): Promise<string[]>
  listComments(number: number): Promise<IssueComment[]>
  /** Returns the new comment's id (GitHub's ids grow with time: the claim lock relies on it). */
  createComment(number: number, body: string): Promise<number>
  updateComment(id: number, body: string): Promise<void>
  deleteComment(id: number): Promise<void>
  addBlockedBy(number: number, blockerDatabaseId: number): Promise<RelationOutcome>
  removeBlockedBy(number: number, blockerDatabaseId: number): Promise<void>
  addSubIssue(parent: number, childDatabaseId: number): Promise<RelationOutcome>
  /** Whether issue dependencies ("blocked by") can be read here: false on GHES without them. */
  dependenciesAvailable(issue: number): Promise<boolean>
}

/** One pull request as the review packet and the verdict read it. */
export interface PullDetails {
  number: number
  title: string
  body: string
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  headRef: string
  headSha: string
  baseRef: string
  author: string | null
  authorAssociation: string
  /** Issues it closes (`closingIssuesReferences`). */
  closes: number[]
  /** The newest comments (up to SCAN_COMMENTS), oldest first: attestations. */
  comments: IssueComment[]
}

/** One changed file of a pull request (the pulls files API). */
export interface PullFile {
  path: string
  status: string
  additions: number
  deletions: number
  /** The unified diff; GitHub leaves it out for binary and very large files. */
  patch?: string
}

/** A pull request review. */
export interface PullReview {
  id: number
  body: string
  author: string | null
  state: string
}

/** An annotation of a check run, on a file and line of the head commit. */
export interface CheckAnnotation {
  path: string
  line: number
  level: 'failure' | 'warning' | 'notice'
  message: string
  title?: string
}

/** A completed check run to publish on a commit. */
export interface CheckRunFields {
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'action_required' | 'neutral'
  title: string
  summary: string
  annotations: CheckAnnotation[]
  /** Shown with `action_required`: where a human goes to act. */
  detailsUrl?: string
  /** The check run's `external_id`: the loop binds its verdict to the head with it. */
  externalId?: string
}

/** Pull requests, their reviews and their checks. */
export interface PullsPort {
  /** Open pull requests with their head's check rollup; ⌈pulls/100⌉ requests. */
  scanOpenPulls(): Promise<ScannedPullNode[]>
  /**
   * The 50 pull requests closed or merged most lately (one request): the usage records of loop
   * pull requests merged before any tick saw them are charged from these.
   */
  recentClosedPulls(): Promise<ClosedPullNode[]>
  /**
   * 50 closed or merged pull requests a page, the most lately updated first, with when each was
   * opened (the forecast's calibration reads the history through it); `next` for the next page.
   */
  closedPullsPage(cursor?: string): Promise<{
    pulls: (ClosedPullNode & { createdAt: string })[]
    next?: string
  }>
  findOpenPull(head: string, base: string): Promise<number | undefined>
  createPull(fields: { head: string; base: string; title: string; body: string }): Promise<number>
  /** Its title, body, or base branch (a stacked pull request re-based onto the default branch). */
  updatePull(
    number: number,
    fields: { title?: string; body?: string; base?: string }
  ): Promise<void>
  /** One pull request; undefined when the number is no pull request. */
  getPull(number: number): Promise<PullDetails | undefined>
  /**
   * "Update branch": merge the base into the pull request's head (a merge commit, never a force
   * push). `moved` when the head is no longer `expectedHeadSha`; `conflict` when GitHub cannot.
   */
  updateBranch(number: number, expectedHeadSha: string): Promise<'updated' | 'moved' | 'conflict'>
  /** Its changed files, all pages (GitHub lists at most 3,000). */
  listPullFiles(number: number): Promise<PullFile[]>
  listReviews(number: number): Promise<PullReview[]>
  /**
   * A review of type COMMENT on `commitSha`. The port has no other review type on purpose: the
   * loop never approves and never requests changes in a way that blocks a human.
   */
  createCommentReview(number: number, commitSha: string, body: string): Promise<number>
  updateReview(number: number, reviewId: number, body: string): Promise<void>
  /** Publish a completed check run (annotations in batches of 50, as GitHub takes them). */
  createCheckRun(fields: CheckRunFields): Promise<number>
  /** The summary a check run carries; undefined when it does not exist. */
  checkRunSummary(id: number): Promise<string | undefined>
}

/** Files, branches and refs. */
export interface ContentsPort {
  /** A file on a ref (default branch when omitted); undefined when it does not exist. */
  readFile(path: string, ref?: string): Promise<FileContent | undefined>
  /**
   * The default branch's last commit that changed `path` at or before `until` (one request):
   * the file as it stood then; undefined when none did.
   */
  lastCommitOf(path: string, until: Date): Promise<string | undefined>
  /**
   * The bytes of many files on a commit, in batches: one GraphQL query per 100 paths, and one
   * blob request only for a file GraphQL cannot give exactly (binary, over 512 KB, not UTF-8).
   * Paths that are no file there are left out.
   */
  readFiles(paths: readonly string[], ref: string): Promise<Map<string, Buffer>>
  writeFile(fields: {
    path: string
    text: string
    sha: string
    branch: string
    message: string
  }): Promise<FileWriteOutcome>
  branchSha(branch: string): Promise<string | undefined>
  createBranch(branch: string, sha: string): Promise<void>
  /** Paths of every file on a branch (one recursive tree request); `truncated` for huge trees. */
  listFiles(branch: string): Promise<{ paths: string[]; truncated: boolean }>
  /** Git Data API: a blob of these bytes; returns its sha. */
  createBlob(bytes: Buffer): Promise<string>
  /** A tree: `base` (a tree sha) with these entries written (`sha: null` deletes the path). */
  createTree(base: string, entries: TreeEntry[]): Promise<string>
  /** A commit of `tree` on `parents`; returns its sha. */
  createCommit(fields: { message: string; tree: string; parents: string[] }): Promise<string>
  /** The tree sha of a commit. */
  commitTree(commitSha: string): Promise<string>
  /**
   * Move a branch to `sha`, fast-forward only: there is no force. GitHub refuses a move that is
   * not a fast-forward (`non-fast-forward`).
   */
  moveBranch(branch: string, sha: string): Promise<'moved' | 'non-fast-forward'>
  /** What `head` changed since it parted from `base`; undefined when either is unknown. */
  compareCommits(base: string, head: string): Promise<Comparison | undefined>
}

/** What changed on `head` since it and `base` parted (the compare API, first page). */
export interface Comparison {
  mergeBase: string
  /** The commits on `head` that `base` has not, oldest first: their sha and first line. */
  commits: { sha: string; subject: string }[]
  /** Paths changed from the merge base to `head` (GitHub lists at most 300). */
  files: string[]
}

/** One entry of a tree to write. */
export interface TreeEntry {
  path: string
  /** `100644` file, `100755` executable. Symlinks and submodules are never written. */
  mode: '100644' | '100755'
  /** Blob sha, or null to delete the path. */
  sha: string | null
}

/** GitHub Actions: workflow runs, their jobs and logs, workflow dispatch. */
export interface ActionsPort {
  /** Start a workflow; the run's id when GitHub says it (`return_run_details`; not on older GHES). */
  dispatchWorkflow(
    workflow: string,
    ref: string,
    inputs: Record<string, string>
  ): Promise<number | undefined>
  /** A workflow run's status; undefined when GitHub does not know the run. */
  getRun(runId: number): Promise<WorkflowRunFacts | undefined>
  /** The workflows GitHub knows in this repository, with their state. */
  listWorkflows(): Promise<WorkflowInfo[]>
  /**
   * The names of the repository's Actions secrets and variables (never their values); undefined
   * when the token may not list them (GITHUB_TOKEN cannot).
   */
  actionsConfigNames(): Promise<{ secrets: string[]; variables: string[] } | undefined>
  /** A workflow's newest runs, newest first (one page). */
  recentRuns(workflowId: number, limit: number): Promise<RunSummary[]>
  /** Jobs of a workflow run (latest attempt), all pages. */
  listRunJobs(runId: number): Promise<RunJob[]>
  /** The plain-text log of a job (GitHub answers with a redirect to a signed URL). */
  jobLog(jobId: number): Promise<string>
}

export interface GitHubPort extends RepoPort, IssuesPort, PullsPort, ContentsPort, ActionsPort {}

/** An App GitHub made from a manifest (`POST /app-manifests/{code}/conversions`). */
export interface ConvertedApp {
  id: number
  slug: string
  clientId: string
  /** The App's private key (PEM): stored as a secret, never written to disk or printed. */
  pem: string
  htmlUrl: string
}

/**
 * What `init` needs beyond the loop's own port to set a repository up — a person's token with
 * admin on the repository: a commit of another repository (a team's copy of this action), the
 * Actions secrets key, sealed secrets and variables, and the manifest flow's code exchange.
 */
export interface SetupPort {
  /** The repository's owner, and whether it is an organisation (its Apps are the organisation's). */
  repositoryOwner(): Promise<{ login: string; organization: boolean }>
  /** The commit `ref` of `repository` (`owner/name`) is at; undefined when it has no such ref. */
  resolveCommit(repository: string, ref: string): Promise<string | undefined>
  secretsKey(): Promise<{ keyId: string; key: string }>
  /** Store a secret, `sealed` to the key `keyId` names (base64). */
  putSecret(name: string, sealed: string, keyId: string): Promise<void>
  /** Create or update an Actions variable. */
  putVariable(name: string, value: string): Promise<void>
  convertManifest(code: string): Promise<ConvertedApp>
}
