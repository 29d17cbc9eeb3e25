/**
 * What only a person may send, and the loop never: a merge, an approval or a request for
 * changes, a dismissal, auto-merge, a push to the default branch, a forced ref update, a branch
 * deletion — and, from the loop's own client, any tag or release. The emulator records each such
 * request; `startRig().stop()` fails the test file where one reached it.
 */

const HUMAN_ONLY_MUTATIONS =
  /\b(mergePullRequest|enablePullRequestAutoMerge|dismissPullRequestReview|approvePullRequestReview)\b|event:\s*(APPROVE|REQUEST_CHANGES)\b/

/** A tag or release write: the release workflow's, never the loop's. */
export function releaseWrite(method: string, path: string, body: Record<string, unknown>): boolean {
  if (method === 'GET') return false
  return (
    /\/git\/refs\/tags\//.test(path) ||
    /\/releases(\/|$)/.test(path) ||
    (/\/git\/refs$/.test(path) && String(body.ref ?? '').startsWith('refs/tags/'))
  )
}

/** A request that would merge, approve or dismiss: what the loop must never send. */
export function humanOnlyRequest(
  method: string,
  path: string,
  body: Record<string, unknown>,
  isGraphql: boolean,
  defaultBranch: string
): string | undefined {
  const line = `${method} ${path}`
  // Pushes the loop never makes: a ref update of the default branch, or any forced one.
  if (method === 'PATCH' && path.endsWith(`/git/refs/heads/${defaultBranch}`))
    return `${line} (push to the default branch)`
  // A tag is moved by force by a release workflow (the major tag): releases are not the loop's,
  // and the loop's own client writing any tag or release is caught apart (`releaseWrite`).
  if (method === 'PATCH' && /\/git\/refs\/(?!tags\/)/.test(path) && body.force === true)
    return `${line} (force update)`
  if (method === 'DELETE' && /\/git\/refs\//.test(path)) return `${line} (branch deletion)`
  if (isGraphql)
    return HUMAN_ONLY_MUTATIONS.test(String(body.query ?? '')) ? `${line} (mutation)` : undefined
  if (method === 'PUT' && /\/pulls\/\d+\/(merge|reviews\/\d+\/dismissals)$/.test(path)) return line
  if (
    method === 'POST' &&
    /\/pulls\/\d+\/reviews(\/\d+\/events)?$/.test(path) &&
    ['APPROVE', 'REQUEST_CHANGES'].includes(String(body.event ?? ''))
  )
    return `${line} (event ${String(body.event)})`
  return undefined
}
