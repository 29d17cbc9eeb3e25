/**
 * The README's reference tables, generated: action inputs and outputs from action.yml, the
 * configuration keys from the JSON Schema. `npm run docs` rewrites them between their markers;
 * `__tests__/docs/readme.test.ts` fails when the README drifts from either source.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { configSchema } from '../src/config/schema.js'

const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim()

interface ActionMeta {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

export function actionTables(actionYml: string): { inputs: string; outputs: string } {
  const meta = parse(actionYml) as ActionMeta
  const inputs = [
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(meta.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default !== undefined ? `\`${cell(String(i.default))}\`` : '—'} | ${cell(i.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(meta.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)
  ].join('\n')
  return { inputs, outputs }
}

type Node = {
  type?: string
  properties?: Record<string, Node>
  default?: unknown
  description?: string
  enum?: readonly unknown[]
}

function rows(node: Node, prefix: string): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (child.type === 'object' && child.properties) return rows(child, path)
    const def =
      child.default !== undefined
        ? `\`${JSON.stringify(child.default)}\``
        : key === 'version'
          ? '`1` (required)'
          : '—'
    const values = child.enum
      ? ` One of ${child.enum.map(v => `\`${String(v)}\``).join(', ')}.`
      : ''
    return [`| \`${path}\` | ${def} | ${cell(`${child.description ?? ''}${values}`)} |`]
  })
}

export function configTable(): string {
  return [
    '| key | default | meaning |',
    '| --- | --- | --- |',
    ...rows(configSchema as unknown as Node, '')
  ].join('\n')
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`
  const end = `<!-- /generated:${name} -->`
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) throw new Error(`no ${start} … ${end} block`)
  return `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`
}

export function updateReadme(readme: string, actionYml: string): string {
  const { inputs, outputs } = actionTables(actionYml)
  return [
    ['inputs', inputs],
    ['outputs', outputs],
    ['config', configTable()]
  ].reduce((text, [name, body]) => replaceBetween(text, name, body), readme)
}

/** docs/reference/outputs.md: the same outputs table, above the pages' details of each output. */
export function updateOutputsPage(page: string, actionYml: string): string {
  return replaceBetween(page, 'outputs', actionTables(actionYml).outputs)
}

export const OUTPUTS_PAGE = 'docs/reference/outputs.md'

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const action = readFileSync('action.yml', 'utf8')
  writeFileSync('README.md', updateReadme(readFileSync('README.md', 'utf8'), action))
  writeFileSync(OUTPUTS_PAGE, updateOutputsPage(readFileSync(OUTPUTS_PAGE, 'utf8'), action))
  console.log(`README.md, ${OUTPUTS_PAGE}: tables regenerated`)
}
