/**
 * Dispatch adapters (SPEC §6): one interface, one small implementation each. `matrix` writes
 * nothing (the `wave` output feeds a later job's strategy.matrix); the others hand the issue to
 * an agent through GitHub itself.
 */
import type { DeliveryConfig } from '../config/types.js'
import { ConfigError } from '../errors.js'
import type { GitHubPort } from '../github/port.js'
import { neutralizeMentions } from '../report/markdown.js'

export interface DispatchTask {
  issue: number
  title: string
  branch: string
  attempt: number
  /** Set for fix-wave dispatches: the recovery brief also posted on the issue. */
  recovery?: string
}

export interface DispatchAdapter {
  readonly name: DeliveryConfig['dispatch']['adapter']
  /** Logins the adapter assigns (the claim shows them). */
  readonly assigns: boolean
  dispatch(task: DispatchTask): Promise<void>
}

/** The assignment was silently dropped: say exactly why and how to fix it. */
export class AssignRefusedError extends Error {
  override readonly name = 'AssignRefusedError'
}

function need(
  config: DeliveryConfig,
  key: 'workflow' | 'assignee' | 'comment_template' | 'label'
): string {
  const value = config.dispatch[key]
  if (!value) {
    throw new ConfigError(`dispatch.adapter: ${config.dispatch.adapter} needs dispatch.${key}`, [
      {
        file: '.delivery.yml',
        path: `dispatch.${key}`,
        message: `is required when dispatch.adapter is ${config.dispatch.adapter}`
      }
    ])
  }
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
  github: GitHubPort,
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
        dispatch: task =>
          github.dispatchWorkflow(workflow, config.dispatch.ref ?? defaultBranch, {
            issue: String(task.issue),
            branch: task.branch,
            attempt: String(task.attempt)
          })
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
        dispatch: task => github.createComment(task.issue, fillTemplate(template, task))
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
