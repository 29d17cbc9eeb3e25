/**
 * What the tick plan is given: the facts, the configuration and the state as the tick found
 * them. Its own file, so the plan's helpers (guards, commands, claims) read it without importing
 * the plan that imports them.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { GuardrailsState } from '../state/guardrails.js'
import type { TickFacts } from './facts.js'
import type { TickState } from '../state/tick.js'

export interface TickPlanInput {
  facts: TickFacts
  config: DeliveryConfig
  state: TickState
  guardrails: GuardrailsState
  /** The configuration file, for error messages. */
  configFile: string
}
