/** Files, branches and refs. */
import { ApiError } from '../../errors.js'
import type { ContentsPort } from '../port.js'
import { attempt, statusOf, toApiError, type OctokitApi, type RequestFailure } from './api.js'

export function contentsAdapter(api: OctokitApi): ContentsPort {
  const { octokit, repo } = api
  return {
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
    createBranch: (branch, sha) =>
      attempt(`create branch ${branch}`, async () => {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
      }),
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
