/**
 * The set-up port over Octokit (`init --action`, `--create-app`, `--pull-request`): each call
 * one REST request, failures mapped to errors that say what was asked and how to fix it.
 */
import { ApiError } from '../../errors.js'
import type { Octokit } from '../client.js'
import type { ConvertedApp, RepoRef, SetupPort } from '../port.js'
import { attempt, statusOf, toApiError } from './api.js'

export function createSetupPort(octokit: Octokit, repo: RepoRef): SetupPort {
  const name = `${repo.owner}/${repo.repo}`
  return {
    async repositoryOwner() {
      const { data } = await attempt(`read ${name}`, () =>
        octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo })
      )
      return { login: data.owner.login, organization: data.owner.type === 'Organization' }
    },
    async resolveCommit(repository, ref) {
      const [owner, repoName] = repository.split('/')
      try {
        const { data } = await octokit.rest.repos.getCommit({ owner, repo: repoName, ref })
        return data.sha
      } catch (error) {
        if ([404, 422].includes(statusOf(error) ?? 0)) return undefined
        throw toApiError(error, `resolve ${repository}@${ref}`)
      }
    },
    async secretsKey() {
      const { data } = await attempt(`read the Actions secrets key of ${name}`, () =>
        octokit.rest.actions.getRepoPublicKey({ owner: repo.owner, repo: repo.repo })
      )
      return { keyId: data.key_id, key: data.key }
    },
    async putSecret(secret, sealed, keyId) {
      await attempt(`store the secret ${secret} in ${name}`, () =>
        octokit.rest.actions.createOrUpdateRepoSecret({
          owner: repo.owner,
          repo: repo.repo,
          secret_name: secret,
          encrypted_value: sealed,
          key_id: keyId
        })
      )
    },
    async putVariable(variable, value) {
      const at = { owner: repo.owner, repo: repo.repo }
      try {
        await octokit.rest.actions.createRepoVariable({ ...at, name: variable, value })
      } catch (error) {
        if (statusOf(error) !== 409)
          throw toApiError(error, `store the variable ${variable} in ${name}`)
        await attempt(`update the variable ${variable} in ${name}`, () =>
          octokit.rest.actions.updateRepoVariable({ ...at, name: variable, value })
        )
      }
    },
    async convertManifest(code) {
      const { data } = await attempt('make the App from its manifest', () =>
        octokit.rest.apps.createFromManifest({ code })
      )
      if (!data?.pem || !data.client_id)
        throw new ApiError('GitHub made the App but returned no key: make one in its settings')
      const app: ConvertedApp = {
        id: data.id,
        slug: data.slug ?? String(data.id),
        clientId: data.client_id,
        pem: data.pem,
        htmlUrl: data.html_url
      }
      return app
    }
  }
}
