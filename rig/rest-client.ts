/**
 * A plain REST client for the rig's people and tests (the CI bot, a maintainer): Octokit with
 * the REST methods and pagination, as `@actions/github`'s `getOctokit` made it — without the
 * loop's retries, pacing or guards, so a test sees GitHub's answer as it is.
 */
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'

const RestOctokit = Octokit.plugin(restEndpointMethods, paginateRest)

export type RestClient = InstanceType<typeof RestOctokit>

export function restClient(
  token: string,
  options: Omit<NonNullable<ConstructorParameters<typeof RestOctokit>[0]>, 'auth'> = {}
): RestClient {
  return new RestOctokit({ ...options, auth: token })
}
