// Rebuild the bundle into a temporary directory and compare it with the committed dist/:
// GitHub runs dist/index.js, so a stale or non-deterministic bundle is a failing test.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const out = mkdtempSync(path.join(os.tmpdir(), 'dl-dist-'))
try {
  execFileSync(process.execPath, ['scripts/build.mjs', out], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  execFileSync(process.execPath, ['scripts/source-hash.mjs', '--write', out])
  const built = readdirSync(out).sort()
  const committed = readdirSync('dist').sort()
  const problems = []
  if (built.join() !== committed.join()) {
    problems.push(`files differ: built [${built}] vs dist/ [${committed}]`)
  }
  for (const file of built) {
    const a = readFileSync(path.join(out, file))
    let b
    try {
      b = readFileSync(path.join('dist', file))
    } catch {
      continue
    }
    if (!a.equals(b)) problems.push(`dist/${file} differs from a fresh build`)
  }
  if (problems.length) {
    console.error(`check-dist: ${problems.join('; ')}\nRun \`npm run build\` and commit dist/.`)
    process.exit(1)
  }
  console.log('check-dist: dist/ matches a fresh build of src/')
} finally {
  rmSync(out, { recursive: true, force: true })
}
