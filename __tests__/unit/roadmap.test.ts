import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { compileRoadmap } from '../../src/roadmap/compile-roadmap.js'
import { unitSlug } from '../../src/roadmap/ids.js'
import { EPIC_FALLBACK } from '../../src/roadmap/allocate.js'
import { insertMarkers, missingMarkers } from '../../src/roadmap/write-markers.js'

const sha = (seed: string) => `lc-${createHash('sha1').update(seed).digest('hex').slice(0, 12)}`

function valid(text: string) {
  const compiled = compileRoadmap(text)
  expect(compiled.diagnostics).toEqual([])
  return compiled.roadmap
}

describe('roadmap grammar', () => {
  it('derives loopcoder ids from document order, raw title and raw slice text', () => {
    const r = valid(
      'intro\n\n## Storage **layer**\n\n- doc: Design `x` [spec](http://e.x)\n- code: Build it (needs: doc-1)\n'
    )
    const unitId = sha('unit:1:Storage **layer**')
    expect(r.units[0].id).toBe(unitId)
    expect(r.slices.map(s => s.id)).toEqual([
      sha(`slice:${unitId}:2:doc:Design \`x\` [spec](http://e.x)`),
      sha(`slice:${unitId}:3:code:Build it`)
    ])
    expect(r.slices.map(s => s.ref)).toEqual(['storage-layer/doc-1', 'storage-layer/code-1'])
  })

  it('keeps existing markers verbatim and retries colliding ids with :2', () => {
    const unitId = sha('unit:1:A')
    const r = valid(
      `## A\n- doc: one <!-- lc:u=${sha(`slice:${unitId}:3:doc:two`)} -->\n- doc: two\n`
    )
    expect(r.slices[0].id).toBe(sha(`slice:${unitId}:3:doc:two`))
    expect(r.slices[0].marked).toBe(true)
    expect(r.slices[1].id).toBe(sha(`slice:${unitId}:3:doc:two:2`))
  })

  it('reproduces the ids loopcoder wrote into a real roadmap', () => {
    // A copy of ../shared/real-roadmaps/loopcoder-v0.9-planning-ROADMAP.md, so the test always runs.
    const file = '__tests__/fixtures/roadmaps/loopcoder-v0.9.md'
    const r = valid(readFileSync(file, 'utf8'))
    // Its markers were written over time, so each unit id must match `unit:<order>:<title>` for some order.
    for (const unit of r.units.filter(u => u.marked).slice(1)) {
      const orders = Array.from({ length: 400 }, (_, i) => i + 1)
      expect(orders.some(o => sha(`unit:${o}:${unit.title}`) === unit.id)).toBe(true)
    }
    const slice = r.slices[0]
    expect(
      Array.from({ length: 50 }, (_, i) => i + 1).some(
        o => sha(`slice:${slice.unitId}:${o}:${slice.kind}:${slice.text}`) === slice.id
      )
    ).toBe(true)
  })

  it('selects only doc:/code: items as slices; everything else is intent; fenced code is skipped', () => {
    const r = valid(
      [
        '# Title',
        '- code: before any unit is ignored',
        '## Unit one',
        'Some intent.',
        '### A sub heading',
        '- planned-code: later',
        '- shipped-doc: done',
        '- Code: not lower-case',
        '- doc: first slice',
        '  continuation belongs to the intent',
        '  - code: nested slice',
        '```',
        '- code: inside a fence',
        '```',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '- [ ] code: a task-list slice'
      ].join('\n')
    )
    expect(r.slices.map(s => `${s.kind}:${s.text}`)).toEqual([
      'doc:first slice',
      'code:nested slice',
      'code:a task-list slice'
    ])
    const intent = r.units[0].intent
    expect(intent).toContain('### A sub heading')
    expect(intent).toContain('- planned-code: later')
    expect(intent).toContain('continuation belongs to the intent')
    expect(intent).toContain('| 1 | 2 |')
    expect(intent).not.toContain('first slice')
    expect(intent).not.toContain('inside a fence')
  })

  it('resolves needs by marker id, full ref (any case), short ref and #issue; none clears defaults', () => {
    const r = valid(
      [
        '## A <!-- lc:u=lc-unit-a -->',
        '- doc: spec <!-- lc:u=lc-spec -->',
        '- doc: notes',
        '- code: default deps',
        '- code: explicit (needs: lc-spec; A/DOC-2, #12)',
        '- code: none (needs: none)',
        '- code: empty (needs: [])'
      ].join('\n')
    )
    const refs = (i: number) =>
      r.blockers
        .get(r.slices[i].id)!
        .map(b => (b.type === 'slice' ? r.slices.find(s => s.id === b.id)!.ref : `#${b.number}`))
    expect(refs(2)).toEqual(['a/doc-1', 'a/doc-2'])
    expect(refs(3)).toEqual(['a/doc-1', 'a/doc-2', '#12'])
    expect(refs(4)).toEqual([])
    expect(refs(5)).toEqual([])
  })

  it('gives an epic without slices one fallback doc slice with a stable id', () => {
    const r = valid('## [EPIC] Big move\nIntent.\n')
    expect(r.units[0]).toMatchObject({ title: 'Big move', epic: true })
    expect(r.slices).toHaveLength(1)
    expect(r.slices[0]).toMatchObject({
      kind: 'doc',
      text: EPIC_FALLBACK('Big move'),
      ref: 'big-move/doc-1',
      synthetic: true
    })
    const again = valid(
      '## Before\n\n## [EPIC] Big move <!-- lc:u=' + r.units[0].id + ' -->\nIntent.\n'
    )
    expect(again.slices[0].id).toBe(r.slices[0].id)
  })

  it('reports every error with its line and the cycle path', () => {
    const compiled = compileRoadmap(
      [
        '## A',
        '- code: one (needs: b/doc-1)',
        '## B',
        '- doc: two (needs: a/code-1)',
        '- code: three (needs: ghost)'
      ].join('\n')
    )
    expect(compiled.diagnostics.map(d => [d.line, d.message])).toEqual([
      [2, 'dependency cycle: a/code-1 → b/doc-1 → a/code-1'],
      [5, 'unknown reference "ghost" in b/code-1']
    ])
  })

  it('finds units exactly as a whole-document parse would: not inside fences or HTML comments', () => {
    const r = valid(
      [
        '<!--',
        '## Not a unit (inside a comment)',
        '- doc: not a slice',
        '-->',
        '## One',
        '````md',
        '```',
        '## Not a unit (inside a fence)',
        '```',
        '````',
        '- doc: first',
        '',
        'Plain text ends the list.',
        '   ## Two (indented three spaces)',
        '- code: second',
        '~~~',
        '## still fenced',
        '~~~',
        '## Three',
        '- doc: third'
      ].join('\n')
    )
    expect(r.units.map(u => [u.title, u.line])).toEqual([
      ['One', 5],
      ['Two (indented three spaces)', 14],
      ['Three', 19]
    ])
    expect(r.slices.map(s => [s.ref, s.line])).toEqual([
      ['one/doc-1', 11],
      ['two-indented-three-spaces/code-1', 15],
      ['three/doc-1', 20]
    ])
  })

  it('slugs titles the loopcoder way', () => {
    expect(unitSlug('0.6.0 — Model & depth: selection!')).toBe('0-6-0-model-depth-selection')
    expect(unitSlug('***')).toBe('unit')
  })
})

