/**
 * What `init` reads off the repository it sets up (pure over the facts it is given): the
 * commands the Claude worker may run — the install and the tests of the project's toolchain,
 * from the files that name it — and the default branch the compile workflow listens on.
 */

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
