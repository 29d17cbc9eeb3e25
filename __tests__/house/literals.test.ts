/**
 * Labels and markers are defined once, in src/loop/: lint refuses their literals anywhere else in
 * src/ (eslint.config.js, whose label namespaces are read from src/loop/labels.ts). This plants
 * each kind of violation — a literal, a template, a concatenation, a literal handed to a label
 * call — and sees it caught, and lints src/ itself with the rule.
 */
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

const eslint = new ESLint()

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter(m => m.ruleId === 'no-restricted-syntax').map(m => m.message)
}

describe('label and marker literals', () => {
  it.each([
    ["export const a = 'delivery:unit'", 'A label name'],
    ["export const a = 'status:implementing'", 'A label name'],
    ["export const a = 'blocked-by:#' + 7", 'A label name'],
    ["export const a = 'delivery:' + 'unit'", 'A label name'],
    ['export const a = (k: string) => `delivery:${k}`', 'A label name built by template'],
    ['export const a = (n: number) => `blocked-by:#${n}`', 'A label name built by template'],
    [
      "export const a = (g: { addLabels(n: number, l: string[]): void }) => g.addLabels(1, ['needs-human'])",
      'A label given to a label call'
    ],
    [
      "export const a = (g: { removeLabel(n: number, l: string): void }) => g.removeLabel(1, 'held')",
      'A label given to a label call'
    ],
    ['export const a = /<!--\\s*lc:claim/', 'A marker pattern'],
    ['export const a = (x: string) => `<!-- lc:u=${x} -->`', 'A marker'],
    ["export const a = '<!-- lc:state v1 -->'", 'A marker'],
    ["export const a = (k: string) => '<!-- lc:' + k + ' -->'", 'A marker'],
    ["export const a = (k: string) => 'lc:' + k", 'A marker'],
    ['export const a = process.env.DELIVERY_LOOP_TEST_NOW', 'An environment variable'],
    ["export const a = process.env['DELIVERY_LOOP_PUSH_TOKEN']", 'An environment variable']
  ])('%s outside src/loop/ is refused', async (code, message) => {
    expect((await messages(code, 'src/modes/example.ts')).join('\n')).toContain(message)
  })

  it('are allowed in src/loop/, and prose that only names them is not a literal of them', async () => {
    expect(await messages("export const a = 'delivery:unit'", 'src/loop/example.ts')).toEqual([])
    expect(
      await messages(
        "export const a = 'issues labelled delivery:unit are the DAG'",
        'src/modes/example.ts'
      )
    ).toEqual([])
  })

  it('src/ keeps to it', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts'])
    const found = results.flatMap(r =>
      r.messages
        .filter(m => m.ruleId === 'no-restricted-syntax')
        .map(m => `${r.filePath}:${m.line}: ${m.message}`)
    )
    expect(found).toEqual([])
  })
})
