/**
 * Names as git sees them (pure): a repository path normalised the way the tree stores it, and a
 * branch name checked by git's ref-format rules, so a rule that protects a file cannot be passed
 * by spelling it differently, and a branch git would refuse is refused before any write.
 */

/** `./plan//ROADMAP.md`, `plan/./ROADMAP.md` → `plan/ROADMAP.md`; undefined if it leaves the tree. */
export function treePath(path: string): string | undefined {
  const out: string[] = []
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (!out.length) return undefined
      out.pop()
    } else out.push(part)
  }
  return out.length ? out.join('/') : undefined
}

/** Two spellings of one repository path (git compares paths byte for byte after that). */
export function samePath(a: string, b: string): boolean {
  const x = treePath(a)
  return x !== undefined && x === treePath(b)
}

/**
 * Why git would refuse `name` as a branch (`git check-ref-format --branch`), or undefined.
 * https://git-scm.com/docs/git-check-ref-format
 */
export function badBranchName(name: string): string | undefined {
  if (!name) return 'it is empty'
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
    return 'it has a space, a control character or one of ~ ^ : ? * [ \\'
  if (name.includes('..')) return 'it has ".."'
  if (name.includes('@{')) return 'it has "@{"'
  if (name === '@') return 'it is "@"'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
    return 'it starts or ends with "/" or has "//"'
  if (name.endsWith('.')) return 'it ends with "."'
  if (name.startsWith('-')) return 'it starts with "-"'
  for (const part of name.split('/'))
    if (part.startsWith('.') || part.endsWith('.lock'))
      return `its part "${part}" starts with "." or ends with ".lock"`
  return undefined
}
