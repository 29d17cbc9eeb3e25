/** docs/reference/environment.md lists exactly the variables of src/environment.ts, as it says. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { ENV } from '../../src/environment.js'

const WHO = { user: 'you (CLI)', test: 'tests and the rig', internal: 'the action itself' }

describe('docs/reference/environment.md', () => {
  it('has one row per variable, with who sets it and what it does', () => {
    const doc = readFileSync('docs/reference/environment.md', 'utf8')
    const rows = [...doc.matchAll(/^\| `(DELIVERY_LOOP_[A-Z_]+)` \| ([^|]+) \| (.+) \|$/gm)].map(
      m => [m[1], m[2].trim(), m[3].trim()]
    )
    expect(rows).toEqual(Object.values(ENV).map(v => [v.name, WHO[v.who], v.does]))
  })
})
