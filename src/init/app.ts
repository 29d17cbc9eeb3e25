/**
 * `init --create-app`: make the GitHub App the loop publishes with, through GitHub's manifest
 * flow — a page the person confirms in their browser (manifest-flow.ts), the code exchanged for
 * the App's id and private key — then store the client id as the variable LOOP_APP_CLIENT_ID and
 * the key as the secret LOOP_APP_PRIVATE_KEY (and the agents' keys when given), sealed to the
 * repository's key. The private key lives only in memory and in GitHub: never on disk, never
 * printed.
 */
import { createHash } from 'node:crypto'
import type { ConvertedApp, SetupPort } from '../github/port.js'
import { manifestCode } from './manifest-flow.js'
import { appManifest, planInit, type InitAnswers } from './plan.js'
import { sealSecret } from './seal.js'

export interface MadeApp extends ConvertedApp {
  /** Where the person installs it on the repository (one click). */
  installUrl: string
}

/** GitHub's limit for an App's name. */
const MAX_NAME = 34

/**
 * A name no other repository's App takes (names are unique on GitHub): the repository's name
 * and a short hash of `owner/name`, within GitHub's 34 characters.
 */
export function appName(repository: string): string {
  const hash = createHash('sha256').update(repository.toLowerCase()).digest('hex').slice(0, 6)
  const repo = repository.split('/')[1] ?? repository
  const room = MAX_NAME - 'Delivery Loop  '.length - hash.length
  return `Delivery Loop ${repo.slice(0, room)} ${hash}`
}

export async function createApp(
  remote: { setup: SetupPort; repository: string; webUrl: string },
  answers: InitAnswers,
  how: {
    err: NodeJS.WritableStream
    open?: (url: string) => void
    appTimeoutMs?: number
  }
): Promise<MadeApp> {
  // A private App installs only on the account that owns it: an organisation's repository needs
  // the organisation's App.
  const owner = await remote.setup.repositoryOwner()
  const workflows = planInit({ ...answers, app: { slug: '', installUrl: '' } }, new Set())
    .files.filter(f => f.path.startsWith('.github/workflows/'))
    .map(f => f.content)
  const code = await manifestCode({
    manifest: appManifest(workflows, appName(remote.repository)),
    webUrl: remote.webUrl,
    ...(owner.organization ? { organization: owner.login } : {}),
    ready: url => {
      how.err.write(
        `Open ${url} in your browser: it asks GitHub to make the App (you confirm its name and permissions there). Waiting…\n`
      )
      how.open?.(url)
    },
    timeoutMs: how.appTimeoutMs ?? 10 * 60_000
  })
  const app = await remote.setup.convertManifest(code)
  const installUrl = `${remote.webUrl.replace(/\/+$/, '')}/apps/${app.slug}/installations/new`
  how.err.write(`Made the App ${app.slug}. Install it on ${remote.repository}: ${installUrl}\n`)
  how.open?.(installUrl)
  return { ...app, installUrl }
}

/**
 * The App's client id (a variable: it is not secret), its key and the agents' keys (secrets),
 * each secret sealed to the repository's key. The names stored, in order.
 */
export async function storeSecrets(
  setup: SetupPort,
  app: ConvertedApp,
  keys: Readonly<Record<string, string>>
): Promise<string[]> {
  await setup.putVariable('LOOP_APP_CLIENT_ID', app.clientId)
  const { keyId, key } = await setup.secretsKey()
  const secrets: [string, string][] = [
    ['LOOP_APP_PRIVATE_KEY', app.pem],
    ...Object.entries(keys).filter(([, value]) => value.trim() !== '')
  ]
  for (const [name, value] of secrets)
    await setup.putSecret(name, await sealSecret(value, key), keyId)
  return ['LOOP_APP_CLIENT_ID', ...secrets.map(([name]) => name)]
}
