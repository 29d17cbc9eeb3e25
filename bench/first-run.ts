/**
 * One compile (parse + validate + plan) of a generated roadmap in a fresh process, as an action
 * run does it: nothing warmed up. `npm run bench` spawns it; prints the milliseconds.
 */
import { planCompile } from '../src/compile/plan.js'
import { compileRoadmap } from '../src/roadmap/compile-roadmap.js'
import { generateRoadmap } from './generate.js'

const text = generateRoadmap(Number(process.argv[2]))
const start = performance.now()
const compiled = compileRoadmap(text)
if (compiled.diagnostics.length) throw new Error('generated roadmap is invalid')
planCompile({ compiled, existing: [], trusted: () => true, external: new Map(), render: {} })
console.log(Math.round(performance.now() - start))
