/**
 * Readings remembered by text (src/text/remembered.ts): the same text is read once, an empty
 * answer is remembered too, the answers are frozen (a caller changing a shared answer would
 * change it for every other), and a marker parsed from a remembered text reads as before.
 */
import { describe, expect, it } from '@jest/globals'
import { remembered, rememberedByText } from '../../src/text/remembered.js'
import { isoAt, timeOf } from '../../src/clock.js'
import { claimMarker, parseClaim, unitMarkerOf } from '../../src/loop/markers.js'
import {
  blockersFromLabels,
  hasLabel,
  heldBy,
  needsHuman,
  unchangingLabels
} from '../../src/loop/labels.js'

describe('rememberedByText', () => {
  it('reads each text once, an undefined answer included', () => {
    const read: string[] = []
    const twice = rememberedByText((t: string) => (read.push(t), t === 'none' ? undefined : [t]))
    expect(twice('a')).toEqual(['a'])
    expect(twice('a')).toBe(twice('a'))
    expect(twice('none')).toBeUndefined()
    expect(twice('none')).toBeUndefined()
    expect(read).toEqual(['a', 'none'])
  })

  it('freezes its answers, deep: no caller can change what another is given', () => {
    const parse = rememberedByText((t: string) => ({ t, inner: { list: [t] } }))
    const answer = parse('x')
    expect(() => {
      ;(answer.inner.list as string[]).push('y')
    }).toThrow(TypeError)
    expect(parse('x').inner.list).toEqual(['x'])
  })

  it('still reads right after many texts (it forgets, it never mixes answers up)', () => {
    const length = rememberedByText((t: string) => t.length)
    for (let i = 0; i < 20_000; i++)
      expect(length('x'.repeat(i % 50) + i)).toBe((i % 50) + String(i).length)
  })
})

describe('remembered by number', () => {
  it('reads each key once, and the clock writes and reads instants through it as Date does', () => {
    let reads = 0
    const twice = remembered((n: number) => (reads++, n * 2))
    expect([twice(3), twice(3), twice(4)]).toEqual([6, 6, 8])
    expect(reads).toBe(2)
    for (const ms of [0, 1_700_000_000_123, 1_700_000_000_123]) {
      expect(isoAt(ms)).toBe(new Date(ms).toISOString())
      expect(timeOf(isoAt(ms))).toBe(ms)
    }
    expect(timeOf('not a time')).toBeNaN()
  })
})

describe('the markers and labels read through it', () => {
  it('reads a claim, a unit marker and labels as before, however often', () => {
    const body = claimMarker({
      attempt: 2,
      branch: 'lc/7-a2',
      run: '9',
      kind: 'fix',
      phase: 'dispatched'
    })
    for (let i = 0; i < 3; i++) {
      expect(parseClaim(body)).toEqual({
        attempt: 2,
        branch: 'lc/7-a2',
        run: '9',
        kind: 'fix',
        phase: 'dispatched'
      })
      expect(parseClaim(`quoted\n${body}`)).toBeUndefined()
      expect(unitMarkerOf('<!-- lc:u=store.code-1 -->\nbody')).toBe('store.code-1')
      expect(unitMarkerOf(null)).toBeUndefined()
      expect(blockersFromLabels(['Blocked-By:#12', 'delivery:unit', 'blocked-by:#x'])).toEqual([12])
      expect(hasLabel(['Delivery:Unit'], 'delivery:unit')).toBe(true)
      expect(needsHuman(['status:Needs-Human'])).toBe(true)
      expect(heldBy(['On-Hold', 'x'])).toEqual(heldBy(['on-hold', 'x']))
    }
  })
})

describe('label lists that never change', () => {
  it('answer every label rule as a list read each time does', () => {
    const lists = [
      ['Blocked-By:#12', 'delivery:unit', 'blocked-by:#x', 'blocked-by:#3'],
      ['Delivery:Unit', 'On-Hold', 'paused'],
      ['status:Needs-Human'],
      []
    ]
    for (const list of lists) {
      const fresh = () => [...list]
      const kept = unchangingLabels([...list])
      expect(blockersFromLabels(kept)).toEqual(blockersFromLabels(fresh()))
      expect(heldBy(kept)).toEqual(heldBy(fresh()))
      expect(needsHuman(kept)).toBe(needsHuman(fresh()))
      for (const name of ['delivery:unit', 'DELIVERY:UNIT', 'paused', 'status:needs-human', 'x'])
        expect(hasLabel(kept, name)).toBe(hasLabel(fresh(), name))
    }
    expect(blockersFromLabels(unchangingLabels(['blocked-by:#3', 'Blocked-by:#5']))).toEqual([3, 5])
    expect(hasLabel(unchangingLabels(['Delivery:Unit']), 'delivery:UNIT')).toBe(true)
    expect(heldBy(unchangingLabels(['On-Hold', 'x']))).toEqual(['on-hold'])
    expect(needsHuman(unchangingLabels(['a', 'status:Needs-Human']))).toBe(true)
  })
})
