/**
 * REST renderings of the model, field for field as GitHub's OpenAPI description requires them
 * (the conformance check validates every one of these in the test suite): people, labels,
 * issues, comments, pull requests and reviews here; the repository and apps in
 * represent-repo.ts, git data in represent-git.ts, Actions and checks in represent-actions.ts.
 */
import { createHash } from 'node:crypto'
import { nodeId } from './node-id.js'
import type {
  Branch,
  CheckAnnotationData,
  CheckRun,
  CommitSnapshot,
  CommitStatus,
  Comment,
  FileEntry,
  Issue,
  JobData,
  Label,
  Model,
  PullData,
  PullFileData,
  Review,
  User,
  WorkflowRun
} from './model.js'
import { annotationOf, checkRunOf, jobOf, workflowRunOf } from './represent-actions.js'
import {
  commitOf,
  comparisonOf,
  contentOf,
  fileCommitOf,
  refOf,
  restCommitOf,
  statusOf,
  treeOf
} from './represent-git.js'
import { appOf, minimalRepositoryOf, repositoryOf } from './represent-repo.js'

export class Representer {
  constructor(
    readonly model: Model,
    private readonly baseUrl: () => string
  ) {}

  get api(): string {
    return this.baseUrl()
  }
  get web(): string {
    return 'https://github.com'
  }
  get repoApi(): string {
    return `${this.api}/repos/${this.model.owner}/${this.model.name}`
  }

  user(user: User): Record<string, unknown> {
    const u = `${this.api}/users/${encodeURIComponent(user.login)}`
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId('U', user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: `${this.web}/${encodeURIComponent(user.login)}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: user.type,
      site_admin: false,
      user_view_type: 'public'
    }
  }

  ownerUser(): Record<string, unknown> {
    const user = this.user({
      id: 9919,
      login: this.model.owner,
      type: 'User',
      token: '',
      permission: 'admin',
      association: 'OWNER'
    })
    return { ...user, type: this.model.ownerType }
  }

  label(label: Label): Record<string, unknown> {
    return {
      id: label.id,
      node_id: nodeId('LA', label.id),
      url: `${this.repoApi}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false
    }
  }

  issue(issue: Issue): Record<string, unknown> {
    const m = this.model
    const url = `${this.repoApi}/issues/${issue.number}`
    const closedSubs = issue.subIssues.filter(id => m.issueById(id)?.state === 'closed').length
    const blocking = m.issues.filter(i => i.blockedBy.includes(issue.id))
    const out: Record<string, unknown> = {
      id: issue.id,
      node_id: nodeId('I', issue.id),
      url,
      repository_url: this.repoApi,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.web}/${m.owner}/${m.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.user(m.user(issue.userId)),
      labels: issue.labels.map(name => this.label(m.ensureLabel(name))),
      assignee: issue.assignees.length ? this.user(m.user(issue.assignees[0])) : null,
      assignees: issue.assignees.map(id => this.user(m.user(id))),
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: m.comments.filter(c => c.issueNumber === issue.number).length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      author_association: m.user(issue.userId).association,
      sub_issues_summary: {
        total: issue.subIssues.length,
        completed: closedSubs,
        percent_completed: issue.subIssues.length
          ? Math.floor((closedSubs * 100) / issue.subIssues.length)
          : 0
      },
      issue_dependencies_summary: {
        blocked_by: issue.blockedBy.filter(id => m.issueById(id)?.state === 'open').length,
        blocking: blocking.filter(i => i.state === 'open').length,
        total_blocked_by: issue.blockedBy.length,
        total_blocking: blocking.length
      }
    }
    if (issue.parentId !== null) {
      const parent = m.issueById(issue.parentId)
      if (parent) out.parent_issue_url = `${this.repoApi}/issues/${parent.number}`
    }
    if (issue.pull) {
      out.pull_request = {
        url: `${this.repoApi}/pulls/${issue.number}`,
        html_url: `${this.web}/${m.owner}/${m.name}/pull/${issue.number}`,
        diff_url: `${this.web}/${m.owner}/${m.name}/pull/${issue.number}.diff`,
        patch_url: `${this.web}/${m.owner}/${m.name}/pull/${issue.number}.patch`,
        merged_at: null
      }
      out.draft = issue.pull.draft
    }
    return out
  }

