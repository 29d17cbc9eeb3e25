/**
 * Write the markers assigned in this run back to the roadmap on the default branch:
 * `commit` (one Contents API commit with the blob sha as precondition), `pr` (one pull request
 * from a fixed branch), or `off`. What to write is decided by `planWriteback` (pure, from the
 * roadmap on the default branch that compile's facts read); `writeMarkers` sends it, and a
 * refused commit (branch protection) falls back to `pr`.
 */
import type { ContentsPort, PullsPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import type { Roadmap } from '../roadmap/types.js'
import { compileRoadmap } from '../roadmap/compile-roadmap.js'
import { insertMarkers, missingMarkers } from '../roadmap/write-markers.js'
import type { FileContent } from '../github/port.js'
import { now } from '../clock.js'

export const MARKER_COMMIT_MESSAGE = 'chore(roadmap): add unit markers'

export interface WritebackResult {
  markers: number
  /** What happened: `none` (nothing to write), `off`, `committed`, `pull-request`, `skipped`. */
  outcome: 'none' | 'off' | 'committed' | 'pull-request' | 'skipped'
  pullRequest?: number
  detail?: string
}

/** The markers to write, or why none are written. */
export type WritebackPlan =
  | WritebackResult
  | {
      outcome: 'write'
      markers: number
      mode: 'commit' | 'pr'
      path: string
      /** The roadmap with the markers inserted, and the blob it replaces. */
      text: string
      sha: string
      branch: string
      defaultBranch: string
    }

export interface WritebackSettings {
  roadmap: Roadmap
  path: string
  mode: 'commit' | 'pr' | 'off'
  branch: string
  defaultBranch: string
}

/** Whether there is anything to write back (compile's facts read the default branch's file then). */
export function markersMissing(s: WritebackSettings): boolean {
  return s.mode !== 'off' && missingMarkers(s.roadmap).length > 0
}

export function planWriteback(
  s: WritebackSettings & {
    /** The text the roadmap was parsed from. */
    text: string
    /** The roadmap on the default branch, as compile's facts read it. */
    current: FileContent | undefined
  }
): WritebackPlan {
  const insertions = missingMarkers(s.roadmap)
  if (!insertions.length) return { markers: 0, outcome: 'none' }
  if (s.mode === 'off') return { markers: insertions.length, outcome: 'off' }
  const { current, text, path, defaultBranch } = s
  if (!current || current.text.replace(/\r\n/g, '\n') !== text.replace(/\r\n/g, '\n')) {
    // Someone pushed meanwhile: the next compile (run by that push) writes the markers.
    const detail = `${path} on ${defaultBranch} differs from the compiled text; markers will be written by the next compile`
    return { markers: insertions.length, outcome: 'skipped', detail }
  }
  // Same content but other line ends (a checkout with autocrlf): positions come from the text
  // that is written, so take them from a parse of that text.
  const positions =
    current.text === text ? insertions : missingMarkers(compileRoadmap(current.text, path).roadmap)
  return {
    outcome: 'write',
    markers: insertions.length,
    mode: s.mode,
    path,
    text: insertMarkers(current.text, positions),
    sha: current.sha,
    branch: s.branch,
    defaultBranch
  }
}

export async function writeMarkers(
  github: ContentsPort & PullsPort,
  logger: Logger,
  plan: WritebackPlan
): Promise<WritebackResult> {
  if (plan.outcome !== 'write') {
    if (plan.outcome === 'skipped' && plan.detail) logger.warning(plan.detail)
    return plan
  }
  const { path, defaultBranch, markers } = plan
  if (plan.mode === 'commit') {
    const outcome = await github.writeFile({
      path,
      text: plan.text,
      sha: plan.sha,
      branch: defaultBranch,
      message: MARKER_COMMIT_MESSAGE
    })
    if (outcome === 'written') {
      logger.info(`wrote ${markers} marker(s) to ${path} on ${defaultBranch}`)
      return { markers, outcome: 'committed' }
    }
    if (outcome === 'conflict') {
      const detail = `${path} changed on ${defaultBranch} while compiling; markers will be written by the next compile`
      logger.warning(detail)
      return { markers, outcome: 'skipped', detail }
    }
    logger.notice(
      `${defaultBranch} is protected: opening a pull request with the roadmap markers instead of committing`
    )
  }
  return proposeMarkers(github, logger, plan)
}

/** The markers as a pull request from `compile.markers_branch` (never force-pushed). */
async function proposeMarkers(
  github: ContentsPort & PullsPort,
  logger: Logger,
  plan: Extract<WritebackPlan, { outcome: 'write' }>
): Promise<WritebackResult> {
  const { path, defaultBranch, markers } = plan
  const updated = plan.text
  const head = await github.branchSha(defaultBranch)
  if (!head) throw new Error(`default branch ${defaultBranch} not found`)
  let branch = plan.branch
  const existing = await github.branchSha(branch)
  if (existing) {
    const open = await github.findOpenPull(branch, defaultBranch)
    if (open === undefined) {
      // A stale branch from an earlier, closed pull request: never force-push, use a new one.
      branch = `${branch}-${now().getTime().toString(36)}`
      await github.createBranch(branch, head)
    }
  } else {
    await github.createBranch(branch, head)
  }
  const onBranch = await github.readFile(path, branch)
  if (!onBranch) throw new Error(`${path} not found on ${branch}`)
  await github.writeFile({
    path,
    text: updated,
    sha: onBranch.sha,
    branch,
    message: MARKER_COMMIT_MESSAGE
  })
  let pull = await github.findOpenPull(branch, defaultBranch)
  pull ??= await github.createPull({
    head: branch,
    base: defaultBranch,
    title: MARKER_COMMIT_MESSAGE,
    body: `Delivery Loop assigned ${markers} roadmap marker(s). Merging this pull request keeps issue matching stable when headings and slices are edited.\n\nOnly \`<!-- lc:u=… -->\` comments are added; every other byte of \`${path}\` is unchanged.`
  })
  logger.info(`markers proposed in pull request #${pull}`)
  return { markers, outcome: 'pull-request', pullRequest: pull }
}
