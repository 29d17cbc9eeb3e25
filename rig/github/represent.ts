/**
 * REST renderings of the model, field for field as GitHub's OpenAPI description requires them
 * (the conformance check validates every one of these in the test suite).
 */
/* eslint-disable max-lines -- to split: the REST representations by resource */
import { createHash } from 'node:crypto'
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

export class Representer {
  constructor(
    private readonly model: Model,
    private readonly baseUrl: () => string
  ) {}

  private get api(): string {
    return this.baseUrl()
  }
  private get web(): string {
    return 'https://github.com'
  }
  private get repoApi(): string {
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
    const m = this.model
    const r = this.repoApi
    return {
      id: m.repoId,
      node_id: nodeId('R', m.repoId),
      name: m.name,
      full_name: `${m.owner}/${m.name}`,
      owner: this.ownerUser(),
      private: false,
      html_url: `${this.web}/${m.owner}/${m.name}`,
      description: 'A repository emulated by the Delivery Loop test rig',
      fork: false,
      url: r,
      archive_url: `${r}/{archive_format}{/ref}`,
      assignees_url: `${r}/assignees{/user}`,
      blobs_url: `${r}/git/blobs{/sha}`,
      branches_url: `${r}/branches{/branch}`,
      collaborators_url: `${r}/collaborators{/collaborator}`,
      comments_url: `${r}/comments{/number}`,
      commits_url: `${r}/commits{/sha}`,
      compare_url: `${r}/compare/{base}...{head}`,
      contents_url: `${r}/contents/{+path}`,
      contributors_url: `${r}/contributors`,
      deployments_url: `${r}/deployments`,
      downloads_url: `${r}/downloads`,
      events_url: `${r}/events`,
      forks_url: `${r}/forks`,
      git_commits_url: `${r}/git/commits{/sha}`,
      git_refs_url: `${r}/git/refs{/sha}`,
      git_tags_url: `${r}/git/tags{/sha}`,
      git_url: `git://github.com/${m.owner}/${m.name}.git`,
      issue_comment_url: `${r}/issues/comments{/number}`,
      issue_events_url: `${r}/issues/events{/number}`,
      issues_url: `${r}/issues{/number}`,
      keys_url: `${r}/keys{/key_id}`,
      labels_url: `${r}/labels{/name}`,
      languages_url: `${r}/languages`,
      merges_url: `${r}/merges`,
      milestones_url: `${r}/milestones{/number}`,
      notifications_url: `${r}/notifications{?since,all,participating}`,
      pulls_url: `${r}/pulls{/number}`,
      releases_url: `${r}/releases{/id}`,
      ssh_url: `git@github.com:${m.owner}/${m.name}.git`,
      stargazers_url: `${r}/stargazers`,
      statuses_url: `${r}/statuses/{sha}`,
      subscribers_url: `${r}/subscribers`,
      subscription_url: `${r}/subscription`,
      tags_url: `${r}/tags`,
      teams_url: `${r}/teams`,
      trees_url: `${r}/git/trees{/sha}`,
      clone_url: `${this.web}/${m.owner}/${m.name}.git`,
      mirror_url: null,
      hooks_url: `${r}/hooks`,
      svn_url: `${this.web}/${m.owner}/${m.name}`,
      homepage: null,
      language: 'TypeScript',
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: m.defaultBranch,
      open_issues_count: m.issues.filter(i => i.state === 'open').length,
      open_issues: m.issues.filter(i => i.state === 'open').length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: this.model.createdAt,
      created_at: this.model.createdAt,
      updated_at: this.model.createdAt,
      license: null,
      network_count: 0,
      subscribers_count: 0
    }
  }

  content(ref: string, path: string, entry: FileEntry): Record<string, unknown> {
    const m = this.model
    const url = `${this.repoApi}/contents/${path}?ref=${encodeURIComponent(ref)}`
    const gitUrl = `${this.repoApi}/git/blobs/${entry.sha}`
    const htmlUrl = `${this.web}/${m.owner}/${m.name}/blob/${ref}/${path}`
    return {
      type: 'file',
      encoding: 'base64',
      size: entry.content.length,
      name: path.split('/').pop(),
      path,
      content: entry.content.toString('base64').replace(/(.{60})/g, '$1\n'),
      sha: entry.sha,
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: `https://raw.githubusercontent.com/${m.owner}/${m.name}/${ref}/${path}`,
      _links: { self: url, git: gitUrl, html: htmlUrl }
    }
  }

