/** Pull requests and the check rollup of their heads. */
import type {
  ClosedPullNode,
  PullDetails,
  PullFile,
  RollupEntry,
  ScannedPullNode
} from '../port.js'
import { commentOf, type CommentNode } from './comment-fields.js'
import { CLOSED_PULLS_PAGE, GET_PULL, RECENT_CLOSED_PULLS, SCAN_PULLS } from './pull-queries.js'
import { withoutWriteKey } from '../../loop/markers.js'
import { attempt, statusOf, toApiError, type OctokitApi } from './api.js'
import { createOnce, SEND_ONCE } from './send-once.js'

interface ClosedNode {
  number: number
  headRefName: string
  isCrossRepository?: boolean
  createdAt?: string
  updatedAt: string
  author: { login: string } | null
  authorAssociation: string
  body: string
  closingIssuesReferences: { nodes: { number: number }[] } | null
  mergedAt?: string | null
  mergedBy?: { login: string } | null
  commits?: {
    nodes: {
      commit: { oid: string; statusCheckRollup: { contexts: { nodes: RollupNode[] } } | null }
    }[]
  }
}

type RollupNode =
  | {
      __typename: 'CheckRun'
      name: string
      status: string
      conclusion: string | null
      databaseId?: number
      externalId?: string | null
      startedAt?: string | null
      completedAt?: string | null
      checkSuite?: { app: { slug: string } | null } | null
    }
  | { __typename: 'StatusContext'; context: string; state: string }

interface PullNode {
  body: string
  authorAssociation: string
  comments: { nodes: CommentNode[] }
  number: number
  headRefName: string
  headRefOid: string
  baseRefName?: string
  baseRefOid?: string
  isCrossRepository?: boolean
  mergeable?: string
  mergeStateStatus?: string
  isDraft: boolean
  createdAt: string
  author: { login: string } | null
  closingIssuesReferences: { nodes: { number: number }[] } | null
  files?: { totalCount: number; nodes: { path: string }[] } | null
  /** The head branch's commit; null once the branch is gone. */
  headRef: { target: { committedDate?: string } | null } | null
  statusCheckRollup: { contexts: { nodes: RollupNode[] } } | null
}

function rollupEntry(c: RollupNode): RollupEntry {
  return c.__typename === 'CheckRun'
    ? {
        type: 'check-run',
        name: c.name,
        status: c.status,
        conclusion: c.conclusion,
        ...(c.databaseId ? { id: c.databaseId } : {}),
        ...(c.checkSuite?.app ? { app: c.checkSuite.app.slug } : {}),
        ...(c.externalId ? { externalId: c.externalId } : {}),
        ...(c.startedAt ? { startedAt: c.startedAt } : {}),
        ...(c.completedAt ? { completedAt: c.completedAt } : {})
      }
    : { type: 'status', context: c.context, state: c.state }
}

/** A closed pull request as the port gives it. */
function closedPull(n: ClosedNode): ClosedPullNode {
  return {
    number: n.number,
    headRef: n.headRefName,
    author: n.author?.login ?? null,
    authorAssociation: n.authorAssociation,
    body: withoutWriteKey(n.body),
    crossRepository: n.isCrossRepository === true,
    closes: (n.closingIssuesReferences?.nodes ?? []).map(i => i.number),
    updatedAt: n.updatedAt,
    ...mergeOf(n)
  }
}

/** How a closed pull request was merged, and the checks of the commit it was merged at. */
function mergeOf(n: ClosedNode): Partial<ClosedPullNode> {
  const last = n.commits?.nodes.at(-1)?.commit
  return {
    ...(n.mergedAt ? { mergedAt: n.mergedAt, mergedBy: n.mergedBy?.login ?? null } : {}),
    ...(last
      ? {
          headSha: last.oid,
          rollup: (last.statusCheckRollup?.contexts.nodes ?? [])
            .filter(c => c?.__typename === 'CheckRun')
            .map(rollupEntry)
        }
      : {})
  }
}

function scannedPull(p: PullNode): ScannedPullNode {
  return {
    number: p.number,
    headRef: p.headRefName,
    headSha: p.headRefOid,
    ...(p.baseRefName ? { baseRef: p.baseRefName } : {}),
    ...(p.baseRefOid ? { baseSha: p.baseRefOid } : {}),
    draft: p.isDraft,
    createdAt: p.createdAt,
    author: p.author?.login ?? null,
    authorAssociation: p.authorAssociation,
    // Unknown counts as a fork: a pull request is the loop's only when shown to be from here.
    crossRepository: p.isCrossRepository !== false,
    ...(p.mergeable ? { mergeable: p.mergeable } : {}),
    ...(p.mergeStateStatus ? { mergeStateStatus: p.mergeStateStatus } : {}),
    body: withoutWriteKey(p.body),
    comments: p.comments.nodes.map(commentOf),
    closes: (p.closingIssuesReferences?.nodes ?? []).map(i => i.number),
    ...(p.files
      ? {
          changed: {
            paths: p.files.nodes.map(f => f.path),
            complete: p.files.totalCount <= p.files.nodes.length
          }
        }
      : {}),
    ...(p.headRef?.target?.committedDate
      ? { headCommittedAt: p.headRef.target.committedDate }
      : {}),
    rollup: (p.statusCheckRollup?.contexts.nodes ?? []).map(rollupEntry)
  }
}

