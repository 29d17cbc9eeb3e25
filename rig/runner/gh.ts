/**
 * The `gh` a hosted runner has, for what the shipped workflows ask of it: `gh workflow run
 * <workflow> [--ref R] [-f key=value…]` against the emulator with GH_TOKEN. Any other command
 * fails and names itself, so a recipe that needs more is noticed.
 */
export const GH_STAND_IN = `#!/usr/bin/env node
const [cmd, sub, workflow, ...rest] = process.argv.slice(2)
const die = m => { console.error('gh (rig stand-in): ' + m); process.exit(1) }
if (cmd !== 'workflow' || sub !== 'run' || !workflow) die('only "gh workflow run <workflow>" is supported, not: ' + process.argv.slice(2).join(' '))
const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN
if (!token) die('To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable.')
const repo = process.env.GH_REPO || process.env.GITHUB_REPOSITORY
const api = process.env.GITHUB_API_URL
const inputs = {}
let ref
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--ref' || rest[i] === '-r') ref = rest[++i]
  else if (rest[i] === '-f' || rest[i] === '--raw-field' || rest[i] === '-F' || rest[i] === '--field') {
    const [k, ...v] = rest[++i].split('='); inputs[k] = v.join('=')
  } else die('unknown flag ' + rest[i])
}
const headers = { authorization: 'token ' + token, accept: 'application/vnd.github+json', 'user-agent': 'gh-rig' }
const main = async () => {
  if (!ref) ref = (await (await fetch(api + '/repos/' + repo, { headers })).json()).default_branch
  const res = await fetch(api + '/repos/' + repo + '/actions/workflows/' + encodeURIComponent(workflow) + '/dispatches', {
    method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ ref, inputs })
  })
  if (res.status >= 300) die('HTTP ' + res.status + ': ' + (await res.text()))
  console.log('✓ Created workflow_dispatch event for ' + workflow + ' at ' + ref)
}
main().catch(e => die(e.message))
`
