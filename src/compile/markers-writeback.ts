/**
 * Write the markers assigned in this run back to the roadmap on the default branch:
 * `commit` (one Contents API commit with the blob sha as precondition), `pr` (one pull request
 * from a fixed branch), or `off`. A refused commit (branch protection) falls back to `pr`.
 */
import type { ContentsPort, PullsPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import type { Roadmap } from '../roadmap/types.js'
import { compileRoadmap } from '../roadmap/compile-roadmap.js'
import { insertMarkers, missingMarkers } from '../roadmap/write-markers.js'

export const MARKER_COMMIT_MESSAGE = 'chore(roadmap): add unit markers'

export interface WritebackResult {
  markers: number
  /** What happened: `none` (nothing to write), `off`, `committed`, `pull-request`, `skipped`. */
  outcome: 'none' | 'off' | 'committed' | 'pull-request' | 'skipped'
  pullRequest?: number
  detail?: string
}

export async function writeBackMarkers(options: {
  github: ContentsPort & PullsPort
  logger: Logger
  roadmap: Roadmap
  /** The text the roadmap was parsed from. */
  text: string
  path: string
  mode: 'commit' | 'pr' | 'off'
  branch: string
  defaultBranch: string
}): Promise<WritebackResult> {
  const { github, logger, roadmap, text, path, defaultBranch } = options
  const insertions = missingMarkers(roadmap)
  if (!insertions.length) return { markers: 0, outcome: 'none' }
  if (options.mode === 'off') return { markers: insertions.length, outcome: 'off' }

  const current = await github.readFile(path, defaultBranch)
  if (!current || current.text.replace(/\r\n/g, '\n') !== text.replace(/\r\n/g, '\n')) {
    // Someone pushed meanwhile: the next compile (run by that push) writes the markers.
    const detail = `${path} on ${defaultBranch} differs from the compiled text; markers will be written by the next compile`
    logger.warning(detail)
    return { markers: insertions.length, outcome: 'skipped', detail }
  }
  // Same content but other line ends (a checkout with autocrlf): positions come from the text
  // that is written, so take them from a parse of that text.
  const positions =
    current.text === text ? insertions : missingMarkers(compileRoadmap(current.text, path).roadmap)
  const updated = insertMarkers(current.text, positions)

  if (options.mode === 'commit') {
    const outcome = await github.writeFile({
      path,
      text: updated,
      sha: current.sha,
      branch: defaultBranch,
      message: MARKER_COMMIT_MESSAGE
    })
    if (outcome === 'written') {
      logger.info(`wrote ${insertions.length} marker(s) to ${path} on ${defaultBranch}`)
      return { markers: insertions.length, outcome: 'committed' }
    }
    if (outcome === 'conflict') {
      const detail = `${path} changed on ${defaultBranch} while compiling; markers will be written by the next compile`
      logger.warning(detail)
      return { markers: insertions.length, outcome: 'skipped', detail }
    }
    logger.notice(
      `${defaultBranch} is protected: opening a pull request with the roadmap markers instead of committing`
    )
  }

  const head = await github.branchSha(defaultBranch)
  if (!head) throw new Error(`default branch ${defaultBranch} not found`)
  let branch = options.branch
  const existing = await github.branchSha(branch)
  if (existing) {
    const open = await github.findOpenPull(branch, defaultBranch)
    if (open === undefined) {
      // A stale branch from an earlier, closed pull request: never force-push, use a new one.
      branch = `${branch}-${Date.now().toString(36)}`
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
    body: `Delivery Loop assigned ${insertions.length} roadmap marker(s). Merging this pull request keeps issue matching stable when headings and slices are edited.\n\nOnly \`<!-- lc:u=… -->\` comments are added; every other byte of \`${path}\` is unchanged.`
  })
  logger.info(`markers proposed in pull request #${pull}`)
  return { markers: insertions.length, outcome: 'pull-request', pullRequest: pull }
}
