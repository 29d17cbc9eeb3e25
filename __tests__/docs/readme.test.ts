/** The README's inputs, outputs and configuration tables are generated and never drift. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { updateReadme } from '../../scripts/readme-tables.js'

const readme = readFileSync('README.md', 'utf8')
const action = readFileSync('action.yml', 'utf8')

describe('README', () => {
  it('has the tables generated from action.yml and the JSON Schema (run `npm run docs`)', () => {
    expect(updateReadme(readme, action)).toBe(readme)
  })

  it('names every input, output and configuration key, and nothing else', () => {
    const meta = parse(action) as { inputs: object; outputs: object }
    for (const name of [...Object.keys(meta.inputs), ...Object.keys(meta.outputs)])
      expect(readme).toContain(`| \`${name}\` |`)
    expect(readme).toContain('| `publish.max_binary_bytes` | `102400` |')
    expect(readme).toContain('| `verification.packet.total_bytes` | `262144` |')
  })

  it('fails when a table drifts', () => {
    const drifted = readme.replace('| `dry-run` |', '| `dryrun` |')
    expect(updateReadme(drifted, action)).not.toBe(drifted)
  })

  it('shows the compile workflow exactly as examples/ ships it', () => {
    const example = readFileSync('examples/workflows/delivery-compile.yml', 'utf8')
    expect(readme).toContain(`\`\`\`yaml\n${example}\`\`\``)
  })
})
