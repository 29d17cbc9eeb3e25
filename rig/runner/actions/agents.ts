/**
 * claude-code-action and codex-action as their pinned versions behave around the agent: the same
 * refusals (a bot actor not allowed, no token and no OIDC, no API key, no prompt), then the rig's
 * script agent on the checkout in place of the model, and the same files afterwards — Claude's
 * execution file with cost, usage and turns; Codex's output file with its final message.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { AgentResult, StepCall, StepOutcome } from '../types.js'
import { parseClaudeArgs } from './claude-args.js'

function applyEdits(workspace: string, edits: AgentResult['edits'] = {}): void {
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(workspace, file)
    mkdirSync(path.dirname(full), { recursive: true })
    if (edit === null) rmSync(full, { force: true })
    else if (typeof edit === 'object' && 'symlink' in edit) symlinkSync(edit.symlink, full)
    else writeFileSync(full, edit)
  }
}

const fail = (error: string): StepOutcome => ({ ok: false, outputs: {}, error })

const botName = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '')

/** claude-code-action's checkHumanActor: bots only when `allowed_bots` names them (or `*`). */
function claudeActorRefusal(call: StepCall): string | undefined {
  const actor = call.job.actor
  const user = call.job.rig.github.model.userByLogin(actor)
  if (user?.type === 'User') return undefined
  const allowed = call.inputs.allowed_bots.trim()
  const list = allowed.split(',').map(botName).filter(Boolean)
  if (allowed === '*' || list.includes(botName(actor))) return undefined
  return `Workflow initiated by non-human actor: ${botName(actor)} (type: ${user?.type ?? 'Bot'}). Add bot to allowed_bots list or use '*' to allow all bots.`
}

/** The execution file claude-code-action writes: the SDK's messages, ending in the result. */
function executionFile(result: AgentResult, sessionId: string): unknown[] {
  const usage = {
    input_tokens: result.inputTokens ?? 4200,
    output_tokens: result.outputTokens ?? 900
  }
  const model = 'claude-sonnet-4-5-20250929'
  return [
    {
      type: 'system',
      subtype: 'init',
      session_id: sessionId,
      model,
      tools: ['Read', 'Edit', 'Write']
    },
    {
      type: 'result',
      subtype: result.failed ? 'error_during_execution' : 'success',
      is_error: result.failed !== undefined,
      duration_ms: 60000,
      duration_api_ms: 52000,
      num_turns: result.turns ?? 7,
      result: result.finalMessage ?? 'Done.',
      session_id: sessionId,
      total_cost_usd: result.costUsd ?? 0.5,
      usage,
      modelUsage: {
        [model]: {
          inputTokens: usage.input_tokens,
          outputTokens: usage.output_tokens,
          costUSD: result.costUsd ?? 0.5
        }
      },
      permission_denials: []
    }
  ]
}

/** The event the job runs for, as the action reads it from the runner's environment. */
function eventOf(call: StepCall): { name: string; payload: Record<string, unknown> } {
  const file = call.env.GITHUB_EVENT_PATH
  const payload = file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  return { name: call.env.GITHUB_EVENT_NAME ?? '', payload }
}

/** The events claude-code-action treats as an issue's or a pull request's (src/github/context.ts). */
const ENTITY_EVENTS = [
  'issues',
  'issue_comment',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment'
]

/**
 * checkWritePermissions (src/github/validation/permissions.ts): on an issue's or pull request's
 * event, and on `workflow_run` (with the upstream run's actor too), every actor must have write
 * access; a `[bot]` actor passes here (the human-actor check judges bots).
 */
function claudeWriteRefusal(call: StepCall): string | undefined {
  const { name, payload } = eventOf(call)
  if (!ENTITY_EVENTS.includes(name) && name !== 'workflow_run') return undefined
  const actors = [call.job.actor]
  const upstream = (payload.workflow_run as { actor?: { login?: string } } | undefined)?.actor
    ?.login
  if (name === 'workflow_run' && upstream && !actors.includes(upstream)) actors.push(upstream)
  for (const actor of actors) {
    if (actor.endsWith('[bot]')) continue
    const permission = call.job.rig.github.model.userByLogin(actor)?.permission ?? 'none'
    if (permission !== 'admin' && permission !== 'write')
      return 'Action failed with error: Actor does not have write permissions to the repository'
  }
  return undefined
}

