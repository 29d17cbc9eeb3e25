/**
 * The Actions secrets and variables a workflow names (pure, from its text): what doctor checks
 * the repository has, by name.
 */
/** A secret or variable a workflow names, where, and whether it may be left unset. */
export interface ConfigRef {
  kind: 'secrets' | 'vars'
  name: string
  file: string
  line: number
  /** Tested for being set here (`secrets.X != ''`): the workflow works without it. */
  optional: boolean
}

/** Every `secrets.X` and `vars.X` a workflow's text names (GITHUB_TOKEN aside), with its line. */
export function configRefs(file: string, text: string): ConfigRef[] {
  const out: ConfigRef[] = []
  const lines = text.split('\n')
  for (const [i, line] of lines.entries())
    for (const m of line.matchAll(/\b(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (m[2] === 'GITHUB_TOKEN' || line.trimStart().startsWith('#')) continue
      const optional = new RegExp(`${m[1]}\\.${m[2]}\\s*!=\\s*''`).test(line)
      out.push({ kind: m[1] as ConfigRef['kind'], name: m[2], file, line: i + 1, optional })
    }
  return out
}
