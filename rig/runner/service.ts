/**
 * GitHub Actions for the emulator's repository: its workflows, the events that start them, and
 * the runs in flight. Every RepoEvent the emulator raises (a merge, a closed or labelled issue, a
 * dispatch, a completed run) is matched against each workflow's `on:`; as on GitHub, an event
 * caused with a job's GITHUB_TOKEN starts no run unless it is a `workflow_dispatch`. Runs go
 * concurrently, so `concurrency:` groups coalesce bursts the way GitHub's do.
 */
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { RepoEvent } from '../github/model.js'
import { tempDir } from '../harness.js'
import type { Rig } from '../index.js'
import { ConcurrencyGroups } from './concurrency.js'
import { GH_STAND_IN } from './gh.js'
import { Payloads } from './payloads.js'
import { runWorkflow } from './run.js'
import type { RunResult, WorkflowDoc } from './run-types.js'
import { triggered, type TriggerEvent } from './triggers.js'
import type { Agent, AgentResult, RigApp } from './types.js'

export interface ActionsOptions {
  /** Workflows by their path in the repository (`.github/workflows/x.yml`) → YAML text. */
  workflows: Record<string, string>
  secrets?: Record<string, string>
  vars?: Record<string, string>
  agents?: Partial<{ claude: Agent; codex: Agent }>
}

/** The App the rig's create-github-app-token stand-in mints tokens for (vars/secrets name it). */
export const RIG_APP: RigApp = {
  login: 'loop-app[bot]',
  clientId: 'Iv23rigLoopApp',
  privateKey: '-----BEGIN RSA PRIVATE KEY-----\nrig\n-----END RSA PRIVATE KEY-----'
}

/** What a team sets up for the shipped workflows: the App's id and key, one key per provider. */
export const DEFAULT_SECRETS = {
  LOOP_APP_PRIVATE_KEY: RIG_APP.privateKey,
  ANTHROPIC_API_KEY: 'sk-ant-rig',
  OPENAI_API_KEY: 'sk-rig'
}
export const DEFAULT_VARS = { LOOP_APP_CLIENT_ID: RIG_APP.clientId }

/**
 * The rig's script agent when a test names none: a pass verdict when asked to review (as its
 * final message in a read-only sandbox, or written to verdict.json when the prompt asks for that
 * file), otherwise a small note per task.
 */
function defaultAgent(task: Parameters<Agent>[0]): AgentResult {
  const id = createHash('sha1').update(task.prompt).digest('hex').slice(0, 8)
  const verdict = JSON.stringify({
    verdict: 'pass',
    findings: [],
    evidence: 'The rig reviewer read the packet.',
    spec_conformance: 'pass',
    reviewer: { provider: task.provider === 'codex' ? 'openai' : 'anthropic', model: 'rig' }
  })
  if (task.sandbox === 'read-only') return { finalMessage: verdict }
  if (/review packet/i.test(task.prompt) && task.prompt.includes('verdict.json'))
    return { edits: { 'verdict.json': verdict }, finalMessage: 'verdict written' }
  const title = task.prompt.split('\n').find(l => l.trim()) ?? 'task'
  return { edits: { [`work/${id}.md`]: `${title}\n` }, costUsd: 0.25 }
}

export class Actions {
  readonly runs: RunResult[] = []
  private readonly docs: Record<string, WorkflowDoc>
  private readonly payloads: Payloads
  private readonly groups = new ConcurrencyGroups()
  private readonly inflight = new Set<Promise<RunResult>>()
  private readonly binDir: string
  private readonly listener = (event: RepoEvent) => void this.deliver(event)
  private failure?: Error

  constructor(
    private readonly rig: Rig,
    private readonly options: ActionsOptions
  ) {
    this.docs = Object.fromEntries(
      Object.entries(options.workflows).map(([file, text]) => [
        file,
        parseYaml(text) as WorkflowDoc
      ])
    )
    this.payloads = new Payloads(rig.github.model, () => rig.github.url)
    this.binDir = tempDir('bin')
    mkdirSync(this.binDir, { recursive: true })
    writeFileSync(path.join(this.binDir, 'gh'), GH_STAND_IN)
    chmodSync(path.join(this.binDir, 'gh'), 0o755)
    rig.github.model.listeners.push(this.listener)
  }

  stop(): void {
    const listeners = this.rig.github.model.listeners
    listeners.splice(listeners.indexOf(this.listener), 1)
  }

  /** An event from the emulator: the runs it starts, by GitHub's rules. */
  deliver(event: RepoEvent): Promise<RunResult>[] {
    const byToken = event.actor === 'github-actions[bot]'
    if (byToken && event.name !== 'workflow_dispatch' && event.name !== 'workflow_run') return []
    const trigger = this.payloads.of(event)
    if (event.name === 'workflow_dispatch')
      return this.start(trigger, event.actor, file => path.basename(file) === event.workflow)
    return this.start(trigger, event.actor)
  }

  /** An event the emulator does not raise itself: a schedule, or a payload a test built. */
  trigger(event: TriggerEvent, actor = 'maintainer'): Promise<RunResult>[] {
    return this.start(event, actor)
  }

  private start(
    event: TriggerEvent,
    actor: string,
    only?: (file: string) => boolean
  ): Promise<RunResult>[] {
    const started: Promise<RunResult>[] = []
    for (const [file, doc] of Object.entries(this.docs)) {
      if (only && !only(file)) continue
      if (!triggered(doc.on, event)) continue
      const run = runWorkflow({
        rig: this.rig,
        file,
        doc,
        event,
        actor,
        secrets: { ...DEFAULT_SECRETS, ...this.options.secrets },
        vars: { ...DEFAULT_VARS, ...this.options.vars },
        agents: { claude: defaultAgent, codex: defaultAgent, ...this.options.agents },
        app: RIG_APP,
        groups: this.groups,
        binDir: this.binDir
      })
      const tracked = run.then(
        result => {
          this.runs.push(result)
          this.inflight.delete(tracked)
          return result
        },
        (error: Error) => {
          this.failure ??= error
          this.inflight.delete(tracked)
          throw error
        }
      )
      tracked.catch(() => {})
      this.inflight.add(tracked)
      started.push(tracked)
    }
    return started
  }

  /** A person pushes files to the default branch: the push event, and the runs it starts. */
  push(files: Record<string, string>, actor = 'maintainer'): Promise<RunResult>[] {
    const m = this.rig.github.model
    const branch = m.branch(m.defaultBranch)!
    const before = branch.commitSha
    for (const [file, text] of Object.entries(files))
      m.writeFile(m.defaultBranch, file, Buffer.from(text))
    const ref = `refs/heads/${m.defaultBranch}`
    return this.deliver({ name: 'push', actor, ref, before, after: branch.commitSha })
  }

  /** Wait until no run is in flight, including the runs those runs' events started. */
  async settle(): Promise<RunResult[]> {
    const from = this.runs.length
    while (this.inflight.size) await Promise.allSettled([...this.inflight])
    if (this.failure) {
      const failure = this.failure
      this.failure = undefined
      throw failure
    }
    return this.runs.slice(from)
  }
}
