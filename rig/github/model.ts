/**
 * The emulator's state: one repository with its users, issues, pull requests, labels, comments,
 * issue dependencies, sub-issues, branches and files. Plain data and small helpers; the REST and
 * GraphQL layers render it the way GitHub does. Its shapes are model-types.ts, git data and
 * merging model-git.ts, what tests seed in one step (runs, pull requests, check runs) model-seed.ts.
 */
import { AppRegistry, SecretsBox, type OtherRepositories } from './apps.js'
import { ReleaseStore } from './releases.js'
import { addCheckRunOf, addRunOf, openPullOf } from './model-seed.js'
import {
  commitFilesOf,
  mergeableState,
  mergeCommit,
  mergeStateStatus,
  pullMergeResult,
  snapshotOf,
  treeShaOf
} from './model-git.js'
import { createHash } from 'node:crypto'
import { isoSecond, SimulatedClock, type RigClock } from '../clock.js'
import type { Grants } from './scopes.js'

import {
  type User,
  type Label,
  type Comment,
  type Issue,
  type PullData,
  type WorkflowRun,
  type CheckRun,
  type Review,
  type PullFileData,
  type CommitStatus,
  type FileEntry,
  type CommitSnapshot,
  type Branch,
  type RepoEvent
} from './model-types.js'

export * from './model-types.js'

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
  /** "Automatically delete head branches": a merge deletes its head branch (a stack retargets). */
  deleteBranchOnMerge = false
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
  /** The next id `id()` hands out. */
  nextId = 5000
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

  addRun(fields: Parameters<typeof addRunOf>[1]): WorkflowRun {
    return addRunOf(this, fields)
  }

  openPull(fields: Parameters<typeof openPullOf>[1]): Issue {
    return openPullOf(this, fields)
  }

  addCheckRun(fields: Parameters<typeof addCheckRunOf>[1]): CheckRun {
    return addCheckRunOf(this, fields)
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

  commitFiles(sha: string): Map<string, FileEntry> | undefined {
    return commitFilesOf(this, sha)
  }

  snapshot(ref: string): CommitSnapshot | undefined {
    return snapshotOf(this, ref)
  }

  treeOf(files: Map<string, FileEntry>): string {
    return treeShaOf(this, files)
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

  pullMerge(pull: PullData): { files: Map<string, FileEntry>; conflicts: string[] } | undefined {
    return pullMergeResult(this, pull)
  }

  mergeableOf(pull: PullData): 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN' {
    return mergeableState(this, pull)
  }

  mergeStateOf(pull: PullData): string {
    return mergeStateStatus(this, pull)
  }

  commitMerge(
    branch: Branch,
    files: Map<string, FileEntry>,
    parents: string[],
    message: string,
    authorId: number
  ): string {
    return mergeCommit(this, branch, files, parents, message, authorId)
  }
}