/** What restoreConfigFromBase puts back (src/github/operations/restore-config.ts). */
const SENSITIVE_PATHS = [
  '.claude',
  '.mcp.json',
  '.claude.json',
  '.gitmodules',
  '.ripgreprc',
  'CLAUDE.md',
  'CLAUDE.local.md',
  '.husky'
]

/**
 * On a pull request's event the agent's configuration in the checkout is the pull request's:
 * the action puts it back as the base branch holds it before the agent runs.
 */
function restoreConfigFromBase(call: StepCall): void {
  const { name, payload } = eventOf(call)
  if (!name.startsWith('pull_request')) return
  const base = (payload.pull_request as { base?: { ref?: string } } | undefined)?.base?.ref
  const files = base ? call.job.rig.github.model.branch(base)?.files : undefined
  if (!files) return
  const sensitive = (p: string) => SENSITIVE_PATHS.some(s => p === s || p.startsWith(`${s}/`))
  for (const p of SENSITIVE_PATHS)
    rmSync(path.join(call.workspace, p), { recursive: true, force: true })
  for (const [p, entry] of files)
    if (sensitive(p)) {
      mkdirSync(path.dirname(path.join(call.workspace, p)), { recursive: true })
      writeFileSync(path.join(call.workspace, p), entry.content)
    }
  call.job.log(`Restored ${SENSITIVE_PATHS.join(', ')} from ${base}`)
}

/** The environment the agent's commands inherit: the key too, unless the step scrubs it. */
function commandEnv(call: StepCall): Record<string, string> {
  const scrub = ['1', 'true'].includes(
    (call.env.CLAUDE_CODE_SUBPROCESS_ENV_SCRUB ?? '').toLowerCase()
  )
  const key = call.inputs.anthropic_api_key
  return { ...call.env, ...(key && !scrub ? { ANTHROPIC_API_KEY: key } : {}) }
}

/** The refusals before the agent runs, in the action's order; undefined when it may run. */
function claudeRefusal(call: StepCall): StepOutcome | undefined {
  const i = call.inputs
  if (!i.github_token && call.job.grants['id-token'] !== 'write')
    return fail(
      'Could not fetch an OIDC token. Did you remember to add `id-token: write` to your workflow permissions?'
    )
  const writes = claudeWriteRefusal(call)
  if (writes) return fail(writes)
  if (!i.prompt) {
    call.job.log('No trigger found, skipping remaining steps')
    return { ok: true, outputs: {} }
  }
  const refusal = claudeActorRefusal(call)
  if (refusal) return fail(refusal)
  const provider = [i.use_bedrock, i.use_vertex, i.use_foundry].some(v => v === 'true')
  if (!i.anthropic_api_key && !i.claude_code_oauth_token && !provider)
    return fail(
      'Environment variable validation failed:\n  - Either ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN is required when using direct Anthropic API.'
    )
  return undefined
}

export async function claudeCode(call: StepCall): Promise<StepOutcome> {
  const refused = claudeRefusal(call)
  if (refused) return refused
  restoreConfigFromBase(call)
  const result = await call.job.agents.claude({
    provider: 'claude',
    prompt: call.inputs.prompt,
    workspace: call.workspace,
    sandbox: 'workspace-write',
    allowedTools: parseClaudeArgs(call.inputs.claude_args ?? '').allowedTools,
    commandEnv: commandEnv(call)
  })
  applyEdits(call.workspace, result.edits)
  const sessionId = randomUUID()
  const file = path.join(call.runnerTemp, 'claude-execution-output.json')
  // Written on failure too, with the `execution_file` output: the run's cost is in it.
  writeFileSync(file, JSON.stringify(executionFile(result, sessionId), null, 2))
  const outputs = {
    conclusion: result.failed ? 'failure' : 'success',
    execution_file: file,
    session_id: sessionId
  }
  return result.failed
    ? { ok: false, outputs, error: `Action failed with error: ${result.failed}` }
    : { ok: true, outputs }
}

/**
 * The session log the Codex CLI writes under CODEX_HOME (codex-action's `codex-home`, else
 * ~/.codex): `sessions/YYYY/MM/DD/rollout-<time>-<id>.jsonl`, with the model in `turn_context`
 * and the running totals in `token_count` events. Dated by the rig's clock.
 */
