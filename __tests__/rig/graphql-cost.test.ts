/**
 * The rig charges GraphQL queries in points, the way GitHub documents it, from a budget apart from
 * REST's: the examples of GitHub's "Rate limits and query limits for the GraphQL API" page, and
 * what a token sees in `rateLimit`, the `x-ratelimit-*` headers and `GET /rate_limit`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { restClient } from '../../rig/rest-client.js'
import { parse } from 'graphql'
import { graphqlCost, graphqlRequests } from '../../rig/github/graphql-cost.js'
import { startRig, type Rig } from '../../rig/index.js'
import { withRateField } from '../../src/github/octokit/api.js'
import { detailsQuery } from '../../src/github/octokit/issue-details.js'
import {
  BRIEF_PAGE,
  ISSUE_PAGE,
  ISSUE_QUERY,
  lookupQuery,
  SCAN_ISSUES
} from '../../src/github/octokit/issues.js'
import {
  CLOSED_PULLS_PAGE,
  RECENT_CLOSED_PULLS,
  SCAN_PULLS
} from '../../src/github/octokit/pull-queries.js'
import { GRAPHQL_POINTS } from '../../src/github/points.js'

/** GitHub's worked example: 1 + 100 + 5,000 = 5,101 requests, 51 points. */
const DOCUMENTED = /* GraphQL */ `
  query {
    viewer {
      login
      repositories(first: 100) {
        edges {
          node {
            id
            issues(first: 50) {
              edges {
                node {
                  id
                  labels(first: 60) {
                    edges {
                      node {
                        id
                        name
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

/** The node-limit page's "complex query": 1 + 50 + 1,000 + 50 + 1,000 + 1 requests. */
const COMPLEX = /* GraphQL */ `
  query {
    viewer {
      repositories(first: 50) {
        edges {
          repository: node {
            name
            pullRequests(first: 20) {
              edges {
                pullRequest: node {
                  title
                  comments(first: 10) {
                    edges {
                      comment: node {
                        bodyHTML
                      }
                    }
                  }
                }
              }
            }
            issues(first: 20) {
              totalCount
              edges {
                issue: node {
                  title
                  bodyHTML
                  comments(first: 10) {
                    edges {
                      comment: node {
                        bodyHTML
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      followers(first: 10) {
        edges {
          follower: node {
            login
          }
        }
      }
    }
  }
`

describe('GraphQL cost model', () => {
  it("matches GitHub's documented examples", () => {
    expect(graphqlRequests(parse(DOCUMENTED))).toBe(5_101)
    expect(graphqlCost(DOCUMENTED)).toBe(51)
    expect(graphqlRequests(parse(COMPLEX))).toBe(2_102)
    expect(graphqlCost(COMPLEX)).toBe(21)
    // "Rate limits have a minimum of one point": a query without connections still costs one.
    expect(graphqlCost('query { viewer { login } rateLimit { cost remaining } }')).toBe(1)
  })

  it('reads page sizes from variables, fragments and inline fragments', () => {
    const query = /* GraphQL */ `
      query ($n: Int!) {
        repository(owner: "a", name: "b") {
          issues(first: $n) {
            nodes {
              ...Fields
            }
          }
        }
      }
      fragment Fields on Issue {
        labels(first: 100) {
          nodes {
            name
          }
        }
        ... on Issue {
          comments(last: 5) {
            nodes {
              body
            }
          }
        }
      }
    `
    // 1 page of issues; each of the $n issues needs a labels and a comments request.
    expect(graphqlRequests(parse(query), { n: 100 })).toBe(201)
    expect(graphqlCost(query, { n: 100 })).toBe(2)
    expect(graphqlRequests(parse(query), { n: 40 })).toBe(81)
    expect(graphqlCost(query, { n: 40 })).toBe(1)
  })

  it('charges an aliased look-up by its own connections only, and a mutation one point', () => {
    const lookups = Array.from(
      { length: 100 },
      (_, i) => `i${i}: issue(number: ${i + 1}) { labels(first: 10) { nodes { name } } }`
    ).join('\n')
    expect(graphqlCost(`query { repository(owner: "a", name: "b") { ${lookups} } }`)).toBe(1)
    expect(graphqlCost('mutation { addComment(input: {}) { clientMutationId } }')).toBe(1)
  })
})

describe('the rig charges points from a budget of its own', () => {
  let rig: Rig
  beforeAll(async () => {
    rig = await startRig({ rateLimit: 1000 })
  })
  afterAll(async () => {
    await rig.stop()
  })

  it('answers rateLimit with the cost, sends graphql headers, and leaves REST untouched', async () => {
    const bot = restClient(rig.github.tokens.bot, { baseUrl: rig.github.url })
    const query = /* GraphQL */ `
      query {
        repository(owner: "acme", name: "widgets") {
          issues(first: 100) {
            nodes {
              labels(first: 100) {
                nodes {
                  name
                }
              }
              comments(last: 10) {
                nodes {
                  body
                }
              }
            }
          }
        }
        rateLimit {
          cost
          remaining
          limit
          resetAt
        }
      }
    `
    const answer = await bot.request('POST /graphql', { query })
    const data = answer.data as { data: { rateLimit: { cost: number; remaining: number } } }
    expect(data.data.rateLimit).toMatchObject({ cost: 2, remaining: 998 })
    expect(answer.headers['x-ratelimit-resource']).toBe('graphql')
    expect(answer.headers['x-ratelimit-remaining']).toBe('998')
    expect(rig.github.log.at(-1)).toMatchObject({ route: 'graphql', points: 2 })
    const limits = await bot.rest.rateLimit.get()
    expect(limits.data.resources.core.remaining).toBe(1000)
    expect(limits.data.resources.graphql).toMatchObject({ remaining: 998, used: 2 })
  })

  it('refuses a query beyond the points left with RATE_LIMITED, as GitHub does', async () => {
    const small = await startRig({ rateLimit: 1000, graphqlRateLimit: 3 })
    try {
      const bot = restClient(small.github.tokens.bot, {
        baseUrl: small.github.url,
        request: { retries: 0 }
      })
      const query = `query { repository(owner: "acme", name: "widgets") { issues(first: 100) { nodes { a: labels(first: 1) { totalCount } b: labels(first: 1) { totalCount } } } } }`
      await bot.graphql(query)
      const refused = bot.graphql(query)
      await expect(refused).rejects.toMatchObject({
        errors: [expect.objectContaining({ type: 'RATE_LIMITED' })]
      })
      // REST still answers: the two budgets are apart.
      await expect(bot.rest.repos.get({ owner: 'acme', repo: 'widgets' })).resolves.toBeTruthy()
    } finally {
      await small.stop()
    }
  })
})

describe("the adapters' queries cost what GRAPHQL_POINTS says (the forecast charges these)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
  it.each([
    ['the issue scan page', SCAN_ISSUES, GRAPHQL_POINTS.issueScanPage],
    ["compile's issue page", ISSUE_PAGE, GRAPHQL_POINTS.issuePage],
    ["the dashboard's brief listing", BRIEF_PAGE, GRAPHQL_POINTS.briefPage],
    ['the pull request scan page', SCAN_PULLS, GRAPHQL_POINTS.pullScanPage],
    ['the recently closed pull requests', RECENT_CLOSED_PULLS, GRAPHQL_POINTS.recentClosedPulls],
    ['a page of closed pull requests', CLOSED_PULLS_PAGE, GRAPHQL_POINTS.closedPullsPage],
    ['100 issue states by alias', lookupQuery(hundred), GRAPHQL_POINTS.lookupBatch],
    [
      "100 issues' comments by alias",
      detailsQuery(hundred.map(number => ({ number, comments: true, blockedBy: false }))),
      GRAPHQL_POINTS.detailsBatch
    ],
    [
      "100 issues' native blockers by alias",
      detailsQuery(hundred.map(number => ({ number, comments: false, blockedBy: true }))),
      GRAPHQL_POINTS.detailsBatch
    ],
    [
      'both of 100 issues by alias',
      detailsQuery(hundred.map(number => ({ number, comments: true, blockedBy: true }))),
      2 * GRAPHQL_POINTS.detailsBatch
    ],
    ['one issue', ISSUE_QUERY, GRAPHQL_POINTS.issue]
  ])('%s', (_name, query, points) => {
    // As sent: with the rateLimit field every query asks for, which costs nothing.
    expect(graphqlCost(withRateField(query), { number: 1 })).toBe(points)
  })

  it('asks every query for its rateLimit and leaves mutations alone', () => {
    expect(withRateField(SCAN_ISSUES)).toMatch(
      /^\s*query[^{]*\{ rateLimit \{ cost limit remaining resetAt \}/
    )
    const mutation = 'mutation { addComment(input: {}) { clientMutationId } }'
    expect(withRateField(mutation)).toBe(mutation)
  })
})
