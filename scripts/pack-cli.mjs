// The CLI as a user installs it: one self-contained package (the committed bundle and its
// launcher, no runtime dependencies) named `delivery-loop-cli`, packed as a tarball that the
// release attaches. Users run it from that tarball's URL, never from a bare npm name: the npm
// name `delivery-loop` belongs to an unrelated package. Usage: node scripts/pack-cli.mjs [OUT_DIR]
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const out = path.resolve(process.argv[2] ?? root)
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const stage = mkdtempSync(path.join(os.tmpdir(), 'dl-cli-'))
try {
  for (const part of ['bin', 'dist', 'LICENSE'])
    cpSync(path.join(root, part), path.join(stage, part), { recursive: true })
  writeFileSync(
    path.join(stage, 'README.md'),
    `# delivery-loop-cli ${pkg.version}\n\nThe command line of Delivery Loop (plan, compile, tick, …): \`delivery-loop --help\`.\nSee the project's README for how to install it from a release.\n`
  )
  writeFileSync(
    path.join(stage, 'package.json'),
    `${JSON.stringify(
      {
        name: 'delivery-loop-cli',
        version: pkg.version,
        description: pkg.description,
        license: pkg.license,
        type: 'module',
        engines: pkg.engines,
        bin: { 'delivery-loop': 'bin/delivery-loop.js' },
        files: ['bin', 'dist', 'LICENSE', 'README.md']
      },
      null,
      2
    )}\n`
  )
  mkdirSync(out, { recursive: true })
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
    cwd: stage,
    encoding: 'utf8'
  }).trim()
  process.stdout.write(`${path.join(out, name.split('\n').at(-1))}\n`)
} finally {
  rmSync(stage, { recursive: true, force: true })
}
