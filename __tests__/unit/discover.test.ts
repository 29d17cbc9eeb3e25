import { describe, expect, it } from '@jest/globals'
import { logExcerpt } from '../../src/discover/excerpt.js'
import { failureSignature, normaliseErrorLine } from '../../src/discover/signature.js'

const base = { workflowPath: '.github/workflows/ci.yml', job: 'test', step: 'Run tests' }

describe('failure signatures', () => {
  it('ignore timestamps, temp paths, durations, hashes and numbers', () => {
    const a =
      '2026-11-20T10:11:12.1234567Z ##[error]Test failed at /tmp/tmp.AbC123/out.txt after 12.5s (commit 3f2a9c1d, run 1234) 2026-11-20 10:11:12'
    const b =
      '2026-11-21T08:00:01.0000000Z ##[error]Test failed at /tmp/tmp.ZZZ999/out.txt after 3s (commit 9b8e7f6a, run 98765) 2026-11-21 08:00:01'
    expect(normaliseErrorLine(a)).toBe(normaliseErrorLine(b))
    expect(failureSignature({ ...base, errorLine: a })).toBe(
      failureSignature({ ...base, errorLine: b })
    )
    expect(failureSignature({ ...base, errorLine: a })).toMatch(/^[0-9a-f]{16}$/)
  })

  it('differ for different errors, jobs or steps', () => {
    const line = '##[error]expected 1 to be 2'
    const sigs = new Set([
      failureSignature({ ...base, errorLine: line }),
      failureSignature({ ...base, errorLine: '##[error]cannot find module x' }),
      failureSignature({ ...base, job: 'lint', errorLine: line }),
      failureSignature({ ...base, step: 'Build', errorLine: line })
    ])
    expect(sigs.size).toBe(4)
  })
})

describe('log excerpts', () => {
  it('window the first error, neutralise mentions, and stay within the byte limit of a 10 MB log', () => {
    const filler = Array.from(
      { length: 200_000 },
      (_, i) => `2026-11-20T10:00:00.0000000Z line ${i} ${'x'.repeat(30)}`
    )
    filler.splice(
      100_000,
      0,
      '2026-11-20T10:00:00.0000000Z ##[error]Boom, ask @someone about ü€ characters'
    )
    const log = filler.join('\n')
    expect(log.length).toBeGreaterThan(10_000_000)
    const excerpt = logExcerpt(log, 4096)
    expect(excerpt.errorLine).toContain('##[error]Boom')
    expect(Buffer.byteLength(excerpt.markdown)).toBeLessThan(4096 + 200)
    expect(excerpt.markdown).toContain('@\u200bsomeone')
    expect(excerpt.markdown).not.toContain('2026-11-20T10:00:00')
    expect(excerpt.markdown).toMatch(/^```text\n[\s\S]*\n```/)
    expect(excerpt.truncated).toBe(true)
  })

  it('fences logs that contain backticks with a longer fence', () => {
    expect(logExcerpt('```\n##[error]x\n```').markdown.startsWith('````text\n')).toBe(true)
  })
})
