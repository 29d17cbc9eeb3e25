/** The repository the shipped workflows run in: the examples as `.github/workflows/`, a config. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../harness.js'
import { RIG_APP } from './service.js'

/** examples/workflows/*.yml as a team copies them into `.github/workflows/`. */
export function shippedWorkflows(): Record<string, string> {
  const dir = path.join(ROOT, 'examples/workflows')
  return Object.fromEntries(
    readdirSync(dir)
      .filter(f => /\.ya?ml$/.test(f))
      .map(f => [`.github/workflows/${f}`, readFileSync(path.join(dir, f), 'utf8')])
  )
}

/** `.delivery.yml` for the shipped workflows: CI's check, and the App that publishes trusted. */
export function loopConfig(more = ''): string {
  return `version: 1\nci:\n  checks: [test]\ntrust:\n  bot_logins: ['${RIG_APP.login}']\n${more}`
}
