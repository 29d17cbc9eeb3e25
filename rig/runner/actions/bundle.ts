/**
 * This action, as GitHub runs `uses: delivery-loop/delivery-loop@v0` (or `uses: ./`): the built
 * bundle under the Node action.yml names, with INPUT_* variables and the step's environment.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { inputEnv, parseOutputFile, rigEnv, spawnBundle } from '../../harness.js'
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
    // The cache scope is the run's ref, as GitHub's runtime token carries it.
    ...rigEnv(call.job.rig.github, call.job.rig.cache, call.env.GITHUB_REF),
    ...inputEnv(call.inputs)
  }
  const { code, stdout, stderr } = await spawnBundle(env, call.workspace)
  const log = `${stdout}${stderr}`
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
