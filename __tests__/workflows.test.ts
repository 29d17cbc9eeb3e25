/**
 * Every workflow and action.yml in the repository and its docs must parse and validate with
 * GitHub's own workflow parser, so copy-paste examples are real.
 */
import { describe, expect, it } from '@jest/globals'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { ErrorPolicy } from '@actions/workflow-parser/model/convert'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

function yamlFiles(dir: string): string[] {
  let out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out = out.concat(yamlFiles(full))
    else if (/\.ya?ml$/.test(name)) out.push(full)
  }
  return out
}

/** Workflows embedded in the docs as ```yaml blocks that start with `name:` or `on:`. */
function docWorkflows(): { name: string; content: string }[] {
  const out: { name: string; content: string }[] = []
  for (const file of [
    'README.md',
    ...readdirSync('docs')
      .filter(f => f.endsWith('.md'))
      .map(f => `docs/${f}`)
  ]) {
    const text = readFileSync(file, 'utf8')
    let i = 0
    for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      if (/^(name|on):/m.test(m[1]) && /^jobs:/m.test(m[1]))
        out.push({ name: `${file}#${++i}`, content: m[1] })
    }
  }
  return out
}

const workflows = [
  ...yamlFiles('.github/workflows').map(f => ({ name: f, content: readFileSync(f, 'utf8') })),
  ...yamlFiles('examples')
    .map(f => ({ name: f, content: readFileSync(f, 'utf8') }))
    .filter(w => /^jobs:/m.test(w.content)),
  ...docWorkflows()
]

describe('workflows', () => {
  it('finds the CI workflow, the examples and the documented workflows', () => {
    expect(workflows.map(w => w.name)).toEqual(expect.arrayContaining(['.github/workflows/ci.yml']))
    expect(workflows.filter(w => w.name.startsWith('examples/')).length).toBeGreaterThanOrEqual(1)
    expect(workflows.filter(w => w.name.includes('.md#')).length).toBeGreaterThanOrEqual(1)
  })

  it.each(workflows.map(w => [w.name, w.content]))(
    '%s is a valid workflow',
    async (name, content) => {
      const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
      expect(parsed.context.errors.getErrors().map(e => e.message)).toEqual([])
      const template = await convertWorkflowTemplate(parsed.context, parsed.value!, undefined, {
        errorPolicy: ErrorPolicy.TryConversion
      })
      expect((template.errors ?? []).map(e => e.Message)).toEqual([])
      expect(template.jobs?.length).toBeGreaterThan(0)
    }
  )

  it('the check can fail: a broken workflow reports errors', () => {
    const content =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo both\n'
    const parsed = parseWorkflow({ name: 'broken.yml', content }, new NoOperationTraceWriter())
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0)
  })

  it('action.yml is valid action metadata with the inputs and outputs every mode needs', () => {
    const content = readFileSync('action.yml', 'utf8')
    const parsed = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter())
    expect(parsed.context.errors.getErrors().map(e => e.message)).toEqual([])
    for (const input of [
      'mode',
      'token',
      'config',
      'roadmap',
      'dry-run',
      'issue',
      'pull-request',
      'verdict-file'
    ]) {
      expect(content).toMatch(new RegExp(`^  ${input}:`, 'm'))
    }
    for (const output of ['status', 'report', 'wave', 'review-wave'])
      expect(content).toMatch(new RegExp(`^  ${output}:`, 'm'))
    expect(content).toMatch(/using: node24\n {2}main: dist\/index\.js/)
  })
})
