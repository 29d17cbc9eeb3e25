/**
 * Where `.delivery.yml` comes from: the checked-out workspace when it is there, otherwise the
 * default branch through the API (tick and discover often run without a checkout). A missing
 * default file is not an error: defaults apply and the summary says so; a missing file named on
 * purpose is.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../errors.js'
import type { ContentsPort } from '../github/port.js'
import { defaultConfig, parseConfig, type LoadedConfig } from './load.js'

export async function loadConfig(options: {
  configPath: string
  workspace: string
  github?: ContentsPort
}): Promise<LoadedConfig> {
  const local = path.resolve(options.workspace, options.configPath)
  if (existsSync(local)) {
    return { ...parseConfig(readFileSync(local, 'utf8'), options.configPath), origin: 'workspace' }
  }
  if (options.github) {
    const file = await options.github.readFile(options.configPath)
    if (file) return { ...parseConfig(file.text, options.configPath), origin: 'default-branch' }
  }
  // Only the default file may be absent: a file named on purpose and missing is a mistake
  // (a typo would otherwise run the loop on defaults without a word).
  if (path.normalize(options.configPath) !== DEFAULT_CONFIG_PATH)
    throw new ConfigError(`${options.configPath} does not exist`, [
      {
        file: options.configPath,
        message: `the configuration file named by \`config\` (--config) is neither in the workspace nor on the default branch; fix the path, or leave it out to use ${DEFAULT_CONFIG_PATH} (or the defaults when that is absent too)`
      }
    ])
  return { config: defaultConfig(), warnings: [] }
}

/** The configuration file looked for when none is named; it may be absent (defaults apply). */
export const DEFAULT_CONFIG_PATH = '.delivery.yml'
