/**
 * What the real tick mode receives in the simulation: the run's inputs and context as the
 * shipped tick workflow gives them (a scheduled run, no checkout: the roadmap is read from the
 * default branch), the simulated world's port, the loop's own bot as the trusted writer.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { GitHubPort } from '../github/port.js'
import { MemoryLogger } from '../logging.js'
import { ACTIONS_BOT, trustPolicy } from '../loop/trust.js'
import type { ModeEnvironment } from '../mode.js'
import type { StateDocument } from '../state/document.js'
import { SIM_REPO } from './world-nodes.js'

export function tickEnvironment(run: {
  id: number
  config: DeliveryConfig
  roadmapFile: string
  github: GitHubPort
  state: StateDocument
  dashboard: ModeEnvironment['dashboard']
}): ModeEnvironment {
  const { config } = run
  return {
    inputs: {
      mode: 'tick',
      configPath: '.delivery.yml',
      roadmapPath: run.roadmapFile,
      dryRun: false
    },
    configFile: { path: '.delivery.yml', origin: 'workspace' },
    context: {
      repo: SIM_REPO,
      eventName: 'schedule',
      payload: {},
      runId: String(run.id),
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      workspace: '/nonexistent/forecast',
      noCheckout: true,
      runnerTemp: '/nonexistent/forecast'
    },
    config,
    github: run.github,
    // The shipped tick job passes the App's token as push-token: it may update branches.
    push: run.github,
    trust: async () => trustPolicy(ACTIONS_BOT, config.trust.bot_logins),
    logger: new MemoryLogger(),
    state: run.state,
    dashboard: run.dashboard
  }
}
