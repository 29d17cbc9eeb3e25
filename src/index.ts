/**
 * Bundle entry (`dist/index.js`). GitHub's runner starts it as the action; `bin/delivery-loop.js`
 * marks the process as the CLI first, so one bundle serves both. A forecast spreads its runs
 * over processes of this same bundle (forecast/shard.ts).
 */
import { ENV } from './environment.js'
import { run } from './main.js'
import { allowShards, runShardProcess, SHARD_ENV } from './forecast/shard.js'

if (process.env[SHARD_ENV] === '1') {
  // A forecast's shard: some of its seeded runs, started by a forecast of this bundle.
  await runShardProcess()
} else if (process.env[ENV.cli.name] === '1') {
  allowShards(process.argv[1])
  // The CLI (argument parsing, help, the offline plan) is a chunk the action never loads.
  const { main } = await import('./cli.js')
  process.exitCode = await main(process.argv.slice(2))
} else {
  allowShards(process.argv[1])
  await run()
}
