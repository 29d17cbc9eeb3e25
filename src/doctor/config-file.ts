/**
 * Which `.delivery.yml` doctor judged. Run from a checkout, doctor reads the local file, while
 * compile and tick read the default branch's (tick often runs without a checkout): a local edit
 * not merged yet, or a checkout of another branch, would make doctor green about a configuration
 * the loop never runs. It says which it checked and warns when the two differ.
 */
import type { Finding } from './finding.js'

export interface ConfigFileFacts {
  path: string
  origin: 'workspace' | 'default-branch' | 'defaults'
  /** The local file against the default branch's: only looked at when the local one was used. */
  branch?: 'same' | 'differs' | 'absent'
}

/** The same file, give or take line endings and trailing blank space. */
export function sameConfig(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .replace(/\r\n/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .trimEnd()
  return norm(a) === norm(b)
}

export function configFileFindings(file: ConfigFileFacts): Finding[] {
  if (file.origin === 'defaults')
    return [
      {
        check: 'configuration',
        status: 'note',
        message: `no ${file.path} here nor on the default branch: checked with the defaults`,
        fix: `delivery-loop init writes one; commit it to the default branch`
      }
    ]
  if (file.origin === 'default-branch')
    return [
      {
        check: 'configuration',
        status: 'ok',
        message: `checked the default branch's ${file.path}, the one compile and tick read`
      }
    ]
  if (file.branch === 'same' || file.branch === undefined)
    return [
      {
        check: 'configuration',
        status: 'ok',
        message: `checked the local ${file.path}${file.branch === 'same' ? ", the same as the default branch's (the one compile and tick read)" : ''}`,
        file: file.path
      }
    ]
  return [
    {
      check: 'configuration',
      status: 'warn',
      message:
        file.branch === 'absent'
          ? `checked the local ${file.path}, but the default branch has none: compile and tick run on the defaults until it is merged`
          : `checked the local ${file.path}, which differs from the default branch's: compile and tick read the default branch's`,
      fix: `merge the local ${file.path} to the default branch, or run doctor where the checkout matches it`,
      file: file.path
    }
  ]
}
