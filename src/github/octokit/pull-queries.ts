/**
 * The GraphQL documents of the pull requests adapter (pulls.ts): the open pull requests' scan,
 * the closed ones (lately, and a page at a time for calibration), and one pull request. Checked
 * against GitHub's schema by __tests__/house/graphql-schema.test.ts and priced in points by
 * __tests__/rig/graphql-cost.test.ts (src/github/points.ts).
 */
import { COMMENT_FIELDS } from './comment-fields.js'

/** A check run as a rollup entry reads it (both the open scan and the merged pull requests). */
const CHECK_RUN_FIELDS = /* GraphQL */ `
  ... on CheckRun {
    name
    status
    conclusion
    databaseId
    externalId
    startedAt
    completedAt
    checkSuite {
      app {
        slug
      }
    }
  }
`

/**
 * What a closed pull request is read with: who opened it, its body (usage records), what it
 * closes, its merge, and the checks of the commit it was merged at.
 */
const CLOSED_PULL_FIELDS = /* GraphQL */ `
  updatedAt
  author {
    login
  }
  authorAssociation
  body
  closingIssuesReferences(first: 10) {
    nodes {
      number
    }
  }
  mergedAt
  mergedBy {
    login
  }
  commits(last: 1) {
    nodes {
      commit {
        oid
        statusCheckRollup {
          contexts(first: 20) {
            nodes {
              __typename
              ${CHECK_RUN_FIELDS}
            }
          }
        }
      }
    }
  }
`

export const SCAN_PULLS = /* GraphQL */ `
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
          baseRefName
          baseRefOid
          isCrossRepository
          isDraft
          mergeable
          mergeStateStatus
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
          files(first: 100) {
            totalCount
            nodes {
              path
            }
          }
          headRef {
            target {
              ... on Commit {
                committedDate
              }
            }
          }
          statusCheckRollup {
            state
            contexts(first: 100) {
              nodes {
                __typename
                ${CHECK_RUN_FIELDS}
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
`

export const RECENT_CLOSED_PULLS = /* GraphQL */ `
  query ($owner: String!, $name: String!) {
    repository(owner: $owner, name: $name) {
      pullRequests(
        first: 50
        states: [CLOSED, MERGED]
        orderBy: { field: UPDATED_AT, direction: DESC }
      ) {
        nodes {
          number
          headRefName
          isCrossRepository
          ${CLOSED_PULL_FIELDS}
        }
      }
    }
  }
`

/** A page of closed and merged pull requests, newest first, for calibrating the forecast. */
export const CLOSED_PULLS_PAGE = /* GraphQL */ `
  query ($owner: String!, $name: String!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      pullRequests(
        first: 50
        after: $cursor
        states: [CLOSED, MERGED]
        orderBy: { field: UPDATED_AT, direction: DESC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          headRefName
          isCrossRepository
          createdAt
          ${CLOSED_PULL_FIELDS}
        }
      }
    }
  }
`

export const GET_PULL = /* GraphQL */ `
  query ($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        number title body state headRefName headRefOid baseRefName
        author { login } authorAssociation
        closingIssuesReferences(first: 10) { nodes { number } }
        ${COMMENT_FIELDS}
      }
    }
  }
`
