/**
 * The forecast's GitHub: one repository in memory — the roadmap's issues as compile writes them,
 * the loop's pull requests, their checks and the runs — with the port the real tick reads and
 * writes through (the methods tick uses; any other throws, so a mode that needs more says so).
 * Requests are counted as the Octokit port would make them: a scan costs a page per 100.
 */
import type {
  GitHubPort,
  IssueComment,
  ApiBudgets,
  DetailRequest,
  RepositoryInfo,
  ScannedIssueNode,
  WorkflowRunFacts
} from '../github/port.js'
import { isoAt } from '../clock.js'
import { SCAN_COMMENTS } from '../github/octokit/comment-fields.js'
import { GRAPHQL_POINTS } from '../github/points.js'
import type { RequestsSpent } from './simulation-types.js'
import { ACTIONS_BOT } from '../loop/trust.js'
import {
  branchHead,
  issueFacts,
  pullNodeOf,
  scannedNode,
  SIM_REPO,
  trackedIssue,
  type WorldIssue,
  type WorldPull
} from './world-nodes.js'
import { LABEL_CLAIM, LABEL_NEEDS_HUMAN, LABEL_UNIT, unchangingLabels } from '../loop/labels.js'

const HOUR = 3_600_000

export class World {
  /** What the simulation does when a pull request gets a new base, or a head tick pushed. */
  onRetarget?: (pull: WorldPull) => void
  onPush?: (pull: WorldPull) => void
  readonly issues = new Map<number, WorldIssue>()
  readonly pulls = new Map<number, WorldPull>()
  readonly runs = new Map<number, WorkflowRunFacts>()
  readonly summaries = new Map<number, string>()
  private next = 1
  private ids = 1
  /** REST requests by simulated hour (since the start): the `core` budget. */
  readonly perHour = new Map<number, number>()
  /** GraphQL points by simulated hour: the `graphql` budget. */
  readonly pointsPerHour = new Map<number, number>()
  requests = 0
  /** Of them, REST requests (the rest are GraphQL queries). */
  private rest = 0
  writes = 0
  points = 0
  now: () => Date = () => new Date(0)
  /** The roadmap's bytes, as the contents API gives them (the same every tick). */
  readonly roadmapBytes: Buffer
  private start = 0

  constructor(
    readonly roadmap: string,
    readonly startAt: Date
  ) {
    this.start = startAt.getTime()
    this.roadmapBytes = Buffer.from(roadmap)
  }

  id(): number {
    return this.ids++
  }

  number(): number {
    return this.next++
  }

  /** The simulated hour since the start. */
  hour(): number {
    return Math.floor((this.now().getTime() - this.start) / HOUR)
  }

  /** `n` REST requests. */
  count(n = 1, write = false): void {
    this.rest += n
    this.requests += n
    if (write) this.writes += n
    const hour = this.hour()
    this.perHour.set(hour, (this.perHour.get(hour) ?? 0) + n)
  }

  /** `requests` GraphQL queries of `points` each (GRAPHQL_POINTS): the points budget only. */
  query(requests: number, points: number): void {
    this.requests += requests
    this.points += requests * points
    const hour = this.hour()
    this.pointsPerHour.set(hour, (this.pointsPerHour.get(hour) ?? 0) + requests * points)
  }

  /** What has been spent so far: REST requests, GraphQL queries and their points. */
  spent(): RequestsSpent {
    return { rest: this.rest, queries: this.requests - this.rest, points: this.points }
  }

  /** Spends again, in this hour, what a tick spent (`since` to `until`): a tick replayed. */
  spendAgain(since: RequestsSpent, until: RequestsSpent): void {
    this.count(until.rest - since.rest)
    this.requests += until.queries - since.queries
    this.points += until.points - since.points
    const hour = this.hour()
    this.pointsPerHour.set(hour, (this.pointsPerHour.get(hour) ?? 0) + until.points - since.points)
  }

  /** GitHub's two budgets as the rate-limit endpoint reports them this hour. */
  budgets(): ApiBudgets {
    const hour = this.hour()
    const resetAt = isoAt(this.startAt.getTime() + (hour + 1) * HOUR)
    const left = (used: Map<number, number>) => Math.max(0, 1000 - (used.get(hour) ?? 0))
    return {
      core: { limit: 1000, remaining: left(this.perHour), resetAt },
      graphql: { limit: 1000, remaining: left(this.pointsPerHour), resetAt }
    }
  }

  addIssue(fields: {
    title: string
    body: string
    labels: string[]
    blockedBy: number[]
  }): WorldIssue {
    const at = this.now().toISOString()
    const issue: WorldIssue = {
      number: this.number(),
      ...fields,
      labels: unchangingLabels([...fields.labels]),
      state: 'OPEN',
      stateReason: null,
      createdAt: at,
      updatedAt: at,
      comments: []
    }
    this.issues.set(issue.number, issue)
    return issue
  }

