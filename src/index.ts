/**
 * Bundle entry (`dist/index.js`). GitHub's runner starts it as the action; `bin/delivery-loop.js`
 * marks the process as the CLI first, so one bundle serves both.
 */
import { run } from './main.js'

if (process.env.DELIVERY_LOOP_CLI === '1') {
  // The CLI (argument parsing, help, the offline plan) is a chunk the action never loads.
  const { main } = await import('./cli.js')
  process.exitCode = await main(process.argv.slice(2))
} else {
  await run()
}
