/** The newest comments of an issue or pull request as every scan reads them (claims, attestations). */
import { SCAN_COMMENTS, type IssueComment } from '../port.js'
import { withoutWriteKey } from '../../loop/markers.js'

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