  touch(issue: WorldIssue): void {
    issue.updatedAt = this.now().toISOString()
  }

  /** Comments by id (the loop rewrites its claims in place). */
  readonly commentsById = new Map<number, IssueComment>()

  openPulls(): WorldPull[] {
    return [...this.pulls.values()].filter(p => p.open)
  }

  /** The port the real modes use; only what tick needs is simulated. */
  port(): GitHubPort {
    return new Proxy(portOf(this) as unknown as GitHubPort, {
      get(target, key) {
        if (key in target) return target[key as keyof GitHubPort]
        if (typeof key === 'symbol' || key === 'then') return undefined
        return () => {
          throw new Error(`forecast: the simulated GitHub has no ${String(key)}`)
        }
      }
    })
  }
}

const pages = (n: number) => Math.max(1, Math.ceil(n / 100))

// eslint-disable-next-line max-lines-per-function -- the port's method table: one short method per port call tick makes
function portOf(w: World): Partial<GitHubPort> {
  const issue = (n: number) => {
    const found = w.issues.get(n)
    if (!found) throw new Error(`forecast: no issue #${n}`)
    return found
  }
  const repository: RepositoryInfo = {
    id: 1,
    fullName: `${SIM_REPO.owner}/${SIM_REPO.repo}`,
    defaultBranch: 'main',
    htmlUrl: `https://github.com/${SIM_REPO.owner}/${SIM_REPO.repo}`
  }
  let repositoryRead = false
  return {
    repo: SIM_REPO,
    repository: async () => {
      // The Octokit port caches it: one request per run.
      if (!repositoryRead) w.count()
      repositoryRead = true
      return repository
    },
    viewerLogin: async () => (w.count(), ACTIONS_BOT),
    rateLimit: async (): Promise<ApiBudgets> => w.budgets(),
    permission: async () => (w.count(), 'admin'),
    requestCount: () => ({ reads: w.requests - w.writes, writes: w.writes, points: w.points }),
    scanOpenIssues: async (label: string) => {
      const open: ScannedIssueNode[] = []
      for (const i of w.issues.values())
        if (i.state === 'OPEN' && i.labels.includes(label)) open.push(scannedNode(w.issues, i))
      w.query(pages(open.length), GRAPHQL_POINTS.issueScanPage)
      return open
    },
    // The newest page of comments, as the scan reads it (tick never changes them), and the
    // native blockers: one query per 100 issues, a point per 100 per connection asked.
    issueDetails: async (requests: DetailRequest[]) => {
      const wanted = requests.filter(r => r.comments || r.blockedBy)
      for (let i = 0; i < wanted.length; i += 100) {
        const batch = wanted.slice(i, i + 100)
        const connections = batch.reduce(
          (n, r) => n + (r.comments ? 1 : 0) + (r.blockedBy ? 1 : 0),
          0
        )
        w.query(1, Math.max(GRAPHQL_POINTS.detailsBatch, Math.round(connections / 100)))
      }
      return new Map(
        wanted.map(r => [
          r.number,
          {
            ...(r.comments ? { comments: issue(r.number).comments.slice(-SCAN_COMMENTS) } : {}),
            ...(r.blockedBy
              ? {
                  blockedBy: issue(r.number).blockedBy.map(n => ({
                    number: n,
                    ...issueFacts(w.issues, n)!
                  }))
                }
              : {})
          }
        ])
      )
    },
    // The simulated loop charges spend from open pull requests; none closes unseen.
    // The 50 merged latest, with the checks of the head they were merged at (review pacing).
    recentClosedPulls: async () => {
      w.query(1, GRAPHQL_POINTS.recentClosedPulls)
      return [...w.pulls.values()]
        .filter(p => p.mergedAt)
        .sort((a, b) => b.mergedAt!.localeCompare(a.mergedAt!))
        .slice(0, 50)
        .map(p => ({
          ...pullNodeOf(w.pulls, p),
          updatedAt: p.mergedAt!,
          mergedAt: p.mergedAt!,
          mergedBy: 'maintainer'
        }))
    },
    scanOpenPulls: async () => {
      const open = w.openPulls()
      w.query(pages(open.length), GRAPHQL_POINTS.pullScanPage)
      return open.map(p => pullNodeOf(w.pulls, p))
    },
    lookupIssues: async (numbers: number[]) => {
      w.query(pages(numbers.length), GRAPHQL_POINTS.lookupBatch)
      return new Map(numbers.map(n => [n, issueFacts(w.issues, n)]))
    },
    getIssue: async (n: number) => {
      w.query(1, GRAPHQL_POINTS.issue)
      const found = w.issues.get(n)
      return found ? trackedIssue(found) : undefined
    },
    readFile: async (path: string) => {
      w.count()
      return path.endsWith('.md')
        ? { text: w.roadmap, bytes: w.roadmapBytes, sha: 'roadmap' }
        : undefined
    },
    listLabels: async () => (w.count(), [LABEL_UNIT, LABEL_CLAIM, LABEL_NEEDS_HUMAN]),
    createLabel: async () => w.count(1, true),
    addLabels: async (n: number, labels: string[]) => {
      w.count(1, true)
      const i = issue(n)
      i.labels = unchangingLabels([...new Set([...i.labels, ...labels])])
      w.touch(i)
    },
    removeLabel: async (n: number, label: string) => {
      w.count(1, true)
      const i = issue(n)
      i.labels = unchangingLabels(i.labels.filter(l => l.toLowerCase() !== label.toLowerCase()))
      w.touch(i)
    },
    addAssignees: async (_n: number, logins: string[]) => (w.count(1, true), logins),
    listComments: async (n: number) => (w.count(), issue(n).comments.map(c => ({ ...c }))),
    createComment: async (n: number, body: string) => {
      w.count(1, true)
      const id = w.id()
      const comment = { id, body, author: ACTIONS_BOT, createdAt: w.now().toISOString() }
      issue(n).comments.push({ ...comment, authorAssociation: 'NONE' })
      w.commentsById.set(id, issue(n).comments.at(-1)!)
      w.touch(issue(n))
      return id
    },
    updateComment: async (id: number, body: string) => {
      w.count(1, true)
      const comment = w.commentsById.get(id)
      if (comment) comment.body = body
    },
    deleteComment: async (id: number) => {
      w.count(1, true)
      for (const i of w.issues.values()) i.comments = i.comments.filter(c => c.id !== id)
      w.commentsById.delete(id)
    },
    updateIssue: async (n, change) => {
      w.count(1, true)
      const i = issue(n)
      if (change.title !== undefined) i.title = change.title
      if (change.body !== undefined) i.body = change.body
      if (change.labels) i.labels = unchangingLabels([...change.labels])
      w.touch(i)
    },
    getRun: async (id: number) => (w.count(), w.runs.get(id)),
    actionsConfigNames: async () => (w.count(), undefined),
    // A stacked pull request against its base's head: the merge base is the head it was built on.
    // Otherwise, what merged since the pull request whose head is `base` opened: the brief of a
    // conflict task.
    compareCommits: async (base: string, head: string) => {
      w.count()
      let stacked: WorldPull | undefined
      let pull: WorldPull | undefined
      for (const p of w.pulls.values()) {
        if (p.headSha === head && p.base !== 'main') stacked ??= p
        if (p.headSha === base) pull ??= p
      }
      if (stacked) return { mergeBase: stacked.builtOn ?? base, commits: [], files: [] }
      if (!pull) return undefined
      const merged: WorldPull[] = []
      for (const p of w.pulls.values()) if (!p.open && p.mergedAt! > pull.createdAt) merged.push(p)
      return {
        mergeBase: `fork-${pull.number}`,
        commits: merged.map(p => ({
          sha: `merge-${p.number}`,
          subject: `Merge pull request #${p.number}`
        })),
        files: [...new Set(merged.flatMap(p => p.paths))]
      }
    },
    // A stacked pull request re-based onto main once its base merged.
    updatePull: async (n: number, fields: { title?: string; body?: string; base?: string }) => {
      w.count(1, true)
      const p = w.pulls.get(n)
      if (!p) throw new Error(`forecast: no pull request #${n}`)
      if (fields.body !== undefined) p.body = fields.body
      if (fields.base !== undefined && fields.base !== p.base) {
        p.base = fields.base
        w.onRetarget?.(p)
      }
    },
    // "Update branch" with the push token: the base merged in, a new head that CI runs on.
    updateBranch: async (n: number, expected: string) => {
      w.count(1, true)
      const p = w.pulls.get(n)
      if (!p || p.headSha !== expected) return 'moved' as const
      if (p.conflicting) return 'conflict' as const
      p.headSha = `u${w.id()}`
      p.headCommittedAt = w.now().toISOString()
      p.builtOn = branchHead(w.pulls, p.base)
      w.onPush?.(p)
      return 'updated' as const
    },
    checkRunSummary: async (id: number) => (w.count(), w.summaries.get(id)),
    jobLog: async () => (w.count(), 'simulated CI: a test failed'),
    dispatchWorkflow: async () => {
      w.count(1, true)
      const id = w.id()
      w.runs.set(id, { id, status: 'in_progress', conclusion: null })
      return id
    }
  }
}
