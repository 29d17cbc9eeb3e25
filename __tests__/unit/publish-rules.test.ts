/** Publish rules (publish/rules.ts, publish/git-names.ts): protected files by identity, git's ref names. */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { badBranchName, treePath } from '../../src/publish/git-names.js'
import {
  checkChange,
  PUBLISH_REQUEST_BUDGET,
  type ChangeContext,
  type FileChange
} from '../../src/publish/rules.js'

const config = parseConfig('version: 1\n', '.delivery.yml').config
const ctx = (more: Partial<ChangeContext> = {}): ChangeContext => ({
  config,
  roadmapPath: 'ROADMAP.md',
  configPath: '.delivery.yml',
  branch: 'loop/issue-7',
  defaultBranch: 'main',
  ...more
})
const change = (path: string): FileChange => ({
  path,
  status: 'modified',
  mode: '100644',
  binary: false,
  bytes: 10
})
const rulesFor = (path: string, more: Partial<ChangeContext> = {}) =>
  checkChange([change(path)], ctx(more)).map(r => r.rule)

describe('publish rules', () => {
  it.each([
    ['ci/delivery.yml', { configPath: 'ci/delivery.yml' }, ['configuration']],
    ['ci/delivery.yml', { configPath: './ci/delivery.yml' }, ['configuration']],
    ['ci/delivery.yml', { configPath: 'ci//./delivery.yml' }, ['configuration']],
    ['plan/ROADMAP.md', { roadmapPath: './plan/ROADMAP.md' }, ['publish.roadmap_in_doc_slices']],
    [
      'plan/ROADMAP.md',
      { roadmapPath: 'plan/../plan/ROADMAP.md' },
      ['publish.roadmap_in_doc_slices']
    ],
    ['.delivery.yml', {}, ['publish.forbidden_paths']],
    ['src/a.ts', { configPath: 'ci/delivery.yml' }, []],
    ['plan/roadmap.md', { roadmapPath: 'plan/ROADMAP.md' }, []]
  ] as const)('%s with %j → %j', (path, more, rules) => {
    expect(rulesFor(path, more)).toEqual(rules)
  })

  it.each([
    ['loop/issue-7', undefined],
    ['loop/issue-7-retry-1', undefined],
    ['loop/../main', 'it has ".."'],
    ['loop/issue-9 main', 'it has a space, a control character or one of ~ ^ : ? * [ \\'],
    ['loop/issue-9.lock', 'its part "issue-9.lock" starts with "." or ends with ".lock"'],
    ['loop/.hidden', 'its part ".hidden" starts with "." or ends with ".lock"'],
    ['loop//x', 'it starts or ends with "/" or has "//"'],
    ['loop/x.', 'it ends with "."'],
    ['loop/a@{1}', 'it has "@{"'],
    ['loop/a~1', 'it has a space, a control character or one of ~ ^ : ? * [ \\']
  ])('branch %j: %s', (name, why) => {
    expect(badBranchName(name)).toBe(why)
    if (why) expect(rulesFor('src/a.ts', { branch: name })).toEqual(['branch'])
  })

  it('normalises paths as the tree stores them', () => {
    expect(treePath('./a//b/./c')).toBe('a/b/c')
    expect(treePath('a/../../b')).toBeUndefined()
  })

  it('a change that would need more requests than publish may make is refused by its budget', () => {
    const wide = parseConfig('version: 1\npublish:\n  max_files: 1000\n', '.delivery.yml').config
    const files = Array.from({ length: 400 }, (_, i) => change(`src/f${i}.ts`))
    expect(checkChange(files, ctx({ config: wide }))).toEqual([
      {
        rule: 'request budget',
        detail: `400 files need about 420 requests to publish, more than publish's budget of ${PUBLISH_REQUEST_BUDGET}: split the change (or lower publish.max_files)`
      }
    ])
    expect(checkChange(files.slice(0, 250), ctx({ config: wide }))).toEqual([])
  })

  it('before the claim is read the branch is unknown: its rules wait', () => {
    expect(checkChange([change('src/a.ts')], ctx({ branch: undefined }))).toEqual([])
  })
})
