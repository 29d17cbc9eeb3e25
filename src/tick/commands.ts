/**
 * Dashboard commands take effect before anything else is decided (pure): a pause stops this very
 * tick, a reset breaker lets it dispatch, a retried issue is judged without its needs-human label
 * (the applier removes the label; the per-issue breaker then clears the streak and the budget).
 */
import { closedBreaker } from '../guardrails/breaker.js'
import { hasLabel, LABEL_NEEDS_HUMAN } from '../loop/labels.js'
import type { CommandPlan } from '../dashboard/commands.js'
import type { TickPlanInput } from './plan-input.js'

export interface CommandEffects {
  input: TickPlanInput
  /** Issues whose needs-human label the applier removes. */
  unlabel: number[]
}

export function withCommands(input: TickPlanInput, commands: CommandPlan): CommandEffects {
  const { facts, config } = input
  const state = { ...input.state }
  const guardrails = { ...input.guardrails }
  if (commands.pause) {
    state.paused = true
    state.paused_by = commands.pause
  } else if (commands.resume) {
    delete state.paused
    delete state.paused_by
  }
  if (commands.resetBreaker && guardrails.breaker && guardrails.breaker.state !== 'closed')
    guardrails.breaker = closedBreaker(config.guardrails.circuit_breaker, facts.now)
  const retried = new Set(commands.retry)
  const unlabel = facts.scan.issues
    .filter(i => retried.has(i.number) && hasLabel(i.labels, LABEL_NEEDS_HUMAN))
    .map(i => i.number)
  const issues = facts.scan.issues.map(i =>
    retried.has(i.number)
      ? { ...i, labels: i.labels.filter(l => l.toLowerCase() !== LABEL_NEEDS_HUMAN) }
      : i
  )
  if (commands.approve.length)
    state.approved = {
      ...state.approved,
      ...Object.fromEntries(commands.approve.map(a => [String(a.issue), a.rev]))
    }
  const log = [...(state.commands ?? []), ...commands.records].slice(-10)
  if (log.length) state.commands = log
  return {
    input: { ...input, state, guardrails, facts: { ...facts, scan: { ...facts.scan, issues } } },
    unlabel
  }
}
