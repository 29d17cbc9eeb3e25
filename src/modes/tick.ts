/**
 * mode: tick — one unattended pass (SPEC §5). Facts (`tick/facts.ts`, reads only) → the pure
 * plan (`tick/plan.ts`: classification, wave within the budgets, review wave, claims to
 * release) → the one applier (`tick/apply.ts`: re-read, claim lock, dispatch). A dry run stops
 * after the plan. Never waits, never polls, never merges.
 */
import { now } from '../clock.js'
import { ConfigError } from '../errors.js'
import { trustPolicy } from '../loop/trust.js'
import { applyTick } from '../tick/apply.js'
import { gatherTickFacts } from '../tick/facts.js'
import { planTick, tickStatus } from '../tick/plan.js'
import { tickOutputs, tickReport, tickSummary, type TickOutcome } from '../tick/report.js'
import { tickStateOf, withAttempts } from '../tick/state.js'
import type { ModeEnvironment, ModeResult } from './types.js'

export async function tickMode(env: ModeEnvironment): Promise<ModeResult> {
  const { config, inputs, logger } = env
  const state = tickStateOf(env.state)
  const facts = await gatherTickFacts(env, now())
  const plan = planTick({ facts, config, state, configFile: inputs.configPath })
  if (plan.errors.length)
    throw new ConfigError(
      `${inputs.configPath}: tick cannot dispatch with this configuration`,
      plan.errors
    )
  for (const notice of plan.notices) logger.warning(notice)

  let outcome: TickOutcome
  let nextState = state
  if (inputs.dryRun) {
    outcome = { status: plan.status, dryRun: true, sent: plan.wave, skipped: plan.skipped }
  } else {
    const applied = await applyTick(
      {
        github: env.github,
        config,
        logger,
        trust: trustPolicy(facts.viewer, config.trust.bot_logins),
        defaultBranch: facts.repository.defaultBranch,
        run: facts.run,
        now
      },
      plan.operations
    )
    nextState = withAttempts(state, applied.attempts)
    outcome = {
      status: tickStatus(state.paused === true, applied.dispatched.length, plan.issues),
      dryRun: false,
      sent: applied.dispatched,
      skipped: [...plan.skipped, ...applied.skipped],
      applied
    }
  }
  return {
    status: outcome.status,
    outputs: tickOutputs(plan, outcome),
    report: tickReport(plan, outcome),
    summary: tickSummary(plan, outcome),
    ...(outcome.applied?.failure ? { failure: outcome.applied.failure } : {}),
    state: { ...env.state, tick: nextState }
  }
}
