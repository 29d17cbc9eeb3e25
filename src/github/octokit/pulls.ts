/** Pull requests and the check rollup of their heads. */
import type { PullsPort, RollupEntry, ScannedPullNode } from '../port.js'
import { COMMENT_FIELDS, commentOf, type CommentNode } from './issues.js'
import { attempt, type OctokitApi } from './api.js'

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
          authorAssociation
          body
          ${COMMENT_FIELDS}
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

type RollupNode =
  | {
      __typename: 'CheckRun'
      name: string
      status: string
      conclusion: string | null
      databaseId?: number
    }
  | { __typename: 'StatusContext'; context: string; state: string }

interface PullNode {
  body: string
  authorAssociation: string
  comments: { nodes: CommentNode[] }
  number: number
  headRefName: string
  headRefOid: string
  isDraft: boolean
  createdAt: string
  author: { login: string } | null
  closingIssuesReferences: { nodes: { number: number }[] } | null
  commits: {
    nodes: { commit: { statusCheckRollup: { contexts: { nodes: RollupNode[] } } | null } }[]
  }
}

function rollupEntry(c: RollupNode): RollupEntry {
  return c.__typename === 'CheckRun'
    ? {
        type: 'check-run',
        name: c.name,
        status: c.status,
        conclusion: c.conclusion,
        ...(c.databaseId ? { id: c.databaseId } : {})
      }
    : { type: 'status', context: c.context, state: c.state }
}

function scannedPull(p: PullNode): ScannedPullNode {
  return {
    number: p.number,
    headRef: p.headRefName,
    headSha: p.headRefOid,
    draft: p.isDraft,
    createdAt: p.createdAt,
    author: p.author?.login ?? null,
    authorAssociation: p.authorAssociation,
    body: p.body,
    comments: p.comments.nodes.map(commentOf),
    closes: (p.closingIssuesReferences?.nodes ?? []).map(i => i.number),
    rollup: (p.commits.nodes[0]?.commit.statusCheckRollup?.contexts.nodes ?? []).map(rollupEntry)
  }
}

export function pullsAdapter(api: OctokitApi): PullsPort {
  const { octokit, repo } = api
  return {
    scanOpenPulls: () =>
      attempt('scan the open pull requests', async () =>
        (await api.allPages<PullNode>(SCAN_PULLS, 'pullRequests', {})).map(scannedPull)
      ),
    findOpenPull: (head, base) =>
      attempt(`find the pull request from ${head}`, async () => {
        const { data } = await octokit.rest.pulls.list({
          ...repo,
          head: `${repo.owner}:${head}`,
          base,
          state: 'open',
          per_page: 1
        })
        return data[0]?.number
      }),
    createPull: fields =>
      attempt(`open a pull request from ${fields.head}`, async () => {
        const { data } = await octokit.rest.pulls.create({ ...repo, ...fields })
        return data.number
      })
  }
}
