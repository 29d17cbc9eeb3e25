/**
 * The `gh` a hosted runner has, for what the shipped workflows ask of it, against the emulator
 * with GH_TOKEN: `gh workflow run <workflow> [--ref R] [-f key=value…]`, `gh release create <tag>
 * [--title T] [--notes-file F] [asset…]` (the release, then each asset to its upload URL), and
 * `gh api [--method M] <path> [-f key=value] [-F key=typed]`. Any other command fails and names
 * itself, so a recipe that needs more is noticed.
 */
export const GH_STAND_IN = `#!/usr/bin/env node
// Builtins without require/import: the file runs as CommonJS or ESM alike.
const fs = process.getBuiltinModule('node:fs')
const path = process.getBuiltinModule('node:path')
const args = process.argv.slice(2)
const die = m => { console.error('gh (rig stand-in): ' + m); process.exit(1) }
const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN
if (!token) die('To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable.')
const repo = process.env.GH_REPO || process.env.GITHUB_REPOSITORY
const api = process.env.GITHUB_API_URL
const headers = { authorization: 'token ' + token, accept: 'application/vnd.github+json', 'user-agent': 'gh-rig' }
const call = async (method, url, body, type = 'application/json') => {
  const res = await fetch(url.startsWith('http') ? url : api + '/' + url.replace(/^\\//, ''), {
    method, headers: { ...headers, ...(body !== undefined ? { 'content-type': type } : {}) },
    ...(body !== undefined ? { body: type === 'application/json' ? JSON.stringify(body) : body } : {})
  })
  const text = await res.text()
  if (res.status >= 300) die((JSON.parse(text || '{}').message || text) + ' (HTTP ' + res.status + ')')
  return text ? JSON.parse(text) : {}
}
const typed = v => v === 'true' ? true : v === 'false' ? false : v === 'null' ? null : /^-?\\d+$/.test(v) ? Number(v) : v

async function workflowRun([workflow, ...rest]) {
  if (!workflow) die('gh workflow run needs a workflow')
  const inputs = {}
  let ref
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--ref' || rest[i] === '-r') ref = rest[++i]
    else if (['-f', '--raw-field', '-F', '--field'].includes(rest[i])) {
      const [k, ...v] = rest[++i].split('='); inputs[k] = v.join('=')
    } else die('unknown flag ' + rest[i])
  }
  if (!ref) ref = (await call('GET', 'repos/' + repo)).default_branch
  await call('POST', 'repos/' + repo + '/actions/workflows/' + encodeURIComponent(workflow) + '/dispatches', { ref, inputs })
  console.log('✓ Created workflow_dispatch event for ' + workflow + ' at ' + ref)
}

async function releaseCreate([tag, ...rest]) {
  if (!tag) die('gh release create needs a tag')
  let title = tag, notes = '', assets = []
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--title' || rest[i] === '-t') title = rest[++i]
    else if (rest[i] === '--notes-file' || rest[i] === '-F') notes = fs.readFileSync(rest[++i], 'utf8')
    else if (rest[i] === '--notes' || rest[i] === '-n') notes = rest[++i]
    else if (rest[i].startsWith('-')) die('unknown flag ' + rest[i])
    else assets.push(rest[i])
  }
  const release = await call('POST', 'repos/' + repo + '/releases', { tag_name: tag, name: title, body: notes, draft: false, prerelease: false })
  for (const file of assets) {
    const upload = release.upload_url.replace(/\\{.*\\}$/, '') + '?name=' + encodeURIComponent(path.basename(file))
    await call('POST', upload, fs.readFileSync(file), 'application/octet-stream')
  }
  console.log(release.html_url)
}

async function apiCall(rest) {
  let method, route
  const body = {}
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--method' || rest[i] === '-X') method = rest[++i]
    else if (rest[i] === '-f' || rest[i] === '--raw-field') { const [k, ...v] = rest[++i].split('='); body[k] = v.join('=') }
    else if (rest[i] === '-F' || rest[i] === '--field') { const [k, ...v] = rest[++i].split('='); body[k] = typed(v.join('=')) }
    else if (rest[i].startsWith('-')) die('unknown flag ' + rest[i])
    else route = rest[i]
  }
  if (!route) die('gh api needs a path')
  const hasBody = Object.keys(body).length > 0
  const out = await call(method || (hasBody ? 'POST' : 'GET'), route.replace('{owner}/{repo}', repo), hasBody ? body : undefined)
  console.log(JSON.stringify(out))
}

const [cmd, sub, ...rest] = args
const run = cmd === 'workflow' && sub === 'run' ? workflowRun(rest)
  : cmd === 'release' && sub === 'create' ? releaseCreate(rest)
  : cmd === 'api' ? apiCall([sub, ...rest])
  : die('only "gh workflow run", "gh release create" and "gh api" are supported, not: ' + args.join(' '))
run.catch(e => die(e.message))
`
