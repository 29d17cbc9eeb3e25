/**
 * The webhook payloads the modes read, typed once: the event a run was started by, and the few
 * fields each mode takes from it. A payload is GitHub's (or a CLI's) JSON, so each accessor checks
 * the event name first and every field stays optional.
 */
import type { RunContext } from './context.js'

/** The `workflow_run` a completed run's event carries (discover reads the failed run from it). */
export interface WorkflowRunPayload {
  id: number
  name: string
  path: string
  conclusion: string | null
  head_branch: string
  head_sha: string
  html_url: string
  run_attempt?: number
  head_repository?: { full_name?: string } | null
  repository?: { full_name?: string }
}

/** An `issues` event: what happened, to which issue, with which label, by whom. */
export interface IssuesEvent {
  action?: string
  issue?: { number?: number }
  label?: { name?: string }
  sender?: { login?: string }
}

export interface WorkflowRunEvent {
  action?: string
  workflow_run?: WorkflowRunPayload
}

export function issuesEvent(
  context: Pick<RunContext, 'eventName' | 'payload'>
): IssuesEvent | undefined {
  return context.eventName === 'issues' ? (context.payload as IssuesEvent) : undefined
}

export function workflowRunEvent(
  context: Pick<RunContext, 'eventName' | 'payload'>
): WorkflowRunEvent | undefined {
  return context.eventName === 'workflow_run' ? (context.payload as WorkflowRunEvent) : undefined
}

/** The pull request a `pull_request` (or `pull_request_target`) event is about. */
export function pullRequestOf(
  context: Pick<RunContext, 'eventName' | 'payload'>
): number | undefined {
  if (!context.eventName.startsWith('pull_request')) return undefined
  const number = (context.payload.pull_request as { number?: unknown } | undefined)?.number
  return typeof number === 'number' ? number : undefined
}
