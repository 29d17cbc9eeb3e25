/** The field lines of a unit issue's body: rendered and read back in one place (loop/fields.ts). */
import { describe, expect, it } from '@jest/globals'
import { fieldsOf, kindLine, refLine } from '../../src/loop/fields.js'

describe('issue field lines', () => {
  it('read back what compile renders in the head of the body', () => {
    const body = ['<!-- lc:u=lc-1 -->', refLine('accounts/code-1'), kindLine('code'), 'Unit: A', '']
      .concat(['## Intent', '', 'text'])
      .join('\r\n')
    expect(fieldsOf(body)).toEqual({ ref: 'accounts/code-1', kind: 'code' })
  })

  it('never from the intent below: quoted text cannot pass for a field', () => {
    const body = [
      '<!-- lc:u=lc-1 -->',
      kindLine('code'),
      '',
      '## Intent',
      '',
      kindLine('doc')
    ].join('\n')
    expect(fieldsOf(body)).toEqual({ kind: 'code' })
    expect(fieldsOf(['x', '', refLine('a/doc-1'), kindLine('doc')].join('\n'))).toEqual({})
    expect(fieldsOf(null)).toEqual({})
  })
})
