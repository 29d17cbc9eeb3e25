/** What the runner's parts share: a job's scope, a step that calls an action, an agent. */
import type { Grants } from '../github/scopes.js'
import type { Rig } from '../index.js'
import type { Edit } from '../worker.js'

/** What an agent action is asked to do: the prompt it was given, on the checkout. */
export interface AgentTask {
  provider: 'claude' | 'codex'
  prompt: string
  workspace: string
  sandbox: string
  /** Claude: the tools `claude_args` allows, as the action parses them (claude-args.ts). */
  allowedTools?: string[]
  /** Claude: the environment the agent's commands (npm ci, the tests) would run with. */
  commandEnv?: Record<string, string>
}

/** What the rig's script agent did: its edits, its final message, what it would have cost. */
export interface AgentResult {
  edits?: Record<string, Edit>
  finalMessage?: string
  costUsd?: number
  turns?: number
  inputTokens?: number
  outputTokens?: number
  /** The agent's run failed (out of turns, an error): the action still writes its report. */
  failed?: string
}

export type Agent = (task: AgentTask) => AgentResult | Promise<AgentResult>

/** The App whose installation tokens create-github-app-token mints (vars and secrets name it). */
export interface RigApp {
  login: string
  clientId: string
  privateKey: string
}

export interface JobScope {
  rig: Rig
  /** The job's GITHUB_TOKEN, scoped to `grants`. */
  token: string
  grants: Grants
  actor: string
  runId: number
  /** Names the job's tokens in the emulator's log (its requests are those with this credential). */
  label: string
  /** The run's artifacts: name → relative path → content. */
  artifacts: Map<string, Map<string, Buffer>>
  agents: { claude: Agent; codex: Agent }
  app: RigApp
  log: (line: string) => void
}

export interface StepCall {
  /** `owner/name` (or `./`), and the ref after `@`. */
  action: string
  ref: string
  inputs: Record<string, string>
  /** The process environment the step runs with. */
  env: Record<string, string>
  workspace: string
  runnerTemp: string
  job: JobScope
}

export interface StepOutcome {
  ok: boolean
  outputs: Record<string, string>
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary?: string
  /** GITHUB_ENV lines the step set. */
  env?: Record<string, string>
  error?: string
}

export type StandIn = (call: StepCall) => Promise<StepOutcome>
