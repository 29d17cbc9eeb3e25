/**
 * mode: tick — one unattended pass (docs/specs/0000-product.md §5). Facts (`tick/facts.ts`, reads only) → the pure
 * plan (`tick/plan.ts`: classification, guardrails, the wave, the review wave, claims to release,
 * freezes) → the one applier (`tick/apply.ts`: re-read, claim lock, dispatch). A dry run stops
 * after the plan. Never waits, never polls, never merges.
 *
 * The breaker moves twice: as the tick starts (an open breaker whose cooldown is over turns
 * half-open) and after the apply, from what the dispatches came to. A tick whose API calls fail
 * counts as a failed tick too, and still saves the state that says so.
 */
import { runUrl } from '../context.js'
import { now } from '../clock.js'
import { ApiError, ConfigError } from '../errors.js'
import { breakerAfterTick, closedBreaker, type TickOutcomeKind } from '../guardrails/breaker.js'
import { guardrailsOf, type GuardrailsState } from '../state/guardrails.js'
import { afterApply } from './after-apply.js'
import { refusedEvent } from './event-gate.js'
import { applyTick, type TickApplyResult } from './apply.js'
import { gatherTickFacts, type TickFacts } from './facts.js'
import { dashboardSections, renderDashboard } from '../dashboard/render.js'
import { etaSection, type EtaResult } from '../dashboard/eta.js'
import { visibleRoom } from '../state/mirror.js'
import { planTick, type TickPlan } from './plan.js'
import { tickOutputs, tickReport, tickSummary, type TickOutcome } from './report.js'
import { mergeAttempts, tickStateOf, type TickState } from '../state/tick.js'
import { guardrailsWithoutFuture, tickWithoutFuture } from '../state/future-times.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

function outcomeKind(applied: TickApplyResult): TickOutcomeKind {
  if (applied.dispatched.length) return 'succeeded'
  return applied.failed.length || applied.unconfirmed.length ? 'failed' : 'idle'
}

/** The guardrails state with the breaker moved by this tick's outcome. */
function afterTick(env: ModeEnvironment, g: GuardrailsState, kind: TickOutcomeKind) {
  const settings = env.config.guardrails.circuit_breaker
  const at = now()
  return breakerAfterTick(g.breaker ?? closedBreaker(settings, at), kind, settings, at)
}

async function apply(env: ModeEnvironment, plan: TickPlan) {
  return applyTick(
    {
      github: env.github,
      config: env.config,
      logger: env.logger,
      trust: await env.trust(),
      defaultBranch: (await env.github.repository()).defaultBranch,
      run: {
        id: env.context.runId,
        url: runUrl(env.context)
      },
      now,
      ...(env.push ? { push: env.push } : {})
    },
    plan.operations
  )
}

/** What the plan has to say before it is applied: notices, dashboard commands, a held wave. */
function announce(env: ModeEnvironment, plan: TickPlan, facts: TickFacts): void {
  const { logger } = env
  for (const notice of plan.notices) logger.warning(notice)
  for (const c of plan.commands.records)
    if (c.outcome === 'ignored') logger.warning(`Dashboard: ${c.note ?? c.command}`)
    else logger.notice(`Dashboard: ${c.command} by ${c.by}`)
  for (const n of facts.dashboard?.ignored ?? [])
    logger.warning(`#${n} is labelled delivery:dashboard but was not written by the loop: ignored`)
  // Say it when the quota, not the work, held the wave back.
  const held = plan.guardrails.decisions.filter(d => d.rule === 'api')
  if (held.length)
    logger.warning(`${held[0].reason}: ${held.length} task(s) wait for the next tick`)
}

/** A tick whose decisions were made and applied (or planned, in a dry run): all but the report. */
export interface TickRun {
  facts: TickFacts
  plan: TickPlan
  outcome: TickOutcome
  /** The state to save: tick's part and the guardrails. */
  state: ModeEnvironment['state']
  next: { tick: TickState; guardrails: GuardrailsState }
  failure?: string
}

/**
 * The tick's three steps and the state they leave — facts, plan, applier, the after-apply step —
 * without rendering the report: `tickMode` renders it; the forecast runs this a thousand times a
 * simulated run and reads the outcome. A tick whose API calls failed is the report it returns.
 */
