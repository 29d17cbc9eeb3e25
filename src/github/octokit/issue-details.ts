/**
 * What tick reads of some issues beyond the scan, in one aliased query per 100 issues: the
 * newest comments (claims, usage records) of the issues a decision can read them for, and the
 * native blockers of the issues whose labels do not account for them. Each connection asked of
 * an alias is one request, so 100 issues cost one point per kind asked.
 */
import type { DetailRequest, IssueDetails, BlockerNode } from '../port.js'
import type { OctokitApi } from './api.js'
import { COMMENT_FIELDS, commentOf, type CommentNode } from './comment-fields.js'

const BLOCKER_FIELDS = 'blockedBy(first: 100) { nodes { number databaseId state stateReason } }'

interface DetailNode {
  comments?: { nodes: CommentNode[] }
  blockedBy?: { nodes: BlockerNode[] }
}

/** The query for `batch`: each issue by alias with just what its request asks. */
export function detailsQuery(batch: DetailRequest[]): string {
  const aliases = batch
    .map(
      r =>
        `i${r.number}: issue(number: ${r.number}) { number ${r.comments ? COMMENT_FIELDS : ''} ${r.blockedBy ? BLOCKER_FIELDS : ''} }`
    )
    .join('\n')
  return `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${aliases} } }`
}

async function detailsBatch(
  api: OctokitApi,
  batch: DetailRequest[]
): Promise<Record<string, DetailNode | null>> {
  return api.aliased<DetailNode>(
    detailsQuery(batch),
    `read issues ${batch.map(r => `#${r.number}`).join(', ')}`
  )
}

export async function issueDetails(
  api: OctokitApi,
  requests: DetailRequest[]
): Promise<Map<number, IssueDetails>> {
  const out = new Map<number, IssueDetails>()
  const wanted = requests.filter(r => r.comments || r.blockedBy)
  for (let i = 0; i < wanted.length; i += 100) {
    const batch = wanted.slice(i, i + 100)
    const found = await detailsBatch(api, batch)
    for (const r of batch) {
      const node = found[`i${r.number}`]
      out.set(r.number, {
        ...(r.comments ? { comments: (node?.comments?.nodes ?? []).map(commentOf) } : {}),
        ...(r.blockedBy ? { blockedBy: node?.blockedBy?.nodes ?? [] } : {})
      })
    }
  }
  return out
}
