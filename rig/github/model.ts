/**
 * The emulator's state: one repository with its users, issues, pull requests, labels, comments,
 * issue dependencies, sub-issues, branches and files. Plain data and small helpers; the REST and
 * GraphQL layers render it the way GitHub does.
 */
/* eslint-disable max-lines -- to split: the repository's issues, pull requests, git data and runs */
import { AppRegistry, SecretsBox, type OtherRepositories } from './apps.js'
import { ReleaseStore } from './releases.js'
import { createHash } from 'node:crypto'
import { isoSecond, SimulatedClock, type RigClock } from '../clock.js'
import type { Grants } from './scopes.js'

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

export const OWNER = 'acme'
export const REPO = 'widgets'

export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

export class Model {
  readonly owner = OWNER
  readonly name = REPO
  readonly repoId = 1296269
  readonly createdAt = '2026-01-01T00:00:00Z'
  readonly users: User[] = [
    {
      id: 41898282,
      login: 'github-actions[bot]',
      type: 'Bot',
      token: 'ghs_rig_bot_token',
      permission: 'write',
      association: 'NONE'
    },
    {
      id: 1001,
      login: 'maintainer',
      type: 'User',
      token: 'ghp_rig_maintainer_token',
      permission: 'admin',
      association: 'OWNER'
    },
    {
      // Copilot coding agent: assignable only by a user token, as on GitHub.
      id: 198982749,
      login: 'copilot-swe-agent[bot]',
      type: 'Bot',
      token: '',
      permission: 'write',
      association: 'NONE'
    },
    {
      // A third-party CI app: creates and updates its own check runs, as CI does.
      id: 1003,
      login: 'ci-app[bot]',
      type: 'Bot',
      token: 'ghs_rig_ci_app_token',
      permission: 'write',
      association: 'NONE'
    },
    {
      // The team's GitHub App (docs/workers.md): publish pushes with its installation token, so
      // CI runs on the loop's branches. The rig's runner mints scoped tokens for it.
      id: 1004,
      login: 'loop-app[bot]',
      type: 'Bot',
      token: 'ghs_rig_loop_app_token',
      permission: 'write',
      association: 'NONE'
    },
    {
      id: 1002,
      login: 'outsider',
      type: 'User',
      token: 'ghp_rig_outsider_token',
      permission: 'none',
      association: 'NONE'
    }
  ]
  readonly labels: Label[] = []
  readonly issues: Issue[] = []
  readonly comments: Comment[] = []
  readonly branches = new Map<string, Branch>()
  /** Branches of forks that pull requests come from, by `owner/name:branch`. */
  readonly forkBranches = new Map<string, Branch>()
  readonly runs: WorkflowRun[] = []
  readonly checkRuns: CheckRun[] = []
  /** workflow_dispatch events received: workflow, ref, inputs. */
  readonly dispatches: { workflow: string; ref: string; inputs: Record<string, unknown> }[] = []
  /** The repository's Actions secrets and variables, by name (a test sets them). */
  readonly actionsSecrets = new Map<string, string>()
  readonly actionsVariables = new Map<string, string>()
  /** Apps made through the manifest flow, the secrets box, other repositories' refs (apps.ts). */
  readonly apps = new AppRegistry(() => this.clock.peek())
  readonly secretsBox = new SecretsBox()
  readonly otherRepositories: OtherRepositories = new Map()
  /** Tags and releases (the release workflow). */
  readonly releases = new ReleaseStore()
  /** Who owns the repository: a person, or an organisation (whose Apps it installs). */
  ownerType: 'User' | 'Organization' = 'User'
  readonly statuses: CommitStatus[] = []
  readonly reviews: Review[] = []
  /** Git Data API objects: blobs, trees (as flat file sets) and commits, by sha. */
  readonly blobs = new Map<string, Buffer>()
  readonly trees = new Map<string, Map<string, FileEntry>>()
  readonly commits = new Map<string, CommitSnapshot>()
  defaultBranch = 'main'
  /** Branch protection's "require branches to be up to date before merging" on the default branch. */
  requireUpToDate = false
  /** Turn off to emulate GitHub Enterprise without issue dependencies (404 on those routes). */
  dependenciesApi = true
  /** Settings → Actions → General, as a repository admin reads it (GitHub's defaults since 2023). */
  readonly actionsSettings = {
    enabled: true,
    allowedActions: 'all' as 'all' | 'local_only' | 'selected',
    defaultWorkflowPermissions: 'read' as 'read' | 'write',
    canApprovePullRequestReviews: false
  }
  /** Active ruleset rules by branch (`pull_request`, `update`, `required_status_checks`…). */
  readonly branchRules = new Map<string, string[]>()
  /** Workflows a test disabled, by path (`disabled_manually`, `disabled_inactivity`). */
  readonly workflowStates = new Map<string, string>()
  /** Apps (bot logins) whose installation does not include this repository. */
  readonly uninstalledApps = new Set<string>()
  /** Tokens minted with limited permissions (rig/github/scopes.ts), by token. */
  readonly scopedTokens = new Map<string, { login: string; grants: Grants; label: string }>()
  /** Who hears of RepoEvents (the runner's Actions service); nobody unless a runner listens. */
  readonly listeners: ((event: RepoEvent) => void)[] = []
  private nextId = 5000
  /** The rig's clock (rig/clock.ts): simulated in tests, the wall clock only standalone. */
  readonly clock: RigClock

