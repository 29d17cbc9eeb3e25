/** Issues, labels, comments, assignees and issue relationships. */
import {
  type IssueFacts,
  type IssuesPort,
  type ScannedIssueNode,
  type TrackedIssue
} from '../port.js'
import { now } from '../../clock.js'
import { hasWriteKey, withoutWriteKey, withWriteKey } from '../../loop/markers.js'
import { attempt, relationFailure, statusOf, toApiError, type OctokitApi } from './api.js'
import { issueDetails } from './issue-details.js'
import { createOnce, newWriteKey, SEND_ONCE } from './send-once.js'

/**
 * How far back a read-back looks for a comment a failed request may have created: generous, so
 * that a runner's clock running behind GitHub's cannot hide it.
 */
const READ_BACK_WINDOW_MS = 60 * 60_000

/** One page of issues with `labels` in `states`, oldest first; `fields` selects what to read. */
function issuePage(states: string, fields: string): string {
  return /* GraphQL */ `
  query ($owner: String!, $name: String!, $labels: [String!], $cursor: String) {
    repository(owner: $owner, name: $name) {
      issues(first: 100, after: $cursor, labels: $labels, states: [${states}], orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes { ${fields} }
      }
    }
  }`
}

/**
 * What the plan reads of every open unit issue: one nested connection (labels), 1 point a page.
 * Native blockers are counted here (`issueDependenciesSummary`, no connection) and listed only
 * for the issues whose labels do not account for them (`issue-details.ts`).
 */
const SCAN_FIELDS = /* GraphQL */ `
  number title body createdAt updatedAt
  author { login } authorAssociation
  labels(first: 100) { nodes { name } }
  issueDependenciesSummary { blockedBy totalBlockedBy }
`

const ISSUE_FIELDS = /* GraphQL */ `
  number databaseId title body state stateReason createdAt closedAt url
  author { login } authorAssociation
  labels(first: 100) { nodes { name } }
  blockedBy(first: 100) { nodes { number databaseId } }
  parent { number }
  editor { login }
`

