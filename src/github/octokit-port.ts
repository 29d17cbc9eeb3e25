/**
 * The GitHub port over one Octokit client: one adapter per role (see `octokit/`), composed into
 * the flat port the modes use. Only these files know REST routes and GraphQL queries.
 */
import type { Octokit } from './client.js'
import { actionsAdapter } from './octokit/actions.js'
import { OctokitApi } from './octokit/api.js'
import { contentsAdapter } from './octokit/contents.js'
import { issuesAdapter } from './octokit/issues.js'
import { pullsAdapter } from './octokit/pulls.js'
import { repoAdapter } from './octokit/repo.js'
import { reviewsAdapter } from './octokit/reviews.js'
import type { GitHubPort, RepoRef } from './port.js'

export function createOctokitPort(octokit: Octokit, repo: RepoRef): GitHubPort {
  const api = new OctokitApi(octokit, repo)
  return {
    ...repoAdapter(api),
    ...issuesAdapter(api),
    ...pullsAdapter(api),
    ...reviewsAdapter(api),
    ...contentsAdapter(api),
    ...actionsAdapter(api)
  }
}
