/**
 * The action entry: inputs → mode → outputs and job summary. Nothing else lives here.
 * The step fails only for real errors (bad config or input, API failure after retries);
 * normal outcomes such as "nothing ready" succeed with a status.
 */
import * as core from '@actions/core'
import { readRunContext } from './context.js'
import { ConfigError, failureMessage } from './errors.js'
import { readInputs } from './inputs.js'
import { ActionsLogger } from './logging.js'
import { fitSummary } from './report/markdown.js'
import { runMode } from './run-mode.js'

export async function run(): Promise<void> {
  const logger = new ActionsLogger()
  try {
    const inputs = readInputs(name => core.getInput(name))
    if (inputs.token) core.setSecret(inputs.token)
    if (inputs.pushToken) core.setSecret(inputs.pushToken)
    const context = readRunContext()
    const { result, reportPath } = await runMode({ inputs, context, logger })

    core.setOutput('status', result.status)
    core.setOutput('report', reportPath)
    for (const [name, value] of Object.entries(result.outputs ?? {})) core.setOutput(name, value)
    await core.summary.addRaw(fitSummary(result.summary), true).write()
    if (result.failure) core.setFailed(result.failure)
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const d of error.diagnostics) {
        logger.error(`${d.path ? `${d.path}: ` : ''}${d.message}`, {
          file: d.file,
          line: d.line,
          column: d.column
        })
      }
    }
    core.setFailed(failureMessage(error))
  }
}
