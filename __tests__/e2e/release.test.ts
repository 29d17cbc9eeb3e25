/**
 * A release anyone can make and use: `npm run release -- X.Y.Z` prepares it (CHANGELOG section,
 * versions, commit, tag), and the release workflow — run on the rig's runner for the pushed tag,
 * as shipped — checks the tag against the version, publishes the GitHub Release with its notes
 * and the CLI tarball, and moves the major tag; the tarball installs offline and reports the
 * tag's version. Its `test` job is what CI runs on every change (`npm ci`, `npm test`: the whole
 * suite, minutes long); here it stands as a job that passes, and the release job runs unchanged.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml, stringify } from 'yaml'
import { childTemp, ROOT, tempDir } from '../../rig/harness.js'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { Actions } from '../../rig/runner/service.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string

/** Every file under `dir` (relative to ROOT). */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap(name => {
    const rel = `${dir}/${name}`
    return statSync(path.join(ROOT, rel)).isDirectory() ? filesUnder(rel) : [rel]
  })
}

/** The repository on the rig as it stands at release: the package, its bundle, its scripts. */
function seedRepository(): void {
  const m = rig.github.model
  const files = [
    'package.json',
    'LICENSE',
    'CHANGELOG.md',
    'bin/delivery-loop.js',
    'scripts/pack-cli.mjs',
    'scripts/release-notes.mjs',
    ...filesUnder('dist')
  ]
  for (const file of files) m.writeFile('main', file, readFileSync(path.join(ROOT, file)))
}

/** release.yml as shipped, its `test` job (the suite CI runs) standing as a passing job. */
function releaseWorkflow(): string {
  const doc = parseYaml(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { run?: string }[] }>
  }
  const runs = doc.jobs.test.steps.map(s => s.run).filter(Boolean)
  expect(runs).toEqual(['npm ci', 'npm test'])
  doc.jobs.test.steps = [{ run: 'echo "the suite: run by CI on every change"' }]
  return stringify(doc)
}

async function pushTag(tag: string) {
  const m = rig.github.model
  const actions = new Actions(rig, {
    workflows: { '.github/workflows/release.yml': releaseWorkflow() }
  })
  try {
    m.pushTag(tag, m.branch('main')!.commitSha)
    return await actions.settle()
  } finally {
    actions.stop()
  }
}

describe('the release workflow', () => {
  it('publishes the release with its notes and the CLI, moves the major tag, and the tarball installs offline', async () => {
    const m = rig.github.model
    const major = `v${VERSION.split('.')[0]}`
    // The major tag exists from an earlier release: it is moved, by force, to this one.
    m.releases.tags.set(major, m.branch('main')!.commitSha)
    seedRepository()
    const head = m.branch('main')!.commitSha
    const runs = await pushTag(`v${VERSION}`)
    expect(runs.map(r => [r.workflow, r.conclusion])).toEqual([
      ['.github/workflows/release.yml', 'success']
    ])
    const release = m.releases.byTag(`v${VERSION}`)!
    expect(release.name).toBe(`v${VERSION}`)
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')
    const section = changelog.split(`## [${VERSION}]`)[1].split('\n## [')[0]
    expect(release.body.trim()).toBe(section.split('\n').slice(1).join('\n').trim())
    expect(release.assets.map(a => a.name)).toEqual(['delivery-loop-cli.tgz'])
    expect(m.releases.tags.get(major)).toBe(head)

    // A user installs the CLI from the release's URL, with no network, and asks its version.
    const url = (
      (await (
        await fetch(`${rig.github.url}/repos/${rig.github.repo}/releases/tags/v${VERSION}`, {
          headers: { authorization: `token ${rig.github.tokens.maintainer}` }
        })
      ).json()) as { assets: { browser_download_url: string }[] }
    ).assets[0].browser_download_url
    const tarball = path.join(tempDir('release'), 'delivery-loop-cli.tgz')
    writeFileSync(tarball, Buffer.from(await (await fetch(url)).arrayBuffer()))
    const user = tempDir('user')
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: user,
      env: { ...process.env, npm_config_cache: tempDir('npm-cache'), ...childTemp() }
    })
    const reported = spawnSync(path.join(user, 'node_modules/.bin/delivery-loop'), ['--version'], {
      encoding: 'utf8'
    })
    expect(reported.stdout.trim()).toBe(`delivery-loop ${VERSION}`)
  }, 120_000)

  it('refuses a tag that is not the version in package.json: no release, the major tag stays', async () => {
    seedRepository()
    const m = rig.github.model
    const runs = await pushTag('v9.9.9')
    expect(runs.map(r => r.conclusion)).toEqual(['failure'])
    expect(runs[0].jobs.release.error ?? JSON.stringify(runs[0].jobs.release)).toContain(
      'but package.json says'
    )
    expect(m.releases.releases).toEqual([])
    expect(m.releases.tags.has('v9')).toBe(false)
  }, 120_000)

  it('ignores a branch push and the major tag itself', async () => {
    seedRepository()
    const runs = await pushTag('v0')
    expect(runs).toEqual([])
  }, 60_000)
})

