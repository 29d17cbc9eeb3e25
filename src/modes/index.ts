/**
 * The mode registry. A mode that is not built yet is absent here and fails with "not available
 * yet" — it is never faked.
 */
import { NotAvailableError } from '../errors.js'
import type { Mode } from '../inputs.js'
import { compileMode } from './compile.js'
import { discoverMode } from './discover.js'
import { promptMode } from './prompt.js'
import { publishMode } from './publish.js'
import { tickMode } from './tick.js'
import { verdictMode } from './verdict.js'
import type { ModeHandler } from './types.js'

const handlers: Partial<Record<Mode, ModeHandler>> = {
  compile: compileMode,
  discover: discoverMode,
  prompt: promptMode,
  publish: publishMode,
  tick: tickMode,
  verdict: verdictMode
}

export function modeHandler(mode: Mode): ModeHandler {
  const handler = handlers[mode]
  if (!handler) throw new NotAvailableError(mode)
  return handler
}

/** Modes that write to GitHub and so keep state between runs. */
export const STATEFUL_MODES: readonly Mode[] = ['compile', 'tick', 'discover']
