/** The GitHub port over one Octokit client. */
import { ApiError } from '../errors.js'
import type { Octokit } from './client.js'
import type {
  FileContent,
  FileWriteOutcome,
  GitHubPort,
  IssueChange,
  IssueComment,
  IssueFacts,
  RateLimit,
  RelationOutcome,
  RepoRef,
  RepositoryInfo,
  LoopScan,
  RunJob,
  ScannedIssue,
  ScannedPull,
  TrackedIssue
} from './port.js'

const SCAN_ISSUES = /* GraphQL */ `
  query ($owner: String!, $name: String!, $labels: [String!], $cursor: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 100
        after: $cursor
        labels: $labels
        states: [OPEN]
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          title
          body
          createdAt
          updatedAt
          author {
            login
          }
          authorAssociation
          labels(first: 100) {
            nodes {
              name
            }
          }
          assignees(first: 10) {
            nodes {
              login
            }
          }
          blockedBy(first: 100) {
            nodes {
              number
              databaseId
              state
              stateReason
            }
          }
        }
      }
    }
  }
`

const SCAN_PULLS = /* GraphQL */ `
  query ($owner: String!, $name: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      pullRequests(first: 100, after: $cursor, states: [OPEN]) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          headRefName
          headRefOid
          isDraft
          createdAt
          author {
            login
          }
          closingIssuesReferences(first: 10) {
            nodes {
              number
            }
          }
          commits(last: 1) {
            nodes {
              commit {
                statusCheckRollup {
                  state
                  contexts(first: 100) {
                    nodes {
                      __typename
                      ... on CheckRun {
                        name
                        status
                        conclusion
                        databaseId
                      }
                      ... on StatusContext {
                        context
                        state
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`

type RollupContext =
  | {
      __typename: 'CheckRun'
      name: string
      status: string
      conclusion: string | null
      databaseId?: number
    }
  | { __typename: 'StatusContext'; context: string; state: string }

/** A check run or commit status as pending, success or failure. */
function checkState(c: RollupContext): 'pending' | 'success' | 'failure' {
  if (c.__typename === 'CheckRun') {
    if (c.status !== 'COMPLETED') return 'pending'
    return ['SUCCESS', 'NEUTRAL', 'SKIPPED'].includes(c.conclusion ?? '') ? 'success' : 'failure'
  }
  if (c.state === 'SUCCESS') return 'success'
  return c.state === 'PENDING' || c.state === 'EXPECTED' ? 'pending' : 'failure'
}

const ISSUE_FIELDS = /* GraphQL */ `
  number databaseId title body state stateReason createdAt url
  author { login } authorAssociation
  labels(first: 100) { nodes { name } }
  blockedBy(first: 100) { nodes { number databaseId } }
  parent { number }
`

const ISSUE_PAGE = /* GraphQL */ `
  query ($owner: String!, $name: String!, $labels: [String!], $cursor: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 100
        after: $cursor
        labels: $labels
        states: [OPEN, CLOSED]
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          databaseId
          title
          body
          state
          stateReason
          createdAt
          url
          author {
            login
          }
          authorAssociation
          labels(first: 100) {
            nodes {
              name
            }
          }
          blockedBy(first: 100) {
            nodes {
              number
              databaseId
            }
          }
          parent {
            number
          }
        }
      }
    }
  }
`

interface IssueNode {
  number: number
  databaseId: number
  title: string
  body: string
  state: 'OPEN' | 'CLOSED'
  stateReason: string | null
  createdAt: string
  url: string
  author: { login: string } | null
  authorAssociation: string
  labels: { nodes: { name: string }[] } | null
  blockedBy: { nodes: { number: number; databaseId: number }[] }
  parent: { number: number } | null
}

interface RequestFailure {
  status?: number
  message?: string
  request?: { method?: string; url?: string }
}

/** Turn an Octokit failure into an ApiError that says what was asked and what GitHub answered. */
export function toApiError(error: unknown, what: string): ApiError {
  const e = error as RequestFailure
  const status = typeof e?.status === 'number' ? e.status : undefined
  const route = e?.request ? `${e.request.method} ${e.request.url}` : undefined
  const message = e?.message ?? String(error)
  // GitHub's answer when the workflow's `permissions:` do not grant what a call needs.
  const hint = /Resource not accessible by integration/i.test(message)
    ? ' — the token lacks a permission this needs: check the `permissions:` of the workflow job (see docs/permissions.md)'
    : ''
  return new ApiError(
    `GitHub API error while trying to ${what}${status ? ` (HTTP ${status})` : ''}: ${message}${hint}`,
    status,
    route
  )
}