describe('npm run release -- X.Y.Z', () => {
  function project(unreleased: string): string {
    const dir = tempDir('release-prep')
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' })
    git('init', '-q', '-b', 'main')
    git('config', 'user.email', 'maintainer@example.com')
    git('config', 'user.name', 'Maintainer')
    writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "x",\n  "version": "0.2.0"\n}\n')
    writeFileSync(
      path.join(dir, 'package-lock.json'),
      '{\n  "name": "x",\n  "version": "0.2.0",\n  "packages": {\n    "": { "name": "x", "version": "0.2.0" }\n  }\n}\n'
    )
    writeFileSync(
      path.join(dir, 'CHANGELOG.md'),
      `# Changelog\n\n## [Unreleased]\n${unreleased}\n## [0.2.0] — 2026-11-24\n\n- Old.\n`
    )
    git('add', '.')
    git('commit', '-qm', 'init')
    return dir
  }
  const release = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/release.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8'
    })

  it('moves Unreleased under the version, sets both versions, commits and tags', () => {
    const dir = project('\n### Added\n\n- New thing.\n')
    const run = release(dir, '0.3.0', '--date', '2026-12-07')
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('git push origin HEAD v0.3.0')
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8')
    expect(read('CHANGELOG.md')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.3.0] — 2026-12-07\n\n### Added\n\n- New thing.\n\n## [0.2.0] — 2026-11-24\n\n- Old.\n'
    )
    expect(JSON.parse(read('package.json')).version).toBe('0.3.0')
    expect(JSON.parse(read('package-lock.json')).packages[''].version).toBe('0.3.0')
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' }).trim()
    expect(git('status', '--porcelain')).toBe('')
    expect(git('describe', '--tags', '--exact-match')).toBe('v0.3.0')
    expect(git('log', '-1', '--format=%s')).toBe('Release v0.3.0')
  })

  it.each([
    ['an empty Unreleased section', '\n', ['0.3.0'], 'is empty: nothing to release'],
    ['a version not newer', '\n- x\n', ['0.2.0'], 'is not newer than'],
    ['no version', '\n- x\n', [], 'give the version to release'],
    ['a bad date', '\n- x\n', ['0.3.0', '--date', 'today'], '--date must be YYYY-MM-DD']
  ])('refuses %s, changing nothing', (_name, unreleased, args, message) => {
    const dir = project(unreleased)
    const before = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')
    const run = release(dir, ...args)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(message)
    expect(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toBe(before)
    expect(execFileSync('git', ['tag'], { cwd: dir, encoding: 'utf8' })).toBe('')
  })

  it('refuses a working tree with changes', () => {
    const dir = project('\n- x\n')
    writeFileSync(path.join(dir, 'stray.txt'), 'x')
    const run = release(dir, '0.3.0')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('the working tree has changes')
  })
})