interface PullDetailsNode {
  number: number
  title: string
  body: string
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  headRefName: string
  headRefOid: string
  baseRefName: string
  author: { login: string } | null
  authorAssociation: string
  closingIssuesReferences: { nodes: { number: number }[] } | null
  comments: { nodes: CommentNode[] }
}

function pullDetails(p: PullDetailsNode): PullDetails {
  return {
    number: p.number,
    title: p.title,
    body: withoutWriteKey(p.body),
    state: p.state,
    headRef: p.headRefName,
    headSha: p.headRefOid,
    baseRef: p.baseRefName,
    author: p.author?.login ?? null,
    authorAssociation: p.authorAssociation,
    closes: (p.closingIssuesReferences?.nodes ?? []).map(i => i.number),
    comments: p.comments.nodes.map(commentOf)
  }
}

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PULL_FILES = 3000

// eslint-disable-next-line max-lines-per-function -- an adapter's method table: one closure per port method
export function pullsAdapter(api: OctokitApi) {
  const { octokit, repo } = api
  const findOpenPull = (head: string, base: string) =>
    attempt(`find the pull request from ${head}`, async () => {
      const { data } = await octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${head}`,
        base,
        state: 'open',
        per_page: 1
      })
      return data[0]?.number
    })
  return {
    scanOpenPulls: () =>
      attempt('scan the open pull requests', async () =>
        api.allPages(SCAN_PULLS, 'pullRequests', {}, scannedPull)
      ),
    recentClosedPulls: () =>
      attempt('read the pull requests closed lately', async () => {
        const data = await api.graphql<{ repository: { pullRequests: { nodes: ClosedNode[] } } }>(
          RECENT_CLOSED_PULLS
        )
        return data.repository.pullRequests.nodes.map(closedPull)
      }),
    closedPullsPage: (cursor?: string) =>
      attempt('read a page of closed pull requests', async () => {
        const data = await api.graphql<{
          repository: {
            pullRequests: {
              nodes: ClosedNode[]
              pageInfo: { hasNextPage: boolean; endCursor: string | null }
            }
          }
        }>(CLOSED_PULLS_PAGE, { cursor: cursor ?? null })
        const { nodes, pageInfo } = data.repository.pullRequests
        const pulls = nodes.map(n => ({ ...closedPull(n), createdAt: n.createdAt ?? n.updatedAt }))
        return {
          pulls,
          ...(pageInfo.hasNextPage && pageInfo.endCursor ? { next: pageInfo.endCursor } : {})
        }
      }),
    findOpenPull,
    // A branch has at most one open pull request to a base: that is the read-back.
    createPull: (fields: { head: string; base: string; title: string; body: string }) =>
      createOnce(
        `open a pull request from ${fields.head}`,
        async () =>
          (await octokit.rest.pulls.create({ ...repo, ...fields, ...SEND_ONCE })).data.number,
        () => findOpenPull(fields.head, fields.base)
      ),
    updatePull: (number: number, fields: { title?: string; body?: string; base?: string }) =>
      attempt(`update pull request #${number}`, async () => {
        await octokit.rest.pulls.update({ ...repo, pull_number: number, ...fields })
      }),
    async updateBranch(number: number, expectedHeadSha: string) {
      try {
        await octokit.rest.pulls.updateBranch({
          ...repo,
          pull_number: number,
          expected_head_sha: expectedHeadSha
        })
        return 'updated' as const
      } catch (error) {
        // 422: the head moved since the scan, or the merge conflicts. Either way: not now.
        if (statusOf(error) === 422)
          return /expected_head_sha/i.test((error as Error).message)
            ? ('moved' as const)
            : ('conflict' as const)
        throw toApiError(error, `update the branch of pull request #${number}`)
      }
    },
    async getPull(number: number): Promise<PullDetails | undefined> {
      try {
        const data = await api.graphql<{ repository: { pullRequest: PullDetailsNode | null } }>(
          GET_PULL,
          { number }
        )
        const node = data.repository.pullRequest
        return node ? pullDetails(node) : undefined
      } catch (error) {
        // GitHub answers an unknown number with NOT_FOUND and a null pullRequest.
        if ((error as { data?: { repository?: unknown } }).data?.repository) return undefined
        throw toApiError(error, `read pull request #${number}`)
      }
    },
    listPullFiles: (number: number) =>
      attempt(`list the files of pull request #${number}`, async () => {
        const files: PullFile[] = []
        for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
          ...repo,
          pull_number: number,
          per_page: 100
        })) {
          for (const f of page.data)
            files.push({
              path: f.filename,
              status: f.status,
              additions: f.additions,
              deletions: f.deletions,
              ...(f.patch !== undefined ? { patch: f.patch } : {})
            })
          if (files.length >= MAX_PULL_FILES) break
        }
        return files
      })
  }
}
