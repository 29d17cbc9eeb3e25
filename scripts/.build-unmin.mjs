// The bundle GitHub runs: esbuild turns src/index.ts into dist/ — ES modules split at every
// dynamic import (a mode loads only what it uses), minified, with a metafile that says what
// each chunk holds (dist/composition.json, checked against a size budget by
// __tests__/house/bundle.test.ts) and the licenses of every bundled package (dist/licenses.txt).
// undici, which only a proxied runner needs, is its own file (dist/undici.cjs) that
// src/github/undici-on-demand.ts loads on first use. Usage: node scripts/build.mjs [OUT_DIR]
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'))

// CommonJS packages inside an ES module bundle call require() for Node's built-ins and read
// __dirname: each chunk gets both from its own URL.
const BANNER = [
  "import { createRequire as __dlRequire } from 'node:module';",
  "import { fileURLToPath as __dlPath } from 'node:url';",
  'const require = __dlRequire(import.meta.url);',
  'const __filename = __dlPath(import.meta.url);',
  "const __dirname = __dlPath(new URL('.', import.meta.url));"
].join('')

/** Every `undici` import (from @actions/http-client) goes to the on-demand loader. */
const undiciOnDemand = {
  name: 'undici-on-demand',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({
      path: path.join(root, 'src/github/undici-on-demand.ts')
    }))
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true
}

async function main() {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const action = await build({
    ...common,
    entryPoints: { index: path.join(root, 'src/index.ts') },
    outdir: out,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    banner: { js: BANNER },
    plugins: [undiciOnDemand]
  })
  const undici = await build({
    ...common,
    entryPoints: [path.join(root, 'node_modules/undici/index.js')],
    outfile: path.join(out, 'undici.cjs'),
    format: 'cjs'
  })
  writeFileSync(path.join(out, 'package.json'), '{\n  "type": "module"\n}\n')
  writeFileSync(
    path.join(out, 'composition.json'),
    `${JSON.stringify(composition(out, [action, undici]), null, 2)}\n`
  )
  writeFileSync(path.join(out, 'licenses.txt'), licenses([action, undici]))
}

/** Each output file: its bytes and the packages (or src/) whose code it holds, largest first. */
function composition(dir, results) {
  const files = {}
  for (const { metafile } of results)
    for (const [file, output] of Object.entries(metafile.outputs)) {
      const owners = {}
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const owner = packageOf(input)?.id ?? (input.startsWith('src/') ? 'src' : input)
        owners[owner] = (owners[owner] ?? 0) + bytesInOutput
      }
      files[path.relative(dir, path.resolve(root, file))] = {
        bytes: output.bytes,
        entry: Boolean(output.entryPoint),
        imports: output.imports
          .filter(i => !i.external)
          .map(i => ({ path: path.relative(dir, path.resolve(root, i.path)), kind: i.kind })),
        holds: Object.fromEntries(
          Object.entries(owners).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        )
      }
    }
  return Object.fromEntries(Object.entries(files).sort((a, b) => a[0].localeCompare(b[0])))
}

/** The package an input file belongs to (its innermost node_modules folder), as name@version. */
function packageOf(input) {
  const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input)
  if (!m) return undefined
  const dir = path.join(root, m[1], m[2])
  versions[dir] ??= JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version
  return { id: `${m[2]}@${versions[dir]}`, dir }
}
const versions = {}

/** The license text of every bundled package, one block each, sorted by name. */
function licenses(results) {
  const dirs = new Map()
  for (const { metafile } of results)
    for (const input of Object.keys(metafile.inputs)) {
      const pkg = packageOf(input)
      if (pkg) dirs.set(pkg.dir, pkg.id)
    }
  const blocks = [...dirs].map(([dir]) => {
    const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const file = readdirSync(dir).find(f => /^(licen[cs]e|copying)/i.test(f))
    const text =
      file && existsSync(path.join(dir, file))
        ? readFileSync(path.join(dir, file), 'utf8').trim()
        : ''
    return `${meta.name}@${meta.version}\n${meta.license ?? 'UNKNOWN'}\n${text}\n`
  })
  return `${[...new Set(blocks)].sort().join('\n')}`
}

await main()
