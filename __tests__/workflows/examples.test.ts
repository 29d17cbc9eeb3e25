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
import { parse as parseYaml } from 'yaml'

function yamlFiles(dir: string): string[] {
  let out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out = out.concat(yamlFiles(full))
    else if (/\.ya?ml$/.test(name)) out.push(full)
  }
  return out
}

/** Every Markdown file of the docs, in every folder (docs/reference/ too), and the README. */
function docFiles(dir = 'docs'): string[] {
  const out: string[] = dir === 'docs' ? ['README.md'] : []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...docFiles(full))
    else if (name.endsWith('.md')) out.push(full)
  }
  return out
}

/** Every ```yaml block of the docs, numbered per file. */
function docYamlBlocks(): { name: string; content: string }[] {
  return docFiles().flatMap(file =>
    [...readFileSync(file, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m, i) => ({
      name: `${file}#${i + 1}`,
      content: m[1]
    }))
  )
}

/** Workflows embedded in the docs: the ```yaml blocks with `on:` (or `name:`) and `jobs:`. */
function docWorkflows(): { name: string; content: string }[] {
  return docYamlBlocks().filter(b => /^(name|on):/m.test(b.content) && /^jobs:/m.test(b.content))
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

  it('every YAML block of the docs is YAML, and docs/reference/ is read too', () => {
    const blocks = docYamlBlocks()
    expect(blocks.length).toBeGreaterThanOrEqual(10)
    expect(docWorkflows().some(w => w.name.startsWith('docs/reference/'))).toBe(true)
    const broken = blocks.flatMap(b => {
      try {
        parseYaml(b.content)
        return []
      } catch (error) {
        return [`${b.name}: ${(error as Error).message.split('\n')[0]}`]
      }
    })
    expect(broken).toEqual([])
  })

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

  describe('the example workflows never cancel each other and never arm the agent', () => {
    interface Step {
      uses?: string
      with?: Record<string, unknown>
      env?: Record<string, unknown>
    }
    interface Job {
      concurrency?: { group?: string } | string
      permissions?: Record<string, string> | string
      strategy?: { matrix?: unknown }
      steps?: Step[]
    }
    const examples = workflows
      .filter(w => w.name.startsWith('examples/') || w.name.includes('.md#'))
      .map(w => ({
        name: w.name,
        text: w.content,
        doc: parseYaml(w.content) as { concurrency?: unknown; jobs: Record<string, Job> }
      }))
    const groupOf = (c: unknown) =>
      typeof c === 'string' ? c : (c as { group?: string } | undefined)?.group
    /** A worker job: it builds a worker prompt (`mode: prompt` with `issue`). */
    const isWorker = (job: Job) =>
      (job.steps ?? []).some(s => s.with?.mode === 'prompt' && s.with.issue !== undefined)

    it('never leaves a token that can write on disk: a checkout in a writing job persists no credentials', () => {
      const writes = (p: Job['permissions']) =>
        p === 'write-all' || (typeof p === 'object' && Object.values(p).includes('write'))
      const leaks = examples.flatMap(e =>
        Object.entries(e.doc.jobs)
          .filter(([, job]) => writes(job.permissions))
          .flatMap(([id, job]) =>
            (job.steps ?? [])
              .filter(
                s =>
                  /^actions\/checkout@/.test(s.uses ?? '') &&
                  s.with?.['persist-credentials'] !== false
              )
              .map(() => `${e.name}: job ${id}`)
          )
      )
      expect(leaks).toEqual([])
    })

    it('gives every example workflow its own concurrency group, held by jobs, not workflows', () => {
      const groups = examples
        .filter(e => e.name.startsWith('examples/'))
        .flatMap(e => {
          expect({ file: e.name, workflowLevel: e.doc.concurrency }).toEqual({
            file: e.name,
            workflowLevel: undefined
          })
          return Object.values(e.doc.jobs).flatMap(j =>
            groupOf(j.concurrency) ? [groupOf(j.concurrency)!] : []
          )
        })
      expect(groups.length).toBeGreaterThanOrEqual(2)
      expect(new Set(groups).size).toBe(groups.length)
    })

    it('lets no worker matrix job hold a group, write contents, or keep a credential', () => {
      const workers = examples.flatMap(e =>
        Object.entries(e.doc.jobs)
          .filter(([, j]) => isWorker(j))
          .map(([id, j]) => ({ where: `${e.name}:${id}`, job: j }))
      )
      expect(workers.length).toBeGreaterThanOrEqual(3)
      for (const { where, job } of workers) {
        expect({ where, concurrency: job.concurrency }).toEqual({ where, concurrency: undefined })
        const perms = job.permissions
        expect({ where, perms: typeof perms === 'object' ? perms.contents : perms }).toEqual({
          where,
          perms: 'read'
        })
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith('actions/checkout'))
            expect({ where, persist: step.with?.['persist-credentials'] }).toEqual({
              where,
              persist: false
            })
          const env = JSON.stringify(step.env ?? {}) + JSON.stringify(step.with ?? {})
          expect({ where, token: /secrets\.[A-Z_]*TOKEN|push-token/.test(env) }).toEqual({
            where,
            token: false
          })
        }
      }
    })

    it('uses our action by its major tag and every other action by a commit, checkout at v7', () => {
      for (const e of examples)
        for (const job of Object.values(e.doc.jobs))
          for (const step of job.steps ?? []) {
            if (!step.uses) continue
            expect({ file: e.name, uses: step.uses }).toEqual({
              file: e.name,
              uses: step.uses.startsWith('delivery-loop/')
                ? 'delivery-loop/delivery-loop@v0'
                : expect.stringMatching(/@[0-9a-f]{40}$/)
            })
          }
      for (const e of examples)
        for (const line of e.text.split('\n').filter(l => l.includes('actions/checkout@')))
          expect(line).toMatch(/actions\/checkout@[0-9a-f]{40} # v7\.\d+\.\d+$/)
    })
  })

  it('pins every third-party action by full commit SHA with its version in a comment', () => {
    const loose: string[] = []
    for (const w of workflows)
      for (const m of w.content.matchAll(/uses: ([^\s@]+)@(\S+)(.*)/g)) {
        const [, action, ref, rest] = m
        if (action.startsWith('delivery-loop/') || action.startsWith('./')) continue
        if (!/^[0-9a-f]{40}$/.test(ref) || !/^ # v\d/.test(rest)) loose.push(`${w.name}: ${m[0]}`)
      }
    expect(loose).toEqual([])
  })

  it("pins each action the rig's runner stands in for at the commit and version its fixture was read from", () => {
    const pins = JSON.parse(readFileSync('rig/runner/actions/pins.json', 'utf8')) as Record<
      string,
      { commit: string; version: string }
    >
    const drift: string[] = []
    let checked = 0
    for (const w of workflows)
      for (const m of w.content.matchAll(/uses: ([^\s@]+)@([0-9a-f]{40}) # (v[\d.]+)/g)) {
        const pin = pins[m[1]]
        if (!pin) continue
        checked++
        if (pin.commit !== m[2] || pin.version !== m[3])
          drift.push(`${w.name}: ${m[1]}@${m[3]} (${m[2]}), fixture ${pin.version} (${pin.commit})`)
      }
    expect(drift).toEqual([])
    expect(checked).toBeGreaterThan(10)
  })
})
