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
      subtype: 'success',
      is_error: false,
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

export async function claudeCode(call: StepCall): Promise<StepOutcome> {
  const i = call.inputs
  if (!i.prompt) {
    call.job.log('No trigger found, skipping remaining steps')
    return { ok: true, outputs: {} }
  }
  if (!i.github_token && call.job.grants['id-token'] !== 'write')
    return fail(
      'Could not fetch an OIDC token. Did you remember to add `id-token: write` to your workflow permissions?'
    )
  const refusal = claudeActorRefusal(call)
  if (refusal) return fail(refusal)
  const provider = [i.use_bedrock, i.use_vertex, i.use_foundry].some(v => v === 'true')
  if (!i.anthropic_api_key && !i.claude_code_oauth_token && !provider)
    return fail(
      'Environment variable validation failed:\n  - Either ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN is required when using direct Anthropic API.'
    )
  const result = await call.job.agents.claude({
    provider: 'claude',
    prompt: i.prompt,
    workspace: call.workspace,
    sandbox: 'workspace-write'
  })
  applyEdits(call.workspace, result.edits)
  const sessionId = randomUUID()
  const file = path.join(call.runnerTemp, 'claude-execution-output.json')
  writeFileSync(file, JSON.stringify(executionFile(result, sessionId), null, 2))
  return {
    ok: true,
    outputs: { conclusion: 'success', execution_file: file, session_id: sessionId }
  }
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
