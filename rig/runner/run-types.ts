/**
 * The shapes of a workflow run: the workflow file as parsed, what a run is started with, and
 * what it returns — each job's result and each matrix leg's steps, summary, log and requests.
 */
import type { LoggedRequest } from '../github/request-log.js'
import type { Rig } from '../index.js'
import type { ConcurrencyGroups } from './concurrency.js'
import type { StepDef, StepResult } from './steps.js'
import type { TriggerEvent } from './triggers.js'
import type { Agent, RigApp } from './types.js'

export interface WorkflowDoc {
  name?: string
  on: unknown
  env?: Record<string, unknown>
  permissions?: unknown
  concurrency?: unknown
  defaults?: { run?: { shell?: string; 'working-directory'?: string } }
  jobs: Record<string, JobDef>
}

export interface JobDef {
  name?: string
  needs?: string | string[]
  if?: string | boolean
  permissions?: unknown
  concurrency?: unknown
  env?: Record<string, unknown>
  outputs?: Record<string, string>
  strategy?: { matrix?: unknown; 'fail-fast'?: boolean }
  steps?: StepDef[]
  uses?: string
  container?: unknown
  services?: unknown
  defaults?: { run?: { shell?: string; 'working-directory'?: string } }
}

export type JobConclusion = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface LegResult {
  name: string
  matrix?: Record<string, unknown>
  conclusion: JobConclusion
  steps: StepResult[]
  summary: string
  log: string[]
  /** Requests this leg's tokens made, and those refused for a missing permission. */
  requests: LoggedRequest[]
}

export interface JobResult {
  id: string
  result: JobConclusion
  outputs: Record<string, string>
  legs: LegResult[]
  error?: string
}

export interface RunResult {
  id: number
  workflow: string
  event: string
  actor: string
  conclusion: 'success' | 'failure' | 'cancelled'
  jobs: Record<string, JobResult>
  /** GitHub's annotations: undeclared inputs and the like. */
  warnings: string[]
}

/** What a run is started with; the Actions service fills it from the event. */
export interface RunContext {
  rig: Rig
  /** The workflow's path in the repository (`.github/workflows/x.yml`). */
  file: string
  doc: WorkflowDoc
  event: TriggerEvent
  actor: string
  secrets: Record<string, string>
  vars: Record<string, string>
  agents: { claude: Agent; codex: Agent }
  app: RigApp
  groups: ConcurrencyGroups
  /** The directory holding the `gh` stand-in, first on PATH. */
  binDir: string
}
