/**
 * The emulator's GraphQL endpoint: a subset of GitHub's schema, executed by graphql-js, so a
 * query the action sends is checked against real types (an unknown field fails here as it would
 * on GitHub) and connections enforce GitHub's `first`/`last` rules.
 */
import { buildSchema, graphql, GraphQLError, type GraphQLSchema } from 'graphql'
import type { Issue, Model, User } from './model.js'
import { nodeId } from './node-id.js'
import { RIG_SDL } from './graphql-sdl.js'

export { RIG_SDL }

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
      baseRefOid: m.branch(pull.base)?.commitSha ?? pull.headSha,
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
        startedAt: r.startedAt,
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
