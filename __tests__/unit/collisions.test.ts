/** When declared paths and changed paths collide (src/loop/collisions.ts). */
import { describe, expect, it } from '@jest/globals'
import { changedOverlap, declaredOverlap, patternsOverlap } from '../../src/loop/collisions.js'

describe('patternsOverlap', () => {
  it.each([
    ['src/api/**', 'src/api/users.ts', true],
    ['src/api/**', 'src/**', true],
    ['docs/*.md', 'docs/api.md', true],
    ['docs/api.md', 'docs/api.md', true],
    ['docs/api.md', 'docs/auth.md', false],
    ['src/api/**', 'src/apis/x.ts', false],
    ['src/api/**', 'docs/**', false],
    ['src/a/*.ts', 'src/b/*.ts', false],
    ['.github/workflows/*.yml', '.github/workflows/ci.yml', true]
  ])('%s and %s: %s', (a, b, expected) => {
    expect(patternsOverlap(a, b)).toBe(expected)
    expect(patternsOverlap(b, a)).toBe(expected)
  })
})

describe('declaredOverlap and changedOverlap', () => {
  it('name the first of my patterns that collides', () => {
    expect(declaredOverlap(['docs/x.md', 'src/api/**'], ['src/api/users.ts'])).toBe('src/api/**')
    expect(declaredOverlap(['docs/x.md'], ['src/**'])).toBeUndefined()
    expect(
      changedOverlap(['src/db/**'], { paths: ['README.md', 'src/db/schema.sql'], complete: true })
    ).toBe('src/db/**')
    expect(changedOverlap(['src/db/**'], { paths: ['README.md'], complete: true })).toBeUndefined()
  })

  it('count a pull request that changes more files than GitHub listed as touching anything', () => {
    expect(changedOverlap(['src/db/**'], { paths: ['README.md'], complete: false })).toBe(
      'src/db/**'
    )
  })
})

describe('bounded on lists of any length', () => {
  it('more patterns than a plan of files holds collide with anything, without comparing them all', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `src/f${i}.ts`)
    expect(declaredOverlap(many, ['docs/x.md'])).toBe('src/f0.ts')
    expect(changedOverlap(many, { paths: ['docs/x.md'], complete: true })).toBe('src/f0.ts')
  })

  it('a brace glob matches the files of each of its alternatives', () => {
    const changed = { paths: ['src/cli/main.ts'], complete: true }
    expect(changedOverlap(['src/{api,cli}/**'], changed)).toBe('src/{api,cli}/**')
    expect(changedOverlap(['src/{api,web}/**'], changed)).toBeUndefined()
  })

  it('literal paths are looked up, not matched one by one', () => {
    const paths = Array.from({ length: 3_000 }, (_, i) => `src/f${i}.ts`)
    expect(changedOverlap(['src/f2999.ts'], { paths, complete: true })).toBe('src/f2999.ts')
    expect(declaredOverlap(['src/f3.ts'], ['src/f3.ts', 'src/**'])).toBe('src/f3.ts')
  })
})
