/** The GitHub port over one Octokit client. */
import { ApiError } from '../errors.js'
import type { Octokit } from './client.js'
import type { FileContent, GitHubPort, RateLimit, RepoRef, RepositoryInfo } from './port.js'

interface RequestFailure {
  status?: number
  message?: string
  request?: { method?: string; url?: string }
}

/** Turn an Octokit failure into an ApiError that says what was asked and what GitHub answered. */
export function toApiError(error: unknown, what: string): ApiError {
  const e = error as RequestFailure
  const status = typeof e?.status === 'number' ? e.status : undefined
  const route = e?.request ? `${e.request.method} ${e.request.url}` : undefined
  return new ApiError(
    `GitHub API error while trying to ${what}${status ? ` (HTTP ${status})` : ''}: ${e?.message ?? String(error)}`,
    status,
    route
  )
}

export class OctokitPort implements GitHubPort {
  private reads = 0
  private writes = 0
  private repositoryInfo?: Promise<RepositoryInfo>

  constructor(
    readonly octokit: Octokit,
    readonly repo: RepoRef
  ) {
    octokit.hook.before('request', options => {
      if ((options.method ?? 'GET') === 'GET' || options.url === '/graphql' && !isMutation(options)) {
        this.reads++
      } else {
        this.writes++
      }
    })
  }

  requestCount(): { reads: number; writes: number } {
    return { reads: this.reads, writes: this.writes }
  }

  repository(): Promise<RepositoryInfo> {
    this.repositoryInfo ??= this.octokit.rest.repos
      .get({ ...this.repo })
      .then(({ data }) => ({
        id: data.id,
        fullName: data.full_name,
        defaultBranch: data.default_branch,
        htmlUrl: data.html_url
      }))
      .catch(error => {
        this.repositoryInfo = undefined
        throw toApiError(error, `read repository ${this.repo.owner}/${this.repo.repo}`)
      })
    return this.repositoryInfo
  }

  async viewerLogin(): Promise<string | undefined> {
    try {
      const result = await this.octokit.graphql<{ viewer: { login: string } }>(
        'query { viewer { login } }'
      )
      return result.viewer.login
    } catch {
      // Installation tokens may not be allowed to ask; the caller falls back to configured logins.
      return undefined
    }
  }

  async rateLimit(): Promise<RateLimit> {
    try {
      const { data } = await this.octokit.rest.rateLimit.get()
      return {
        limit: data.resources.core.limit,
        remaining: data.resources.core.remaining,
        resetAt: new Date(data.resources.core.reset * 1000).toISOString()
      }
    } catch (error) {
      throw toApiError(error, 'read the rate limit')
    }
  }

  async readFile(path: string, ref?: string): Promise<FileContent | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        ...this.repo,
        path,
        ...(ref ? { ref } : {})
      })
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
        throw new ApiError(`${path} is not a file`)
      }
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha }
    } catch (error) {
      if ((error as RequestFailure).status === 404) return undefined
      if (error instanceof ApiError) throw error
      throw toApiError(error, `read ${path}`)
    }
  }
}

function isMutation(options: { query?: unknown; data?: unknown }): boolean {
  const query =
    typeof options.query === 'string'
      ? options.query
      : typeof (options.data as { query?: unknown })?.query === 'string'
        ? ((options.data as { query: string }).query)
        : ''
  return /^\s*mutation\b/.test(query)
}
