/**
 * The field lines of a unit issue's body — `Roadmap ref:` and `Kind:` — rendered by compile and
 * read back by compile (what it closed) and publish (is this a doc slice?). Read only from the
 * body's head, the lines before its first blank line, where compile writes them: text quoted in
 * the intent below can never pass for a field.
 */

export function refLine(ref: string): string {
  return `Roadmap ref: \`${ref}\``
}

export function kindLine(kind: string): string {
  return `Kind: ${kind}`
}

const REF = /^Roadmap ref: `([^`]+)`$/
const KIND = /^Kind: (doc|code|epic)$/

/** The ref and kind a unit issue's body states in its head, when it does. */
export function fieldsOf(body: string | null | undefined): { ref?: string; kind?: string } {
  const head = (body ?? '').split(/\r?\n/)
  const end = head.findIndex(l => l.trim() === '')
  const lines = end === -1 ? head : head.slice(0, end)
  const ref = lines.map(l => REF.exec(l)?.[1]).find(Boolean)
  const kind = lines.map(l => KIND.exec(l)?.[1]).find(Boolean)
  return { ...(ref ? { ref } : {}), ...(kind ? { kind } : {}) }
}
