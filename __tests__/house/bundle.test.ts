/**
 * What GitHub loads on every run stays small: the build's metafile (dist/composition.json,
 * written by scripts/build.mjs) says what each file of the bundle holds. The files `index.js`
 * reaches by static imports load on every run — they have a budget and no undici (only a runner
 * behind a proxy needs it: dist/undici.cjs, read on demand); every other chunk loads when a mode
 * imports it and has its own budget; no package is bundled twice in two versions.
 */
import { describe, expect, it } from '@jest/globals'
import {
  budgetProblems,
  readComposition as composition,
  type Composition
} from '../../rig/bundle-composition.js'

describe('the bundle', () => {
  it('keeps every budget, loads no undici unless proxied, bundles each package once', () => {
    expect(budgetProblems(composition())).toEqual([])
    expect(composition()['undici.cjs'].holds).toHaveProperty(['undici@6.29.1'])
  })

  it('catches a planted violation of each rule', () => {
    const out = (bytes: number, holds: Record<string, number>, imports: string[] = []) => ({
      bytes,
      holds,
      imports: imports.map(path => ({ path, kind: 'import-statement' }))
    })
    const planted: Composition = {
      'index.js': out(100, { src: 100 }, ['chunk-A.js']),
      'chunk-A.js': out(700_000, { 'undici@6.29.1': 600_000, '@actions/http-client@4.0.1': 1 }),
      'chunk-B.js': out(900_000, { '@actions/http-client@3.0.2': 1 }),
      'undici.cjs': out(500_000, { 'undici@6.29.1': 500_000 })
    }
    expect(budgetProblems(planted)).toEqual([
      'always loaded: 700100 bytes > 600000',
      'chunk-A.js holds undici',
      'chunk-B.js: 900000 bytes > 800000',
      'undici.cjs: 500000 bytes > 450000',
      '@actions/http-client bundled twice: @actions/http-client@3.0.2, @actions/http-client@4.0.1'
    ])
  })
})
