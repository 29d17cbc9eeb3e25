/**
 * Supervised mode (`dispatch.approval: wave`) in the simulation: the dashboard the tick would
 * write, rendered by the real renderer, and a person's approval — ticking the wave's box, an
 * edit of the dashboard, which the shipped workflows tick on.
 */
import { renderDashboard } from '../dashboard/render.js'
import { commandMarker } from '../loop/markers.js'
import { ACTIONS_BOT } from '../loop/trust.js'
import { visibleRoom } from '../state/mirror.js'
import type { TickRun } from '../tick/mode.js'

export interface SimulatedDashboard {
  number: number
  body: string
  editor: string
}

/** The dashboard as this tick's run renders it. */
export function renderedDashboard(run: TickRun, number: number): SimulatedDashboard {
  const board = {
    plan: run.plan,
    tick: run.next.tick,
    guardrails: run.next.guardrails,
    issues: run.facts.scan.issues,
    dispatched: run.outcome.sent
  }
  return {
    number,
    body: renderDashboard(board, visibleRoom(run.state) - 500),
    editor: ACTIONS_BOT
  }
}

/** The dashboard after a maintainer ticks the box that approves the proposed wave. */
export function approvedDashboard(dashboard: SimulatedDashboard): SimulatedDashboard {
  const box = commandMarker({ kind: 'approve-wave' })
  const body = dashboard.body
    .split('\n')
    .map(line => (line.includes(box) ? line.replace('- [ ]', '- [x]') : line))
    .join('\n')
  return { ...dashboard, body, editor: 'maintainer' }
}