export class OctokitPort implements GitHubPort {
  private reads = 0
  private writes = 0
  private repositoryInfo?: Promise<RepositoryInfo>

  constructor(
    readonly octokit: Octokit,
    readonly repo: RepoRef
  ) {
    octokit.hook.before('request', options => {
      if (
        (options.method ?? 'GET') === 'GET' ||
        (options.url === '/graphql' && !isMutation(options))
      ) {
        this.reads++
      } else {
        this.writes++
      }
    })
  }

  requestCount(): { reads: number; writes: number } {
    return { reads: this.reads, writes: this.writes }
  }

  repository(): Promise<RepositoryInfo> {
    this.repositoryInfo ??= this.octokit.rest.repos
      .get({ ...this.repo })
      .then(({ data }) => ({
        id: data.id,
        fullName: data.full_name,
        defaultBranch: data.default_branch,
        htmlUrl: data.html_url
      }))
      .catch(error => {
        this.repositoryInfo = undefined
        throw toApiError(error, `read repository ${this.repo.owner}/${this.repo.repo}`)
      })
    return this.repositoryInfo
  }

  async viewerLogin(): Promise<string | undefined> {
    try {
      const result = await this.octokit.graphql<{ viewer: { login: string } }>(
        'query { viewer { login } }'
      )
      return result.viewer.login
    } catch {
      // Installation tokens may not be allowed to ask; the caller falls back to configured logins.
      return undefined
    }
  }

  async rateLimit(): Promise<RateLimit> {
    try {
      const { data } = await this.octokit.rest.rateLimit.get()
      return {
        limit: data.resources.core.limit,
        remaining: data.resources.core.remaining,
        resetAt: new Date(data.resources.core.reset * 1000).toISOString()
      }
    } catch (error) {
      throw toApiError(error, 'read the rate limit')
    }
  }

