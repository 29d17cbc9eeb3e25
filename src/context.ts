/**
 * The run context: who and where this run is (repository, event, run id), read from the runner's
 * environment rather than `@actions/github`'s import-time `context`, so that tests and the CLI
 * can set it explicitly.
 */
import { readFileSync } from 'node:fs'
import { InputError } from './errors.js'
import type { RepoRef } from './github/port.js'

export interface RunContext {
  repo: RepoRef
  eventName: string
  payload: Record<string, unknown>
  runId: string
  runAttempt: string
  serverUrl: string
  apiUrl: string
  workspace: string
  /** The run has no checkout at all (the forecast's simulated ticks): files come from GitHub. */
  noCheckout?: true
  runnerTemp: string
  sha?: string
  ref?: string
  /** Who started the run (`GITHUB_ACTOR`): the agent actions and every job of the run act as them. */
  actor?: string
  /** Who started this attempt (`GITHUB_TRIGGERING_ACTOR`): a re-run's, which may be another. */
  triggeringActor?: string
}

/** The web address of this workflow run: what the loop links its claims and verdicts to. */
export function runUrl(context: Pick<RunContext, 'serverUrl' | 'repo' | 'runId'>): string {
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
}

export function parseRepo(value: string, source: string): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim())
  if (!match) throw new InputError(source, `"${value}" is not an owner/name repository`)
  return { owner: match[1], repo: match[2] }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  if (!env.GITHUB_REPOSITORY) {
    throw new InputError(
      'GITHUB_REPOSITORY',
      'is not set; run inside GitHub Actions or pass --repo'
    )
  }
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch (error) {
      throw new InputError(
        'GITHUB_EVENT_PATH',
        `cannot read the event payload: ${(error as Error).message}`
      )
    }
  }
  return {
    repo: parseRepo(env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY'),
    eventName: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    payload,
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? process.cwd(),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    ...(env.GITHUB_TRIGGERING_ACTOR ? { triggeringActor: env.GITHUB_TRIGGERING_ACTOR } : {})
  }
}
