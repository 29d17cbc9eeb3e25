/** The newest comments of an issue or pull request as every scan reads them (claims, attestations). */
import type { IssueComment } from '../port.js'
import { withoutWriteKey } from '../../loop/markers.js'

/** How many of the newest comments a scan reads per issue or pull request (one page). */
export const SCAN_COMMENTS = 100

/** The GraphQL selection: the newest SCAN_COMMENTS comments, oldest first. */
export const COMMENT_FIELDS = /* GraphQL */ `
  comments(last: ${SCAN_COMMENTS}) {
    nodes { databaseId body createdAt author { login } authorAssociation }
  }
`

export interface CommentNode {
  databaseId: number
  body: string
  createdAt: string
  author: { login: string } | null
  authorAssociation: string
}

export function commentOf(c: CommentNode): IssueComment {
  return {
    id: c.databaseId,
    body: withoutWriteKey(c.body),
    author: c.author?.login ?? null,
    createdAt: c.createdAt,
    authorAssociation: c.authorAssociation
  }
}
