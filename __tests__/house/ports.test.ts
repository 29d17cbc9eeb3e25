/**
 * Appliers and the helpers below the modes take the narrowest port role they need (RepoPort,
 * IssuesPort, PullsPort, ContentsPort, ActionsPort from src/github/port.ts), never the whole
 * GitHubPort: what a piece of code can reach is said by its signature. The whole port is for the
 * frame that builds it (run-mode.ts, mode.ts), the read-only wrapper, doctor (which checks
 * everything), the modes still orchestrating several roles (compile), and the forecast's world.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve('src')
const WHOLE_PORT_ALLOWED = [
  'run-mode.ts',
  'mode.ts',
  'doctor/facts.ts',
  'forecast/world.ts',
  // builds the tick's mode environment, as run-mode.ts does for the action
  'forecast/tick-environment.ts'
]

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sources(file)
    return name.endsWith('.ts') ? [file] : []
  })
}

describe('port roles', () => {
  it('no applier or helper outside github/ takes the whole GitHubPort', () => {
    const whole = sources(SRC)
      .map(f => path.relative(SRC, f))
      .filter(f => !f.startsWith(`github${path.sep}`) && !f.startsWith(`generated${path.sep}`))
      .filter(f => /\bGitHubPort\b/.test(readFileSync(path.join(SRC, f), 'utf8')))
    expect(whole.sort()).toEqual([...WHOLE_PORT_ALLOWED].sort())
  })
})
