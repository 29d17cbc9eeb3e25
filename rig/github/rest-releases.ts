/**
 * The emulator's release routes (what `gh release create` and a release page use): create a
 * release on a tag (made at `target_commitish` when it does not exist), read it by tag, list
 * releases and assets. Uploads and downloads carry raw bytes: `rawReleaseRequest` answers them
 * before the JSON body is parsed.
 */
import type { Model, User } from './model.js'
import type { Release } from './releases.js'
import { HttpError, requireWrite, type Route, type RouteContext } from './rest-common.js'

export function releaseBody(
  model: Model,
  release: Release,
  baseUrl: string,
  author: Record<string, unknown>
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${model.owner}/${model.name}`
  const web = `https://github.com/${model.owner}/${model.name}`
  return {
    url: `${api}/releases/${release.id}`,
    html_url: `${web}/releases/tag/${release.tag}`,
    assets_url: `${api}/releases/${release.id}/assets`,
    upload_url: `${api}/releases/${release.id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${release.tag}`,
    zipball_url: `${api}/zipball/${release.tag}`,
    id: release.id,
    node_id: `RE_${release.id}`,
    tag_name: release.tag,
    target_commitish: model.releases.tags.get(release.tag) ?? model.defaultBranch,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    created_at: release.createdAt,
    published_at: release.draft ? null : release.createdAt,
    author,
    assets: release.assets.map(a => assetBody(model, release, a, baseUrl, author))
  }
}

function assetBody(
  model: Model,
  release: Release,
  asset: Release['assets'][number],
  baseUrl: string,
  uploader: Record<string, unknown>
): Record<string, unknown> {
  return {
    url: `${baseUrl}/repos/${model.owner}/${model.name}/releases/assets/${asset.id}`,
    browser_download_url: `${baseUrl}/_rig/releases/${release.id}/assets/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: `RA_${asset.id}`,
    name: asset.name,
    label: null,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.content.length,
    digest: null,
    download_count: 0,
    created_at: release.createdAt,
    updated_at: release.createdAt,
    uploader
  }
}

export function releaseRoutes(ctx: RouteContext): Route[] {
  const { model, rep } = ctx
  const authorOf = (release: Release) => rep.user(model.userByLogin(release.author) as User)
  return [
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/releases',
      handler: req => {
        requireWrite(req.actor)
        const tag = String(req.body.tag_name ?? '')
        if (!tag) throw new HttpError(422, 'Validation Failed')
        if (model.releases.byTag(tag))
          throw new HttpError(422, 'Validation Failed', {
            errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]
          })
        if (!model.releases.tags.has(tag)) {
          const target = String(req.body.target_commitish ?? model.defaultBranch)
          const sha = model.snapshot(target)?.sha
          if (!sha) throw new HttpError(422, 'Validation Failed')
          model.releases.tags.set(tag, sha)
        }
        const release = model.releases.create({
          tag,
          name: String(req.body.name ?? tag),
          body: String(req.body.body ?? ''),
          draft: req.body.draft === true,
          prerelease: req.body.prerelease === true,
          author: req.actor.login,
          createdAt: model.now()
        })
        return {
          status: 201,
          body: releaseBody(model, release, req.baseUrl, authorOf(release))
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/releases/tags/{tag}',
      handler: req => {
        const release = model.releases.byTag(req.params.tag)
        if (!release) throw new HttpError(404, 'Not Found')
        return { status: 200, body: releaseBody(model, release, req.baseUrl, authorOf(release)) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/releases',
      handler: req => ({
        status: 200,
        body: [...model.releases.releases]
          .reverse()
          .map(r => releaseBody(model, r, req.baseUrl, authorOf(r)))
      })
    }
  ]
}

/**
 * An asset upload (`POST …/releases/{id}/assets?name=`, raw bytes, a writer's token) or a
 * download (`GET /_rig/releases/{id}/assets/{name}`, GitHub's signed URL: no token).
 */
export function rawReleaseRequest(
  model: Model,
  request: {
    method: string
    path: string
    query: URLSearchParams
    bytes: Buffer
    actor?: User
    contentType: string
  }
): { status: number; body: Buffer | Record<string, unknown> } | undefined {
  const download = /^\/_rig\/releases\/(\d+)\/assets\/([^/]+)$/.exec(request.path)
  if (download && request.method === 'GET') {
    const asset = model.releases
      .byId(Number(download[1]))
      ?.assets.find(a => a.name === decodeURIComponent(download[2]))
    return asset
      ? { status: 200, body: asset.content }
      : { status: 404, body: { message: 'Not Found' } }
  }
  const upload = /^\/repos\/[^/]+\/[^/]+\/releases\/(\d+)\/assets$/.exec(request.path)
  if (!upload || request.method !== 'POST') return undefined
  if (!request.actor) return { status: 401, body: { message: 'Bad credentials' } }
  if (request.actor.permission !== 'write' && request.actor.permission !== 'admin')
    return { status: 403, body: { message: 'Resource not accessible by integration' } }
  const release = model.releases.byId(Number(upload[1]))
  const name = request.query.get('name')
  if (!release || !name) return { status: 404, body: { message: 'Not Found' } }
  if (release.assets.some(a => a.name === name))
    return {
      status: 422,
      body: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] }
    }
  const asset = model.releases.upload(release, name, request.contentType, request.bytes)
  return {
    status: 201,
    body: { id: asset.id, name: asset.name, size: asset.content.length, state: 'uploaded' }
  }
}
