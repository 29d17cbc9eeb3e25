/** Which events discover acts on (pure): a completed, failed run of a watched workflow and branch. */
import { workflowRunEvent, type WorkflowRunPayload } from '../events.js'
import type { DeliveryConfig } from '../config/types.js'
import type { RunContext } from '../context.js'

export const FAILED_CONCLUSIONS: readonly string[] = ['failure', 'timed_out']

export type { WorkflowRunPayload }

export type Trigger =
  | { kind: 'run'; run: WorkflowRunPayload }
  | { kind: 'enrolment' }
  | { kind: 'ignored'; reason: string; fork?: { run: number; repository: string } }

export function discoverTrigger(
  context: RunContext,
  config: DeliveryConfig,
  defaultBranch: string
): Trigger {
  if (context.eventName === 'issues') return { kind: 'enrolment' }
  if (context.eventName !== 'workflow_run')
    return {
      kind: 'ignored',
      reason: `discover runs on workflow_run and issues events, not ${context.eventName}`
    }
  const event = workflowRunEvent(context)
  const run = event?.workflow_run
  if (!run || event?.action !== 'completed')
    return { kind: 'ignored', reason: 'the workflow run has not completed' }
  if (!FAILED_CONCLUSIONS.includes(run.conclusion ?? ''))
    return {
      kind: 'ignored',
      reason: `the run concluded ${run.conclusion ?? 'without a conclusion'}`
    }
  const self = `${context.repo.owner}/${context.repo.repo}`.toLowerCase()
  const head = run.head_repository?.full_name
  if (head && head.toLowerCase() !== self)
    return {
      kind: 'ignored',
      reason: `run ${run.id} came from a fork (${head})`,
      fork: { run: run.id, repository: head }
    }
  const { workflows, branches } = config.discover
  if (
    workflows.length &&
    !workflows.some(w => w === run.name || w === run.path || run.path.endsWith(`/${w}`))
  )
    return { kind: 'ignored', reason: `workflow ${run.name} is not in discover.workflows` }
  const watched = branches.length ? branches : [defaultBranch]
  if (!watched.includes(run.head_branch))
    return {
      kind: 'ignored',
      reason: `branch ${run.head_branch} is not watched (${watched.join(', ')})`
    }
  return { kind: 'run', run }
}
