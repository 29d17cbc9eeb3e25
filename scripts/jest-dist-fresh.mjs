// The e2e tier's globalSetup: those tests run the committed bundle (dist/), so a bundle older
// than the source would test old code without a word. Fail first, with the command to rebuild.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { sourceHash } from './source-hash.mjs'

export default function distIsFresh() {
  const file = path.resolve(import.meta.dirname, '..', 'dist', 'source-hash.txt')
  const built = existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
  if (built !== sourceHash())
    throw new Error(
      'dist/ was not built from the source as it is now: the e2e tests run the bundle. Run `npm run build` (or `npm run test:e2e`, which builds first), then the tests again.'
    )
}