  comment(comment: Comment): Record<string, unknown> {
    const m = this.model
    return {
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      url: `${this.repoApi}/issues/comments/${comment.id}`,
      html_url: `${this.web}/${m.owner}/${m.name}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoApi}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.user(m.user(comment.userId)),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: m.user(comment.userId).association
    }
  }

  repository(): Record<string, unknown> {
    return repositoryOf(this)
  }

  content(ref: string, path: string, entry: FileEntry): Record<string, unknown> {
    return contentOf(this, ref, path, entry)
  }

  fileCommit(
    branch: Branch,
    path: string,
    entry: FileEntry,
    message: string,
    actor: User
  ): Record<string, unknown> {
    return fileCommitOf(this, branch, path, entry, message, actor)
  }

  ref(branch: Branch): Record<string, unknown> {
    return refOf(this, branch)
  }

  pull(issue: Issue): Record<string, unknown> {
    const m = this.model
    const pull = issue.pull!
    const url = `${this.repoApi}/pulls/${issue.number}`
    const html = `${this.web}/${m.owner}/${m.name}/pull/${issue.number}`
    const repo = this.repository()
    const branchRef = (name: string, sha: string, fork?: string) => {
      const forkRepo = fork ? { ...repo, ...this.minimalRepository(fork) } : undefined
      return {
        label: `${fork ? fork.split('/')[0] : m.owner}:${name}`,
        ref: name,
        sha,
        user: forkRepo ? forkRepo.owner : this.ownerUser(),
        repo: forkRepo ?? repo
      }
    }
    const base = m.branch(pull.base)
    return {
      url,
      id: issue.id,
      node_id: nodeId('PR', issue.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.repoApi}/issues/${issue.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoApi}/pulls/comments{/number}`,
      comments_url: `${this.repoApi}/issues/${issue.number}/comments`,
      statuses_url: `${this.repoApi}/statuses/${pull.headSha}`,
      number: issue.number,
      state: issue.state,
      locked: false,
      title: issue.title,
      user: this.user(m.user(issue.userId)),
      body: issue.body,
      labels: issue.labels.map(name => this.label(m.ensureLabel(name))),
      milestone: null,
      active_lock_reason: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branchRef(pull.head, pull.headSha, pull.headRepo),
      base: branchRef(pull.base, base?.commitSha ?? pull.headSha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: `${this.repoApi}/issues/${issue.number}` },
        comments: { href: `${this.repoApi}/issues/${issue.number}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.repoApi}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.repoApi}/statuses/${pull.headSha}` }
      },
      author_association: m.user(issue.userId).association,
      auto_merge: null,
      draft: pull.draft,
      merged: pull.merged,
      // As GitHub: null while not computed, and nothing to compute once merged or closed.
      mergeable:
        pull.merged || issue.state === 'closed'
          ? null
          : { MERGEABLE: true, CONFLICTING: false, UNKNOWN: null }[m.mergeableOf(pull)],
      rebaseable: m.mergeableOf(pull) === 'MERGEABLE',
      mergeable_state: pull.merged ? 'unknown' : m.mergeStateOf(pull).toLowerCase(),
      merged_by: null,
      comments: m.comments.filter(c => c.issueNumber === issue.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1
    }
  }

  minimalRepository(fullName: string): Record<string, unknown> {
    return minimalRepositoryOf(this, fullName)
  }

  workflowRun(run: WorkflowRun): Record<string, unknown> {
    return workflowRunOf(this, run)
  }

  job(run: WorkflowRun, job: JobData): Record<string, unknown> {
    return jobOf(this, run, job)
  }

  checkRun(run: CheckRun): Record<string, unknown> {
    return checkRunOf(this, run)
  }

  tree(sha: string, files: Map<string, FileEntry>): Record<string, unknown> {
    return treeOf(this, sha, files)
  }

  commit(c: CommitSnapshot): Record<string, unknown> {
    return commitOf(this, c)
  }

  /** The GitHub App behind a check run: GitHub Actions, or another app by its slug. */
  restCommit(c: CommitSnapshot): Record<string, unknown> {
    return restCommitOf(this, c)
  }

  comparison(
    basehead: string,
    base: CommitSnapshot,
    mergeBase: CommitSnapshot,
    commits: CommitSnapshot[],
    files: { filename: string; status: string }[]
  ): Record<string, unknown> {
    return comparisonOf(this, basehead, base, mergeBase, commits, files)
  }

  app(slug: string, at: string): Record<string, unknown> {
    return appOf(this, slug, at)
  }

  annotation(run: CheckRun, a: CheckAnnotationData): Record<string, unknown> {
    return annotationOf(this, run, a)
  }

  pullFile(pull: PullData, f: PullFileData): Record<string, unknown> {
    const web = `${this.web}/${this.model.owner}/${this.model.name}`
    return {
      sha: createHash('sha1').update(`${pull.headSha}:${f.filename}`).digest('hex'),
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${web}/blob/${pull.headSha}/${f.filename}`,
      raw_url: `${web}/raw/${pull.headSha}/${f.filename}`,
      contents_url: `${this.repoApi}/contents/${f.filename}?ref=${pull.headSha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {})
    }
  }

  review(review: Review): Record<string, unknown> {
    const user = this.model.user(review.userId)
    const pullUrl = `${this.repoApi}/pulls/${review.pullNumber}`
    const html = `${this.web}/${this.model.owner}/${this.model.name}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
    return {
      id: review.id,
      node_id: nodeId('PRR', review.id),
      user: this.user(user),
      body: review.body,
      state: review.state,
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      submitted_at: review.submittedAt,
      commit_id: review.commitId,
      author_association: user.association
    }
  }

  status(status: CommitStatus): Record<string, unknown> {
    return statusOf(this, status)
  }

  rateLimit(
    rest: { limit: number; remaining: number; reset: number },
    graphql: { limit: number; remaining: number; reset: number }
  ): Record<string, unknown> {
    const core = { ...rest, used: rest.limit - rest.remaining }
    const other = { limit: 5000, remaining: 5000, reset: rest.reset, used: 0 }
    return {
      resources: {
        core,
        graphql: { ...graphql, used: graphql.limit - graphql.remaining },
        search: { limit: 30, remaining: 30, reset: rest.reset, used: 0 },
        integration_manifest: other
      },
      rate: core
    }
  }
}
