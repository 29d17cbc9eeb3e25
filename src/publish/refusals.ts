/**
 * Every refusal of a worker's change, gathered (pure): the task's own (no pull request to fix,
 * a branch that moved), the patch's, an empty change, the repository rules (rules.ts) and, for a
 * conflict task, conflict markers left in. A refused change is never pushed.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { TaskFacts } from './facts.js'
import type { ReadPatch } from './patch.js'
import {
  checkChange,
  conflictMarkerRefusals,
  uniqueRefusals,
  type ChangeContext,
  type Refusal
} from './rules.js'

/** What the rules need from the run: its configuration and where the loop's own files are. */
export interface RuleSettings {
  config: DeliveryConfig
  roadmapPath: string
  configPath: string
  /** The branch the wave named (before the task is known). */
  branch?: string
}

/** The rules' view of this change: the configuration, the task and its branch. */
export function rulesContext(settings: RuleSettings, facts?: TaskFacts): ChangeContext {
  const { config, roadmapPath, configPath, branch } = settings
  return {
    config,
    roadmapPath,
    configPath,
    ...(facts?.sliceKind ? { sliceKind: facts.sliceKind } : {}),
    ...(facts || branch ? { branch: facts?.task.branch ?? branch } : {}),
    defaultBranch: facts?.repository.defaultBranch ?? ''
  }
}

/** Every refusal of this change: the task's, the patch's, the rules'. */
export function refusalsOf(
  settings: RuleSettings,
  facts: TaskFacts,
  early: Refusal[],
  read: ReadPatch
): Refusal[] {
  // On the default branch already (no branch of ours holds it): nothing for this attempt to add.
  const merged = read.alreadyApplied && facts.head === undefined
  return uniqueRefusals([
    ...facts.refusals,
    ...early,
    ...(read.problem ? [{ rule: 'patch', detail: read.problem }] : []),
    ...(merged
      ? [
          {
            rule: 'empty change',
            detail: `${facts.repository.defaultBranch} already holds this change`
          }
        ]
      : []),
    ...checkChange(read.changes, rulesContext(settings, facts)),
    ...(facts.task.kind === 'conflict'
      ? conflictMarkerRefusals(read.changes, read.contents, read.baseContents)
      : [])
  ])
}
