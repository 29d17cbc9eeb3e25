/**
 * The webhook payload GitHub hands a workflow for an event in the emulator's repository, built
 * with the emulator's own REST representations so a workflow reads the same fields it would on
 * GitHub (`github.event.pull_request.head.repo.full_name`, `github.event.workflow_run.name`…).
 */
import type { FileEntry, Model, RepoEvent } from '../github/model.js'
import { Representer } from '../github/represent.js'
import type { TriggerEvent } from './triggers.js'

/** Files that differ between two file sets: what a push changed. */
function changedBetween(before: Map<string, FileEntry>, after: Map<string, FileEntry>): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names].filter(n => before.get(n)?.sha !== after.get(n)?.sha).sort()
}

export class Payloads {
  private readonly rep: Representer

  constructor(
    private readonly model: Model,
    url: () => string
  ) {
    this.rep = new Representer(model, url)
  }

  private common(actor: string): Record<string, unknown> {
    const user = this.model.userByLogin(actor)
    return {
      repository: this.rep.repository(),
      sender: user ? this.rep.user(user) : { login: actor, type: 'User' }
    }
  }

  /** The event as a workflow sees it; `changed` set where `paths:` filters need it. */
  of(event: RepoEvent): TriggerEvent {
    const m = this.model
    const base = { ...this.common(event.actor), ...(event.action ? { action: event.action } : {}) }
    switch (event.name) {
      case 'pull_request': {
        const issue = m.issue(event.issue!)!
        const changed = m.pullFiles(issue.pull!).map(f => f.filename)
        const payload = { ...base, number: issue.number, pull_request: this.rep.pull(issue) }
        return { name: event.name, payload, changed }
      }
      case 'issues': {
        const issue = m.issue(event.issue!)!
        const label = event.label ? { label: this.rep.label(m.ensureLabel(event.label)) } : {}
        return { name: event.name, payload: { ...base, issue: this.rep.issue(issue), ...label } }
      }
      case 'push': {
        const before = m.commits.get(event.before ?? '')?.files ?? new Map<string, FileEntry>()
        const after = m.commits.get(event.after ?? '')?.files ?? new Map<string, FileEntry>()
        const payload = { ...base, ref: event.ref, before: event.before, after: event.after }
        return { name: event.name, payload, changed: changedBetween(before, after) }
      }
      case 'workflow_dispatch':
        return {
          name: event.name,
          payload: { ...base, ref: event.ref, inputs: event.inputs ?? {}, workflow: event.workflow }
        }
      case 'workflow_run': {
        const run = m.runs.find(r => r.id === event.run)!
        return { name: event.name, payload: { ...base, workflow_run: this.rep.workflowRun(run) } }
      }
    }
  }
}
