/**
 * The emulator's GraphQL endpoint: a subset of GitHub's schema, executed by graphql-js, so a
 * query the action sends is checked against real types (an unknown field fails here as it would
 * on GitHub) and connections enforce GitHub's `first`/`last` rules.
 */
/* eslint-disable max-lines -- to split: the schema (SDL) from its resolvers */
import { buildSchema, graphql, GraphQLError, type GraphQLSchema } from 'graphql'
import type { Issue, Model, User } from './model.js'
import { nodeId } from './represent.js'

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

/** GitHub's Blob: `text` only for text under 512 KB (then `isTruncated`), null for binary. */
const BLOB_TEXT_LIMIT = 512 * 1024
function blobNode(content: Buffer, oid: string) {
  const binary = content.subarray(0, 8000).includes(0)
  const truncated = !binary && content.length > BLOB_TEXT_LIMIT
  return {
    __typename: 'Blob',
    oid,
    byteSize: content.length,
    isBinary: binary,
    isTruncated: truncated,
    text: binary ? null : content.subarray(0, BLOB_TEXT_LIMIT).toString('utf8')
  }
}

interface ConnectionArgs {
  first?: number
  last?: number
  after?: string
  before?: string
}

function cursor(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64')
}

function offsetOf(c: string | undefined): number {
  if (!c) return -1
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8'))
  if (!m) throw new GraphQLError(`\`${c}\` does not appear to be a valid cursor.`)
  return Number(m[1])
}

/** A connection over `items` with GitHub's rules for `first`/`last`. */
function connection<T, N>(items: T[], args: ConnectionArgs, render: (t: T) => N) {
  if (args.first === undefined && args.last === undefined) {
    throw new GraphQLError(
      'You must provide a `first` or `last` value to properly paginate the connection.'
    )
  }
  for (const key of ['first', 'last'] as const) {
    const n = args[key]
    if (n !== undefined && (n < 0 || n > 100)) {
      throw new GraphQLError(
        `Requesting ${n} records on the connection exceeds the \`${key}\` limit of 100 records.`
      )
    }
  }
  let start = offsetOf(args.after) + 1
  let end = args.before ? offsetOf(args.before) : items.length
  if (args.first !== undefined) end = Math.min(end, start + args.first)
  if (args.last !== undefined) start = Math.max(start, end - args.last)
  const slice = items.slice(start, end)
  return {
    nodes: slice.map(render),
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      endCursor: slice.length ? cursor(end - 1) : null,
      startCursor: slice.length ? cursor(start) : null
    }
  }
}

export class GraphQLEndpoint {
  private readonly schema: GraphQLSchema

  constructor(private readonly model: Model) {
    this.schema = buildSchema(RIG_SDL)
    const actorType = (value: { __typename: string }) => value.__typename
    const actor = this.schema.getType('Actor') as unknown as { resolveType: typeof actorType }
    actor.resolveType = actorType
    const context = this.schema.getType('StatusCheckRollupContext') as unknown as {
      resolveType: typeof actorType
    }
    context.resolveType = actorType
    const object = this.schema.getType('GitObject') as unknown as {
      resolveType: typeof actorType
    }
    object.resolveType = actorType
  }

  private actor(user: User) {
    return {
      __typename: user.type,
      // GitHub's GraphQL API names bots without the `[bot]` suffix that REST shows.
      login: user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : user.login,
      url: `https://github.com/${user.login}`,
      databaseId: user.id
    }
  }

  private issue(issue: Issue): Record<string, unknown> {
    const m = this.model
    const labels = issue.labels.map(name => m.ensureLabel(name))
    return {
      id: nodeId('I', issue.id),
      databaseId: issue.id,
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      url: `https://github.com/${m.owner}/${m.name}/issues/${issue.number}`,
      state: issue.state.toUpperCase(),
      stateReason: issue.stateReason ? issue.stateReason.toUpperCase() : null,
      createdAt: issue.createdAt,
      updatedAt: issue.updatedAt,
      closedAt: issue.closedAt,
      author: this.actor(m.user(issue.userId)),
      authorAssociation: m.user(issue.userId).association,
      labels: (args: ConnectionArgs) =>
        connection(labels, args, l => ({ id: nodeId('LA', l.id), name: l.name, color: l.color })),
      assignees: (args: ConnectionArgs) =>
        connection(
          issue.assignees.map(id => m.user(id)),
          args,
          u => this.actor(u)
        ),
      blockedBy: (args: ConnectionArgs) =>
        connection(
          issue.blockedBy.map(id => m.issueById(id)!),
          args,
          i => this.issue(i)
        ),
      blocking: (args: ConnectionArgs) =>
        connection(
          m.issues.filter(i => i.blockedBy.includes(issue.id)),
          args,
          i => this.issue(i)
        ),
      issueDependenciesSummary: () => {
        const blockers = issue.blockedBy.map(id => m.issueById(id)!)
        const blocking = m.issues.filter(i => i.blockedBy.includes(issue.id))
        const open = (list: Issue[]) => list.filter(i => i.state === 'open').length
        return {
          blockedBy: open(blockers),
          totalBlockedBy: blockers.length,
          blocking: open(blocking),
          totalBlocking: blocking.length
        }
      },
      parent: () => (issue.parentId === null ? null : this.issue(m.issueById(issue.parentId)!)),
      subIssues: (args: ConnectionArgs) =>
        connection(
          issue.subIssues.map(id => m.issueById(id)!),
          args,
          i => this.issue(i)
        ),
      comments: (args: ConnectionArgs) => this.comments(issue, args),
      editor: issue.editorId === undefined ? null : this.actor(m.user(issue.editorId)),
      lastEditedAt: issue.lastEditedAt ?? null
    }
  }

