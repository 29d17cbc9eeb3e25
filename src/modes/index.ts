/**
 * The mode registry. Each mode's code — and what only it needs (remark for compile, git for
 * publish, the review packet…) — is its own chunk of the bundle, loaded when the run gets to it:
 * a run evaluates one mode, not six. A mode that is not built yet is absent here and fails with
 * "not available yet" — it is never faked.
 */
import { NotAvailableError } from '../errors.js'
import type { Mode } from '../inputs.js'
import type { ModeHandler } from '../mode.js'

const loaders: Partial<Record<Mode, () => Promise<ModeHandler>>> = {
  compile: async () => (await import('./compile.js')).compileMode,
  discover: async () => (await import('./discover.js')).discoverMode,
  doctor: async () => (await import('./doctor.js')).doctorMode,
  forecast: async () => (await import('./forecast.js')).forecastMode,
  // One mode, two tasks: the worker's prompt of an issue, or the review packet of a pull request.
  prompt: async () => {
    const [{ promptMode }, { reviewPacketMode }] = await Promise.all([
      import('./prompt.js'),
      import('./review-packet.js')
    ])
    return env =>
      env.inputs.pullRequest !== undefined && env.inputs.issue === undefined
        ? reviewPacketMode(env)
        : promptMode(env)
  },
  publish: async () => (await import('./publish.js')).publishMode,
  // The ETA (forecast.eta) is a forecast after the tick: its code loads only when it is on.
  tick: async () => {
    const { tickMode } = await import('../tick/mode.js')
    return env =>
      tickMode(
        env,
        env.config.forecast.eta
          ? async run => (await import('../forecast/eta.js')).etaOf(env, run)
          : undefined
      )
  },
  verdict: async () => (await import('./verdict.js')).verdictMode
}

/** Fails at once for a mode that does not exist; the handler itself loads on `load()`. */
export function modeHandler(mode: Mode): { load: () => Promise<ModeHandler> } {
  const load = loaders[mode]
  if (!load) throw new NotAvailableError(mode)
  return { load }
}

/** Modes that write to GitHub and so keep state between runs. */
export const STATEFUL_MODES: readonly Mode[] = ['compile', 'tick', 'discover']
