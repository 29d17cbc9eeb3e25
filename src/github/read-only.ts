/**
 * Dry run, enforced at the port: `readOnlyPort` passes reads through and makes every write throw
 * before any request leaves. The access table is typed over every port method, so a new method
 * cannot be added without saying whether it writes.
 */
import type { GitHubPort } from './port.js'

type Method = Exclude<keyof GitHubPort, 'repo'>

export const PORT_ACCESS: Record<Method, 'read' | 'write'> = {
  repository: 'read',
  viewerLogin: 'read',
  rateLimit: 'read',
  permission: 'read',
  requestCount: 'read',
  listIssuesWithLabels: 'read',
  listOpenIssuesBrief: 'read',
  scanOpenIssues: 'read',
  issueDetails: 'read',
  lookupIssues: 'read',
  getIssue: 'read',
  createIssue: 'write',
  updateIssue: 'write',
  listLabels: 'read',
  createLabel: 'write',
  addLabels: 'write',
  removeLabel: 'write',
  addAssignees: 'write',
  listComments: 'read',
  createComment: 'write',
  updateComment: 'write',
  deleteComment: 'write',
  addBlockedBy: 'write',
  removeBlockedBy: 'write',
  addSubIssue: 'write',
  scanOpenPulls: 'read',
  recentClosedPulls: 'read',
  closedPullsPage: 'read',
  findOpenPull: 'read',
  createPull: 'write',
  getPull: 'read',
  listPullFiles: 'read',
  listReviews: 'read',
  createCommentReview: 'write',
  updateReview: 'write',
  createCheckRun: 'write',
  checkRunSummary: 'read',
  readFile: 'read',
  lastCommitOf: 'read',
  readFiles: 'read',
  writeFile: 'write',
  branchSha: 'read',
  createBranch: 'write',
  listFiles: 'read',
  createBlob: 'write',
  createTree: 'write',
  createCommit: 'write',
  commitTree: 'read',
  moveBranch: 'write',
  compareCommits: 'read',
  updatePull: 'write',
  dispatchWorkflow: 'write',
  getRun: 'read',
  listRunJobs: 'read',
  jobLog: 'read',
  actionsSettings: 'read',
  branchGuard: 'read',
  installationReaches: 'read',
  dependenciesAvailable: 'read',
  listWorkflows: 'read',
  actionsConfigNames: 'read',
  recentRuns: 'read',
  updateBranch: 'write'
}

/** A write reached the read-only port of a dry run: a bug in the mode, never a user error. */
export class DryRunWriteError extends Error {
  override readonly name = 'DryRunWriteError'
  constructor(method: string) {
    super(`dry run: the mode tried to write to GitHub (${method}); dry runs must only plan`)
  }
}

export function readOnlyPort(port: GitHubPort): GitHubPort {
  const access = PORT_ACCESS as Record<string, string | undefined>
  return new Proxy(port, {
    get(target, property, receiver) {
      if (typeof property === 'string' && access[property] === 'write')
        return () => Promise.reject(new DryRunWriteError(property))
      const value: unknown = Reflect.get(target, property, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}
