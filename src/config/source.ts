/**
 * Where `.delivery.yml` comes from: the checked-out workspace when it is there, otherwise the
 * default branch through the API (tick and discover often run without a checkout). A missing
 * file is not an error: defaults apply and the summary says so.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { GitHubPort } from '../github/port.js'
import { defaultConfig, parseConfig, type LoadedConfig } from './load.js'

export async function loadConfig(options: {
  configPath: string
  workspace: string
  github?: GitHubPort
}): Promise<LoadedConfig> {
  const local = path.resolve(options.workspace, options.configPath)
  if (existsSync(local)) {
    return parseConfig(readFileSync(local, 'utf8'), options.configPath)
  }
  if (options.github) {
    const file = await options.github.readFile(options.configPath)
    if (file) return parseConfig(file.text, options.configPath)
  }
  return { config: defaultConfig(), warnings: [] }
}
