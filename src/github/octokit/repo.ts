/** The repository itself, the token's identity and its rate limit. */
import type { ActionsSettings, ApiBudgets, RepoPort, RepositoryInfo } from '../port.js'
import { ApiError } from '../../errors.js'
import { attempt, statusOf, toApiError, type OctokitApi } from './api.js'

/**
 * GitHub answers 404 both for a repository that does not exist and for one the token may not
 * see: say both, and what decides which.
 */
function notFound(api: OctokitApi): ApiError {
  const name = `${api.repo.owner}/${api.repo.repo}`
  return new ApiError(
    `repository ${name} was not found, or this token cannot see it (GitHub answers 404 for both): check the name (--repo, GITHUB_REPOSITORY); a workflow's GITHUB_TOKEN sees only its own repository, and an App's token only the repositories the App is installed on`,
    404,
    `GET /repos/${name}`
  )
}

// eslint-disable-next-line max-lines-per-function -- an adapter's method table: one closure per port method
export function repoAdapter(api: OctokitApi): RepoPort {
  let repositoryInfo: Promise<RepositoryInfo> | undefined
  let viewer: Promise<string | undefined> | undefined
  return {
    repo: api.repo,
    requestCount: () => ({ reads: api.reads, writes: api.writes, points: api.points }),
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
        throw error instanceof ApiError && error.status === 404 ? notFound(api) : error
      })
      return repositoryInfo
    },
    viewerLogin() {
      // The identity does not change during a run: ask once.
      viewer ??= api
        .query<{ viewer: { login: string } }>('query { viewer { login } }')
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
    async actionsSettings() {
      // Admins only: any other token (GITHUB_TOKEN among them) gets 403, and the answer "unknown".
      const unreadable = (error: unknown) => {
        if ([403, 404].includes(statusOf(error) ?? 0)) return undefined
        throw toApiError(error, 'read the Actions settings')
      }
      try {
        const { data: general } =
          await api.octokit.rest.actions.getGithubActionsPermissionsRepository({ ...api.repo })
        const settings: ActionsSettings = {
          enabled: general.enabled,
          ...(general.allowed_actions ? { allowedActions: general.allowed_actions } : {})
        }
        const { data: token } =
          await api.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({
            ...api.repo
          })
        return {
          ...settings,
          defaultWorkflowPermissions: token.default_workflow_permissions,
          canApprovePullRequestReviews: token.can_approve_pull_request_reviews
        }
      } catch (error) {
        return unreadable(error)
      }
    },
    async branchGuard(branch) {
      const rules = await attempt(`read the rules of ${branch}`, async () => {
        const { data } = await api.octokit.request(
          'GET /repos/{owner}/{repo}/rules/branches/{branch}',
          {
            ...api.repo,
            branch,
            per_page: 100
          }
        )
        return [...new Set(data.map(rule => rule.type))]
      })
      try {
        await api.octokit.rest.repos.getBranchProtection({ ...api.repo, branch })
        return { protected: true, rules }
      } catch (error) {
        const status = statusOf(error)
        if (status === 404) return { protected: false, rules }
        if (status === 403) return { rules }
        throw toApiError(error, `read the protection of ${branch}`)
      }
    },
    async installationReaches() {
      try {
        // An organisation's installation may reach hundreds of repositories: every page.
        const repositories = await api.octokit.paginate('GET /installation/repositories', {
          per_page: 100
        })
        const name = `${api.repo.owner}/${api.repo.repo}`.toLowerCase()
        return repositories.some(r => r.full_name.toLowerCase() === name)
      } catch (error) {
        if ([401, 403].includes(statusOf(error) ?? 0)) return undefined
        throw toApiError(error, 'list the repositories of the App installation')
      }
    },
    rateLimit: () =>
      attempt('read the rate limit', async (): Promise<ApiBudgets> => {
        // Fresh from this run's last answers when both budgets were seen; one free read otherwise.
        if (api.lastRate && api.lastGraphql) return { core: api.lastRate, graphql: api.lastGraphql }
        const { data } = await api.octokit.rest.rateLimit.get()
        const of = (r: { limit: number; remaining: number; reset: number }) => ({
          limit: r.limit,
          remaining: r.remaining,
          resetAt: new Date(r.reset * 1000).toISOString()
        })
        const graphql = data.resources.graphql ?? data.resources.core
        return {
          core: api.lastRate ?? of(data.resources.core),
          graphql: api.lastGraphql ?? of(graphql)
        }
      })
  }
}