  /** Comments of an issue or pull request, oldest first, as GitHub's connection lists them. */
  private comments(issue: Issue, args: ConnectionArgs) {
    const m = this.model
    return connection(
      m.comments.filter(c => c.issueNumber === issue.number),
      args,
      c => ({
        id: nodeId('IC', c.id),
        databaseId: c.id,
        body: c.body,
        createdAt: c.createdAt,
        author: this.actor(m.user(c.userId)),
        authorAssociation: m.user(c.userId).association
      })
    )
  }

  private pull(issue: Issue): Record<string, unknown> {
    const m = this.model
    const pull = issue.pull!
    return {
      id: nodeId('PR', issue.id),
      databaseId: issue.id,
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      url: `https://github.com/${m.owner}/${m.name}/pull/${issue.number}`,
      state: pull.merged ? 'MERGED' : issue.state.toUpperCase(),
      isDraft: pull.draft,
      headRefName: pull.head,
      headRefOid: pull.headSha,
      isCrossRepository: !!pull.headRepo,
      mergeable: m.mergeableOf(pull),
      mergeStateStatus: m.mergeStateOf(pull),
      baseRefName: pull.base,
      createdAt: issue.createdAt,
      updatedAt: issue.updatedAt,
      mergedAt: pull.mergedAt ?? null,
      mergedBy: pull.mergedBy !== undefined ? this.actor(m.user(pull.mergedBy)) : null,
      author: this.actor(m.user(issue.userId)),
      authorAssociation: m.user(issue.userId).association,
      closingIssuesReferences: (args: ConnectionArgs) =>
        connection(m.closingReferences(issue), args, i => this.issue(i)),
      commits: (args: ConnectionArgs) =>
        connection([pull.headSha], args, sha => ({ commit: this.commit(sha) })),
      headRef: m.headBranch(pull)
        ? {
            name: pull.head,
            prefix: 'refs/heads/',
            target: () => ({ __typename: 'Commit', ...this.commit(pull.headSha) })
          }
        : null,
      statusCheckRollup: () => this.commit(pull.headSha).statusCheckRollup,
      files: (args: ConnectionArgs) =>
        connection(m.pullFiles(pull), args, f => ({
          path: f.filename,
          additions: f.additions,
          deletions: f.deletions
        })),
      comments: (args: ConnectionArgs) => this.comments(issue, args)
    }
  }

  /** A commit with GitHub's status-check rollup over its check runs and commit statuses. */
  private commit(sha: string): Record<string, unknown> {
    const m = this.model
    // The newest check run per name and the newest status per context count, as on GitHub.
    const runs = [
      ...new Map(m.checkRuns.filter(r => r.headSha === sha).map(r => [r.name, r])).values()
    ]
    const statuses = [
      ...new Map(m.statuses.filter(s => s.sha === sha).map(s => [s.context, s])).values()
    ]
    const contexts = [
      ...runs.map(r => ({
        __typename: 'CheckRun',
        name: r.name,
        databaseId: r.id,
        externalId: r.externalId,
        title: r.title,
        summary: r.summary,
        completedAt: r.completedAt,
        checkSuite: { app: { slug: r.appSlug, name: r.appSlug } },
        status: r.status.toUpperCase(),
        conclusion: r.conclusion ? r.conclusion.toUpperCase() : null
      })),
      ...statuses.map(s => ({
        __typename: 'StatusContext',
        context: s.context,
        state: s.state.toUpperCase()
      }))
    ]
    const failed =
      runs.some(r =>
        ['failure', 'timed_out', 'cancelled', 'action_required', 'startup_failure'].includes(
          r.conclusion ?? ''
        )
      ) || statuses.some(s => s.state === 'failure' || s.state === 'error')
    const pending =
      runs.some(r => r.status !== 'completed') || statuses.some(s => s.state === 'pending')
    return {
      oid: sha,
      committedDate: m.commitDates.get(sha) ?? m.createdAt,
      statusCheckRollup: contexts.length
        ? {
            state: failed ? 'FAILURE' : pending ? 'PENDING' : 'SUCCESS',
            contexts: (args: ConnectionArgs) => connection(contexts, args, c => c)
          }
        : null
    }
  }

