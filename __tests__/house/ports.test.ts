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

/** The files outside github/ whose text names the whole port. */
export function wholePortUsers(files: Map<string, string>): string[] {
  return [...files]
    .filter(([f]) => !f.startsWith(`github${path.sep}`) && !f.startsWith(`generated${path.sep}`))
    .filter(([, text]) => /\bGitHubPort\b/.test(text))
    .map(([f]) => f)
    .sort()
}

describe('port roles', () => {
  it('no applier or helper outside github/ takes the whole GitHubPort', () => {
    const files = new Map(
      sources(SRC).map(f => [path.relative(SRC, f), readFileSync(f, 'utf8')] as const)
    )
    expect(wholePortUsers(files)).toEqual([...WHOLE_PORT_ALLOWED].sort())
  })

  it('catches an applier planted with the whole port (the check can fail)', () => {
    const planted = new Map([
      [path.join('tick', 'apply.ts'), 'export function apply(github: GitHubPort) {}'],
      [path.join('github', 'octokit-port.ts'), 'export function port(): GitHubPort {}'],
      [path.join('publish', 'apply.ts'), 'export function apply(github: IssuesPort) {}']
    ])
    expect(wholePortUsers(planted)).toEqual([path.join('tick', 'apply.ts')])
  })
})
