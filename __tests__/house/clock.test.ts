/**
 * Tests and the rig never read the real clock, so the suite means the same on any date it runs
 * (it once began to fail the day the real date passed a test's fixed clock). The rig's time comes
 * from rig/clock.ts and reaches the action as DELIVERY_LOOP_TEST_NOW; durations use the monotonic
 * `performance.now()`. The action reads the real time only through src/clock.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { SimulatedClock, isoSecond } from '../../rig/clock.js'
import { runAction } from '../../rig/harness.js'
import { startRig } from '../../rig/index.js'
import { loopWorkspace, unitIssue } from '../../rig/loop.js'

const REAL_CLOCK = /\bDate\.now\s*\(|new Date\(\s*\)/

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === 'fixtures' ? [] : sources(file)
    return /\.(ts|mjs|js)$/.test(name) ? [file] : []
  })
}

/** Where reading the wall clock is the point, each with its reason. */
const ALLOWED = new Map([
  ['rig/clock.ts', 'the WallClock of the standalone rig, which serves the real action'],
  ['src/clock.ts', "the action's one clock"],
  ['src/cli.ts', 'a unique run id for a CLI run, not a time'],
  ['src/compile/markers-writeback.ts', 'a unique branch suffix, not a time']
])

describe('the clock', () => {
  it('is read nowhere in the tests, the rig or the action but in the named places', () => {
    const offenders = ['__tests__', 'rig', 'src']
      .flatMap(sources)
      .filter(file => !ALLOWED.has(file) && REAL_CLOCK.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('catches a planted read of the real clock (the check can fail)', () => {
    // Built from pieces: this file's own text must not read as a clock read.
    for (const planted of [
      'const t = Date.' + 'now()',
      'const d = new Date' + '()',
      'const d = new Date' + '( )'
    ])
      expect(REAL_CLOCK.test(planted)).toBe(true)
    for (const fine of ['new Date(iso)', 'performance.now()', 'Date.parse(at)', 'now()'])
      expect(REAL_CLOCK.test(fine)).toBe(false)
  })

  it('of the rig moves only when a test moves it or the rig stamps something', () => {
    const clock = new SimulatedClock(Date.parse('2031-05-05T10:00:00Z'))
    expect(isoSecond(clock.stamp())).toBe('2031-05-05T10:00:01Z')
    clock.set(Date.parse('2020-01-01T00:00:00Z'))
    expect(isoSecond(clock.peek())).toBe('2031-05-05T10:00:01Z')
    clock.set(Date.parse('2031-05-06T00:00:00Z'))
    expect(isoSecond(clock.stamp())).toBe('2031-05-06T00:00:01Z')
  })

  it("is the action's clock too: a loop started in 2040 claims, leases and reports in 2040", async () => {
    const rig = await startRig({ clock: new SimulatedClock(Date.parse('2040-02-29T12:00:00Z')) })
    try {
      const issue = unitIssue(rig, 'Add paging')
      const ws = loopWorkspace()
      const tick = () =>
        runAction({
          github: rig.github,
          cache: rig.cache,
          inputs: { mode: 'tick' },
          workspace: ws,
          eventName: 'schedule'
        })
      const first = await tick()
      expect(JSON.parse(first.outputs.wave)).toMatchObject([{ issue: issue.number }])
      const claim = rig.github.model.comments.find(c => c.issueNumber === issue.number)!
      expect(claim.createdAt).toMatch(/^2040-02-29T12:0/)
      expect((first.report!.api as { reset_at: string }).reset_at).toMatch(/^2040-02-29T13:0/)
      // Two hours on the rig's clock, none on the real one: the lease has run out.
      rig.github.model.setClock('2040-02-29T14:01:00Z')
      const later = await tick()
      const row = (later.report!.issues as { issue: number; class: string }[]).find(
        i => i.issue === issue.number
      )
      expect(row?.class).toBe('stalled')
    } finally {
      await rig.stop()
    }
  })
})
