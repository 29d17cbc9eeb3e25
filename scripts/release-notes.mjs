// The release job's check and notes: the tag (vX.Y.Z) must be package.json's version, the CLI
// must report it, dist/ must be there, and CHANGELOG.md must have its section — whose text,
// printed on stdout, becomes the GitHub Release's notes. Usage: node scripts/release-notes.mjs vX.Y.Z
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const fail = message => {
  process.stderr.write(`release: ${message}\n`)
  process.exit(1)
}
const tag = process.argv[2] ?? ''
const version = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1]
if (!version) fail(`"${tag}" is not a release tag (vX.Y.Z)`)
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
if (pkg.version !== version)
  fail(
    `the tag is ${tag} but package.json says ${pkg.version}: tag the commit that \`npm run release -- ${version}\` made`
  )
if (!existsSync(path.join(root, 'dist/index.js')))
  fail('dist/index.js is missing: GitHub runs the committed bundle')
const reported = execFileSync(
  process.execPath,
  [path.join(root, 'bin/delivery-loop.js'), '--version'],
  {
    encoding: 'utf8'
  }
).trim()
if (reported !== `delivery-loop ${version}`) fail(`the CLI reports "${reported}", not ${version}`)
const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
const lines = changelog.split('\n')
const start = lines.findIndex(l => l.startsWith(`## [${version}]`))
if (start < 0) fail(`CHANGELOG.md has no "## [${version}]" section`)
const end = lines.findIndex((l, i) => i > start && l.startsWith('## ['))
const notes = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .join('\n')
  .trim()
if (!notes) fail(`the CHANGELOG.md section of ${version} is empty`)
process.stdout.write(`${notes}\n`)