  fileCommit(
    branch: Branch,
    path: string,
    entry: FileEntry,
    message: string,
    actor: User
  ): Record<string, unknown> {
    const m = this.model
    const content = this.content(branch.name, path, entry)
    delete content.content
    delete content.encoding
    const person = {
      name: actor.login,
      email: `${actor.id}+${actor.login}@users.noreply.github.com`,
      date: m.now()
    }
    return {
      content,
      commit: {
        sha: branch.commitSha,
        node_id: nodeId('C', branch.commitSha),
        url: `${this.repoApi}/git/commits/${branch.commitSha}`,
        html_url: `${this.web}/${m.owner}/${m.name}/commit/${branch.commitSha}`,
        author: person,
        committer: person,
        message,
        tree: { url: `${this.repoApi}/git/trees/${branch.commitSha}`, sha: branch.commitSha },
        parents: [],
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null
        }
      }
    }
  }

  ref(branch: Branch): Record<string, unknown> {
    return {
      ref: `refs/heads/${branch.name}`,
      node_id: nodeId('REF', branch.name),
      url: `${this.repoApi}/git/refs/heads/${branch.name}`,
      object: {
        type: 'commit',
        sha: branch.commitSha,
        url: `${this.repoApi}/git/commits/${branch.commitSha}`
      }
    }
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
    const full = this.repository()
    const [owner, name] = fullName.split('/')
    const keys = Object.keys(full).filter(
      k =>
        k.endsWith('_url') ||
        ['url', 'id', 'node_id', 'private', 'fork', 'description', 'owner'].includes(k)
    )
    const out: Record<string, unknown> = Object.fromEntries(keys.map(k => [k, full[k]]))
    out.name = name
    out.full_name = fullName
    if (fullName !== `${this.model.owner}/${this.model.name}`) {
      out.id = 99000001
      out.fork = true
      out.owner = this.user({
        id: 9920,
        login: owner,
        type: 'User',
        token: '',
        permission: 'none',
        association: 'NONE'
      })
    }
    return out
  }

  workflowRun(run: WorkflowRun): Record<string, unknown> {
    const r = `${this.repoApi}/actions/runs/${run.id}`
    const html = `${this.web}/${this.model.owner}/${this.model.name}/actions/runs/${run.id}`
    const person = { name: 'maintainer', email: 'maintainer@example.com' }
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WFR', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      display_title: `${run.name} on ${run.headBranch}`,
      run_number: run.runNumber,
      run_attempt: run.runAttempt,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 161335,
      url: r,
      html_url: html,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: run.createdAt,
      run_started_at: run.createdAt,
      jobs_url: `${r}/jobs`,
      logs_url: `${r}/logs`,
      check_suite_url: `${this.repoApi}/check-suites/${run.id}`,
      artifacts_url: `${r}/artifacts`,
      cancel_url: `${r}/cancel`,
      rerun_url: `${r}/rerun`,
      workflow_url: `${this.repoApi}/actions/workflows/161335`,
      head_commit: {
        id: run.headSha,
        tree_id: run.headSha,
        message: this.model.commits.get(run.headSha)?.message ?? 'A commit',
        timestamp: run.createdAt,
        author: person,
        committer: person
      },
      repository: this.minimalRepository(`${this.model.owner}/${this.model.name}`),
      head_repository: this.minimalRepository(run.headRepository)
    }
  }

  job(run: WorkflowRun, job: JobData): Record<string, unknown> {
    return {
      id: job.id,
      run_id: run.id,
      run_url: `${this.repoApi}/actions/runs/${run.id}`,
      run_attempt: run.runAttempt,
      node_id: nodeId('J', job.id),
      head_sha: run.headSha,
      head_branch: run.headBranch,
      workflow_name: run.name,
      url: `${this.repoApi}/actions/jobs/${job.id}`,
      html_url: `${this.web}/${this.model.owner}/${this.model.name}/actions/runs/${run.id}/job/${job.id}`,
      status: 'completed',
      conclusion: job.conclusion,
      created_at: job.startedAt,
      started_at: job.startedAt,
      completed_at: job.startedAt,
      name: job.name,
      steps: job.steps.map(step => ({
        name: step.name,
        status: 'completed',
        conclusion: step.conclusion,
        number: step.number,
        started_at: job.startedAt,
        completed_at: job.startedAt
      })),
      check_run_url: `${this.repoApi}/check-runs/${job.id}`,
      labels: ['ubuntu-latest'],
      runner_id: 1,
      runner_name: 'GitHub Actions 1',
      runner_group_id: 2,
      runner_group_name: 'GitHub Actions'
    }
  }

  checkRun(run: CheckRun): Record<string, unknown> {
    const url = `${this.repoApi}/check-runs/${run.id}`
    const now = run.startedAt
    return {
      id: run.id,
      node_id: nodeId('CR', run.id),
      head_sha: run.headSha,
      external_id: run.externalId,
      url,
      html_url: `${this.web}/${this.model.owner}/${this.model.name}/runs/${run.id}`,
      details_url: run.detailsUrl,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.title,
        summary: run.summary,
        text: null,
        annotations_count: run.annotations.length,
        annotations_url: `${url}/annotations`
      },
      name: run.name,
      check_suite: { id: 5 },
      app: this.app(run.appSlug, now),
      pull_requests: []
    }
  }

  tree(sha: string, files: Map<string, FileEntry>): Record<string, unknown> {
    return {
      sha,
      url: `${this.repoApi}/git/trees/${sha}`,
      truncated: false,
      tree: [...files.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([path, e]) => ({
          path,
          mode: e.mode ?? '100644',
          type: 'blob',
          sha: e.sha,
          size: e.content.length,
          url: `${this.repoApi}/git/blobs/${e.sha}`
        }))
    }
  }

  commit(c: CommitSnapshot): Record<string, unknown> {
    const user = this.model.user(c.authorId)
    const person = {
      name: user.login,
      email: `${user.id}+${user.login}@users.noreply.github.com`,
      date: c.at
    }
    return {
      sha: c.sha,
      node_id: nodeId('C', c.sha),
      url: `${this.repoApi}/git/commits/${c.sha}`,
      html_url: `${this.web}/${this.model.owner}/${this.model.name}/commit/${c.sha}`,
      author: person,
      committer: person,
      message: c.message,
      tree: { sha: c.tree, url: `${this.repoApi}/git/trees/${c.tree}` },
      parents: c.parents.map(p => ({
        sha: p,
        url: `${this.repoApi}/git/commits/${p}`,
        html_url: `${this.web}/${this.model.owner}/${this.model.name}/commit/${p}`
      })),
      verification: {
        verified: user.type === 'Bot',
        reason: user.type === 'Bot' ? 'valid' : 'unsigned',
        signature: null,
        payload: null,
        verified_at: user.type === 'Bot' ? c.at : null
      }
    }
  }

  /** The GitHub App behind a check run: GitHub Actions, or another app by its slug. */
  /** A commit as the commits and compare APIs give it (`commit`): the git commit inside. */
  restCommit(c: CommitSnapshot): Record<string, unknown> {
    const user = this.model.user(c.authorId)
    const git = this.commit(c)
    const web = `${this.web}/${this.model.owner}/${this.model.name}/commit/${c.sha}`
    return {
      url: `${this.repoApi}/commits/${c.sha}`,
      sha: c.sha,
      node_id: nodeId('C', c.sha),
      html_url: web,
      comments_url: `${this.repoApi}/commits/${c.sha}/comments`,
      commit: {
        url: git.url,
        author: git.author,
        committer: git.committer,
        message: c.message,
        comment_count: 0,
        tree: git.tree
      },
      author: this.user(user),
      committer: this.user(user),
      parents: c.parents.map(p => ({
        sha: p,
        url: `${this.repoApi}/commits/${p}`,
        html_url: `${this.web}/${this.model.owner}/${this.model.name}/commit/${p}`
      }))
    }
  }

  /** The compare API's answer: `base...head` with the merge base, head's commits and files. */
  comparison(
    basehead: string,
    base: CommitSnapshot,
    mergeBase: CommitSnapshot,
    commits: CommitSnapshot[],
    files: { filename: string; status: string }[]
  ): Record<string, unknown> {
    const web = `${this.web}/${this.model.owner}/${this.model.name}/compare/${basehead}`
    return {
      url: `${this.repoApi}/compare/${basehead}`,
      html_url: web,
      permalink_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      base_commit: this.restCommit(base),
      merge_base_commit: this.restCommit(mergeBase),
      status: commits.length ? 'diverged' : 'identical',
      ahead_by: commits.length,
      behind_by: 0,
      total_commits: commits.length,
      commits: commits.map(c => this.restCommit(c)),
      files: files.map(f => ({
        sha: null,
        filename: f.filename,
        status: f.status,
        additions: 0,
        deletions: 0,
        changes: 0,
        blob_url: `${this.web}/${this.model.owner}/${this.model.name}/blob/HEAD/${f.filename}`,
        raw_url: `${this.web}/${this.model.owner}/${this.model.name}/raw/HEAD/${f.filename}`,
        contents_url: `${this.repoApi}/contents/${f.filename}`
      }))
    }
  }

  app(slug: string, at: string): Record<string, unknown> {
    const actions = slug === 'github-actions'
    const id = actions ? 15368 : 900000 + [...slug].reduce((n, c) => n + c.charCodeAt(0), 0)
    return {
      id,
      slug,
      node_id: nodeId('A', id),
      owner: this.ownerUser(),
      name: actions ? 'GitHub Actions' : slug,
      description: actions ? 'Automate your workflow from idea to production' : null,
      external_url: actions ? 'https://help.github.com/en/actions' : `https://example.com/${slug}`,
      html_url: `https://github.com/apps/${slug}`,
      created_at: at,
      updated_at: at,
      permissions: { checks: 'write' },
      events: []
    }
  }

  annotation(run: CheckRun, a: CheckAnnotationData): Record<string, unknown> {
    return {
      path: a.path,
      blob_href: `${this.web}/${this.model.owner}/${this.model.name}/blob/${run.headSha}/${a.path}`,
      start_line: a.startLine,
      end_line: a.endLine,
      start_column: null,
      end_column: null,
      annotation_level: a.level,
      title: a.title,
      message: a.message,
      raw_details: null
    }
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
    return {
      url: `${this.repoApi}/statuses/${status.sha}`,
      avatar_url: null,
      id: status.id,
      node_id: nodeId('SC', status.id),
      state: status.state,
      description: status.description,
      target_url: null,
      context: status.context,
      created_at: status.createdAt,
      updated_at: status.createdAt,
      creator: this.user(this.model.user(status.creatorId))
    }
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

export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`
}
