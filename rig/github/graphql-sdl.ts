/**
 * The emulator's GraphQL schema: the subset of GitHub's that the action queries, written as SDL
 * (GitHub's names and nullability; `__tests__/house/graphql-schema.test.ts` checks it against
 * `@octokit/graphql-schema`). Its resolvers are in graphql.ts.
 */
export const RIG_SDL = /* GraphQL */ `
  scalar DateTime
  scalar URI
  scalar GitObjectID

  enum IssueState {
    OPEN
    CLOSED
  }
  enum IssueStateReason {
    COMPLETED
    NOT_PLANNED
    REOPENED
    DUPLICATE
  }
  enum PullRequestState {
    OPEN
    CLOSED
    MERGED
  }
  enum CommentAuthorAssociation {
    OWNER
    MEMBER
    COLLABORATOR
    CONTRIBUTOR
    FIRST_TIMER
    FIRST_TIME_CONTRIBUTOR
    MANNEQUIN
    NONE
  }
  enum OrderDirection {
    ASC
    DESC
  }
  enum IssueOrderField {
    CREATED_AT
    UPDATED_AT
    COMMENTS
  }
  input IssueOrder {
    field: IssueOrderField!
    direction: OrderDirection!
  }

  interface Actor {
    login: String!
    url: URI!
  }
  type User implements Actor {
    login: String!
    url: URI!
    databaseId: Int
  }
  type Bot implements Actor {
    login: String!
    url: URI!
    databaseId: Int
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
    hasPreviousPage: Boolean!
    startCursor: String
  }

  type RateLimit {
    limit: Int!
    cost: Int!
    remaining: Int!
    resetAt: DateTime!
    used: Int!
  }

  type Label {
    id: ID!
    name: String!
    color: String!
  }
  type LabelConnection {
    nodes: [Label]
    totalCount: Int!
    pageInfo: PageInfo!
  }
  type UserConnection {
    nodes: [User]
    totalCount: Int!
    pageInfo: PageInfo!
  }
  type IssueConnection {
    nodes: [Issue]
    totalCount: Int!
    pageInfo: PageInfo!
  }
  type PullRequestConnection {
    nodes: [PullRequest]
    totalCount: Int!
    pageInfo: PageInfo!
  }

  type IssueComment {
    id: ID!
    databaseId: Int
    body: String!
    createdAt: DateTime!
    author: Actor
    authorAssociation: CommentAuthorAssociation!
  }
  type IssueCommentConnection {
    nodes: [IssueComment]
    totalCount: Int!
    pageInfo: PageInfo!
  }

  type Issue {
    id: ID!
    databaseId: Int
    number: Int!
    title: String!
    body: String!
    url: URI!
    state: IssueState!
    stateReason: IssueStateReason
    createdAt: DateTime!
    updatedAt: DateTime!
    closedAt: DateTime
    author: Actor
    authorAssociation: CommentAuthorAssociation!
    labels(first: Int, after: String, last: Int, before: String): LabelConnection
    assignees(first: Int, after: String, last: Int, before: String): UserConnection!
    blockedBy(first: Int, after: String, last: Int, before: String): IssueConnection!
    blocking(first: Int, after: String, last: Int, before: String): IssueConnection!
    "Counts of the issue's dependencies, without listing them."
    issueDependenciesSummary: IssueDependenciesSummary!
    parent: Issue
    subIssues(first: Int, after: String, last: Int, before: String): IssueConnection!
    comments(first: Int, after: String, last: Int, before: String): IssueCommentConnection!
    editor: Actor
    lastEditedAt: DateTime
  }

  "GitHub's counts of an issue's dependencies: open blockers and all of them, each way."
  type IssueDependenciesSummary {
    blockedBy: Int!
    totalBlockedBy: Int!
    blocking: Int!
    totalBlocking: Int!
  }

  type PullRequest {
    id: ID!
    databaseId: Int
    number: Int!
    title: String!
    body: String!
    url: URI!
    state: PullRequestState!
    isDraft: Boolean!
    headRefName: String!
    headRefOid: GitObjectID!
    "The head branch; null once it is deleted."
    headRef: Ref
    "Check and status rollup of the head commit."
    statusCheckRollup: StatusCheckRollup
    isCrossRepository: Boolean!
    mergeable: MergeableState!
    mergeStateStatus: MergeStateStatus!
    baseRefName: String!
    baseRefOid: GitObjectID!
    createdAt: DateTime!
    updatedAt: DateTime!
    "When it was merged; null when it is not."
    mergedAt: DateTime
    mergedBy: Actor
    author: Actor
    authorAssociation: CommentAuthorAssociation!
    closingIssuesReferences(first: Int, after: String, last: Int, before: String): IssueConnection
    commits(first: Int, after: String, last: Int, before: String): PullRequestCommitConnection!
    comments(first: Int, after: String, last: Int, before: String): IssueCommentConnection!
    files(first: Int, after: String, last: Int, before: String): PullRequestChangedFileConnection
  }

  type PullRequestChangedFile {
    path: String!
    additions: Int!
    deletions: Int!
  }
  type PullRequestChangedFileConnection {
    nodes: [PullRequestChangedFile]
    totalCount: Int!
    pageInfo: PageInfo!
  }

  enum MergeableState {
    CONFLICTING
    MERGEABLE
    UNKNOWN
  }
  enum MergeStateStatus {
    BEHIND
    BLOCKED
    CLEAN
    DIRTY
    DRAFT
    HAS_HOOKS
    UNKNOWN
    UNSTABLE
  }

  type Ref {
    name: String!
    prefix: String!
    target: GitObject
  }

  enum StatusState {
    ERROR
    EXPECTED
    FAILURE
    PENDING
    SUCCESS
  }
  enum CheckStatusState {
    QUEUED
    IN_PROGRESS
    COMPLETED
    WAITING
    PENDING
    REQUESTED
  }
  enum CheckConclusionState {
    ACTION_REQUIRED
    TIMED_OUT
    CANCELLED
    FAILURE
    SUCCESS
    NEUTRAL
    SKIPPED
    STARTUP_FAILURE
    STALE
  }
  type App {
    slug: String!
    name: String!
  }
  type CheckSuite {
    app: App
  }
  type CheckRun {
    name: String!
    status: CheckStatusState!
    conclusion: CheckConclusionState
    databaseId: Int
    externalId: String
    title: String
    summary: String
    startedAt: DateTime
    completedAt: DateTime
    checkSuite: CheckSuite!
  }
  type StatusContext {
    context: String!
    state: StatusState!
  }
  union StatusCheckRollupContext = CheckRun | StatusContext
  type StatusCheckRollupContextConnection {
    nodes: [StatusCheckRollupContext]
    totalCount: Int!
    pageInfo: PageInfo!
  }
  type StatusCheckRollup {
    state: StatusState!
    contexts(
      first: Int
      after: String
      last: Int
      before: String
    ): StatusCheckRollupContextConnection!
  }
  type Commit implements GitObject {
    oid: GitObjectID!
    committedDate: DateTime!
    statusCheckRollup: StatusCheckRollup
  }
  type PullRequestCommit {
    commit: Commit!
  }
  type PullRequestCommitConnection {
    nodes: [PullRequestCommit]
    totalCount: Int!
    pageInfo: PageInfo!
  }

  interface GitObject {
    oid: GitObjectID!
  }
  type Blob implements GitObject {
    oid: GitObjectID!
    byteSize: Int!
    isBinary: Boolean
    isTruncated: Boolean!
    text: String
  }
  type Tree implements GitObject {
    oid: GitObjectID!
  }

  type Repository {
    id: ID!
    databaseId: Int
    name: String!
    nameWithOwner: String!
    url: URI!
    defaultBranchRef: Ref
    issue(number: Int!): Issue
    issues(
      first: Int
      after: String
      last: Int
      before: String
      states: [IssueState!]
      labels: [String!]
      orderBy: IssueOrder
    ): IssueConnection!
    object(expression: String, oid: GitObjectID): GitObject
    pullRequest(number: Int!): PullRequest
    pullRequests(
      first: Int
      after: String
      last: Int
      before: String
      states: [PullRequestState!]
      headRefName: String
      baseRefName: String
      orderBy: IssueOrder
    ): PullRequestConnection!
  }

  type Query {
    viewer: User!
    rateLimit(dryRun: Boolean = false): RateLimit
    repository(owner: String!, name: String!): Repository
  }
`
