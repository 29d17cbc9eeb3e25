import { describe, expect, it } from '@jest/globals'
import { logExcerpt } from '../../src/discover/excerpt.js'
import { failureSignature, normaliseErrorLine } from '../../src/discover/signature.js'
import { planDiscover } from '../../src/discover/plan.js'
import type { Failure } from '../../src/discover/render.js'
import { parseConfig } from '../../src/config/load.js'
import { trustPolicy } from '../../src/loop/trust.js'

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

describe('discover within the API budget', () => {
  const failures: Failure[] = Array.from({ length: 4 }, (_, i) => ({
    signature: `${i}`.padStart(16, 'a'),
    workflow: 'ci',
    workflowPath: '.github/workflows/ci.yml',
    job: `job ${i}`,
    jobUrl: 'https://github.com/acme/widgets/actions/runs/9/job/1',
    step: 'test',
    errorLine: `##[error]failure ${i}`,
    excerpt: '```text\nx\n```'
  }))
  const input = (room?: { issues: number; remaining: number }) => ({
    run: {
      id: 9,
      attempt: 1,
      url: 'https://github.com/acme/widgets/actions/runs/9',
      sha: 'a'.repeat(40),
      branch: 'main',
      workflow: 'ci'
    },
    failures,
    existing: [],
    trust: trustPolicy(undefined, []),
    config: parseConfig('version: 1\n').config,
    now: '2026-12-07T10:00:00Z',
    ...(room ? { room } : {})
  })

  it('files no more issues than the REST requests left allow, the rest in the summary issue', () => {
    const plan = planDiscover(input({ issues: 1, remaining: 104 }))
    expect(plan.outcomes.map(o => o.action)).toEqual(['created', 'skipped', 'skipped', 'skipped'])
    expect(plan.outcomes[1].reason).toMatch(
      /^over the API budget \(104 requests left, api\.reserve 100\); listed in the summary issue/
    )
    expect(plan.operations.filter(o => o.op === 'create-summary')).toHaveLength(1)
  })

  it('keeps discover.max_issues_per_run as the cap while the budget is ample', () => {
    const plan = planDiscover(input({ issues: 300, remaining: 1000 }))
    expect(plan.outcomes.every(o => o.action === 'created')).toBe(true)
  })
})
