/** "Did you mean": the name most likely meant, never a different word (src/suggest.ts). */
import { describe, expect, it } from '@jest/globals'
import { closest, didYouMean } from '../../src/suggest.js'

describe('closest', () => {
  it('finds typos: a dropped, doubled or swapped character, another case', () => {
    expect(closest('max_inflight', ['max_in_flight', 'max_dispatches_per_tick'])).toBe(
      'max_in_flight'
    )
    expect(closest('compiel', ['plan', 'compile', 'tick'])).toBe('compile')
    expect(closest('Window_Hours', ['window_hours', 'reserve'])).toBe('window_hours')
  })

  it('finds a reference whose every part is in the one meant', () => {
    expect(closest('accounts/code-1', ['accounts-auth/code-1', 'billing/code-1'])).toBe(
      'accounts-auth/code-1'
    )
  })

  it('suggests nothing for a different word', () => {
    expect(closest('nope', ['storage-layer/doc-1', 'search'])).toBeUndefined()
    expect(didYouMean('budget', ['adapter', 'workflow'])).toBe('')
    expect(didYouMean('adaptr', ['adapter', 'workflow'])).toBe(' — did you mean `adapter`?')
  })
})