  /**
   * Every node of a repository connection, page by page (100 per request): `connection` names
   * the field under `repository` that the query paginates with `$cursor`.
   */
  private async allPages<T>(
    query: string,
    connection: string,
    variables: Record<string, unknown>
  ): Promise<T[]> {
    type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: T[] }
    const out: T[] = []
    let cursor: string | null = null
    do {
      const data: { repository: Record<string, Page> } = await this.octokit.graphql(query, {
        owner: this.repo.owner,
        name: this.repo.repo,
        cursor,
        ...variables
      })
      const page = data.repository[connection]
      out.push(...page.nodes)
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    } while (cursor)
    return out
  }

  async listIssuesWithLabels(labels: string[]): Promise<TrackedIssue[]> {
    try {
      return (await this.allPages<IssueNode>(ISSUE_PAGE, 'issues', { labels })).map(trackedIssue)
    } catch (error) {
      throw toApiError(error, `list issues labelled ${labels.join(' or ')}`)
    }
  }

  async lookupIssues(numbers: number[]): Promise<Map<number, IssueFacts | null>> {
    const out = new Map<number, IssueFacts | null>()
    const unique = [...new Set(numbers)]
    // One request per 100 numbers, by alias; a missing issue is an error on its alias only.
    for (let i = 0; i < unique.length; i += 100) {
      const batch = unique.slice(i, i + 100)
      const fields = batch
        .map(n => `i${n}: issue(number: ${n}) { databaseId state stateReason }`)
        .join('\n')
      const query = `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields} } }`
      type Result = { repository: Record<string, IssueFacts | null> }
      let data: Result | undefined
      try {
        data = await this.octokit.graphql<Result>(query, {
          owner: this.repo.owner,
          name: this.repo.repo
        })
      } catch (error) {
        const partial = (error as { data?: Result }).data
        if (!partial?.repository)
          throw toApiError(error, `look up issues ${batch.map(n => `#${n}`).join(', ')}`)
        data = partial
      }
      for (const n of batch) out.set(n, data.repository[`i${n}`] ?? null)
    }
    return out
  }

  async listLabels(): Promise<string[]> {
    try {
      const labels = await this.octokit.paginate(this.octokit.rest.issues.listLabelsForRepo, {
        ...this.repo,
        per_page: 100
      })
      return labels.map(l => l.name)
    } catch (error) {
      throw toApiError(error, 'list labels')
    }
  }

  async createLabel(name: string, color: string, description: string): Promise<void> {
    try {
      await this.octokit.rest.issues.createLabel({ ...this.repo, name, color, description })
    } catch (error) {
      // Created meanwhile by someone else: that is what we wanted.
      if ((error as RequestFailure).status === 422) return
      throw toApiError(error, `create label ${name}`)
    }
  }

  async createIssue(fields: {
    title: string
    body: string
    labels: string[]
  }): Promise<{ number: number; databaseId: number }> {
    try {
      const { data } = await this.octokit.rest.issues.create({ ...this.repo, ...fields })
      return { number: data.number, databaseId: data.id }
    } catch (error) {
      throw toApiError(error, `create issue "${fields.title}"`)
    }
  }

  async updateIssue(number: number, change: IssueChange): Promise<void> {
    try {
      await this.octokit.rest.issues.update({
        ...this.repo,
        issue_number: number,
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        ...(change.labels !== undefined ? { labels: change.labels } : {}),
        ...(change.state !== undefined ? { state: change.state } : {}),
        ...(change.stateReason !== undefined ? { state_reason: change.stateReason } : {})
      })
    } catch (error) {
      throw toApiError(error, `update issue #${number}`)
    }
  }

  async addBlockedBy(number: number, blockerDatabaseId: number): Promise<RelationOutcome> {
    try {
      await this.octokit.request(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
        {
          ...this.repo,
          issue_number: number,
          issue_id: blockerDatabaseId
        }
      )
      return 'added'
    } catch (error) {
      return relationFailure(
        error,
        `record that #${number} is blocked by issue id ${blockerDatabaseId}`
      )
    }
  }

  async removeBlockedBy(number: number, blockerDatabaseId: number): Promise<void> {
    try {
      await this.octokit.request(
        'DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}',
        {
          ...this.repo,
          issue_number: number,
          issue_id: blockerDatabaseId
        }
      )
    } catch (error) {
      if ((error as RequestFailure).status === 404) return
      throw toApiError(error, `remove a blocked-by relationship from #${number}`)
    }
  }

  async addSubIssue(parent: number, childDatabaseId: number): Promise<RelationOutcome> {
    try {
      await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
        ...this.repo,
        issue_number: parent,
        sub_issue_id: childDatabaseId,
        replace_parent: true
      })
      return 'added'
    } catch (error) {
      return relationFailure(error, `add a sub-issue to #${parent}`)
    }
  }

  async listComments(number: number): Promise<IssueComment[]> {
    try {
      const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.repo,
        issue_number: number,
        per_page: 100
      })
      return comments.map(c => ({
        id: c.id,
        body: c.body ?? '',
        author: c.user?.login ?? null,
        createdAt: c.created_at
      }))
    } catch (error) {
      throw toApiError(error, `list comments of #${number}`)
    }
  }

  async createComment(number: number, body: string): Promise<void> {
    try {
      await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: number, body })
    } catch (error) {
      throw toApiError(error, `comment on #${number}`)
    }
  }

  async updateComment(id: number, body: string): Promise<void> {
    try {
      await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body })
    } catch (error) {
      throw toApiError(error, `update comment ${id}`)
    }
  }

  async writeFile(fields: {
    path: string
    text: string
    sha: string
    branch: string
    message: string
  }): Promise<FileWriteOutcome> {
    try {
      await this.octokit.rest.repos.createOrUpdateFileContents({
        ...this.repo,
        path: fields.path,
        message: fields.message,
        content: Buffer.from(fields.text, 'utf8').toString('base64'),
        sha: fields.sha,
        branch: fields.branch
      })
      return 'written'
    } catch (error) {
      const e = error as RequestFailure
      const message = e.message ?? ''
      // Branch protection and rulesets answer 409/403/422 with a message naming the rule.
      if (/protect|rule|pull request/i.test(message) && [403, 409, 422].includes(e.status ?? 0))
        return 'protected'
      if (e.status === 409) return 'conflict'
      throw toApiError(error, `write ${fields.path} on ${fields.branch}`)
    }
  }

  async branchSha(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` })
      return data.object.sha
    } catch (error) {
      if ((error as RequestFailure).status === 404) return undefined
      throw toApiError(error, `read branch ${branch}`)
    }
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    try {
      await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha })
    } catch (error) {
      throw toApiError(error, `create branch ${branch}`)
    }
  }

  async findOpenPull(head: string, base: string): Promise<number | undefined> {
    try {
      const { data } = await this.octokit.rest.pulls.list({
        ...this.repo,
        head: `${this.repo.owner}:${head}`,
        base,
        state: 'open',
        per_page: 1
      })
      return data[0]?.number
    } catch (error) {
      throw toApiError(error, `find the pull request from ${head}`)
    }
  }

  async createPull(fields: {
    head: string
    base: string
    title: string
    body: string
  }): Promise<number> {
    try {
      const { data } = await this.octokit.rest.pulls.create({ ...this.repo, ...fields })
      return data.number
    } catch (error) {
      throw toApiError(error, `open a pull request from ${fields.head}`)
    }
  }

  async getIssue(number: number): Promise<TrackedIssue | undefined> {
    const query = `query($owner: String!, $name: String!, $number: Int!) {
      repository(owner: $owner, name: $name) { issue(number: $number) { ${ISSUE_FIELDS} } }
    }`
    try {
      const data = await this.octokit.graphql<{ repository: { issue: IssueNode | null } }>(query, {
        owner: this.repo.owner,
        name: this.repo.repo,
        number
      })
      return data.repository.issue ? trackedIssue(data.repository.issue) : undefined
    } catch (error) {
      if ((error as { data?: { repository?: unknown } }).data?.repository) return undefined
      throw toApiError(error, `read issue #${number}`)
    }
  }

  async listFiles(branch: string): Promise<{ paths: string[]; truncated: boolean }> {
    try {
      const { data } = await this.octokit.rest.git.getTree({
        ...this.repo,
        tree_sha: branch,
        recursive: 'true'
      })
      return {
        paths: data.tree.filter(t => t.type === 'blob' && t.path).map(t => t.path!),
        truncated: data.truncated
      }
    } catch (error) {
      throw toApiError(error, `list the files of ${branch}`)
    }
  }

  async scanLoop(label: string, reviewCheck: string): Promise<LoopScan> {
    type IssueScanNode = {
      number: number
      title: string
      body: string
      createdAt: string
      updatedAt: string
      author: { login: string } | null
      authorAssociation: string
      labels: { nodes: { name: string }[] } | null
      assignees: { nodes: { login: string }[] }
      blockedBy: {
        nodes: {
          number: number
          databaseId: number
          state: 'OPEN' | 'CLOSED'
          stateReason: string | null
        }[]
      }
    }
    type PullScanNode = {
      number: number
      headRefName: string
      headRefOid: string
      isDraft: boolean
      createdAt: string
      author: { login: string } | null
      closingIssuesReferences: { nodes: { number: number }[] } | null
      commits: {
        nodes: { commit: { statusCheckRollup: { contexts: { nodes: RollupContext[] } } | null } }[]
      }
    }
    let issueNodes: IssueScanNode[]
    let pullNodes: PullScanNode[]
    try {
      issueNodes = await this.allPages<IssueScanNode>(SCAN_ISSUES, 'issues', { labels: [label] })
      pullNodes = await this.allPages<PullScanNode>(SCAN_PULLS, 'pullRequests', {})
    } catch (error) {
      throw toApiError(error, 'scan the loop (issues and pull requests)')
    }

    const blockers = new Map<number, IssueFacts | null>()
    const issues: ScannedIssue[] = issueNodes.map(n => {
      const labels = (n.labels?.nodes ?? []).map(l => l.name)
      const fromLabels = labels.flatMap(l => {
        const m = /^blocked-by:#(\d+)$/i.exec(l)
        return m ? [Number(m[1])] : []
      })
      for (const b of n.blockedBy.nodes)
        blockers.set(b.number, {
          databaseId: b.databaseId,
          state: b.state,
          stateReason: b.stateReason
        })
      const native = n.blockedBy.nodes.map(b => b.number)
      return {
        number: n.number,
        title: n.title,
        body: n.body,
        labels,
        assignees: n.assignees.nodes.map(a => a.login),
        author: n.author?.login ?? null,
        authorAssociation: n.authorAssociation,
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
        blockers: [...new Set([...fromLabels, ...native])],
        nativeBlockers: native
      }
    })
    // Blockers named only by a label: their state in one aliased query per 100.
    const missing = [...new Set(issues.flatMap(i => i.blockers))].filter(n => !blockers.has(n))
    if (missing.length)
      for (const [n, facts] of await this.lookupIssues(missing)) blockers.set(n, facts)

    const pulls: ScannedPull[] = pullNodes.map(p => {
      const contexts = p.commits.nodes[0]?.commit.statusCheckRollup?.contexts.nodes ?? []
      const review = contexts.find(c => c.__typename === 'CheckRun' && c.name === reviewCheck) as
        Extract<RollupContext, { __typename: 'CheckRun' }> | undefined
      const verdict =
        review?.status === 'COMPLETED'
          ? review.conclusion === 'SUCCESS'
            ? 'pass'
            : review.conclusion === 'ACTION_REQUIRED'
              ? 'needs-human'
              : 'fail'
          : undefined
      return {
        number: p.number,
        headRef: p.headRefName,
        headSha: p.headRefOid,
        draft: p.isDraft,
        createdAt: p.createdAt,
        author: p.author?.login ?? null,
        closes: (p.closingIssuesReferences?.nodes ?? []).map(i => i.number),
        checks: contexts
          .filter(c => !(c.__typename === 'CheckRun' && c.name === reviewCheck))
          .map(c => ({
            name: c.__typename === 'CheckRun' ? c.name : c.context,
            state: checkState(c),
            ...(c.__typename === 'CheckRun' && c.databaseId ? { id: c.databaseId } : {})
          })),
        ...(verdict ? { verdict } : {})
      }
    })
    return { issues, pulls, blockers }
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    try {
      await this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: number, labels })
    } catch (error) {
      throw toApiError(error, `label #${number} ${labels.join(', ')}`)
    }
  }

  async removeLabel(number: number, label: string): Promise<void> {
    try {
      await this.octokit.rest.issues.removeLabel({
        ...this.repo,
        issue_number: number,
        name: label
      })
    } catch (error) {
      if ((error as RequestFailure).status === 404) return
      throw toApiError(error, `remove label ${label} from #${number}`)
    }
  }

  async addAssignees(number: number, logins: string[]): Promise<string[]> {
    try {
      const { data } = await this.octokit.rest.issues.addAssignees({
        ...this.repo,
        issue_number: number,
        assignees: logins
      })
      return (data.assignees ?? []).map(a => a.login)
    } catch (error) {
      throw toApiError(error, `assign #${number} to ${logins.join(', ')}`)
    }
  }

  async dispatchWorkflow(
    workflow: string,
    ref: string,
    inputs: Record<string, string>
  ): Promise<void> {
    try {
      await this.octokit.rest.actions.createWorkflowDispatch({
        ...this.repo,
        workflow_id: workflow,
        ref,
        inputs
      })
    } catch (error) {
      throw toApiError(error, `dispatch workflow ${workflow} on ${ref}`)
    }
  }

  async listRunJobs(runId: number): Promise<RunJob[]> {
    try {
      const jobs = await this.octokit.paginate(this.octokit.rest.actions.listJobsForWorkflowRun, {
        ...this.repo,
        run_id: runId,
        filter: 'latest',
        per_page: 100
      })
      return jobs.map(j => ({
        id: j.id,
        name: j.name,
        conclusion: j.conclusion,
        htmlUrl: j.html_url ?? '',
        steps: (j.steps ?? []).map(st => ({
          name: st.name,
          number: st.number,
          conclusion: st.conclusion
        }))
      }))
    } catch (error) {
      throw toApiError(error, `list the jobs of run ${runId}`)
    }
  }

  async jobLog(jobId: number): Promise<string> {
    try {
      const { data } = await this.octokit.rest.actions.downloadJobLogsForWorkflowRun({
        ...this.repo,
        job_id: jobId
      })
      return typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer).toString('utf8')
    } catch (error) {
      throw toApiError(error, `download the log of job ${jobId}`)
    }
  }

  async readFile(path: string, ref?: string): Promise<FileContent | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        ...this.repo,
        path,
        ...(ref ? { ref } : {})
      })
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
        throw new ApiError(`${path} is not a file`)
      }
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha }
    } catch (error) {
      if ((error as RequestFailure).status === 404) return undefined
      if (error instanceof ApiError) throw error
      throw toApiError(error, `read ${path}`)
    }
  }
}

