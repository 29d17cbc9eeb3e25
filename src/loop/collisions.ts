/**
 * Which work would collide on the same files (pure), once for tick and `plan`: a slice declares
 * the paths it will touch with `(files: src/api/**, docs/api.md)`; an in-flight pull request
 * shows the paths it changed. Two declared patterns overlap when one could name a file the other
 * names — judged conservatively by their literal prefixes, since waiting costs a tick and a
 * collision costs a rebase.
 */
import { minimatch, Minimatch } from 'minimatch'

/** The part of a pattern before its first glob character. */
function literalPrefix(pattern: string): string {
  const at = pattern.search(/[*?[{]/)
  return at === -1 ? pattern : pattern.slice(0, at)
}

function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern)
}

/** Two declared patterns could name the same file. */
export function patternsOverlap(a: string, b: string): boolean {
  if (a === b) return true
  if (!isGlob(a) && !isGlob(b)) return a === b
  if (!isGlob(a)) return minimatch(a, b, { dot: true })
  if (!isGlob(b)) return minimatch(b, a, { dot: true })
  const pa = literalPrefix(a)
  const pb = literalPrefix(b)
  return pa.startsWith(pb) || pb.startsWith(pa)
}

/**
 * More declared patterns than this on one slice is not a plan of the files it touches: such a
 * slice is judged as touching anything (compile warns), which also keeps every check here
 * bounded — a pair of lists costs at most this many × the other list.
 */
export const MAX_DECLARED_PATTERNS = 64

/** The first declared pattern of `mine` that overlaps one of `theirs`, or undefined. */
export function declaredOverlap(
  mine: readonly string[],
  theirs: readonly string[]
): string | undefined {
  if (!mine.length || !theirs.length) return undefined
  if (mine.length > MAX_DECLARED_PATTERNS || theirs.length > MAX_DECLARED_PATTERNS) return mine[0]
  const literals = new Set(theirs.filter(t => !isGlob(t)))
  const globs = theirs.filter(isGlob)
  return mine.find(m =>
    isGlob(m)
      ? theirs.some(t => patternsOverlap(m, t))
      : literals.has(m) || globs.some(t => patternsOverlap(m, t))
  )
}

/**
 * The first declared pattern of `mine` a pull request's changed paths fall under. A pull request
 * that changes more paths than GitHub listed may touch anything: the first pattern, then. Each
 * pattern is compiled once; a literal one is a set look-up.
 */
export function changedOverlap(
  mine: readonly string[],
  changed: { paths: readonly string[]; complete: boolean }
): string | undefined {
  if (!mine.length) return undefined
  if (!changed.complete || mine.length > MAX_DECLARED_PATTERNS) return mine[0]
  const paths = new Set(changed.paths)
  return mine.find(m => {
    if (paths.has(m)) return true
    if (!isGlob(m)) return false
    const matcher = new Minimatch(m, { dot: true })
    const prefix = literalPrefix(m)
    return changed.paths.some(p => p.startsWith(prefix) && matcher.match(p))
  })
}
