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
