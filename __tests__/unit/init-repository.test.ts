/** What init reads off a repository (src/init/repository.ts): the toolchain's commands. */
import { describe, expect, it } from '@jest/globals'
import { commandProblem, detectCommands, splitCommands } from '../../src/init/repository.js'

describe("the worker's commands", () => {
  it.each([
    [
      ['package.json', 'package-lock.json'],
      ['npm ci --ignore-scripts', 'npm test']
    ],
    [
      ['package.json', 'yarn.lock'],
      ['yarn install --immutable --mode=skip-build', 'yarn test']
    ],
    [
      ['pyproject.toml', 'uv.lock'],
      ['uv sync', 'uv run pytest']
    ],
    [
      ['pyproject.toml', 'poetry.lock'],
      ['poetry install', 'poetry run pytest']
    ],
    [['requirements.txt'], ['pip install -r requirements.txt', 'pytest']],
    [
      ['Cargo.toml', 'Makefile'],
      ['cargo build', 'cargo test', 'make', 'make test']
    ],
    [['README.md'], []]
  ])('%j: %j', (files, commands) => {
    expect(detectCommands(new Set(files))).toEqual(commands)
  })

  it('refuses what the quoted tool list cannot carry', () => {
    expect(commandProblem('npm test')).toBeUndefined()
    expect(commandProblem('npm test, e2e')).toMatch(/cannot carry/)
    expect(commandProblem('say "hi"')).toMatch(/cannot carry/)
    expect(commandProblem('f(x)')).toMatch(/cannot carry/)
    expect(splitCommands(' make ; make test ;')).toEqual(['make', 'make test'])
  })
})
