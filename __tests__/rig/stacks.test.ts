/**
 * What GitHub does to a stack, as the emulator models it: a pull request based on another's
 * branch; its base changed by a PATCH; and when a branch is deleted, the pull requests on it
 * retargeted to the merged pull request's base — or closed when that one never merged. Every
 * answer is checked against GitHub's OpenAPI description.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ConformanceChecker } from '../../rig/github/openapi.js'
import { startRig, type Rig } from '../../rig/index.js'
import { mergeAs } from '../../rig/loop.js'
import { restClient } from '../../rig/rest-client.js'

let rig: Rig
let stopObserving: () => void
const repo = { owner: 'acme', repo: 'widgets' }
const checker = new ConformanceChecker()

beforeAll(async () => {
  rig = await startRig()
  stopObserving = rig.github.observe(e => checker.check(e))
})
afterAll(async () => {
  stopObserving()
  await rig.stop()
})

/** A branch off `from` with one file changed, and a pull request from it into `base`. */
async function stackedPull(name: string, from: string, base: string) {
  const m = rig.github.model
  const api = restClient(rig.github.tokens.maintainer, { baseUrl: rig.github.url })
  await api.rest.git.createRef({
    ...repo,
    ref: `refs/heads/${name}`,
    sha: m.branch(from)!.commitSha
  })
  m.writeFile(name, `${name.replace(/\W/g, '-')}.txt`, Buffer.from(`${name}\n`))
  const { data } = await api.rest.pulls.create({ ...repo, head: name, base, title: name, body: '' })
  return data.number
}

describe('stacks on the emulator', () => {
  it('retargets a stack when its merged base branch is deleted, and closes one whose base never merged', async () => {
    const m = rig.github.model
    const api = restClient(rig.github.tokens.maintainer, { baseUrl: rig.github.url })
    const a = await stackedPull('loop/issue-1', 'main', 'main')
    const b = await stackedPull('loop/issue-2', 'loop/issue-1', 'loop/issue-1')
    expect(m.issue(b)!.pull!.base).toBe('loop/issue-1')
    expect(await mergeAs(rig, a)).toBe(200)
    await api.rest.git.deleteRef({ ...repo, ref: 'heads/loop/issue-1' })
    expect(m.issue(b)!.pull!.base).toBe('main')
    expect(m.issue(b)!.state).toBe('open')

    const c = await stackedPull('loop/issue-3', 'main', 'main')
    const d = await stackedPull('loop/issue-4', 'loop/issue-3', 'loop/issue-3')
    await api.rest.git.deleteRef({ ...repo, ref: 'heads/loop/issue-3' })
    expect([c, d].map(n => m.issue(n)!.state)).toEqual(['closed', 'closed'])
    expect(checker.violations).toEqual([])
  })

  it('changes a base by PATCH, and refuses a base that does not exist', async () => {
    const m = rig.github.model
    const api = restClient(rig.github.tokens.maintainer, { baseUrl: rig.github.url })
    await stackedPull('loop/issue-5', 'main', 'main')
    const f = await stackedPull('loop/issue-6', 'loop/issue-5', 'loop/issue-5')
    await api.rest.pulls.update({ ...repo, pull_number: f, base: 'main' })
    expect(m.issue(f)!.pull!.base).toBe('main')
    await expect(
      api.rest.pulls.update({ ...repo, pull_number: f, base: 'no-such-branch' })
    ).rejects.toMatchObject({ status: 422 })
    expect(checker.violations).toEqual([])
  })
})
