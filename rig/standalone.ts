/**
 * `npm run rig [-- --port N]`: start the GitHub emulator and the cache service, print one JSON
 * line with their addresses and tokens, and run until interrupted. Seed it with the ordinary
 * REST API, e.g. as the maintainer: `curl -H "Authorization: token <maintainer>" -X POST
 * <github>/repos/acme/widgets/issues -d '{"title":"…"}'`.
 */
import { parseArgs } from 'node:util'
import { CacheService } from './cache/server.js'
import { GitHubEmulator } from './github/server.js'

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'cache-port': { type: 'string' } }
})
const port = values.port ? Number(values.port) : 0
const github = new GitHubEmulator({ port })
const cache = new CacheService()
await github.start()
await cache.start(values['cache-port'] ? Number(values['cache-port']) : 0)
process.stdout.write(
  `${JSON.stringify({ github: github.url, cache: cache.resultsUrl, repo: github.repo, tokens: github.tokens })}\n`
)
const stop = async () => {
  await Promise.all([github.stop(), cache.stop()])
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
process.on('SIGHUP', () => void stop())
// Killing `npm run rig` may not reach this process: when its parent goes away, stop too.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) void stop()
}, 500).unref()