/**
 * Relationships (issue dependencies, sub-issues) are newer APIs: missing on older GitHub
 * Enterprise (404/410) or refused for the token (403) means "unavailable", not a failed run.
 */
function relationFailure(error: unknown, what: string): RelationOutcome {
  const status = (error as RequestFailure).status
  if (status === 404 || status === 403 || status === 410) return 'unavailable'
  if (status === 422 && /already/i.test((error as RequestFailure).message ?? '')) return 'exists'
  throw toApiError(error, what)
}

function trackedIssue(n: IssueNode): TrackedIssue {
  return {
    number: n.number,
    databaseId: n.databaseId,
    title: n.title,
    body: n.body,
    state: n.state,
    stateReason: n.stateReason,
    createdAt: n.createdAt,
    url: n.url,
    author: n.author?.login ?? null,
    authorAssociation: n.authorAssociation,
    labels: (n.labels?.nodes ?? []).map(l => l.name),
    blockedBy: n.blockedBy.nodes,
    parent: n.parent?.number ?? null
  }
}

function isMutation(options: { query?: unknown; data?: unknown }): boolean {
  const query =
    typeof options.query === 'string'
      ? options.query
      : typeof (options.data as { query?: unknown })?.query === 'string'
        ? (options.data as { query: string }).query
        : ''
  return /^\s*mutation\b/.test(query)
}
