// The hash of what the bundle is built from: every file under src/, package-lock.json and
// tsconfig.json. The build writes it to dist/source-hash.txt (check-dist compares it with the
// rest of the bundle), and the e2e tests' setup compares it with the source as it is now: a
// bundle older than the source fails there, with the command to rebuild — not as a test that
// silently ran the old code. Usage: node scripts/source-hash.mjs --write DIR
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

function filesUnder(dir) {
  return readdirSync(path.join(root, dir))
    .sort()
    .flatMap(name => {
      const rel = `${dir}/${name}`
      return statSync(path.join(root, rel)).isDirectory() ? filesUnder(rel) : [rel]
    })
}

export function sourceHash() {
  const hash = createHash('sha256')
  for (const file of [...filesUnder('src'), 'package-lock.json', 'tsconfig.json']) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(path.join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

if (process.argv[2] === '--write') {
  const dir = path.resolve(process.argv[3] ?? 'dist')
  writeFileSync(path.join(dir, 'source-hash.txt'), `${sourceHash()}\n`)
}
