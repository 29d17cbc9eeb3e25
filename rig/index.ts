/** The whole rig for a test file: GitHub emulator + cache service + conformance checking. */
import { CacheService } from './cache/server.js'
import { SimulatedClock } from './clock.js'
import { ConformanceChecker } from './github/openapi.js'
import { GitHubEmulator, type EmulatorOptions } from './github/server.js'

export interface Rig {
  github: GitHubEmulator
  cache: CacheService
  conformance: ConformanceChecker
  stop(): Promise<void>
}

export async function startRig(options: EmulatorOptions = {}): Promise<Rig> {
  const clock = options.clock ?? new SimulatedClock()
  const github = new GitHubEmulator({ ...options, clock })
  const cache = new CacheService(clock)
  const conformance = new ConformanceChecker()
  github.observe(exchange => conformance.check(exchange))
  await Promise.all([github.start(), cache.start()])
  return {
    github,
    cache,
    conformance,
    async stop() {
      await Promise.all([github.stop(), cache.stop()])
      // The action never merges, approves or dismisses: checked for every test file.
      if (github.humanOnly.length)
        throw new Error(
          `requests only a human may make reached the emulator:\n${github.humanOnly.join('\n')}`
        )
    }
  }
}

export { CacheService, ConformanceChecker, GitHubEmulator }
