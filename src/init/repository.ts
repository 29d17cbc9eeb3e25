/**
 * What `init` reads off the repository it sets up (pure over the facts it is given): the
 * commands the Claude worker may run — the install and the tests of the project's toolchain,
 * from the files that name it — its own workflows (the CI the loop listens for) and which
 * branch names git takes.
 */
import { parse as parseYaml } from 'yaml'

/** A toolchain: the files that show it, and the install and test commands its agent may run. */
const TOOLCHAINS: { when: (has: (f: string) => boolean) => boolean; commands: string[] }[] = [
  {
    when: has => has('package.json') && has('pnpm-lock.yaml'),
    commands: ['pnpm install --frozen-lockfile --ignore-scripts', 'pnpm test']
  },
  {
    when: has => has('package.json') && has('yarn.lock'),
    commands: ['yarn install --immutable --mode=skip-build', 'yarn test']
  },
  {
    when: has => has('package.json') && !has('pnpm-lock.yaml') && !has('yarn.lock'),
    commands: ['npm ci --ignore-scripts', 'npm test']
  },
  { when: has => has('uv.lock'), commands: ['uv sync', 'uv run pytest'] },
  { when: has => has('poetry.lock'), commands: ['poetry install', 'poetry run pytest'] },
  {
    when: has => has('requirements.txt') && !has('uv.lock') && !has('poetry.lock'),
    commands: ['pip install -r requirements.txt', 'pytest']
  },
  { when: has => has('go.mod'), commands: ['go build ./...', 'go test ./...'] },
  { when: has => has('Cargo.toml'), commands: ['cargo build', 'cargo test'] },
  { when: has => has('Makefile'), commands: ['make', 'make test'] }
]

/** The install and test commands of every toolchain the repository's files show, in order. */
export function detectCommands(files: ReadonlySet<string>): string[] {
  const has = (f: string) => files.has(f)
  return [...new Set(TOOLCHAINS.filter(t => t.when(has)).flatMap(t => t.commands))]
}

/** The files `detectCommands` looks for. */
export const TOOLCHAIN_FILES = [
  'package.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'uv.lock',
  'poetry.lock',
  'requirements.txt',
  'go.mod',
  'Cargo.toml',
  'Makefile'
]

/**
 * Why a command cannot go into the agent's quoted tool list (`"…,Bash(cmd),…"`), or undefined:
 * a comma splits the list, a double quote ends it, a parenthesis ends the rule.
 */
export function commandProblem(command: string): string | undefined {
  if (!command.trim()) return 'is empty'
  const bad = /[,"()\n]/.exec(command)
  return bad
    ? `"${command}" holds ${JSON.stringify(bad[0])}, which the tool list cannot carry`
    : undefined
}

/** Commands given as one answer: separated by `;`. */
export function splitCommands(answer: string): string[] {
  return answer
    .split(';')
    .map(c => c.trim())
    .filter(Boolean)
}

/** A workflow of the repository that may be its CI: its `name:` and whether pull requests run it. */
export interface FoundWorkflow {
  file: string
  name: string
  onPullRequests: boolean
}

/** The events a workflow's `on:` names, however it is written (a word, a list or a map). */
function eventsOf(on: unknown): string[] {
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.filter((e): e is string => typeof e === 'string')
  return on && typeof on === 'object' ? Object.keys(on) : []
}

/**
 * The repository's own workflows (not the loop's), by the name `workflow_run` triggers match on:
 * `name:`, or the file's path when it has none. Unreadable files are left out, not fatal.
 */
export function workflowsFound(files: ReadonlyMap<string, string>): FoundWorkflow[] {
  const found: FoundWorkflow[] = []
  for (const [file, text] of files) {
    if (/(^|\/)delivery-[^/]*$/.test(file)) continue
    let doc: { name?: unknown; on?: unknown; true?: unknown } | undefined
    try {
      doc = parseYaml(text) as typeof doc
    } catch {
      continue
    }
    if (!doc || typeof doc !== 'object') continue
    // YAML 1.1 readers take a bare `on` key for `true`; the yaml package keeps it a string.
    const events = eventsOf(doc.on ?? doc.true)
    found.push({
      file,
      name: typeof doc.name === 'string' && doc.name.trim() ? doc.name.trim() : file,
      onPullRequests: events.includes('pull_request') || events.includes('pull_request_target')
    })
  }
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

/** Why a branch name is not one git accepts (the common cases), or undefined. */
export function branchProblem(name: string): string | undefined {
  if (!name.trim()) return 'is empty'
  if (/[\s~^:?*[\\]|\.\.|@\{|^[-/]|\/$|\.lock$|\.$/.test(name))
    return `"${name}" is not a branch name git accepts`
  return undefined
}
