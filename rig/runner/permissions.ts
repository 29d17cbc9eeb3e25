/**
 * The permissions of a job's GITHUB_TOKEN, as GitHub resolves them: the job's `permissions:`,
 * else the workflow's, else the repository's default (Settings → Actions: read, GitHub's default
 * since 2023, is contents and packages read; write is every scope). A block names what it grants
 * and nothing else; `read-all`, `write-all` and `{}` mean what they say.
 */
import { SCOPES, type Access, type Grants } from '../github/scopes.js'

function every(access: Access): Grants {
  const grants: Grants = Object.fromEntries(SCOPES.map(s => [s, access]))
  // id-token is never more than write, and never granted by `read-all`.
  grants['id-token'] = access === 'write' ? 'write' : 'none'
  return grants
}

export function jobGrants(
  job: unknown,
  workflow: unknown,
  repositoryDefault: 'read' | 'write'
): Grants {
  const block = job ?? workflow
  if (block === undefined || block === null)
    return repositoryDefault === 'write' ? every('write') : { contents: 'read', packages: 'read' }
  if (block === 'read-all') return every('read')
  if (block === 'write-all') return every('write')
  if (typeof block !== 'object')
    throw new Error(`permissions: ${String(block)} is not a permissions block`)
  const grants: Grants = {}
  for (const [scope, access] of Object.entries(block as Record<string, string>)) {
    if (!(SCOPES as readonly string[]).includes(scope))
      throw new Error(`permissions: unknown scope '${scope}'`)
    if (!['read', 'write', 'none'].includes(access))
      throw new Error(`permissions: ${scope} must be read, write or none, not '${access}'`)
    grants[scope] = access as Access
  }
  return grants
}
