import { tickCost } from '/work/main/bench/tick.js'
for (const n of process.argv.slice(2).map(Number)) console.log(JSON.stringify(await tickCost(n)))
