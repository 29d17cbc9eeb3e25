/**
 * A pure reading of a text, remembered for the texts seen lately. A tick reads the same bodies
 * and comments several times (markers, claims, attestations), and a forecast runs the tick over
 * the same texts a thousand times a run: each is parsed once. The answers are frozen — shared
 * between callers, they must never be changed by one of them.
 */

/** How many texts a reading remembers before it starts again (a few MB at the most). */
const REMEMBERED = 8192

const NOTHING = Symbol('nothing')

/** Freezes `value` and every object or array inside it; returns it. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) frozen(inner)
  }
  return value
}

/** `read`, remembered by text: the same text gives the same (frozen) answer without reading. */
export function rememberedByText<T>(read: (text: string) => T): (text: string) => T {
  return remembered(read)
}

/** `read`, remembered by its key (a text or a number): the same key, the same frozen answer. */
export function remembered<K extends string | number, T>(read: (key: K) => T): (key: K) => T {
  // Undefined is remembered as NOTHING: one look-up answers, whatever the answer.
  const seen = new Map<K, T | typeof NOTHING>()
  return (key: K) => {
    const known = seen.get(key)
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T
    if (seen.size >= REMEMBERED) seen.clear()
    const answer = frozen(read(key))
    seen.set(key, answer === undefined ? NOTHING : answer)
    return answer
  }
}
