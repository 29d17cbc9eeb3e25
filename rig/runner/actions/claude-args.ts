/**
 * claude-code-action's reading of `claude_args`, as its pinned version does it
 * (base-action/src/parse-sdk-options.ts at 24dcd50c, v1.0.200): the string is tokenised like a
 * shell command line by shell-quote, with `()|&;<>` kept literal; `--allowedTools` (and
 * `--allowed-tools`, `--disallowedTools`) take every value up to the next flag, each split on
 * commas. So an unquoted `Bash(npm ci)` splits at its space into the two tools `Bash(npm` and
 * `ci)` — which is what the stand-in hands the agent, so a test sees what the real agent may run.
 */
import { parse } from 'shell-quote'

const META = /[()|&;<>]/g
const ESCAPED: Record<string, string> = {
  '(': '\uE000',
  ')': '\uE001',
  '|': '\uE002',
  '&': '\uE003',
  ';': '\uE004',
  '<': '\uE005',
  '>': '\uE006'
}
const UNESCAPED = Object.fromEntries(Object.entries(ESCAPED).map(([k, v]) => [v, k]))
const unescape = (s: string) => s.replace(/[\uE000-\uE006]/g, c => UNESCAPED[c])

const ACCUMULATING = ['allowedTools', 'allowed-tools', 'disallowedTools', 'disallowed-tools']

export interface ClaudeArgs {
  allowedTools: string[]
  disallowedTools: string[]
  maxTurns?: number
  model?: string
}

/** The tokens shell-quote gives, with glob words kept as written (its `pattern`). */
function tokens(args: string): string[] {
  const stripped = args
    .split('\n')
    .filter(l => !l.trim().startsWith('#'))
    .join('\n')
  return parse(stripped.replace(META, c => ESCAPED[c])).flatMap(t =>
    typeof t === 'string'
      ? [unescape(t)]
      : typeof t === 'object' && t !== null && 'pattern' in t
        ? [unescape(String(t.pattern))]
        : []
  )
}

export function parseClaudeArgs(args: string): ClaudeArgs {
  const values: Record<string, string[]> = {}
  const list = tokens(args)
  for (let i = 0; i < list.length; i++) {
    if (!list[i].startsWith('--')) continue
    const flag = list[i].slice(2)
    const taken: string[] = []
    while (i + 1 < list.length && !list[i + 1].startsWith('--')) {
      taken.push(list[++i])
      if (!ACCUMULATING.includes(flag)) break
    }
    values[flag] = [...(values[flag] ?? []), ...taken]
  }
  const tools = (...flags: string[]) =>
    flags
      .flatMap(f => values[f] ?? [])
      .flatMap(v => v.split(','))
      .map(t => t.trim())
      .filter(Boolean)
  return {
    allowedTools: [...new Set(tools('allowedTools', 'allowed-tools'))],
    disallowedTools: [...new Set(tools('disallowedTools', 'disallowed-tools'))],
    ...(values['max-turns']?.[0] ? { maxTurns: Number(values['max-turns'][0]) } : {}),
    ...(values.model?.[0] ? { model: values.model[0] } : {})
  }
}
