import { describe, expect, it } from '@jest/globals'
import { topologicalOrder } from '../../src/graph/dag.js'

describe('topologicalOrder', () => {
  it('puts blockers first and otherwise keeps document order', () => {
    const deps: Record<string, string[]> = { a: ['c'], b: [], c: [], d: ['a', 'b'] }
    expect(topologicalOrder(['a', 'b', 'c', 'd'], n => deps[n]).order).toEqual(['b', 'c', 'a', 'd'])
  })

  it('returns a cycle path that closes on itself', () => {
    const deps: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: [] }
    const result = topologicalOrder(['a', 'b', 'c', 'd'], n => deps[n])
    expect(result.cycle).toEqual(['a', 'b', 'c', 'a'])
    expect(result.order).toEqual(['d'])
  })

  it('handles 10,000 nodes in a chain without recursion limits', () => {
    const nodes = Array.from({ length: 10000 }, (_, i) => `n${i}`)
    const result = topologicalOrder([...nodes].reverse(), n =>
      n === 'n0' ? [] : [`n${Number(n.slice(1)) - 1}`]
    )
    expect(result.order).toEqual(nodes)
  })
})
