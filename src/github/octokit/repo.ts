/** The repository itself, the token's identity and its rate limit. */
import type { RateLimit, RepoPort, RepositoryInfo } from '../port.js'
import { attempt, statusOf, toApiError, type OctokitApi } from './api.js'

export function repoAdapter(api: OctokitApi): RepoPort {
  let repositoryInfo: Promise<RepositoryInfo> | undefined
  let viewer: Promise<string | undefined> | undefined
  return {
    repo: api.repo,
    requestCount: () => ({ reads: api.reads, writes: api.writes }),
    repository() {
      repositoryInfo ??= attempt(`read repository ${api.repo.owner}/${api.repo.repo}`, async () => {
        const { data } = await api.octokit.rest.repos.get({ ...api.repo })
        return {
          id: data.id,
          fullName: data.full_name,
          defaultBranch: data.default_branch,
          htmlUrl: data.html_url
        }
      }).catch(error => {
        repositoryInfo = undefined
        throw error
      })
      return repositoryInfo
    },
    viewerLogin() {
      // The identity does not change during a run: ask once.
      viewer ??= api.octokit
        .graphql<{ viewer: { login: string } }>('query { viewer { login } }')
        .then(result => result.viewer.login)
        // Installation tokens may not be allowed to ask; callers fall back to configured logins.
        .catch(() => undefined)
      return viewer
    },
    async permission(login) {
      try {
        const { data } = await api.octokit.rest.repos.getCollaboratorPermissionLevel({
          ...api.repo,
          username: login
        })
        return data.role_name || data.permission
      } catch (error) {
        // Not a collaborator (404): no permission at all.
        if (statusOf(error) === 404) return 'none'
        throw toApiError(error, `read the permission of ${login}`)
      }
    },
    rateLimit: () =>
      attempt('read the rate limit', async (): Promise<RateLimit> => {
        // Fresh from the last REST response when there was one this run; ask only otherwise.
        if (api.lastRate) return api.lastRate
        const { data } = await api.octokit.rest.rateLimit.get()
        return {
          limit: data.resources.core.limit,
          remaining: data.resources.core.remaining,
          resetAt: new Date(data.resources.core.reset * 1000).toISOString()
        }
      })
  }
}
