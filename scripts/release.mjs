// Prepare a release: `npm run release -- X.Y.Z` moves CHANGELOG.md's "Unreleased" section under
// "## [X.Y.Z] — date", sets the version in package.json and package-lock.json, commits, and tags
// vX.Y.Z. Pushing the tag (`git push origin HEAD vX.Y.Z`) starts the release workflow, which
// does the rest (docs/reference/releasing.md). Nothing else changes: the CLI reads its version
// from package.json, so dist/ needs no rebuild. Options: --date YYYY-MM-DD (default: today, UTC).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const fail = message => {
  process.stderr.write(`release: ${message}\nnothing was changed\n`)
  process.exit(1)
}
const args = process.argv.slice(2)
const version = args.find(a => !a.startsWith('-'))
const dateAt = args.indexOf('--date')
const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10)
if (!version || !/^\d+\.\d+\.\d+$/.test(version))
  fail(`give the version to release: npm run release -- X.Y.Z (not "${version ?? ''}")`)
if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) fail(`--date must be YYYY-MM-DD, not "${date}"`)
const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim()
if (git('status', '--porcelain')) fail('the working tree has changes: commit or stash them first')
if (git('tag', '--list', `v${version}`)) fail(`the tag v${version} exists already`)

const read = file => readFileSync(path.join(root, file), 'utf8')
const pkg = JSON.parse(read('package.json'))
const newer = (a, b) => {
  const [x, y] = [a, b].map(v => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i]
  return false
}
if (!newer(version, pkg.version)) fail(`${version} is not newer than package.json's ${pkg.version}`)

const changelog = read('CHANGELOG.md')
const heading = '## [Unreleased]'
const at = changelog.indexOf(`${heading}\n`)
if (at < 0) fail(`CHANGELOG.md has no "${heading}" section`)
const next = changelog.indexOf('\n## [', at + heading.length)
const body = changelog.slice(at + heading.length, next < 0 ? undefined : next).trim()
if (!body) fail('the "Unreleased" section of CHANGELOG.md is empty: nothing to release')
const released = `${changelog.slice(0, at)}${heading}\n\n## [${version}] — ${date}\n\n${body}\n${next < 0 ? '' : changelog.slice(next)}`

const setVersion = (file, apply) => {
  const json = JSON.parse(read(file))
  apply(json)
  writeFileSync(path.join(root, file), `${JSON.stringify(json, null, 2)}\n`)
}
writeFileSync(path.join(root, 'CHANGELOG.md'), released)
setVersion('package.json', p => (p.version = version))
setVersion('package-lock.json', lock => {
  lock.version = version
  if (lock.packages?.['']) lock.packages[''].version = version
})
git('add', 'CHANGELOG.md', 'package.json', 'package-lock.json')
git('commit', '-q', '-m', `Release v${version}`)
git('tag', '-a', `v${version}`, '-m', `v${version}`)
process.stdout.write(
  `Prepared v${version}: CHANGELOG.md, package.json and package-lock.json, committed and tagged.\nPush both to start the release workflow: git push origin HEAD v${version}\n`
)
