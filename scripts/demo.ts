/**
 * `npm run demo`: the whole loop on the local rig, printed step by step — what a user would see
 * in the job summaries, the worker prompt and the dashboard — without a GitHub account or token.
 * It runs the committed bundle (dist/index.js) exactly as the runner would.
 */
import { startRig } from '../rig/index.js'
import { runStory } from '../rig/story.js'

const width = Math.min(process.stdout.columns || 100, 100)
const rule = (title: string) => `\n${'═'.repeat(width)}\n${title}\n${'═'.repeat(width)}\n`
const short = (text: string, lines = 40) => {
  const all = text.trim().split('\n')
  return all.length <= lines
    ? all.join('\n')
    : `${all.slice(0, lines).join('\n')}\n… (${all.length - lines} more lines)`
}

const started = Date.now()
const rig = await startRig()
let failed = false
try {
  await runStory(rig, step => {
    process.stdout.write(rule(step.title))
    process.stdout.write(`${short(step.show)}\n`)
  })
  process.stdout.write(
    rule(
      `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: the shipped workflows ran the loop on the rig; a human merged, and the action never merged, approved or pushed to main.`
    )
  )
} catch (error) {
  failed = true
  process.stderr.write(`demo failed: ${(error as Error).message}\n`)
} finally {
  await rig.stop()
}
process.exit(failed ? 1 : 0)
