/**
 * This action, as GitHub runs `uses: delivery-loop/delivery-loop@v0` (or `uses: ./`): the built
 * bundle under the Node action.yml names, with INPUT_* variables and the step's environment.
 */
import { randomUUID } from 'node:crypto'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUNDLE, parseOutputFile } from '../../harness.js'
import type { StepCall, StepOutcome } from '../types.js'

export async function runBundle(call: StepCall): Promise<StepOutcome> {
  const dir = path.join(call.runnerTemp, `_bundle_${randomUUID()}`)
  const outputFile = `${dir}.output`
  const summaryFile = `${dir}.summary`
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    ...call.env,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    DELIVERY_LOOP_WRITE_PACING_MS: '0',
    DELIVERY_LOOP_RETRY_BASE_MS: '5',
    ...call.job.rig.cache.env(),
    DELIVERY_LOOP_TEST_NOW: call.job.rig.github.model.currentTime()
  }
  for (const [name, value] of Object.entries(call.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const child = spawn(process.env.DELIVERY_LOOP_RIG_NODE ?? process.execPath, [BUNDLE], {
    cwd: call.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout.on('data', chunk => (log += chunk))
  child.stderr.on('data', chunk => (log += chunk))
  const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? 1)))
  for (const line of log.split('\n')) if (line) call.job.log(line)
  // The first error annotation, with the file and line GitHub would show beside it.
  const annotation = /^::error(?: ([^:]*))?::(.*)$/m.exec(log)
  const where = /file=([^,]+)(?:,line=(\d+))?/.exec(annotation?.[1] ?? '')
  const error = annotation
    ? `${where ? `${where[1]}${where[2] ? `:${where[2]}` : ''}: ` : ''}${annotation[2]}`
    : undefined
  return {
    ok: code === 0,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    ...(code === 0 ? {} : { error: error ?? `exit code ${code}` })
  }
}
