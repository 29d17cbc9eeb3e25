/**
 * `npx tsx bench/tick-only.ts 1000 20000`: the quiet-tick rows of `npm run bench` alone, one JSON
 * line each (with `BENCH_DEBUG=1`, every request of the measured tick and its state lines).
 */
import './temp-root.js'
import { tickCost } from './tick.js'

for (const n of process.argv.slice(2).map(Number)) console.log(JSON.stringify(await tickCost(n)))
