/** What every mode receives and returns; `main` maps the result to outputs and the job summary. */
import type { TrustPolicy } from './loop/trust.js'
import type { DeliveryConfig } from './config/types.js'
import type { RunContext } from './context.js'
import type { GitHubPort } from './github/port.js'
import type { Inputs } from './inputs.js'
import type { Logger } from './logging.js'
import type { StateDocument } from './state/document.js'

export interface ConfigFile {
  path: string
  origin: 'workspace' | 'default-branch' | 'defaults'
  text?: string
}

export interface ModeEnvironment {
  inputs: Inputs
  context: RunContext
  config: DeliveryConfig
  /** Which configuration file `config` is: the checkout's, the default branch's, or none. */
  configFile: ConfigFile
  github: GitHubPort
  /** The trust policy of this run (the token's viewer and trust.bot_logins), built once. */
  trust: () => Promise<TrustPolicy>
  /** publish: the port of the push token, when one was given (its pushes start CI). */
  push?: GitHubPort
  logger: Logger
  /** The state restored for this run; a mode returns a changed copy in `state` to save it. */
  state: StateDocument
  /**
   * The dashboard issue as the state store found it (tick): `null` when the store looked and
   * there is none, undefined when it did not look.
   */
  dashboard?: { number: number; body: string; editor?: string | null } | null
}

export interface ModeResult {
  /** The `status` output, e.g. `applied`, `planned`, `dispatched`, `no-ready-work`. */
  status: string
  /** Further step outputs (`wave`, counts…), already strings. */
  outputs?: Record<string, string>
  /** The machine-readable report; `main` writes it to a file and sets the `report` output. */
  report: Record<string, unknown>
  /** Job summary Markdown. */
  summary: string
  /** What a terminal shows instead of the Markdown summary, when that reads badly there. */
  terminal?: string
  /** Set when the step must fail for a real error that the report already describes. */
  failure?: string
  /** State to save; undefined leaves the stored state as it was. */
  state?: StateDocument
  /** The dashboard's visible content (tick), written with the state's mirror when it changed. */
  dashboard?: string
}

export type ModeHandler = (env: ModeEnvironment) => Promise<ModeResult>
