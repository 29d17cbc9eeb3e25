/** `strategy.matrix` as GitHub expands it (pure). */

/** GitHub's matrix expansion: axes crossed, `exclude` removed, `include` merged or appended. */
export function expandMatrix(matrix: unknown): Record<string, unknown>[] {
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix))
    throw new Error(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`)
  const { include = [], exclude = [], ...axes } = matrix as Record<string, unknown>
  let combos: Record<string, unknown>[] = Object.keys(axes).length ? [{}] : []
  for (const [key, values] of Object.entries(axes)) {
    if (!Array.isArray(values)) throw new Error(`matrix axis ${key} must be a list`)
    combos = combos.flatMap(c => values.map(v => ({ ...c, [key]: v })))
  }
  const matches = (combo: Record<string, unknown>, partial: Record<string, unknown>) =>
    Object.entries(partial).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v))
  combos = combos.filter(c => !(exclude as Record<string, unknown>[]).some(e => matches(c, e)))
  const original = combos.map(c => ({ ...c }))
  for (const entry of include as Record<string, unknown>[]) {
    const axisPart = Object.fromEntries(Object.entries(entry).filter(([k]) => k in axes))
    const targets = combos.filter((_, i) => matches(original[i], axisPart))
    if (original.length && targets.length) targets.forEach(t => Object.assign(t, entry, axisPart))
    else combos.push({ ...entry })
  }
  if (!combos.length) throw new Error("Matrix vector 'include' does not contain any values")
  return combos
}
