/** The action's own GitHub port against the emulator, for in-process tests and the bench. */
import { createClient } from '../src/github/client.js'
import { createOctokitPort } from '../src/github/octokit-port.js'
import type { GitHubPort } from '../src/github/port.js'
import { MemoryLogger } from '../src/logging.js'
import type { GitHubEmulator } from './github/server.js'

export function portFor(github: GitHubEmulator, token = github.tokens.bot): GitHubPort {
  const [owner, repo] = github.repo.split('/')
  return createOctokitPort(
    createClient({ token, baseUrl: github.url, logger: new MemoryLogger(), writePacingMs: 0 }),
    { owner, repo }
  )
}
