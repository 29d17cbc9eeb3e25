/**
 * A roadmap bigger than one run's writes: the shipped compile workflow stops at
 * `compile.max_writes_per_run`, says `continue`, and its `next` job starts the following run,
 * until the roadmap is applied — every issue once, the markers written back at the end.
 */
import { describe, expect, it } from '@jest/globals'
import type { Rig } from '../../rig/index.js'
import { freshRigPerTest } from '../../rig/per-test.js'
import { loopConfig, shippedWorkflows } from '../../rig/runner/repo.js'
import { Actions } from '../../rig/runner/service.js'

let rig: Rig
freshRigPerTest(started => {
  rig = started
})

const SIX_DOCS = `# Docs\n\n## Guides\nWrite them.\n\n${Array.from(
  { length: 6 },
  (_, i) => `- doc: Write guide ${i + 1}\n`
).join('')}`

describe('compile continues itself', () => {
  it('re-dispatches its workflow until the roadmap is applied, with no duplicate', async () => {
    const m = rig.github.model
    m.writeFile('main', 'ROADMAP.md', Buffer.from(SIX_DOCS))
    m.writeFile(
      'main',
      '.delivery.yml',
      Buffer.from(loopConfig('compile:\n  max_writes_per_run: 3\n'))
    )
    const actions = new Actions(rig, {
      workflows: {
        '.github/workflows/delivery-compile.yml':
          shippedWorkflows()['.github/workflows/delivery-compile.yml']
      }
    })
    try {
      actions.trigger({
        name: 'workflow_dispatch',
        payload: { ref: 'refs/heads/main', inputs: {} }
      })
      const runs = await actions.settle()
      const applies = runs.map(r => r.jobs.apply).filter(j => j !== undefined)
      // Each run but the last stopped at the cap and started the next; the last applied.
      expect(applies.length).toBeGreaterThan(2)
      expect(applies.slice(0, -1).every(j => j.outputs.continue === 'true')).toBe(true)
      expect(applies.at(-1)!.outputs).toMatchObject({ continue: 'false' })
      expect(runs.slice(0, -1).every(r => r.jobs.next?.result === 'success')).toBe(true)
      expect(runs.at(-1)!.jobs.next?.result).toBe('skipped')
      const units = m.issues.filter(i => !i.pull && i.labels.includes('delivery:unit'))
      expect(units).toHaveLength(6)
      expect(new Set(units.map(i => i.title)).size).toBe(6)
      // The markers go back once everything is applied.
      expect(m.branch('main')!.files.get('ROADMAP.md')!.content.toString()).toMatch(/lc:u=/)
    } finally {
      actions.stop()
    }
  })
})
