/** Files, branches and refs. */
import { createHash } from 'node:crypto'
import { ApiError } from '../../errors.js'
import type { ContentsPort } from '../port.js'
import { attempt, statusOf, toApiError, type OctokitApi, type RequestFailure } from './api.js'

interface BlobNode {
  oid?: string
  isBinary?: boolean | null
  isTruncated?: boolean
  text?: string | null
}

/** Git's id of a blob: what lets a read be checked byte for byte. */
function blobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** One query for up to 100 `rev:path` expressions, each as `$eN`. */
export function blobsQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$e${i}: String!`).join(', ')
  const fields = Array.from(
    { length: count },
    (_, i) => `f${i}: object(expression: $e${i}) { ... on Blob { oid isBinary isTruncated text } }`
  ).join('\n')
  return `query ($owner: String!, $name: String!, ${vars}) {
    repository(owner: $owner, name: $name) { ${fields} }
  }`
}

// eslint-disable-next-line max-lines-per-function -- an adapter's method table: one closure per port method
export function contentsAdapter(api: OctokitApi): ContentsPort {
  const { octokit, repo } = api
  const blob = (sha: string) =>
    attempt(`read blob ${sha.slice(0, 7)}`, async () => {
      const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha })
      return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
    })
  return {
    async readFiles(paths, ref) {
      const out = new Map<string, Buffer>()
      for (let i = 0; i < paths.length; i += 100) {
        const batch = paths.slice(i, i + 100)
        const variables = Object.fromEntries(batch.map((p, j) => [`e${j}`, `${ref}:${p}`]))
        const data = await attempt(`read ${batch.length} file(s) at ${ref.slice(0, 7)}`, () =>
          api.graphql<{ repository: Record<string, BlobNode | null> }>(
            blobsQuery(batch.length),
            variables
          )
        )
        for (const [j, file] of batch.entries()) {
          const node = data.repository[`f${j}`]
          if (!node?.oid) continue // absent, a directory or a submodule
          const text =
            typeof node.text === 'string' && !node.isBinary && !node.isTruncated
              ? Buffer.from(node.text, 'utf8')
              : undefined
          // Only what hashes to the blob's id is its content; anything else is read exactly.
          out.set(file, text && blobSha(text) === node.oid ? text : await blob(node.oid))
        }
      }
      return out
    },
    async readFile(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({
          ...repo,
          path,
          ...(ref ? { ref } : {})
        })
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
          throw new ApiError(`${path} is not a file`)
        }
        const bytes = Buffer.from(data.content, 'base64')
        return { text: bytes.toString('utf8'), bytes, sha: data.sha }
      } catch (error) {
        if (statusOf(error) === 404) return undefined
        throw toApiError(error, `read ${path}`)
      }
    },
    async lastCommitOf(path, until) {
      const { data } = await attempt(`list the commits of ${path}`, () =>
        octokit.rest.repos.listCommits({ ...repo, path, until: until.toISOString(), per_page: 1 })
      )
      return data[0]?.sha
    },
    async writeFile(fields) {
      try {
        await octokit.rest.repos.createOrUpdateFileContents({
          ...repo,
          path: fields.path,
          message: fields.message,
          content: Buffer.from(fields.text, 'utf8').toString('base64'),
          sha: fields.sha,
          branch: fields.branch
        })
        return 'written'
      } catch (error) {
        const status = statusOf(error) ?? 0
        const message = (error as RequestFailure).message ?? ''
        // Branch protection and rulesets answer 409/403/422 with a message naming the rule.
        if (/protect|rule|pull request/i.test(message) && [403, 409, 422].includes(status))
          return 'protected'
        if (status === 409) return 'conflict'
        throw toApiError(error, `write ${fields.path} on ${fields.branch}`)
      }
    },
    async branchSha(branch) {
      try {
        const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
        return data.object.sha
      } catch (error) {
        if (statusOf(error) === 404) return undefined
        throw toApiError(error, `read branch ${branch}`)
      }
    },
    async createBranch(branch, sha) {
      try {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
      } catch (error) {
        // A retry after a lost answer finds the ref it made: already there at this commit is done.
        if (statusOf(error) === 422 && /already exists/i.test((error as Error).message)) {
          const at = await octokit.rest.git
            .getRef({ ...repo, ref: `heads/${branch}` })
            .then(r => r.data.object.sha)
            .catch(() => undefined)
          if (at === sha) return
        }
        throw toApiError(error, `create branch ${branch}`)
      }
    },
    listFiles: branch =>
      attempt(`list the files of ${branch}`, async () => {
        const { data } = await octokit.rest.git.getTree({
          ...repo,
          tree_sha: branch,
          recursive: 'true'
        })
        return {
          paths: data.tree.filter(t => t.type === 'blob' && t.path).map(t => t.path!),
          truncated: data.truncated
        }
      }),
    createBlob: bytes =>
      attempt('upload a file (blob)', async () => {
        const { data } = await octokit.rest.git.createBlob({
          ...repo,
          content: bytes.toString('base64'),
          encoding: 'base64'
        })
        return data.sha
      }),
    createTree: (base, entries) =>
      attempt('write a tree', async () => {
        const { data } = await octokit.rest.git.createTree({
          ...repo,
          base_tree: base,
          tree: entries.map(e => ({
            path: e.path,
            mode: e.mode,
            type: 'blob' as const,
            sha: e.sha
          }))
        })
        return data.sha
      }),
    createCommit: fields =>
      attempt('write a commit', async () => {
        const { data } = await octokit.rest.git.createCommit({ ...repo, ...fields })
        return data.sha
      }),
    commitTree: sha =>
      attempt(`read commit ${sha.slice(0, 7)}`, async () => {
        const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha })
        return data.tree.sha
      }),
    async compareCommits(base, head) {
      try {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
          ...repo,
          basehead: `${base}...${head}`,
          per_page: 100
        })
        return {
          mergeBase: data.merge_base_commit.sha,
          commits: data.commits.map(c => ({
            sha: c.sha,
            subject: c.commit.message.split('\n', 1)[0]
          })),
          files: (data.files ?? []).map(f => f.filename)
        }
      } catch (error) {
        if (statusOf(error) === 404) return undefined
        throw toApiError(error, `compare ${base.slice(0, 7)}...${head}`)
      }
    },
    async moveBranch(branch, sha) {
      try {
        await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false })
        return 'moved'
      } catch (error) {
        const message = (error as RequestFailure).message ?? ''
        if (statusOf(error) === 422 && /fast.?forward/i.test(message)) return 'non-fast-forward'
        throw toApiError(error, `update branch ${branch}`)
      }
    }
  }
}
