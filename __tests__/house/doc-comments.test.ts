/**
 * Every doc comment sits on the declaration it describes: one followed by another doc comment, a
 * blank line or an import describes nothing (its declaration moved away, or it was left behind)
 * — an editor then shows it on the wrong thing, or on nothing. A file's opening comment is its
 * purpose and may stand alone.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sources(file)
    return name.endsWith('.ts') ? [file] : []
  })
}

/** The 1-based lines of doc comments that describe no declaration. */
export function strayDocComments(text: string): number[] {
  const lines = text.split('\n')
  const out: number[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim().startsWith('/**')) continue
    let end = i
    while (end < lines.length && !lines[end].includes('*/')) end++
    let next = end + 1
    while (next < lines.length && lines[next].trim().startsWith('// eslint-')) next++
    const following = (lines[next] ?? '').trim()
    const header = lines.slice(0, i).every(l => l.trim() === '')
    if (!header && (following === '' || /^(import\b|\/\*\*)/.test(following))) out.push(i + 1)
    i = end
  }
  return out
}

describe('doc comments', () => {
  it('each sits on a declaration in src/', () => {
    const stray = sources(path.resolve('src')).flatMap(file =>
      strayDocComments(readFileSync(file, 'utf8')).map(
        line => `${path.relative(process.cwd(), file)}:${line}`
      )
    )
    expect(stray).toEqual([])
  })

  it('catches a planted stray comment of each kind (the check can fail)', () => {
    const planted = [
      '/** The file. */',
      "import a from 'a'",
      '/** Left behind. */',
      '/** The real one. */',
      'export const b = 1',
      '/** Detached. */',
      '',
      'export const c = 2',
      '/** Over an import. */',
      "import d from 'd'"
    ].join('\n')
    expect(strayDocComments(planted)).toEqual([3, 6, 9])
  })
})
