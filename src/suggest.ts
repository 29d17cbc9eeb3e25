/**
 * "Did you mean …?" for a name the user got slightly wrong (a configuration key, a roadmap
 * reference): the known name closest by edit distance, when it is close enough to be a typo
 * rather than a different word. Pure.
 */

/** Edit distance with transpositions (optimal string alignment), case-insensitive. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[s.length][t.length]
}

/**
 * The candidate `name` most likely meant, or undefined. Close enough: at most a third of the
 * longer name differs (and at least one edit is allowed), or one contains the other's every
 * `/`- or `-`-separated part (`accounts/code-1` for `accounts-auth/code-1`).
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; score: number } | undefined
  const parts = name.toLowerCase().split(/[/-]/).filter(Boolean)
  for (const candidate of candidates) {
    if (candidate === name) continue
    const d = distance(name, candidate)
    const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3))
    const lower = candidate.toLowerCase()
    const contains = parts.length > 1 && parts.every(p => lower.includes(p))
    const score = d <= limit ? d : contains ? limit + 1 : Infinity
    if (score < (best?.score ?? Infinity)) best = { candidate, score }
  }
  return best?.candidate
}

/** ` — did you mean \`x\`?`, or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const hit = closest(name, candidates)
  return hit ? ` — did you mean \`${hit}\`?` : ''
}
