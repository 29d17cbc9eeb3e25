/**
 * What each mode's job needs from `GITHUB_TOKEN` — the table of docs/permissions.md, once, as
 * data: doctor checks every workflow job against it (enough, and no write more than needed).
 */
import type { Mode } from '../inputs.js'

export type Scope = 'actions' | 'checks' | 'contents' | 'issues' | 'pull-requests'
export type Access = 'read' | 'write'

export interface Need {
  scope: Scope
  access: Access
  why: string
}

/** How a job runs its mode, as far as its workflow file shows. */
export interface ModeUse {
  mode: Mode
  /** compile that only ever runs on pull requests (the plan comment). */
  pullRequestOnly?: boolean
  /** `dry-run: true`, literally. */
  dryRun?: boolean
  /** prompt with `pull-request` (the review packet). */
  reviewPacket?: boolean
  /** tick with `dispatch.adapter: workflow`. */
  dispatchesWorkflows?: boolean
  /** forecast with `calibrate: true` (it reads the closed pull requests and their checks). */
  calibrates?: boolean
  /** tick whose workers run in workflow runs it can read (matrix, workflow adapters). */
  seesWorkerRuns?: boolean
}

const need = (scope: Scope, access: Access, why: string): Need => ({ scope, access, why })

/**
 * Offline but for the roadmap and configuration, when the checkout has not got them; with
 * `calibrate`, the closed pull requests and their checks too.
 */
function forecastNeeds(use: ModeUse): Need[] {
  return [
    need('contents', 'read', 'read the roadmap and the configuration'),
    ...(use.calibrates
      ? [
          need('pull-requests', 'read', 'calibrate: read the closed pull requests'),
          need('checks', 'read', 'and the checks of the commits they merged at')
        ]
      : [])
  ]
}

export function needsOf(use: ModeUse): Need[] {
  switch (use.mode) {
    case 'compile':
      if (use.dryRun)
        return [
          need('contents', 'read', 'read the roadmap'),
          need('issues', 'read', 'read the DAG')
        ]
      if (use.pullRequestOnly)
        return [
          need('contents', 'read', 'read the roadmap'),
          need('issues', 'read', 'read the marked issues'),
          need('pull-requests', 'write', 'post the plan comment')
        ]
      return [
        need('contents', 'write', 'commit the markers (or push the marker branch)'),
        need('issues', 'write', 'create, update and close the DAG issues'),
        need('pull-requests', 'write', 'the marker pull request fallback')
      ]
    case 'tick':
      return [
        need('contents', 'read', 'read the roadmap and configuration'),
        need('issues', 'write', 'the claim label and comment, the dashboard'),
        need('pull-requests', 'read', 'scan the pull requests'),
        need('checks', 'read', 'read their checks'),
        ...(use.dispatchesWorkflows
          ? [need('actions', 'write', 'dispatch the worker workflow')]
          : use.seesWorkerRuns
            ? [need('actions', 'read', 'see a worker run end, to settle its attempt at once')]
            : [])
      ]
    case 'prompt':
      return [
        need('contents', 'read', 'read the skills and specs'),
        need('issues', 'read', 'read the issue and its comments'),
        ...(use.reviewPacket
          ? [need('pull-requests', 'read', 'read the pull request and its diff')]
          : [])
      ]
    case 'publish':
      return [
        need('issues', 'write', 'the refusal comment and the claim'),
        need('contents', 'read', 'read the base of the change'),
        need('pull-requests', 'read', 'find the pull request to update')
      ]
    case 'verdict':
      return [
        need('checks', 'write', 'publish the loopreview check'),
        need('pull-requests', 'write', "the loop's COMMENT review"),
        need('contents', 'read', 'read the configuration')
      ]
    case 'discover':
      return [
        need('actions', 'read', "read the failed run's jobs and logs"),
        need('issues', 'write', 'file, update and reopen issues'),
        need('contents', 'read', 'read the configuration'),
        need(
          'pull-requests',
          'read',
          'the enrolment check: whether a pull request already works on it'
        ),
        need('checks', 'read', "and how that pull request's checks stand")
      ]
    case 'forecast':
      return forecastNeeds(use)
    case 'doctor':
      return [
        need('contents', 'read', 'read the workflow files'),
        need('issues', 'read', 'read the DAG and the dashboard'),
        need('pull-requests', 'read', "scan the loop's pull requests"),
        need('checks', 'read', 'see whether CI ran on them'),
        need('actions', 'read', "the workflows' state and runs")
      ]
  }
}

/** `write` covers `read`; `none` covers nothing. */
export function covers(granted: string | undefined, wanted: Access): boolean {
  if (granted === 'write') return true
  return granted === 'read' && wanted === 'read'
}
