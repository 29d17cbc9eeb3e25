/**
 * Bundle entry (`dist/index.js`). GitHub's runner starts it as the action; `bin/delivery-loop.js`
 * marks the process as the CLI first, so one bundle serves both.
 */
if (process.env.DELIVERY_LOOP_CLI === '1') {
  const { main } = await import('./cli.js')
  process.exitCode = await main(process.argv.slice(2))
} else {
  const { run } = await import('./main.js')
  await run()
}
