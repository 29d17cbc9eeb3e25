/**
 * Dispatch adapters (docs/specs/0000-product.md §6): one interface, one small implementation each. `matrix` writes
 * nothing (the `wave` output feeds a later job's strategy.matrix); the others hand the issue to
 * an agent through GitHub itself.
 */
import type { DeliveryConfig } from '../config/types.js'
import { InternalError, type Diagnostic } from '../errors.js'
import type { ActionsPort, IssuesPort } from '../github/port.js'
import type { TaskKind } from '../loop/markers.js'
import { neutralizeMentions } from '../text/sanitize.js'

/** One task of a wave: new work, or a pull request sent back to its worker. */
export interface DispatchTask {
  issue: number
  title: string
  branch: string
  attempt: number
  kind: TaskKind
  /** For fixes: the pull request, its head SHA and the brief also posted on the issue. */
  pull?: number
  headSha?: string
  recovery?: string
  /** For fixes: the failed check whose log excerpt goes into the brief. */
  failedCheck?: { name: string; id?: number }
  /**
   * A stacked task's base: the blocker's branch that new work starts from (at `baseSha`, the
   * head it was reviewed at) and its pull request merges into; a fix or conflict task on a
   * stacked pull request names the branch it is based on. Absent: the default branch.
   */
  base?: string
  baseSha?: string
}

export interface DispatchAdapter {
  readonly name: DeliveryConfig['dispatch']['adapter']
  /** Logins the adapter assigns (the claim shows them). */
  readonly assigns: boolean
  /** Hand the task over; the worker's run id when the adapter knows it (workflow). */
  dispatch(task: DispatchTask): Promise<void | { workerRun?: number }>
}

/** The assignment was silently dropped: say exactly why and how to fix it. */
export class AssignRefusedError extends Error {
  override readonly name = 'AssignRefusedError'
}

const REQUIRED_KEY = {
  workflow: 'workflow',
  assign: 'assignee',
  comment: 'comment_template',
  label: 'label'
} as const

/**
 * What the configured adapter needs and does not have. The tick plan reports these, so a dry run
 * fails on them exactly as a real run would.
 */
export function dispatchConfigProblems(config: DeliveryConfig, file: string): Diagnostic[] {
  const { adapter } = config.dispatch
  // Another adapter's agent starts on the default branch: it cannot build on a blocker's branch.
  const stack: Diagnostic[] =
    config.dependencies.stack && adapter !== 'matrix'
      ? [
          {
            file,
            path: 'dependencies.stack',
            message: `needs dispatch.adapter matrix: the ${adapter} adapter's agent starts from the default branch, so it cannot build on a blocker's pull request`
          }
        ]
      : []
  if (adapter === 'matrix') return stack
  const key = REQUIRED_KEY[adapter]
  return config.dispatch[key]
    ? stack
    : [
        ...stack,
        {
          file,
          path: `dispatch.${key}`,
          message: `is required when dispatch.adapter is ${adapter}`
        }
      ]
}

function need(
  config: DeliveryConfig,
  key: (typeof REQUIRED_KEY)[keyof typeof REQUIRED_KEY]
): string {
  const value = config.dispatch[key]
  // The plan refused such a config already (dispatchConfigProblems): this is a programming error.
  if (!value)
    throw new InternalError(`dispatch.${key} is missing; the plan should have refused this`)
  return value
}

export function fillTemplate(template: string, task: DispatchTask): string {
  return template
    .replace(/\{issue\}/g, String(task.issue))
    .replace(/\{branch\}/g, task.branch)
    .replace(/\{attempt\}/g, String(task.attempt))
    .replace(/\{title\}/g, neutralizeMentions(task.title))
}

export function createAdapter(
  config: DeliveryConfig,
  github: IssuesPort & ActionsPort,
  defaultBranch: string
): DispatchAdapter {
  switch (config.dispatch.adapter) {
    case 'matrix':
      return { name: 'matrix', assigns: false, dispatch: async () => undefined }
    case 'workflow': {
      const workflow = need(config, 'workflow')
      return {
        name: 'workflow',
        assigns: false,
        dispatch: async task => {
          const run = await github.dispatchWorkflow(
            workflow,
            config.dispatch.ref ?? defaultBranch,
            {
              issue: String(task.issue),
              branch: task.branch,
              attempt: String(task.attempt),
              kind: task.kind,
              pull: task.pull !== undefined ? String(task.pull) : ''
            }
          )
          return run !== undefined ? { workerRun: run } : {}
        }
      }
    }
    case 'assign': {
      const assignee = need(config, 'assignee')
      return {
        name: 'assign',
        assigns: true,
        dispatch: async task => {
          const assigned = await github.addAssignees(task.issue, [assignee])
          if (!assigned.some(a => a.toLowerCase() === assignee.toLowerCase())) {
            const copilot = /copilot/i.test(assignee)
            throw new AssignRefusedError(
              copilot
                ? `GitHub did not assign ${assignee} to #${task.issue}: Copilot coding agent can only be assigned with a user token, not GITHUB_TOKEN. Store a fine-grained personal access token (or a user-to-server token) of a Copilot-enabled user as a secret and pass it as the action's \`token\` input.`
                : `GitHub did not assign ${assignee} to #${task.issue}: the login cannot be assigned in this repository (it needs access), or the token may not assign it.`
            )
          }
        }
      }
    }
    case 'comment': {
      const template = need(config, 'comment_template')
      return {
        name: 'comment',
        assigns: false,
        // The template is the team's own trigger (e.g. `@claude …`), so its mention stays.
        dispatch: async task => {
          await github.createComment(task.issue, fillTemplate(template, task))
        }
      }
    }
    case 'label': {
      const label = need(config, 'label')
      return {
        name: 'label',
        assigns: false,
        dispatch: async task => {
          // Remove first so a retry re-triggers `labeled` workflows.
          await github.removeLabel(task.issue, label)
          await github.addLabels(task.issue, [label])
        }
      }
    }
  }
}