  constructor(clock: RigClock = new SimulatedClock()) {
    this.clock = clock
    const files = new Map<string, FileEntry>()
    const readme = Buffer.from('# widgets\n')
    files.set('README.md', { content: readme, sha: gitBlobSha(readme) })
    this.branches.set('main', {
      name: 'main',
      commitSha: this.commitSha('initial'),
      files,
      protected: false
    })
  }

  id(): number {
    return this.nextId++
  }

  emit(event: RepoEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  /** A person pushes tag `name` at `sha` (a branch head or a known commit): a push event. */
  pushTag(name: string, sha: string, actor = 'maintainer'): void {
    if (!this.snapshot(sha)) throw new Error(`no commit ${sha}`)
    this.releases.tags.set(name, sha)
    this.emit({ name: 'push', actor, ref: `refs/tags/${name}`, before: '0'.repeat(40), after: sha })
  }

  /** Move the emulator's clock forward to `iso` (tests that stand for hours of ticks). */
  setClock(iso: string): void {
    this.clock.set(Date.parse(iso))
  }

  /** A strictly increasing timestamp, so creation order is unambiguous. */
  now(): string {
    return isoSecond(this.clock.stamp())
  }

  /** The current time without stamping: what the harness tells the action it runs. */
  currentTime(): string {
    return isoSecond(this.clock.peek())
  }

  /** When each commit was made (GraphQL `committedDate`), by sha. */
  readonly commitDates = new Map<string, string>()

  commitSha(seed: string): string {
    const sha = createHash('sha1').update(`${seed}:${this.nextId++}`).digest('hex')
    this.commitDates.set(sha, this.now())
    return sha
  }

  userByToken(token: string): User | undefined {
    const scoped = this.scopedTokens.get(token)
    if (scoped) return this.userByLogin(scoped.login)
    return this.users.find(u => u.token === token)
  }

  /**
   * A token for `login` limited to `grants` (a job's GITHUB_TOKEN, an App installation token);
   * `label` names the job it belongs to in the request log.
   */
  mintToken(login: string, grants: Grants, label = ''): string {
    const token = `ghs_rig_scoped_${this.id()}_${login.replace(/\W/g, '')}`
    this.scopedTokens.set(token, { login, grants, label })
    return token
  }

  user(id: number): User {
    const user = this.users.find(u => u.id === id)
    if (!user) throw new Error(`no user ${id}`)
    return user
  }

  userByLogin(login: string): User | undefined {
    return this.users.find(u => u.login.toLowerCase() === login.toLowerCase())
  }

  issue(number: number): Issue | undefined {
    return this.issues.find(i => i.number === number)
  }

  issueById(id: number): Issue | undefined {
    return this.issues.find(i => i.id === id)
  }

  label(name: string): Label | undefined {
    return this.labels.find(l => l.name.toLowerCase() === name.toLowerCase())
  }

  /** GitHub creates a missing label with a default colour when one is applied to an issue. */
  ensureLabel(name: string): Label {
    let label = this.label(name)
    if (!label) {
      label = { id: this.id(), name, color: 'ededed', description: null }
      this.labels.push(label)
    }
    return label
  }

  createIssue(fields: {
    title: string
    body?: string | null
    labels?: string[]
    assignees?: number[]
    userId: number
    pull?: PullData
  }): Issue {
    const now = this.now()
    const issue: Issue = {
      id: this.id(),
      number: this.issues.length + 1,
      title: fields.title,
      body: fields.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: fields.assignees ?? [],
      userId: fields.userId,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      blockedBy: [],
      subIssues: [],
      parentId: null,
      ...(fields.pull ? { pull: fields.pull } : {})
    }
    for (const name of fields.labels ?? []) issue.labels.push(this.ensureLabel(name).name)
    this.issues.push(issue)
    return issue
  }

  touch(issue: Issue): void {
    issue.updatedAt = this.now()
  }

  /** Issue numbers a pull request body closes (`Closes #N`, `fixes #N`, `resolves #N`). */
  closingReferences(pull: Issue): Issue[] {
    const found: Issue[] = []
    const pattern = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi
    for (const match of (pull.body ?? '').matchAll(pattern)) {
      const target = this.issue(Number(match[1]))
      if (target && !target.pull && !found.includes(target)) found.push(target)
    }
    return found
  }

  /** Seed a finished workflow run (GitHub has no API to create one). */
  addRun(fields: {
    /** A given id, e.g. the GITHUB_RUN_ID a tick ran under. */
    id?: number
    status?: 'queued' | 'in_progress' | 'completed'
    name: string
    path?: string
    headBranch?: string
    headSha?: string
    event?: string
    conclusion?: string
    headRepository?: string
    /** Who started it (the `workflow_run` event's sender); default: the maintainer. */
    actor?: string
    jobs: {
      name: string
      conclusion?: string
      steps?: { name: string; conclusion?: string }[]
      log?: string
    }[]
  }): WorkflowRun {
    const now = this.now()
    const run: WorkflowRun = {
      id: fields.id ?? 30433642 + this.runs.length * 1000 + this.id(),
      name: fields.name,
      path:
        fields.path ??
        `.github/workflows/${fields.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yml`,
      headBranch: fields.headBranch ?? this.defaultBranch,
      headSha: fields.headSha ?? this.branch(this.defaultBranch)!.commitSha,
      event: fields.event ?? 'push',
      status: fields.status ?? 'completed',
      conclusion:
        fields.status && fields.status !== 'completed' ? null : (fields.conclusion ?? 'failure'),
      runAttempt: 1,
      runNumber: this.runs.length + 1,
      createdAt: now,
      headRepository: fields.headRepository ?? `${this.owner}/${this.name}`,
      jobs: fields.jobs.map(job => ({
        id: this.id() + 390000000,
        name: job.name,
        conclusion: job.conclusion ?? 'failure',
        startedAt: now,
        steps: (job.steps ?? [{ name: 'Run tests', conclusion: job.conclusion ?? 'failure' }]).map(
          (step, i) => ({
            name: step.name,
            number: i + 1,
            conclusion: step.conclusion ?? 'success'
          })
        ),
        log: job.log ?? ''
      }))
    }
    this.runs.push(run)
    if (run.status === 'completed')
      this.emit({
        name: 'workflow_run',
        action: 'completed',
        actor: fields.actor ?? 'maintainer',
        run: run.id
      })
    return run
  }

  /** Seed a pull request from a new branch off the default branch (its own head commit). */
  openPull(fields: {
    head: string
    title: string
    body: string
    userId: number
    draft?: boolean
    /** Open it from a fork (`owner/name`): its branch lives there, not in this repository. */
    fork?: string
  }): Issue {
    const base = this.branch(this.defaultBranch)!
    const headSha = this.commitSha(fields.head)
    const branch = {
      name: fields.head,
      commitSha: headSha,
      files: new Map(base.files),
      protected: false,
      forkFiles: new Map(base.files)
    }
    if (fields.fork) this.forkBranches.set(`${fields.fork}:${fields.head}`, branch)
    else this.branches.set(fields.head, branch)
    return this.createIssue({
      title: fields.title,
      body: fields.body,
      userId: fields.userId,
      pull: {
        head: fields.head,
        ...(fields.fork ? { headRepo: fields.fork } : {}),
        headSha,
        base: this.defaultBranch,
        draft: fields.draft ?? false,
        merged: false
      }
    })
  }

  /** Seed a completed check run on a commit. */
  addCheckRun(fields: {
    name: string
    headSha: string
    conclusion: string
    id?: number
    appSlug?: string
    externalId?: string
  }): CheckRun {
    const now = this.now()
    const run: CheckRun = {
      id: fields.id ?? this.id(),
      name: fields.name,
      headSha: fields.headSha,
      status: 'completed',
      conclusion: fields.conclusion,
      startedAt: now,
      completedAt: now,
      title: null,
      summary: null,
      appSlug: fields.appSlug ?? 'github-actions',
      // A workflow job's check run: Actions sets its external id, the job cannot choose it.
      externalId: fields.externalId ?? `job-${this.nextId}`,
      annotations: [],
      detailsUrl: null
    }
    this.checkRuns.push(run)
    return run
  }

  /** The files a pull request changes: as set by a test, else its head against its base. */
  pullFiles(pull: PullData): PullFileData[] {
    if (pull.files) return pull.files
    const branch = this.headBranch(pull)
    const head = branch?.files ?? new Map<string, FileEntry>()
    // GitHub lists a pull request's files against the merge base (three dots), not the base's
    // tip: what the base merged since the branch forked is not the pull request's change.
    const base = branch?.forkFiles ?? this.branch(pull.base)?.files ?? new Map<string, FileEntry>()
    const out: PullFileData[] = []
    for (const path of [...new Set([...base.keys(), ...head.keys()])].sort()) {
      const before = base.get(path)
      const after = head.get(path)
      if (before?.sha === after?.sha) continue
      const lines = (e?: FileEntry) => (e ? e.content.toString('utf8').split('\n') : [])
      const removed = lines(before)
      const added = lines(after)
      const binary = [before, after].some(e => e?.content.includes(0))
      out.push({
        filename: path,
        status: !before ? 'added' : !after ? 'removed' : 'modified',
        additions: binary ? 0 : added.length,
        deletions: binary ? 0 : removed.length,
        ...(binary
          ? {}
          : {
              patch: [
                `@@ -${removed.length ? 1 : 0},${removed.length} +${added.length ? 1 : 0},${added.length} @@`,
                ...removed.map(l => `-${l}`),
                ...added.map(l => `+${l}`)
              ].join('\n')
            })
      })
    }
    return out
  }

  /** The files of a commit: a Git Data commit, or the current head of a branch. */
  commitFiles(sha: string): Map<string, FileEntry> | undefined {
    return (
      this.commits.get(sha)?.files ??
      [...this.branches.values()].find(b => b.commitSha === sha)?.files
    )
  }

  /**
   * A commit by sha or a branch by name, as a snapshot: a Git Data commit as made, or a branch
   * head (a commit a test wrote with writeFile, or a seeded one) with what the emulator knows.
   */
  snapshot(ref: string): CommitSnapshot | undefined {
    const branch = this.branch(ref)
    const sha = branch?.commitSha ?? ref
    const known = this.commits.get(sha)
    if (known) return known
    const at = branch ?? [...this.branches.values()].find(b => b.commitSha === sha)
    if (!at) return undefined
    return {
      sha,
      tree: this.treeOf(at.files),
      parents: [],
      message: 'commit',
      files: at.files,
      authorId: this.userByLogin('maintainer')!.id,
      at: this.now()
    }
  }

  /** A tree object for a file set (its sha derived from the entries, as git's is). */
  treeOf(files: Map<string, FileEntry>): string {
    const hash = createHash('sha1')
    for (const [path, e] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b)))
      hash.update(`${e.mode ?? '100644'} ${path}\0${e.sha}`)
    const sha = hash.digest('hex')
    if (!this.trees.has(sha)) this.trees.set(sha, new Map(files))
    return sha
  }

  /** Point a branch at a commit and move the heads of its open pull requests with it. */
  moveBranch(branch: Branch, sha: string, files: Map<string, FileEntry>): void {
    branch.commitSha = sha
    branch.files = new Map(files)
    for (const issue of this.issues)
      if (
        issue.pull &&
        issue.state === 'open' &&
        !issue.pull.headRepo &&
        issue.pull.head === branch.name
      )
        issue.pull.headSha = sha
  }

  /** The branch a pull request's head lives on: here, or in its fork. */
  headBranch(pull: PullData): Branch | undefined {
    return pull.headRepo
      ? this.forkBranches.get(`${pull.headRepo}:${pull.head}`)
      : this.branch(pull.head)
  }

  branch(name: string): Branch | undefined {
    return this.branches.get(name)
  }

  /**
   * A commit of one file on a branch (the contents API, or a test's push): a new commit on the
   * branch's head that moves the heads of its open pull requests, as GitHub does.
   */
  writeFile(
    branchName: string,
    path: string,
    content: Buffer,
    /** The contents API keeps the message and the author it was given. */
    commit: { message?: string; authorId?: number } = {}
  ): FileEntry {
    const branch = this.branches.get(branchName)
    if (!branch) throw new Error(`no branch ${branchName}`)
    const entry = { content, sha: gitBlobSha(content) }
    const files = new Map(branch.files).set(path, entry)
    const sha = this.commitSha(`${branchName}:${path}`)
    this.commits.set(sha, {
      sha,
      tree: this.treeOf(files),
      parents: [branch.commitSha],
      message: commit.message ?? `Update ${path}`,
      files,
      authorId: commit.authorId ?? this.userByLogin('maintainer')!.id,
      at: this.now()
    })
    this.moveBranch(branch, sha, files)
    return entry
  }

  /** The three-way merge of a pull request's head into its base, as GitHub would make it. */
  pullMerge(pull: PullData): { files: Map<string, FileEntry>; conflicts: string[] } | undefined {
    const head = this.headBranch(pull)
    const base = this.branch(pull.base)
    if (!head || !base) return undefined
    return mergeFiles(head.forkFiles ?? base.files, base.files, head.files)
  }

  /** GitHub's `mergeable`: as a test set it, else from the three-way merge. */
  mergeableOf(pull: PullData): 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN' {
    if (pull.mergeable) return pull.mergeable
    const merge = this.pullMerge(pull)
    return merge?.conflicts.length ? 'CONFLICTING' : 'MERGEABLE'
  }

  /** GitHub's `mergeStateStatus`: DIRTY, BEHIND (when up to date is required), DRAFT or CLEAN. */
  mergeStateOf(pull: PullData): string {
    if (pull.mergeStateStatus) return pull.mergeStateStatus
    const mergeable = this.mergeableOf(pull)
    if (mergeable === 'CONFLICTING') return 'DIRTY'
    if (mergeable === 'UNKNOWN') return 'UNKNOWN'
    if (pull.draft) return 'DRAFT'
    const head = this.headBranch(pull)
    const base = this.branch(pull.base)
    const behind =
      !!head?.forkFiles && !!base && this.treeOf(head.forkFiles) !== this.treeOf(base.files)
    return behind && this.requireUpToDate && pull.base === this.defaultBranch ? 'BEHIND' : 'CLEAN'
  }

  /** A commit of `files` on `branch` with the given parents (a merge), the branch moved to it. */
  commitMerge(
    branch: Branch,
    files: Map<string, FileEntry>,
    parents: string[],
    message: string,
    authorId: number
  ): string {
    const sha = this.commitSha(`merge:${branch.name}`)
    this.commits.set(sha, {
      sha,
      tree: this.treeOf(files),
      parents,
      message,
      files,
      authorId,
      at: this.now()
    })
    this.moveBranch(branch, sha, files)
    return sha
  }
}