export async function runTick(env: ModeEnvironment): Promise<TickRun | ModeResult> {
  const { config, inputs, logger } = env
  const at = now()
  const state = tickWithoutFuture(tickStateOf(env.state), at)
  const guardrails = guardrailsWithoutFuture(guardrailsOf(env.state), at)
  let plan: TickPlan
  let applied: TickApplyResult | undefined
  let facts: TickFacts
  try {
    facts = await gatherTickFacts(env, now())
    plan = planTick({ facts, config, state, guardrails, configFile: inputs.configPath })
    if (plan.errors.length)
      throw new ConfigError(
        `${inputs.configPath}: tick cannot dispatch with this configuration`,
        plan.errors
      )
    announce(env, plan, facts)
    if (!inputs.dryRun) applied = await apply(env, plan)
  } catch (error) {
    // A tick whose API calls failed is a failed tick for the breaker; say so in the state.
    if (!(error instanceof ApiError) || inputs.dryRun) throw error
    const moved = afterTick(env, guardrails, 'failed')
    logger.error(
      `${error.message}${moved.transitions.length ? ` — ${moved.transitions.map(t => t.reason).join('; ')}` : ''}`
    )
    return {
      status: 'failed',
      report: { error: error.message, breaker: moved.breaker, transitions: moved.transitions },
      summary: `## Delivery Loop · tick\n\nThe tick failed: ${error.message}`,
      failure: error.message,
      state: { ...env.state, guardrails: { ...guardrails, breaker: moved.breaker } }
    }
  }
  let outcome: TickOutcome
  // What GitHub's claims show and the state forgot is written back (a lost cache, a racing run).
  // The dashboard's commands decide pause and the command log; the attempts come from here.
  const known = mergeAttempts({ attempts: state.attempts, ...plan.nextTick }, plan.claimedAttempts)
  let next = { tick: known, guardrails: plan.nextGuardrails }
  // Cached by the port: asking again costs no request.
  const { defaultBranch } = await env.github.repository()
  if (!applied) {
    outcome = {
      status: plan.status,
      defaultBranch,
      dryRun: true,
      sent: plan.wave,
      skipped: plan.skipped
    }
  } else {
    const settled = afterApply({
      plan,
      applied,
      known,
      moved: afterTick(env, plan.nextGuardrails, outcomeKind(applied)),
      defaultBranch,
      windowHours: config.guardrails.budget.window_hours,
      now: now()
    })
    ;({ plan, next, outcome } = settled)
  }
  const failure =
    applied?.failure ??
    (applied && (applied.failed.length || applied.unconfirmed.length) && !applied.dispatched.length
      ? `every dispatch failed: ${[...applied.failed, ...applied.unconfirmed].map(f => `#${f.issue}: ${f.reason}`).join('; ')}`
      : undefined)
  return {
    facts,
    plan,
    outcome,
    next,
    state: { ...env.state, ...next },
    ...(failure ? { failure } : {})
  }
}

/**
 * The ETA step after the tick (`forecast/eta.ts`, given by the mode registry: the tick knows
 * nothing of the forecast, which runs the tick): what the dashboard shows and the state keeps.
 */
export type EtaStep = (run: TickRun) => Promise<EtaResult>

export async function tickMode(env: ModeEnvironment, etaStep?: EtaStep): Promise<ModeResult> {
  const refused = await refusedEvent(env)
  if (refused) return refused
  const run = await runTick(env)
  if (!('plan' in run)) return run
  const { facts, plan, outcome, next, failure } = run
  const eta = etaStep ? await etaStep(run) : undefined
  const state = eta?.state ? { ...run.state, eta: eta.state } : run.state
  const board = {
    plan,
    tick: next.tick,
    guardrails: next.guardrails,
    issues: facts.scan.issues,
    dispatched: outcome.sent,
    ...(eta ? { eta: eta.board } : {})
  }
  return {
    status: outcome.status,
    outputs: tickOutputs(plan, outcome),
    report: tickReport(plan, outcome),
    summary: [
      tickSummary(plan, outcome),
      '',
      ...etaSection(eta?.board),
      ...dashboardSections(board)
    ].join('\n'),
    ...(failure ? { failure } : {}),
    state,
    dashboard: renderDashboard(board, visibleRoom(state) - 500)
  }
}
