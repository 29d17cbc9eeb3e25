/**
 * The action's GraphQL documents against GitHub's published schema (`@octokit/graphql-schema`),
 * and the rig's schema against both: a field the action asks for that GitHub does not have, or
 * one the rig answers that GitHub does not, fails here rather than on a user's repository.
 * Fields newer than the package are declared once below, with the date they were checked.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  buildSchema,
  extendSchema,
  GraphQLObjectType,
  GraphQLInterfaceType,
  parse,
  validate
} from 'graphql'
import { withRateField } from '../../src/github/octokit/api.js'
import { blobsQuery } from '../../src/github/octokit/contents.js'
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
  GET_PULL,
  RECENT_CLOSED_PULLS,
  SCAN_PULLS
} from '../../src/github/octokit/pull-queries.js'
import { RIG_SDL } from '../../rig/github/graphql.js'

/**
 * GitHub's fields the package (15.26.1) predates, checked against docs.github.com on 2026-12-07:
 * issue dependencies (generally available August 2025).
 */
const NEWER_THAN_THE_PACKAGE = /* GraphQL */ `
  type IssueDependenciesSummary {
    blockedBy: Int!
    totalBlockedBy: Int!
    blocking: Int!
    totalBlocking: Int!
  }
  extend type Issue {
    blockedBy(first: Int, after: String, last: Int, before: String): IssueConnection!
    blocking(first: Int, after: String, last: Int, before: String): IssueConnection!
    issueDependenciesSummary: IssueDependenciesSummary!
  }
`

const github = extendSchema(
  buildSchema(
    readFileSync(path.resolve('node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8'),
    // The package's SDL repeats two fields of EnterpriseOwnerInfo; validating queries is unaffected.
    { assumeValidSDL: true }
  ),
  parse(NEWER_THAN_THE_PACKAGE)
)

const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
const DOCUMENTS: [string, string][] = [
  ['the issue scan page', SCAN_ISSUES],
  ["compile's issue page", ISSUE_PAGE],
  ['the brief listing', BRIEF_PAGE],
  ['one issue', ISSUE_QUERY],
  ['issue states by alias', lookupQuery(hundred)],
  [
    'issue details by alias',
    detailsQuery(hundred.map(number => ({ number, comments: true, blockedBy: number % 2 === 0 })))
  ],
  ['the pull request scan page', SCAN_PULLS],
  ['recently closed pull requests', RECENT_CLOSED_PULLS],
  ['a page of closed pull requests', CLOSED_PULLS_PAGE],
  ['one pull request', GET_PULL],
  ['files by expression', blobsQuery(3)],
  ['the identity', 'query { viewer { login } }']
]

describe("the action's GraphQL documents", () => {
  it('catches a field GitHub does not have (the check can fail)', () => {
    const wrong = 'query { repository(owner: "a", name: "b") { issue(number: 1) { assignee } } }'
    const errors = validate(github, parse(wrong)).map(e => e.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^Cannot query field "assignee" on type "Issue"/)
  })

  it.each(DOCUMENTS)('%s is valid against GitHub’s schema, as sent', (_name, document) => {
    const errors = validate(github, parse(withRateField(document)))
    expect(errors.map(e => e.message)).toEqual([])
  })
})

describe("the rig's schema", () => {
  it('answers only types and fields GitHub has, with the same names', () => {
    const rig = buildSchema(RIG_SDL)
    const missing: string[] = []
    for (const type of Object.values(rig.getTypeMap())) {
      if (type.name.startsWith('__')) continue
      const theirs = github.getType(type.name)
      if (!theirs) {
        missing.push(type.name)
        continue
      }
      if (!(type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType)) continue
      if (!(theirs instanceof GraphQLObjectType || theirs instanceof GraphQLInterfaceType)) {
        missing.push(`${type.name} (not an object type on GitHub)`)
        continue
      }
      const fields = theirs.getFields()
      for (const field of Object.keys(type.getFields()))
        if (!fields[field]) missing.push(`${type.name}.${field}`)
    }
    expect(missing).toEqual([])
  })
})