  private repository() {
    const m = this.model
    return {
      id: nodeId('R', m.repoId),
      databaseId: m.repoId,
      name: m.name,
      nameWithOwner: `${m.owner}/${m.name}`,
      url: `https://github.com/${m.owner}/${m.name}`,
      defaultBranchRef: {
        name: m.defaultBranch,
        prefix: 'refs/heads/',
        target: () => ({
          __typename: 'Commit',
          ...this.commit(m.branch(m.defaultBranch)!.commitSha)
        })
      },
      // `rev:path`: a file of a branch or commit, as GitHub resolves it (null when absent).
      object: ({ expression }: { expression?: string }) => {
        const at = expression?.indexOf(':') ?? -1
        if (!expression || at < 0) return null
        const rev = expression.slice(0, at)
        const file = expression.slice(at + 1)
        const files = m.branch(rev)?.files ?? m.commitFiles(rev)
        const entry = files?.get(file)
        if (entry) return blobNode(entry.content, entry.sha)
        const dir = `${file}/`
        return [...(files?.keys() ?? [])].some(k => k.startsWith(dir))
          ? { __typename: 'Tree', oid: '0'.repeat(40) }
          : null
      },
      issue: ({ number }: { number: number }) => {
        const issue = m.issue(number)
        if (!issue || issue.pull) {
          throw new GraphQLError(`Could not resolve to an Issue with the number of ${number}.`)
        }
        return this.issue(issue)
      },
      issues: (
        args: ConnectionArgs & {
          states?: string[]
          labels?: string[]
          orderBy?: { field: string; direction: string }
        }
      ) => {
        const labels = (args.labels ?? []).map(l => l.toLowerCase())
        let items = m.issues.filter(
          i =>
            !i.pull &&
            (!args.states || args.states.includes(i.state.toUpperCase())) &&
            // GitHub's `labels` argument matches issues with ANY of the labels.
            (!labels.length || i.labels.some(n => labels.includes(n.toLowerCase())))
        )
        const field = args.orderBy?.field ?? 'CREATED_AT'
        const key = (i: Issue) => (field === 'UPDATED_AT' ? i.updatedAt : i.createdAt)
        items = [...items].sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number)
        if (args.orderBy?.direction === 'DESC') items.reverse()
        return connection(items, args, i => this.issue(i))
      },
      pullRequest: ({ number }: { number: number }) => {
        const issue = m.issue(number)
        if (!issue?.pull) {
          throw new GraphQLError(`Could not resolve to a PullRequest with the number of ${number}.`)
        }
        return this.pull(issue)
      },
      pullRequests: (
        args: ConnectionArgs & {
          states?: string[]
          headRefName?: string
          baseRefName?: string
          orderBy?: { field: string; direction: string }
        }
      ) => {
        let items = m.issues.filter(
          i =>
            i.pull &&
            (!args.states ||
              args.states.includes(i.pull.merged ? 'MERGED' : i.state.toUpperCase())) &&
            (!args.headRefName || i.pull.head === args.headRefName) &&
            (!args.baseRefName || i.pull.base === args.baseRefName)
        )
        if (args.orderBy) {
          const key = (i: Issue) =>
            args.orderBy!.field === 'UPDATED_AT' ? i.updatedAt : i.createdAt
          items = [...items].sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number)
          if (args.orderBy.direction === 'DESC') items.reverse()
        }
        return connection(items, args, i => this.pull(i))
      }
    }
  }

  /** Run a query; `rate` is the token's GraphQL budget after this query's `cost` was charged. */
  async execute(
    actor: User,
    body: { query?: unknown; variables?: unknown },
    rate: { limit: number; remaining: number; reset: number; cost: number }
  ): Promise<{ data?: unknown; errors?: unknown[] }> {
    if (typeof body.query !== 'string') {
      return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
    }
    const root = {
      viewer: () => this.actor(actor),
      rateLimit: () => ({
        limit: rate.limit,
        remaining: rate.remaining,
        used: rate.limit - rate.remaining,
        cost: rate.cost,
        resetAt: new Date(rate.reset * 1000).toISOString()
      }),
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (owner.toLowerCase() !== this.model.owner || name.toLowerCase() !== this.model.name) {
          throw new GraphQLError(
            `Could not resolve to a Repository with the name '${owner}/${name}'.`
          )
        }
        return this.repository()
      }
    }
    const result = await graphql({
      schema: this.schema,
      source: body.query,
      rootValue: root,
      variableValues: (body.variables as Record<string, unknown>) ?? {}
    })
    return {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(result.errors ? { errors: result.errors.map(e => e.toJSON()) } : {})
    }
  }
}
