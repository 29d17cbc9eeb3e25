/**
 * What a scoped token may do: the job token a workflow's `permissions:` grants, and an App
 * installation token with the permissions create-github-app-token asked for. A request beyond
 * them gets GitHub's 403 "Resource not accessible by integration".
 *
 * The mapping from a request to the permission it needs follows GitHub's tables ("Permissions
 * required for GitHub Apps" / fine-grained tokens) for the routes the rig serves; GraphQL is
 * classified by the objects a query reads and the mutations it calls. It is an approximation
 * of GitHub's (documented in docs/rig.md), precise enough that a job missing a permission it
 * uses fails here as it would there.
 */

export type Access = 'read' | 'write' | 'none'
/** Permission name (`contents`, `issues`, `pull-requests`…) → access. */
export type Grants = Record<string, Access>

/** One requirement: any of `scopes` at `level` (issue routes on a pull request accept either). */
export interface Need {
  scopes: string[]
  level: 'read' | 'write'
}

/** Everything a workflow's `permissions:` block may name. */
export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses'
] as const

export function allows(grants: Grants, need: Need): boolean {
  if (need.scopes.includes('metadata') && need.level === 'read') return true
  return need.scopes.some(scope => {
    const access = grants[scope] ?? 'none'
    return access === 'write' || (access === 'read' && need.level === 'read')
  })
}

const ISSUE_MUTATIONS =
  /\b(createIssue|updateIssue|closeIssue|reopenIssue|addLabelsToLabelable|removeLabelsFromLabelable|addComment|updateIssueComment|deleteIssueComment|minimizeComment|addSubIssue|removeSubIssue|reprioritizeSubIssue|addBlockedBy|removeBlockedBy|createLabel|addAssigneesToAssignable|removeAssigneesFromAssignable|replaceActorsForAssignable)\s*\(/
const PULL_MUTATIONS =
  /\b(createPullRequest|updatePullRequest|closePullRequest|markPullRequestReadyForReview|convertPullRequestToDraft|requestReviews|addPullRequestReview|updatePullRequestBranch|enablePullRequestAutoMerge)\s*\(/
const CONTENT_MUTATIONS = /\b(createCommitOnBranch|createRef|updateRef|deleteRef)\s*\(/

/** The needs of a GraphQL document: each object kind it reads, each mutation it calls. */
function graphqlNeeds(query: string): Need[] {
  const needs: Need[] = []
  if (/^\s*mutation\b/.test(query)) {
    if (ISSUE_MUTATIONS.test(query)) needs.push({ scopes: ['issues'], level: 'write' })
    if (PULL_MUTATIONS.test(query)) needs.push({ scopes: ['pull-requests'], level: 'write' })
    if (CONTENT_MUTATIONS.test(query)) needs.push({ scopes: ['contents'], level: 'write' })
    return needs
  }
  if (/\bpullRequests?\s*[({]/.test(query)) needs.push({ scopes: ['pull-requests'], level: 'read' })
  if (/\b(issues?|issueOrPullRequest)\s*[({]/.test(query))
    needs.push({ scopes: ['issues', 'pull-requests'], level: 'read' })
  if (/\b(statusCheckRollup|checkSuites|checkRuns)\b/.test(query))
    needs.push({ scopes: ['checks', 'statuses'], level: 'read' })
  if (/\bobject\s*\(/.test(query)) needs.push({ scopes: ['contents'], level: 'read' })
  return needs
}

/** The scope a REST path under /repos/{owner}/{repo} belongs to. */
function restScope(rest: string, isPull: (n: number) => boolean): string[] {
  const issue = /^\/issues\/(\d+)/.exec(rest)
  if (issue) return isPull(Number(issue[1])) ? ['issues', 'pull-requests'] : ['issues']
  const table: [RegExp, string][] = [
    [/^\/(issues|labels|milestones|assignees)\b/, 'issues'],
    [/^\/pulls\b/, 'pull-requests'],
    [/^\/(check-runs|check-suites)\b|^\/commits\/[^/]+\/(check-runs|check-suites)\b/, 'checks'],
    [/^\/statuses\b|^\/commits\/[^/]+\/status(es)?\b/, 'statuses'],
    [
      /^\/actions\/permissions\b|^\/branches\/[^/]+\/protection\b|^\/(rulesets|hooks)\b/,
      'administration'
    ],
    [/^\/actions\b/, 'actions'],
    [/^\/(collaborators|rules)\b|^$/, 'metadata'],
    [
      /^\/(git|contents|commits|branches|compare|merges|readme|tarball|zipball|dependency-graph|releases|tags)\b/,
      'contents'
    ]
  ]
  return [table.find(([pattern]) => pattern.test(rest))?.[1] ?? 'metadata']
}

/** What `method path` needs from a scoped token; empty when any token may make it. */
export function requestNeeds(
  method: string,
  path: string,
  body: Record<string, unknown>,
  isGraphql: boolean,
  repo: string,
  isPull: (n: number) => boolean
): Need[] {
  if (isGraphql) return graphqlNeeds(String(body.query ?? ''))
  const prefix = `/repos/${repo}`
  if (!path.toLowerCase().startsWith(prefix.toLowerCase())) return []
  const level = method === 'GET' || method === 'HEAD' ? 'read' : 'write'
  return [{ scopes: restScope(path.slice(prefix.length), isPull), level }]
}
