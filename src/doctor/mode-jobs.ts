/** The workflow steps that run the action, by mode: what doctor's checks of workflows read. */
import type { Mode } from '../inputs.js'
import type { JobShape, WorkflowShape } from './workflows.js'

/** A step of a workflow job that runs one of the action's modes, with its inputs. */
export interface ModeJob {
  file: WorkflowShape
  job: JobShape
  mode: Mode
  with: Record<string, string>
}

/** Every mode step of the workflows. */
export function modeJobs(files: readonly WorkflowShape[]): ModeJob[] {
  return files.flatMap(file =>
    file.jobs.flatMap(job => job.modes.map(m => ({ file, job, mode: m.mode, with: m.step.with })))
  )
}
