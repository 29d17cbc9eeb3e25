/** Publish rules (publish/rules.ts, publish/git-names.ts): protected files by identity, git's ref names. */
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { badBranchName, treePath } from '../../src/publish/git-names.js'
import { checkChange, type ChangeContext, type FileChange } from '../../src/publish/rules.js'

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
})