function writeSessionLog(call: StepCall, model: string, result: AgentResult): void {
  const at = call.job.rig.github.model.currentTime()
  const home = call.inputs['codex-home'] || path.join(call.env.HOME, '.codex')
  const dir = path.join(home, 'sessions', at.slice(0, 4), at.slice(5, 7), at.slice(8, 10))
  mkdirSync(dir, { recursive: true })
  const id = randomUUID()
  const input = result.inputTokens ?? 24000
  const output = result.outputTokens ?? 3100
  const usage = {
    input_tokens: input,
    cached_input_tokens: Math.floor(input / 2),
    output_tokens: output,
    reasoning_output_tokens: 1200,
    total_tokens: input + output
  }
  const line = (type: string, payload: unknown) => JSON.stringify({ timestamp: at, type, payload })
  const log = [
    line('session_meta', { id, cwd: call.workspace, cli_version: '0.64.0' }),
    line('turn_context', {
      model,
      cwd: call.workspace,
      sandbox_policy: { mode: call.inputs.sandbox }
    }),
    line('event_msg', { type: 'token_count', info: null }),
    line('event_msg', {
      type: 'token_count',
      info: { total_token_usage: usage, last_token_usage: usage }
    })
  ]
  writeFileSync(
    path.join(dir, `rollout-${at.replace(/:/g, '-')}-${id}.jsonl`),
    `${log.join('\n')}\n`
  )
}

/** codex-action's check-write-access step, with the job's token. */
function codexActorRefusal(call: StepCall): string | undefined {
  const actor = call.job.actor
  const i = call.inputs
  if (i['allow-bots'] === 'true' && actor === 'github-actions[bot]') return undefined
  const botUsers = i['allow-bot-users']
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
  if (botUsers.some(b => b.includes('*')))
    return "allow-bot-users does not support '*'; list trusted bot usernames explicitly."
  const isBot = actor.toLowerCase().endsWith('[bot]')
  if (isBot && botUsers.map(botName).includes(botName(actor))) return undefined
  const users = i['allow-users'].trim()
  if (
    users === '*' ||
    users
      .toLowerCase()
      .split(',')
      .map(s => s.trim())
      .includes(actor.toLowerCase())
  )
    return undefined
  const permission = call.job.rig.github.model.userByLogin(actor)?.permission
  if (!isBot && (permission === 'admin' || permission === 'write')) return undefined
  return `Actor '${actor}' is not permitted to run this action: Actor '${actor}' does not have write access to ${call.env.GITHUB_REPOSITORY} (permission: ${isBot ? 'none' : (permission ?? 'none')}).`
}

export async function codex(call: StepCall): Promise<StepOutcome> {
  const i = call.inputs
  const refusal = codexActorRefusal(call)
  if (refusal) return fail(refusal)
  if (i.prompt && i['prompt-file'])
    return fail('Only one of `prompt` or `prompt-file` may be specified.')
  if (!i.prompt && !i['prompt-file'])
    return fail('Either `prompt` or `prompt-file` must be specified.')
  if (!i['openai-api-key'] && !i['responses-api-endpoint'])
    return fail(
      'codex exec: no OpenAI credentials (openai-api-key is empty, so the proxy never started)'
    )
  const cwd = path.resolve(call.workspace, i['working-directory'] || '.')
  const prompt = i.prompt || readFileSync(path.resolve(cwd, i['prompt-file']), 'utf8')
  const result = await call.job.agents.codex({
    provider: 'codex',
    prompt,
    workspace: cwd,
    sandbox: i.sandbox
  })
  if (i.sandbox === 'read-only' && Object.keys(result.edits ?? {}).length)
    call.job.log(
      `sandbox read-only: writes refused (${Object.keys(result.edits ?? {}).join(', ')})`
    )
  else applyEdits(cwd, result.edits)
  const message = result.finalMessage ?? ''
  if (i['output-file']) writeFileSync(path.resolve(cwd, i['output-file']), message)
  writeSessionLog(call, i.model || 'gpt-5.1-codex', result)
  return { ok: true, outputs: { 'final-message': message } }
}
