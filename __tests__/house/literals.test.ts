/**
 * Labels and markers are defined once, in src/loop/: lint refuses their literals anywhere else in
 * src/ (eslint.config.js). This proves the rule fires, and that the source keeps to it.
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
    ['export const a = /<!--\\s*lc:claim/', 'A marker pattern'],
    ['export const a = (x: string) => `<!-- lc:u=${x} -->`', 'A marker'],
    ["export const a = '<!-- lc:state v1 -->'", 'A marker']
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
})
