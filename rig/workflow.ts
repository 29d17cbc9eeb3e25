/**
 * `npm run workflow -- <workflow.yml> <event> [payload.json]`: run a workflow file on a fresh rig
 * as GitHub Actions would, and print each run as JSON — every job's result and outputs, every
 * step's conclusion, the requests each job's tokens made. The repository holds the story's
 * roadmap (or `--roadmap FILE`), `.delivery.yml` (or `--config FILE`) and the workflow; the runs
 * the workflow's own events start (a dispatch, a finished run) are followed too. See docs/rig.md.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startRig } from './index.js'
import { runReport } from './runner/report.js'
import { loopConfig } from './runner/repo.js'
import { Actions } from './runner/service.js'
import { STORY_ROADMAP } from './story.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    roadmap: { type: 'string' },
    config: { type: 'string' },
    input: { type: 'string', multiple: true }
  }
})
const [file, event, payloadFile] = positionals
if (!file || !event) {
  process.stderr.write(
    'usage: npm run workflow -- <workflow.yml> <event> [payload.json] [--roadmap FILE] [--config FILE] [--input k=v]…\n'
  )
  process.exit(2)
}
const text = readFileSync(file, 'utf8')
const repoPath = `.github/workflows/${path.basename(file)}`
const rig = await startRig()
const actions = new Actions(rig, { workflows: { [repoPath]: text } })
const m = rig.github.model
m.writeFile(
  'main',
  'ROADMAP.md',
  Buffer.from(values.roadmap ? readFileSync(values.roadmap, 'utf8') : STORY_ROADMAP)
)
m.writeFile(
  'main',
  '.delivery.yml',
  Buffer.from(values.config ? readFileSync(values.config, 'utf8') : loopConfig())
)
m.writeFile('main', repoPath, Buffer.from(text))
const given = payloadFile
  ? (JSON.parse(readFileSync(payloadFile, 'utf8')) as Record<string, unknown>)
  : {}
const inputs = Object.fromEntries(
  (values.input ?? []).map(kv => [kv.split('=')[0], kv.split('=').slice(1).join('=')])
)
const main = m.branch('main')!
const defaults: Record<string, Record<string, unknown>> = {
  push: { ref: 'refs/heads/main', before: main.commitSha, after: main.commitSha },
  workflow_dispatch: { ref: 'refs/heads/main', inputs },
  schedule: {}
}
let exitCode = 0
try {
  actions.trigger({
    name: event,
    payload: {
      repository: { full_name: rig.github.repo, default_branch: 'main' },
      ...defaults[event],
      ...given
    },
    changed: [...main.files.keys()]
  })
  const runs = await actions.settle()
  process.stdout.write(`${JSON.stringify(runs.map(runReport), null, 2)}\n`)
  if (!runs.length) process.stderr.write(`no run: ${repoPath} does not start on ${event}\n`)
  exitCode = runs.some(r => r.conclusion === 'failure') || !runs.length ? 1 : 0
} finally {
  actions.stop()
  await rig.stop()
}
process.exit(exitCode)
