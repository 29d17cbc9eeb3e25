/**
 * The GitHub port: everything the modes need from GitHub, in the modes' own terms. The Octokit
 * adapter (`octokit-port.ts`) is the only implementation that talks HTTP; modes can be tested
 * against it through the emulator, or against a hand-written fake where that is clearer.
 */

export interface RepoRef {
  owner: string
  repo: string
}

export interface RepositoryInfo {
  id: number
  fullName: string
  defaultBranch: string
  htmlUrl: string
}

export interface RateLimit {
  limit: number
  remaining: number
  resetAt: string
}

export interface FileContent {
  text: string
  /** Blob sha, the precondition for an update through the Contents API. */
  sha: string
}

export interface GitHubPort {
  readonly repo: RepoRef
  repository(): Promise<RepositoryInfo>
  /** Login of the token's own identity (e.g. `github-actions[bot]`), undefined if GitHub won't say. */
  viewerLogin(): Promise<string | undefined>
  rateLimit(): Promise<RateLimit>
  /** A file on a ref (default branch when omitted); undefined when it does not exist. */
  readFile(path: string, ref?: string): Promise<FileContent | undefined>
  /** Requests made so far through this port, by kind; for reports and budgets. */
  requestCount(): { reads: number; writes: number }
}
