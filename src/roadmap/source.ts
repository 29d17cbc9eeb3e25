/**
 * Where a mode reads the roadmap: one policy for compile, tick and the forecast mode.
 *
 * - `event` (compile, forecast): the roadmap of the commit the run is about — the checkout when
 *   the file is there (a push's commit, a pull request's merge), else, for a pull request, its
 *   head (what merging it would bring), else the default branch.
 * - `default-branch` (tick): the plan as merged — the checkout only when it is the default
 *   branch's (a tick started by a pull request's event must not order work by that pull
 *   request's roadmap), else the default branch through the API. A sparse or partial checkout
 *   without the file asks the default branch too.
 *
 * The offline `plan` command reads the file it is given; it has no GitHub to ask.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { RunContext } from '../context.js'
import type { ContentsPort, PullsPort } from '../github/port.js'

export interface RoadmapBytes {
  bytes: Buffer
  /** Where it came from, for the report: `workspace`, `default branch`, `pull request #N (head abc1234)`. */
  source: string
}

export type RoadmapPolicy =
  { of: 'event'; pull?: number } | { of: 'default-branch'; branch: string }

function fromCheckout(
  context: RunContext,
  file: string,
  policy: RoadmapPolicy
): Buffer | undefined {
  if (context.noCheckout) return undefined
  const local = path.resolve(context.workspace, file)
  if (!existsSync(local)) return undefined
  if (policy.of === 'default-branch') {
    const onDefault =
      existsSync(path.join(context.workspace, '.git')) &&
      context.ref === `refs/heads/${policy.branch}`
    if (!onDefault) return undefined
  }
  return readFileSync(local)
}

/** The roadmap's bytes under `policy`, or undefined when there is none where it should be. */
export async function readRoadmapSource(
  github: ContentsPort & PullsPort,
  context: RunContext,
  file: string,
  policy: RoadmapPolicy
): Promise<RoadmapBytes | undefined> {
  const local = fromCheckout(context, file, policy)
  if (local) return { bytes: local, source: 'workspace' }
  const pull = policy.of === 'event' ? policy.pull : undefined
  const head = pull !== undefined ? (await github.getPull(pull))?.headSha : undefined
  const remote = await github.readFile(file, head)
  if (!remote) return undefined
  return {
    bytes: remote.bytes,
    source: head ? `pull request #${pull} (head ${head.slice(0, 7)})` : 'default branch'
  }
}
