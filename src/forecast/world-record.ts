/**
 * The simulated repository at both ends of a run: as compile leaves it — one issue per slice,
 * with the body, labels and blockers of the real renderer (an existing issue a slice names,
 * `needs: #42`, is outside the forecast and taken as done) — and what a finished run reports of
 * it: the loop's claims on each issue, which issue each pull request worked on, the API budget
 * spent in each simulated hour.
 */
import { desiredContent, planItems } from '../compile/plan.js'
import { claimsIn } from '../loop/claims.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import type { SliceKind } from '../roadmap/types.js'
import type { SimulationResult } from './simulation-types.js'
import type { World } from './world.js'

export interface SeededIssue {
  number: number
  /** The slice's id in the roadmap. */
  id: string
  /** Its kind (`doc`, `code`): which agent works it (`agent_by_kind`). */
  kind?: SliceKind
  title: string
  blocked: boolean
  /** The paths the slice declares (`(files: …)`), for the conflict model. */
  files?: string[]
}

export function seedWorld(world: World, compiled: CompiledRoadmap): SeededIssue[] {
  const numbers = new Map<string, number>()
  const out: SeededIssue[] = []
  for (const item of planItems(compiled)) {
    if (item.kind === 'epic') continue
    const simulated = { ...item, externalBlockers: [] }
    const want = desiredContent(simulated, key => numbers.get(key), {})
    const issue = world.addIssue({
      title: want.title,
      body: want.body,
      labels: want.labels,
      blockedBy: want.blockedBy
    })
    numbers.set(item.key, issue.number)
    out.push({
      number: issue.number,
      id: item.key,
      ...(item.slice ? { kind: item.slice.kind } : {}),
      title: want.title,
      blocked: want.blockedBy.length > 0,
      ...(item.slice?.files ? { files: item.slice.files } : {})
    })
  }
  return out
}

/** What a run reports of the world at minute `clock`. */
export function worldRecord(
  world: World,
  clock: number
): Pick<SimulationResult, 'claims' | 'pullIssues' | 'requestsPerHour' | 'pointsPerHour'> {
  const hours = [...Array(Math.floor(clock / 60) + 1).keys()]
  return {
    claims: Object.fromEntries(
      [...world.issues.values()].map(i => [i.number, claimsIn(i.comments).map(c => c.marker)])
    ),
    pullIssues: Object.fromEntries([...world.pulls.values()].map(p => [p.number, p.issue])),
    requestsPerHour: hours.map(h => world.perHour.get(h) ?? 0),
    pointsPerHour: hours.map(h => world.pointsPerHour.get(h) ?? 0)
  }
}
