/** What the loop writes stays within GitHub's size limits, and says what it left out. */
import { describe, expect, it } from '@jest/globals'
import { planCompile } from '../../src/compile/plan.js'
import { planMarkdown } from '../../src/compile/summary.js'
import { planPublish } from '../../src/publish/plan.js'
import {
  COMMENT_ROOM_CHARS as COMMENT_LIMIT,
  fitTitle,
  TITLE_LIMIT_CHARS
} from '../../src/github/limits.js'
import { cutChars, cutUtf8 } from '../../src/text/cut.js'
import { boundedTable, fitSummary, keepTail } from '../../src/report/markdown.js'
import { MERMAID_MAX_TEXT, mermaidGraph } from '../../src/report/mermaid.js'
import { compileRoadmap } from '../../src/roadmap/compile-roadmap.js'
import { generateRoadmap } from '../../bench/generate.js'

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`row ${i}`, 'x'.repeat(40)])
const more = (left: number) => `_… ${left} more_`

describe('bounded tables', () => {
  it('keep a table that fits whole', () => {
    const t = boundedTable(['a', 'b'], rows(3), 10_000, more)
    expect(t.split('\n')).toHaveLength(5)
    expect(t).not.toContain('more')
  })

  it('show the rows that fit and count the rest', () => {
    const t = boundedTable(['a', 'b'], rows(1000), 5_000, more)
    expect(t.length).toBeLessThanOrEqual(5_000)
    const shown = t.split('\n').filter(l => l.startsWith('| row')).length
    expect(shown).toBeGreaterThan(50)
    expect(t).toContain(`_… ${1000 - shown} more_`)
  })

  it('fall back to the note alone when not even one row fits', () => {
    expect(boundedTable(['a', 'b'], rows(5), 20, more)).toBe('_… 5 more_')
  })
})

describe('the job summary', () => {
  it('is cut at a line under 1 MiB with a note, never inside a character', () => {
    const big = Array.from(
      { length: 40_000 },
      (_, i) => `line ${i} — ünïcödé 😀 ${'y'.repeat(20)}`
    ).join('\n')
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024)
    const fitted = fitSummary(big)
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(1024 * 1024)
    expect(fitted).toContain('[TRUNCATED summary')
    expect(fitted).not.toContain('\uFFFD')
    expect(fitSummary('small')).toBe('small')
  })
})

describe('the compile plan', () => {
  const compiled = compileRoadmap(generateRoadmap(3000))
  const plan = planCompile({
    compiled,
    existing: [],
    trusted: () => true,
    external: new Map(),
    render: {}
  })

  it('fits a pull-request comment, naming how many changes it left out', () => {
    const md = planMarkdown(compiled, plan, '## plan', COMMENT_LIMIT)
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(md).toContain('**3000** to create')
    const listed = md.split('\n').filter(l => l.startsWith('| create')).length
    expect(md).toContain(`_… ${3000 - listed} more changes are not shown here`)
  })

  it('lists every change when nothing bounds it (the job summary)', () => {
    const md = planMarkdown(compiled, plan, '## plan')
    expect(md.split('\n').filter(l => l.startsWith('| create'))).toHaveLength(3000)
  })

  it('replaces a graph too big for GitHub’s Mermaid renderer with a note', () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => ({
      key: `k${i}`,
      label: `slice ${i} ${'z'.repeat(30)}`,
      group: `g${i}`,
      groupLabel: `unit ${i} ${'w'.repeat(30)}`
    }))
    const graph = mermaidGraph(nodes, [])
    expect(graph).not.toContain('```mermaid')
    expect(graph).toContain('bigger than GitHub')
    expect(mermaidGraph(nodes.slice(0, 10), []).length).toBeLessThan(MERMAID_MAX_TEXT)
    expect(mermaidGraph(nodes.slice(0, 10), [])).toContain('```mermaid')
  })
})

describe('a pull request body that grows with every attempt', () => {
  it('keeps the newest attempt and its attestation whole, cutting the oldest text visibly', () => {
    const attestation = '<!-- lc:attest {"role":"worker","provider":"anthropic"} -->'
    const plan = planPublish({
      task: {
        issue: 7,
        title: 'Fix it',
        branch: 'loop/issue-7',
        kind: 'fix',
        attempt: 3,
        pull: { number: 9, body: `Closes #7\n\n${'😀 earlier attempt text '.repeat(4000)}` }
      },
      changes: [{ path: 'src/a.ts', status: 'modified', mode: '100644', binary: false, bytes: 10 }],
      refusals: [],
      attestation,
      baseSha: 'a'.repeat(40),
      branchExists: true,
      defaultBranch: 'main'
    })
    const update = plan.operations.find(o => o.op === 'update-pull') as { body: string }
    expect(update.body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(update.body.startsWith('Closes #7')).toBe(true)
    expect(update.body).toContain("[… cut here to stay under GitHub's body limit]")
    expect(update.body.endsWith(attestation)).toBe(true)
    expect(update.body).toContain('**Attempt 3** (fix)')
    expect(update.body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })

  it('leaves a body that fits as it is', () => {
    expect(keepTail('head', ' tail', 100)).toBe('head tail')
  })
})

describe("GitHub's limits, and the one way text is cut (github/limits.ts)", () => {
  it('cuts by characters, never between the halves of a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀tail`
    expect(cutChars(text, 10)).toBe('a'.repeat(9))
    expect(cutChars(text, 11)).toBe(`${'a'.repeat(9)}😀`)
    expect(cutChars('short', 10)).toBe('short')
  })

  it('cuts by UTF-8 bytes, never inside a character', () => {
    expect(cutUtf8('ééé', 3)).toBe('é')
    expect(Buffer.byteLength(cutUtf8('日本語テキスト', 10))).toBeLessThanOrEqual(10)
  })

  it('fits a title to 256 characters with an ellipsis, an emoji at the edge kept whole or dropped', () => {
    const title = `${'x'.repeat(254)}😀😀`
    const fitted = fitTitle(title)
    expect(fitted.length).toBeLessThanOrEqual(TITLE_LIMIT_CHARS)
    expect(fitted).toBe(`${'x'.repeat(254)}…`)
    expect(() => encodeURIComponent(fitted)).not.toThrow() // no lone surrogate
    expect(fitTitle('Code: short')).toBe('Code: short')
  })
})
