/**
 * What the bundle gives `@actions/http-client` for `import { ProxyAgent } from 'undici'`
 * (scripts/build.mjs redirects the import here): undici is ~1 MB that only a runner behind a
 * proxy uses, so it is its own file beside the bundle (dist/undici.cjs), read the first time a
 * proxy agent is made — never on a run that talks to GitHub directly.
 */
import { createRequire } from 'node:module'

type Undici = typeof import('undici')

let loaded: Undici | undefined

function undici(): Undici {
  loaded ??= createRequire(import.meta.url)('./undici.cjs') as Undici
  return loaded
}

/** Constructs undici's ProxyAgent from the file beside the bundle. */
export const ProxyAgent = function ProxyAgent(
  ...args: ConstructorParameters<Undici['ProxyAgent']>
) {
  return new (undici().ProxyAgent)(...args)
} as unknown as Undici['ProxyAgent']