describe('marker write-back', () => {
  it('inserts only markers and keeps every other byte, CRLF and trailing spaces included', () => {
    const text =
      '# R\r\n\r\n## Unit one ##  \r\n- doc: first  \r\n- code: second (needs: doc-1)\r\n## [epic] E\r\n'
    const r = valid(text)
    const written = insertMarkers(text, missingMarkers(r))
    expect(written.replace(/ <!-- lc:u=lc-[0-9a-f]{12} -->/g, '')).toBe(text)
    expect(written).toContain(`## Unit one ## <!-- lc:u=${r.units[0].id} -->  \r\n`)
    expect(written).toContain(`- code: second (needs: doc-1) <!-- lc:u=${r.slices[1].id} -->\r\n`)
    // The written file parses to the same ids and needs nothing more.
    const again = valid(written)
    expect(again.slices.map(s => s.id)).toEqual(r.slices.map(s => s.id))
    expect(missingMarkers(again)).toEqual([])
  })
})

describe('lines shaped against the parser (each read in one pass)', () => {
  const spaces = ' '.repeat(40_000)
  const slicesOf = (text: string) => compileRoadmap(text, 'ROADMAP.md').roadmap.slices

  it('long runs of spaces inside and after a slice, a heading and a marker', () => {
    const text = [
      `## Unit${spaces}x${spaces}`,
      '',
      `- code: a${spaces}b (needs:${spaces}none)${spaces}`,
      `- code: c (needs:${spaces}x`,
      `- code: d${' \t'.repeat(20_000)}(files: src/x.ts)${spaces}`,
      `- code: e <!--${spaces}lc:u=`,
      `- code: f${spaces}<!-- lc:u=lc-fixed01 -->${spaces}`,
      `## Second ##${spaces}`
    ].join('\n')
    const compiled = compileRoadmap(text, 'ROADMAP.md')
    const slices = compiled.roadmap.slices
    expect(slices.map(s => s.kind)).toEqual(['code', 'code', 'code', 'code', 'code'])
    expect(slices[0].text).toBe(`a${spaces}b`)
    expect(slices[0].needs).toEqual([])
    expect(slices[1].text).toBe(`c (needs:${spaces}x`)
    expect(slices[2].files).toEqual(['src/x.ts'])
    expect(slices[4].id).toBe('lc-fixed01')
    expect(compiled.roadmap.units.map(u => u.title)).toEqual([`Unit${spaces}x`, 'Second'])
  })

  it('thousands of clause openings on one line', () => {
    const compiled = compileRoadmap(
      `## U\n\n- code: a ${'(needs: '.repeat(20_000)}none)\n`,
      'ROADMAP.md'
    )
    expect(compiled.roadmap.slices[0].text).toBe('a')
    expect(compiled.diagnostics).toHaveLength(1)
  })

  it('brace globs stay whole: their commas are not the list’s', () => {
    const [s] = slicesOf('## U\n\n- code: api (files: src/{api,cli}/**, docs/{a,b}.md, ./x.ts)\n')
    expect(s.files).toEqual(['src/{api,cli}/**', 'docs/{a,b}.md', 'x.ts'])
  })

  it('more declared paths than a plan of files holds: warned, and judged as touching anything', () => {
    const paths = Array.from({ length: 70 }, (_, i) => `src/f${i}.ts`).join(', ')
    const compiled = compileRoadmap(`## U\n\n- code: a (files: ${paths})\n`, 'ROADMAP.md')
    expect(compiled.warnings.map(w => w.message).join('\n')).toContain(
      'declares 70 paths in (files: …)'
    )
  })
})
