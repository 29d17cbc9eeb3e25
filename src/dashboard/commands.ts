/**
 * The dashboard's commands (pure): ticked checkboxes become pause, resume, reset the breaker,
 * retry a frozen issue, or (supervised mode) approve a proposal or the whole wave — but only when the person who ticked them may write to the repository
 * (the `issues: edited` event's sender, or the body's last editor on a scheduled tick). A box
 * ticked by anyone else is ignored, unticked (the next dashboard renders every box unticked) and
 * reported.
 */
import { commandBoxes, commandId, type DashboardCommand } from '../loop/markers.js'
import type { CommandRecord } from '../state/tick.js'
import { canWrite } from '../loop/trust.js'

/** The dashboard issue as the tick reads it. */
export interface DashboardFacts {
  number: number
  body: string
  /** Who ticked: the event's sender when the event is this issue's edit, else the last editor. */
  actor: string | null
  /** The actor's permission on the repository (read only when a box is ticked). */
  permission?: string
  /** Issues that look like the dashboard but were written by someone else. */
  ignored: number[]
}

export interface CommandPlan {
  records: CommandRecord[]
  pause?: { login: string; at: string }
  resume: boolean
  resetBreaker: boolean
  retry: number[]
  /** Supervised mode: proposals approved, each as it was when proposed. */
  approve: { issue: number; rev: string }[]
}

function describe(c: DashboardCommand): string {
  switch (c.kind) {
    case 'retry':
      return `retry #${c.issue}`
    case 'approve':
      return `approve #${c.issue}`
    case 'approve-wave':
      return 'approve the wave'
    case 'reset-breaker':
      return 'reset the breaker'
    default:
      return c.kind
  }
}

export function planCommands(d: DashboardFacts | undefined, now: Date): CommandPlan {
  const plan: CommandPlan = {
    records: [],
    resume: false,
    resetBreaker: false,
    retry: [],
    approve: []
  }
  const boxes = d ? commandBoxes(d.body) : []
  const ticked = boxes.filter(b => b.ticked).map(b => b.command)
  if (!d || !ticked.length) return plan
  const at = now.toISOString()
  const by = d.actor ?? 'someone unknown'
  const allowed = d.actor !== null && canWrite(d.permission)
  for (const command of ticked) {
    const record: CommandRecord = {
      command: commandId(command),
      by,
      at,
      outcome: allowed ? 'applied' : 'ignored'
    }
    if (!allowed) {
      record.note = `${describe(command)} ticked by ${by}, who cannot write to the repository: ignored and unticked`
    } else if (command.kind === 'pause') plan.pause = { login: by, at }
    else if (command.kind === 'resume') plan.resume = true
    else if (command.kind === 'reset-breaker') plan.resetBreaker = true
    else if (command.kind === 'retry') plan.retry.push(command.issue)
    else if (command.kind === 'approve')
      plan.approve.push({ issue: command.issue, rev: command.rev })
    // The whole wave: every proposal the dashboard lists, each as it was proposed.
    else
      for (const b of boxes)
        if (b.command.kind === 'approve')
          plan.approve.push({ issue: b.command.issue, rev: b.command.rev })
    plan.records.push(record)
  }
  // Both ticked at once: the safer one wins.
  if (plan.pause) plan.resume = false
  return plan
}
