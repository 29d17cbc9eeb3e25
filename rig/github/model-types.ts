/**
 * The shapes of the emulator's state — people, labels, issues and pull requests, comments,
 * reviews, workflow runs and jobs, check runs, commit statuses, files, commits and branches —
 * the three-way merge of file sets, and the events the repository delivers to Actions.
 */
export type Permission = 'admin' | 'write' | 'read' | 'none'

export interface User {
  id: number
  login: string
  type: 'User' | 'Bot'
  token: string
  permission: Permission
  association: 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE'
}

export interface Label {
  id: number
  name: string
  color: string
  description: string | null
}

export interface Comment {
  id: number
  issueNumber: number
  body: string
  userId: number
  createdAt: string
  updatedAt: string
}

export interface Issue {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  labels: string[]
  assignees: number[]
  userId: number
  createdAt: string
  updatedAt: string
  closedAt: string | null
  /** Database ids of the issues blocking this one (GitHub's "blocked by"). */
  blockedBy: number[]
  /** Database ids of sub-issues, in order. */
  subIssues: number[]
  parentId: number | null
  /** Who last edited the body, and when (GraphQL `editor`, `lastEditedAt`). */
  editorId?: number
  lastEditedAt?: string
  /** Present when this number is a pull request. */
  pull?: PullData
}

export interface PullData {
  head: string
  /** The fork the head branch lives in (`owner/name`); absent when it is this repository. */
  headRepo?: string
  headSha: string
  base: string
  draft: boolean
  merged: boolean
  /** When and by whom (a user id) it was merged. */
  mergedAt?: string
  mergedBy?: number
  /** Changed files as tests set them; otherwise derived from the head and base branches. */
  files?: PullFileData[]
  /** GitHub's merge state as a test sets it; MERGEABLE / CLEAN when absent. */
  mergeable?: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN'
  mergeStateStatus?: string
}

export interface StepData {
  name: string
  number: number
  conclusion: string | null
}

export interface JobData {
  id: number
  name: string
  conclusion: string | null
  steps: StepData[]
  log: string
  startedAt: string
}

export interface WorkflowRun {
  id: number
  name: string
  path: string
  headBranch: string
  headSha: string
  event: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  runAttempt: number
  runNumber: number
  createdAt: string
  /** `owner/name` of the head repository (differs for forks). */
  headRepository: string
  jobs: JobData[]
}

export interface CheckRun {
  id: number
  name: string
  headSha: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  startedAt: string
  completedAt: string | null
  title: string | null
  summary: string | null
  /** Slug of the GitHub App that created it (only apps can create check runs). */
  appSlug: string
  /** What its creator set; a workflow job's check run gets one from Actions, never a chosen one. */
  externalId: string
  annotations: CheckAnnotationData[]
  detailsUrl: string | null
}

export interface CheckAnnotationData {
  path: string
  startLine: number
  endLine: number
  level: string
  message: string
  title: string | null
}

export interface Review {
  id: number
  pullNumber: number
  userId: number
  body: string
  /** COMMENTED, APPROVED, CHANGES_REQUESTED, PENDING. */
  state: string
  commitId: string
  submittedAt: string
}

/** One changed file of a pull request, as the pulls files API lists it. */
export interface PullFileData {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  additions: number
  deletions: number
  /** Absent for binary or huge files, as on GitHub. */
  patch?: string
}

export interface CommitStatus {
  id: number
  sha: string
  context: string
  state: 'error' | 'failure' | 'pending' | 'success'
  description: string | null
  createdAt: string
  creatorId: number
}

export interface FileEntry {
  content: Buffer
  sha: string
  /** Git file mode; `100644` when absent. */
  mode?: string
}

/** A commit made through the Git Data API: its whole file set, parents and message. */
export interface CommitSnapshot {
  sha: string
  tree: string
  parents: string[]
  message: string
  files: Map<string, FileEntry>
  authorId: number
  at: string
}

export interface Branch {
  name: string
  commitSha: string
  files: Map<string, FileEntry>
  protected: boolean
  /**
   * The files of the commit this branch forked from (its merge base with the branch it was made
   * from), moved on when that branch is merged into it: what a three-way merge compares against.
   */
  forkFiles?: Map<string, FileEntry>
}

/** A three-way merge of file sets, by blob: git's outcome for whole-file changes. */
export function mergeFiles(
  base: Map<string, FileEntry>,
  ours: Map<string, FileEntry>,
  theirs: Map<string, FileEntry>
): { files: Map<string, FileEntry>; conflicts: string[] } {
  const files = new Map<string, FileEntry>()
  const conflicts: string[] = []
  for (const path of [...new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])].sort()) {
    const [b, o, t] = [base.get(path), ours.get(path), theirs.get(path)]
    const same = (x?: FileEntry, y?: FileEntry) => x?.sha === y?.sha
    const pick = same(t, b) ? o : same(o, b) ? t : same(o, t) ? o : null
    if (pick === null) conflicts.push(path)
    else if (pick) files.set(path, pick)
  }
  return { files, conflicts }
}

/**
 * Something that happened in the repository, as GitHub would deliver it to Actions: the runner
 * (rig/runner/) turns each into the webhook payload of `name` and starts the workflows it matches.
 */
export interface RepoEvent {
  name: 'pull_request' | 'issues' | 'push' | 'workflow_dispatch' | 'workflow_run'
  action?: string
  /** The login whose request caused it; GITHUB_TOKEN's events start no workflow runs. */
  actor: string
  issue?: number
  label?: string
  run?: number
  ref?: string
  before?: string
  after?: string
  workflow?: string
  inputs?: Record<string, unknown>
}
