/** Roadmap bounds (roadmap/bounds.ts): refused before any parse, with the line, in linear time. */
import { describe, expect, it } from '@jest/globals'
import { MAX_ROADMAP_BYTES, nestingOf, roadmapBounds } from '../../src/roadmap/bounds.js'
import { compileRoadmap } from '../../src/roadmap/compile-roadmap.js'

describe('roadmap bounds', () => {
  it.each([
    ['- code: a', 1],
    ['  - sub-bullet', 2],
    ['- - - x', 3],
    ['> > quoted', 2],
    ['1. 2) - x', 3],
    ['\t\t- tabbed', 5],
    ['-not a marker', 0],
    ['plain text', 0]
  ])('%j nests %d level(s)', (line, depth) => {
    expect(nestingOf(line)).toBe(depth)
  })

  it('refuses deep nesting with its line, and lets ordinary nesting through', () => {
    const ok = `## U\n- code: a\n  - detail\n    - more\n${'  '.repeat(30)}deep but fine\n`
    expect(roadmapBounds(ok, 'ROADMAP.md')).toEqual([])
    const deep = `## U\n- code: a\n${'> '.repeat(40)}x\n`
    expect(roadmapBounds(deep, 'plan/ROADMAP.md')).toEqual([
      {
        file: 'plan/ROADMAP.md',
        line: 3,
        message:
          'this line nests more than 32 levels deep (lists, quotes and indentation): flatten it'
      }
    ])
  })

  it('refuses a roadmap over the size limit before reading its lines', () => {
    const big = 'x'.repeat(MAX_ROADMAP_BYTES + 1)
    expect(roadmapBounds(big, 'ROADMAP.md')[0]).toMatchObject({ line: 1 })
    expect(roadmapBounds(big, 'ROADMAP.md')[0].message).toContain('over the limit of 8388608')
  })

  it('compile reports the bound as an error and parses nothing', () => {
    const compiled = compileRoadmap(`## U\n- code: a\n${'- '.repeat(50_000)}x\n`)
    expect(compiled.roadmap.slices).toEqual([])
    expect(compiled.diagnostics).toMatchObject([{ line: 3 }])
  })

  it('a long list with sub-bullets parses item by item, as the whole document would', () => {
    const text = `## U\n${Array.from({ length: 300 }, (_, i) => `- code: slice ${i}\n  - detail ${i}\n\n  more ${i}\n`).join('')}`
    const compiled = compileRoadmap(text)
    expect(compiled.diagnostics).toEqual([])
    expect(compiled.roadmap.slices).toHaveLength(300)
    expect(compiled.roadmap.slices[299]).toMatchObject({ text: 'slice 299', line: 2 + 299 * 4 })
    expect(compiled.roadmap.units[0].intent).toContain('detail 0')
    expect(compiled.roadmap.units[0].intent).toContain('more 299')
  })
})
