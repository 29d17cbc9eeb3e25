/**
 * The dashboard's ETA section (pure): when the open slices are forecast to be delivered (p50 and
 * p90, from `forecast/eta.ts`), a burn-up of the slices delivered at each forecast against what
 * that forecast said, and — when `forecast.deadline` is set and p90 is past it — why.
 */
import type { EtaState } from '../state/eta.js'

/** What the dashboard shows of the ETA; `problem` when there is none, and why. */
export interface EtaBoard {
  eta?: EtaState
  /** Where the models came from: `default models`, or the file. */
  models?: string
  problem?: string
  deadline?: { at: string; late: boolean; why: string[] }
}

/** What the ETA step gives the tick: the board to render and the state to keep. */
export interface EtaResult {
  board: EtaBoard
  state?: EtaState
}

const day = (iso: string) => iso.slice(0, 10)
const minute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`

function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(20, Math.round((done / total) * 20)) : 0
  return `${'▓'.repeat(filled)}${'░'.repeat(20 - filled)} ${done}/${total} slices delivered`
}

/** Each forecast, oldest first: the slices delivered then and the finish it forecast. */
function burnUp(eta: EtaState): string[] {
  const points = [...eta.history, eta]
  return [
    '| forecast at | delivered | ETA p50 | ETA p90 |',
    '|---|---|---|---|',
    ...points.map(
      p => `| ${minute(p.at)} | ${p.delivered}/${eta.total} | ${day(p.p50)} | ${day(p.p90)} |`
    )
  ]
}

export function etaSection(board: EtaBoard | undefined): string[] {
  if (!board) return []
  const { eta } = board
  if (!eta) return ['### ETA', '', `_No forecast: ${board.problem ?? 'not made yet'}._`, '']
  const open = eta.total - eta.delivered
  const finished =
    eta.done < eta.runs
      ? ` — ${eta.runs - eta.done} of ${eta.runs} runs did not finish in a year`
      : ''
  const late = board.deadline?.late
    ? [
        `⚠️ **p90 ${day(eta.p90)} is past the deadline ${day(board.deadline.at)}.** ${board.deadline.why.join(' ')}`,
        ''
      ]
    : board.deadline
      ? [`On track for the deadline ${day(board.deadline.at)} at p90.`, '']
      : []
  return [
    '### ETA',
    '',
    `**p50 ${day(eta.p50)} · p90 ${day(eta.p90)}** for the ${open} open slice(s) — forecast ${minute(eta.at)}, ${eta.runs} runs, ${board.models ?? 'default models'}${finished}${board.problem ? ` (${board.problem})` : ''}`,
    '',
    bar(eta.delivered, eta.total),
    '',
    ...late,
    '<details><summary>Burn-up: delivered slices at each forecast</summary>',
    '',
    ...burnUp(eta),
    '',
    '</details>',
    ''
  ]
}
