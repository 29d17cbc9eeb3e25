/**
 * `npm run rig [-- --port N]`: start the GitHub emulator and the cache service, print one JSON
 * line with their addresses and tokens, and run until interrupted. Seed it with the ordinary
 * REST API, e.g. as the maintainer: `curl -H "Authorization: token <maintainer>" -X POST
 * <github>/repos/acme/widgets/issues -d '{"title":"…"}'`.
 */
import { parseArgs } from 'node:util'
import { CacheService } from './cache/server.js'
import { SimulatedClock, WallClock } from './clock.js'
import { GitHubEmulator } from './github/server.js'

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'cache-port': { type: 'string' } }
})
const port = values.port ? Number(values.port) : 0
// The real action it serves reads the real time, unless DELIVERY_LOOP_TEST_NOW is given to both.
const clock = process.env.DELIVERY_LOOP_TEST_NOW
  ? new SimulatedClock(Date.parse(process.env.DELIVERY_LOOP_TEST_NOW))
  : new WallClock()
const github = new GitHubEmulator({ port, clock })
const cache = new CacheService(clock)
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