export const SCAN_ISSUES = issuePage('OPEN', SCAN_FIELDS)
export const ISSUE_PAGE = issuePage('OPEN, CLOSED', ISSUE_FIELDS)
/** Open issues without their connections: 1 point a page. */
export const BRIEF_PAGE = issuePage(
  'OPEN',
  'number title body createdAt author { login } editor { login }'
)
/** One issue with the fields of a listing. */
export const ISSUE_QUERY = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { issue(number: $number) { ${ISSUE_FIELDS} } }
}`

/** An open issue as GraphQL returns BRIEF_PAGE's fields. */
interface BriefNode {
  number: number
  title: string
  body: string
  createdAt: string
  author: { login: string } | null
  editor: { login: string } | null
}

/** An issue as GraphQL returns ISSUE_FIELDS. */
type IssueNode = Omit<TrackedIssue, 'author' | 'labels' | 'blockedBy' | 'parent' | 'editor'> & {
  editor: { login: string } | null
  author: { login: string } | null
  labels: { nodes: { name: string }[] } | null
  blockedBy: { nodes: TrackedIssue['blockedBy'] }
  parent: { number: number } | null
}

interface IssueScanNode {
  number: number
  title: string
  body: string
  createdAt: string
  updatedAt: string
  author: { login: string } | null
  authorAssociation: string
  labels: { nodes: { name: string }[] } | null
  issueDependenciesSummary: { blockedBy: number; totalBlockedBy: number } | null
}

function scannedIssue(n: IssueScanNode): ScannedIssueNode {
  return {
    number: n.number,
    title: n.title,
    body: withoutWriteKey(n.body),
    labels: (n.labels?.nodes ?? []).map(l => l.name),
    author: n.author?.login ?? null,
    authorAssociation: n.authorAssociation,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    dependencies: {
      open: n.issueDependenciesSummary?.blockedBy ?? 0,
      total: n.issueDependenciesSummary?.totalBlockedBy ?? 0
    }
  }
}

function trackedIssue(n: IssueNode): TrackedIssue {
  return {
    number: n.number,
    databaseId: n.databaseId,
    title: n.title,
    body: withoutWriteKey(n.body),
    state: n.state,
    stateReason: n.stateReason,
    createdAt: n.createdAt,
    ...(n.closedAt ? { closedAt: n.closedAt } : {}),
    url: n.url,
    author: n.author?.login ?? null,
    authorAssociation: n.authorAssociation,
    labels: (n.labels?.nodes ?? []).map(l => l.name),
    blockedBy: n.blockedBy.nodes,
    parent: n.parent?.number ?? null,
    editor: n.editor?.login ?? null
  }
}

/** The query of `batch` issues, each by alias, selecting `fields`. */
export function byAlias(batch: number[], fields: string): string {
  const aliases = batch.map(n => `i${n}: issue(number: ${n}) { ${fields} }`).join('\n')
  return `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${aliases} } }`
}

export const lookupQuery = (batch: number[]) => byAlias(batch, 'databaseId state stateReason')

/** One request per 100 numbers, by alias; a missing issue is an error on its alias only. */
async function lookupBatch(
  api: OctokitApi,
  batch: number[]
): Promise<Record<string, IssueFacts | null>> {
  return api.aliased<IssueFacts>(
    lookupQuery(batch),
    `look up issues ${batch.map(n => `#${n}`).join(', ')}`
  )
}

// eslint-disable-next-line max-lines-per-function -- an adapter's method table: one closure per port method
export function issuesAdapter(api: OctokitApi): IssuesPort {
  const { octokit, repo } = api
  return {
    listIssuesWithLabels: labels =>
      attempt(`list issues labelled ${labels.join(' or ')}`, async () =>
        api.allPages(ISSUE_PAGE, 'issues', { labels }, trackedIssue)
      ),
    listOpenIssuesBrief: label =>
      attempt(`list the open issues labelled ${label}`, async () =>
        api.allPages(BRIEF_PAGE, 'issues', { labels: [label] }, (n: BriefNode) => ({
          number: n.number,
          title: n.title,
          body: withoutWriteKey(n.body),
          createdAt: n.createdAt,
          author: n.author?.login ?? null,
          editor: n.editor?.login ?? null
        }))
      ),
    scanOpenIssues: label =>
      attempt(`scan the open issues labelled ${label}`, async () =>
        api.allPages(SCAN_ISSUES, 'issues', { labels: [label] }, scannedIssue)
      ),
    issueDetails: requests => issueDetails(api, requests),
    async lookupIssues(numbers) {
      const out = new Map<number, IssueFacts | null>()
      const unique = [...new Set(numbers)]
      for (let i = 0; i < unique.length; i += 100) {
        const batch = unique.slice(i, i + 100)
        const found = await lookupBatch(api, batch)
        for (const n of batch) out.set(n, found[`i${n}`] ?? null)
      }
      return out
    },
    async getIssue(number) {
      try {
        const data = await api.graphql<{ repository: { issue: IssueNode | null } }>(ISSUE_QUERY, {
          number
        })
        return data.repository.issue ? trackedIssue(data.repository.issue) : undefined
      } catch (error) {
        if ((error as { data?: { repository?: unknown } }).data?.repository) return undefined
        throw toApiError(error, `read issue #${number}`)
      }
    },
    createIssue(fields) {
      const key = newWriteKey()
      const body = withWriteKey(fields.body, key)
      return createOnce(
        `create issue "${fields.title.slice(0, 200)}"`,
        async () => {
          const { data } = await octokit.rest.issues.create({
            ...repo,
            ...fields,
            body,
            ...SEND_ONCE
          })
          return { number: data.number, databaseId: data.id }
        },
        async () => {
          // The newest issues (pull requests too): one that carries this write's key is it.
          const { data } = await octokit.rest.issues.listForRepo({
            ...repo,
            state: 'all',
            sort: 'created',
            direction: 'desc',
            per_page: 100
          })
          const found = data.find(i => hasWriteKey(i.body, key))
          return found ? { number: found.number, databaseId: found.id } : undefined
        }
      )
    },
    updateIssue: (number, change) =>
      attempt(`update issue #${number}`, async () => {
        await octokit.rest.issues.update({
          ...repo,
          issue_number: number,
          ...(change.title !== undefined ? { title: change.title } : {}),
          ...(change.body !== undefined ? { body: change.body } : {}),
          ...(change.labels !== undefined ? { labels: change.labels } : {}),
          ...(change.state !== undefined ? { state: change.state } : {}),
          ...(change.stateReason !== undefined ? { state_reason: change.stateReason } : {})
        })
      }),
    listLabels: () =>
      attempt('list labels', async () => {
        const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
          ...repo,
          per_page: 100
        })
        return labels.map(l => l.name)
      }),
    async createLabel(name, color, description) {
      try {
        await octokit.rest.issues.createLabel({ ...repo, name, color, description })
      } catch (error) {
        // Created meanwhile by someone else: that is what we wanted.
        if (statusOf(error) === 422) return
        throw toApiError(error, `create label ${name}`)
      }
    },
    addLabels: (number, labels) =>
      attempt(`label #${number} ${labels.join(', ')}`, async () => {
        await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels })
      }),
    async removeLabel(number, label) {
      try {
        await octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: label })
      } catch (error) {
        if (statusOf(error) === 404) return
        throw toApiError(error, `remove label ${label} from #${number}`)
      }
    },
    addAssignees: (number, logins) =>
      attempt(`assign #${number} to ${logins.join(', ')}`, async () => {
        const { data } = await octokit.rest.issues.addAssignees({
          ...repo,
          issue_number: number,
          assignees: logins
        })
        return (data.assignees ?? []).map(a => a.login)
      }),
    listComments: number =>
      attempt(`list comments of #${number}`, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: number,
          per_page: 100
        })
        return comments.map(c => ({
          id: c.id,
          body: withoutWriteKey(c.body ?? ''),
          author: c.user?.login ?? null,
          createdAt: c.created_at,
          authorAssociation: c.author_association
        }))
      }),
    createComment(number, text) {
      const key = newWriteKey()
      const body = withWriteKey(text, key)
      const since = new Date(now().getTime() - READ_BACK_WINDOW_MS).toISOString()
      return createOnce(
        `comment on #${number}`,
        async () => {
          const { data } = await octokit.rest.issues.createComment({
            ...repo,
            issue_number: number,
            body,
            ...SEND_ONCE
          })
          return data.id
        },
        async () => {
          const recent = await octokit.paginate(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: number,
            since,
            per_page: 100
          })
          return recent.find(c => hasWriteKey(c.body, key))?.id
        }
      )
    },
    updateComment: (id, body) =>
      attempt(`update comment ${id}`, async () => {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })
      }),
    async deleteComment(id) {
      try {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id })
      } catch (error) {
        if (statusOf(error) === 404) return
        throw toApiError(error, `delete comment ${id}`)
      }
    },
    async addBlockedBy(number, blockerDatabaseId) {
      try {
        await octokit.request(
          'POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
          { ...repo, issue_number: number, issue_id: blockerDatabaseId }
        )
        return 'added'
      } catch (error) {
        return relationFailure(
          error,
          `record that #${number} is blocked by issue id ${blockerDatabaseId}`
        )
      }
    },
    async removeBlockedBy(number, blockerDatabaseId) {
      try {
        await octokit.request(
          'DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}',
          { ...repo, issue_number: number, issue_id: blockerDatabaseId }
        )
      } catch (error) {
        if (statusOf(error) === 404) return
        throw toApiError(error, `remove a blocked-by relationship from #${number}`)
      }
    },
    async addSubIssue(parent, childDatabaseId) {
      try {
        await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
          ...repo,
          issue_number: parent,
          sub_issue_id: childDatabaseId,
          replace_parent: true
        })
        return 'added'
      } catch (error) {
        return relationFailure(error, `add a sub-issue to #${parent}`)
      }
    },
    async dependenciesAvailable(issue) {
      try {
        await octokit.request(
          'GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
          { ...repo, issue_number: issue, per_page: 1 }
        )
        return true
      } catch (error) {
        return relationFailure(error, `read the dependencies of #${issue}`) === 'exists'
      }
    }
  }
}
