/** The emulator's REST routes for contents, the Git Data API (refs, trees, blobs, commits) and compare. */
import { gitBlobSha, type CommitSnapshot } from './model.js'
import { deleteBranchOf, mergeBaseOf } from './model-git.js'
import {
  HttpError,
  type Route,
  type RouteContext,
  requireWrite,
  validRefName,
  validationFailed
} from './rest-common.js'

export function gitRoutes(ctx: RouteContext): Route[] {
  const { model, rep, repoPath } = ctx
  const repoApi = () => `${ctx.rep.repository().url as string}`
  const tagRef = (tag: string, sha: string) => ({
    ref: `refs/tags/${tag}`,
    node_id: `REF_tag_${tag}`,
    url: `${repoApi()}/git/refs/tags/${tag}`,
    object: { type: 'commit', sha, url: `${repoApi()}/git/commits/${sha}` }
  })
  /** A lightweight tag (the release workflow's major tag): 422 when it exists, as on GitHub. */
  const createTag = (tag: string, sha: string) => {
    if (!validRefName(`refs/tags/${tag}`))
      throw new HttpError(422, `refs/tags/${tag} is not a valid ref name.`)
    if (model.releases.tags.has(tag)) throw new HttpError(422, 'Reference already exists')
    if (!model.snapshot(sha)) throw new HttpError(422, 'Object does not exist')
    model.releases.tags.set(tag, sha)
    return { status: 201, body: tagRef(tag, sha) }
  }
  /** A tag moves only with `force` (tags are not fast-forwarded). */
  const moveTag = (tag: string, sha: string, force: boolean) => {
    if (!model.releases.tags.has(tag)) throw new HttpError(422, 'Reference does not exist')
    if (!model.snapshot(sha)) throw new HttpError(422, 'Object does not exist')
    if (!force && model.releases.tags.get(tag) !== sha)
      throw new HttpError(422, 'Update is not a fast forward')
    model.releases.tags.set(tag, sha)
    return { status: 200, body: tagRef(tag, sha) }
  }
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/contents/{path}',
      handler: req => {
        // A branch name or a commit sha, as on GitHub.
        const ref = req.query.get('ref') ?? model.defaultBranch
        const name = ref.replace(/^refs\/heads\//, '')
        const files = model.branch(name)?.files ?? model.commitFiles(ref)
        const entry = files?.get(req.params.path)
        if (!entry) throw new HttpError(404, 'Not Found')
        return { status: 200, body: rep.content(name, req.params.path, entry) }
      }
    },
    {
      method: 'PUT',
      template: '/repos/{owner}/{repo}/contents/{path}',
      handler: req => {
        requireWrite(req.actor)
        const b = req.body
        const branch = model.branch(String(b.branch ?? model.defaultBranch))
        if (!branch) throw new HttpError(404, 'Branch not found')
        if (typeof b.message !== 'string' || typeof b.content !== 'string') {
          throw validationFailed('message and content are required', 'content', 'missing_field')
        }
        const path = req.params.path
        const existing = branch.files.get(path)
        if (existing && b.sha === undefined) {
          throw new HttpError(422, '"sha" wasn\'t supplied.')
        }
        if (existing && b.sha !== existing.sha) {
          throw new HttpError(409, `${path} does not match ${String(b.sha)}`)
        }
        if (branch.protected) {
          throw new HttpError(
            409,
            'Repository rule violations found\n\nChanges must be made through a pull request.'
          )
        }
        const entry = model.writeFile(branch.name, path, Buffer.from(b.content, 'base64'), {
          message: b.message,
          authorId: req.actor.id
        })
        return {
          status: existing ? 200 : 201,
          body: rep.fileCommit(branch, path, entry, b.message, req.actor)
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/ref/{ref}',
      handler: req => {
        const tag = /^tags\/(.+)$/.exec(req.params.ref)?.[1]
        const tagged = tag ? model.releases.tags.get(tag) : undefined
        if (tag && tagged) return { status: 200, body: tagRef(tag, tagged) }
        const name = req.params.ref.replace(/^heads\//, '')
        const branch = req.params.ref.startsWith('heads/') ? model.branch(name) : undefined
        if (!branch) throw new HttpError(404, 'Not Found')
        return { status: 200, body: rep.ref(branch) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
      handler: req => {
        // A branch name or the branch's commit sha; files only (blobs), as with recursive=1.
        const branch =
          model.branch(req.params.tree_sha) ??
          [...model.branches.values()].find(b => b.commitSha === req.params.tree_sha)
        if (!branch) throw new HttpError(404, 'Not Found')
        const tree = [...branch.files.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([path, entry]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: entry.sha,
            size: entry.content.length,
            url: `${req.baseUrl}${repoPath()}/git/blobs/${entry.sha}`
          }))
        return {
          status: 200,
          body: {
            sha: branch.commitSha,
            url: `${req.baseUrl}${repoPath()}/git/trees/${branch.commitSha}`,
            tree,
            truncated: false
          }
        }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/refs',
      handler: req => {
        requireWrite(req.actor)
        const ref = String(req.body.ref ?? '')
        const sha = String(req.body.sha ?? '')
        if (ref.startsWith('refs/tags/')) return createTag(ref.slice('refs/tags/'.length), sha)
        if (!ref.startsWith('refs/heads/'))
          throw new HttpError(422, 'Reference name must start with refs/heads/ or refs/tags/')
        const name = ref.slice('refs/heads/'.length)
        // GitHub refuses what git would refuse, with this message.
        if (!validRefName(ref)) throw new HttpError(422, `${ref} is not a valid ref name.`)
        if (model.branch(name)) throw new HttpError(422, 'Reference already exists')
        const files = model.commitFiles(sha)
        if (!files) throw new HttpError(422, 'Object does not exist')
        // It forks where it leaves the branches it came from: at an existing head, or at the
        // parent of a commit made for it (publish's first commit on the base head).
        const onBranch = [...model.branches.values()].some(b => b.commitSha === sha)
        const parent = onBranch ? undefined : model.commits.get(sha)?.parents[0]
        const branch = {
          name,
          commitSha: sha,
          files: new Map(files),
          protected: false,
          forkFiles: new Map((parent && model.commitFiles(parent)) || files)
        }
        model.branches.set(name, branch)
        return { status: 201, body: rep.ref(branch) }
      }
    },
    {
      // A person deletes a branch: its pull requests close, a stack on it is retargeted.
      method: 'DELETE',
      template: '/repos/{owner}/{repo}/git/refs/{ref}',
      handler: req => {
        requireWrite(req.actor)
        const name = /^heads\/(.+)$/.exec(req.params.ref)?.[1]
        if (!name || !model.branch(name)) throw new HttpError(422, 'Reference does not exist')
        deleteBranchOf(model, name, req.actor.login)
        return { status: 204, body: null }
      }
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/git/refs/{ref}',
      handler: req => {
        requireWrite(req.actor)
        const tag = /^tags\/(.+)$/.exec(req.params.ref)?.[1]
        if (tag) return moveTag(tag, String(req.body.sha ?? ''), req.body.force === true)
        const name = req.params.ref.replace(/^heads\//, '')
        const branch = model.branch(name)
        if (!branch) throw new HttpError(422, 'Reference does not exist')
        const sha = String(req.body.sha ?? '')
        const files = model.commitFiles(sha)
        if (!files) throw new HttpError(422, 'Object does not exist')
        // Fast-forward: the new commit descends from the branch's head (one step is enough here).
        const forward =
          sha === branch.commitSha || model.commits.get(sha)?.parents.includes(branch.commitSha)
        if (req.body.force !== true && !forward) {
          throw new HttpError(422, 'Update is not a fast forward')
        }
        // A commit that also descends from another one (a merge of the base into this branch):
        // that commit is now where the branch forks from, as git's merge base would say.
        const merged = model.commits.get(sha)?.parents.find(p => p !== branch.commitSha)
        const mergedFiles = merged ? model.commitFiles(merged) : undefined
        if (mergedFiles) branch.forkFiles = new Map(mergedFiles)
        model.moveBranch(branch, sha, files)
        return { status: 200, body: rep.ref(branch) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
      handler: req => {
        const sha = req.params.file_sha
        const content =
          model.blobs.get(sha) ??
          [...model.branches.values(), ...model.commits.values()]
            .flatMap(b => [...b.files.values()])
            .find(e => e.sha === sha)?.content
        if (!content) throw new HttpError(404, 'Not Found')
        return {
          status: 200,
          body: {
            sha,
            node_id: `B_${sha.slice(0, 12)}`,
            size: content.length,
            url: `${req.baseUrl}${repoPath()}/git/blobs/${sha}`,
            content: content.toString('base64'),
            encoding: 'base64'
          }
        }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/blobs',
      handler: req => {
        requireWrite(req.actor)
        if (typeof req.body.content !== 'string')
          throw validationFailed('content is required', 'content', 'missing_field')
        const content = Buffer.from(
          req.body.content,
          req.body.encoding === 'base64' ? 'base64' : 'utf8'
        )
        const sha = gitBlobSha(content)
        model.blobs.set(sha, content)
        return { status: 201, body: { sha, url: `${req.baseUrl}${repoPath()}/git/blobs/${sha}` } }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/trees',
      handler: req => {
        requireWrite(req.actor)
        const base = typeof req.body.base_tree === 'string' ? req.body.base_tree : undefined
        const files = new Map(base ? (model.trees.get(base) ?? []) : [])
        if (base && !model.trees.has(base))
          throw validationFailed('base_tree is not a tree', 'base_tree')
        for (const e of (req.body.tree ?? []) as Record<string, unknown>[]) {
          const path = String(e.path ?? '')
          if (!path || path.startsWith('/') || path.split('/').includes('..'))
            throw validationFailed(`tree.path ${path} is invalid`, 'tree')
          if (e.sha === null) {
            files.delete(path)
            continue
          }
          const content = model.blobs.get(String(e.sha))
          if (!content) throw validationFailed(`tree.sha ${String(e.sha)} is not a blob`, 'tree')
          files.set(path, { content, sha: String(e.sha), mode: String(e.mode ?? '100644') })
        }
        const sha = model.treeOf(files)
        return { status: 201, body: rep.tree(sha, files) }
      }
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/commits',
      handler: req => {
        requireWrite(req.actor)
        const tree = String(req.body.tree ?? '')
        const files = model.trees.get(tree)
        if (!files) throw validationFailed('tree is not a tree', 'tree')
        const parents = ((req.body.parents ?? []) as string[]).map(String)
        if (parents.some(p => !model.commitFiles(p)))
          throw validationFailed('a parent is not a commit', 'parents')
        const message = String(req.body.message ?? '')
        const at = model.now()
        const sha = model.commitSha(`${tree}:${parents.join(',')}:${message}`)
        const commit = { sha, tree, parents, message, files, authorId: req.actor.id, at }
        model.commits.set(sha, commit)
        return { status: 201, body: rep.commit(commit) }
      }
    },
    {
      // The commits list, newest first along first parents: `sha` (a branch, default the
      // default branch), `path` (commits that changed it), `until`, `per_page`.
      method: 'GET',
      template: '/repos/{owner}/{repo}/commits',
      handler: req => {
        const ref = req.query.get('sha') ?? model.defaultBranch
        const until = Date.parse(req.query.get('until') ?? '9999-12-31T00:00:00Z')
        const file = req.query.get('path')
        const perPage = Number(req.query.get('per_page') ?? 30)
        const out: CommitSnapshot[] = []
        let at = model.commits.get(model.branch(ref)?.commitSha ?? ref)
        while (at && out.length < perPage) {
          const parent = at.parents[0] ? model.commitFiles(at.parents[0]) : undefined
          const changed = !file || at.files.get(file)?.sha !== parent?.get(file)?.sha
          if (changed && Date.parse(at.at) <= until) out.push(at)
          at = at.parents[0] ? model.commits.get(at.parents[0]) : undefined
        }
        return { status: 200, body: out.map(c => rep.restCommit(c)) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/compare/{basehead}',
      handler: req => {
        const [from, to] = req.params.basehead.split('...')
        const base = from ? model.snapshot(from) : undefined
        const head = to ? model.snapshot(to) : undefined
        if (!base || !head) throw new HttpError(404, 'Not Found')
        // The merge base from the commits' parents, as git finds it; else, for seeded branches
        // without history, where base's branch forked (the emulator keeps it as files).
        const common = mergeBaseOf(model, base.sha, head.sha)
        const fork =
          common?.files ??
          [...model.branches.values()].find(b => b.commitSha === base.sha || b.name === from)
            ?.forkFiles ??
          base.files
        const forkTree = model.treeOf(fork)
        // head's commits since then: its first parents back to the merge base (or its tree).
        const commits: CommitSnapshot[] = []
        let at: CommitSnapshot | undefined = head
        while (at && (common ? at.sha !== common.sha : at.tree !== forkTree)) {
          commits.unshift(at)
          at = at.parents[0] ? model.snapshot(at.parents[0]) : undefined
        }
        const files = [...new Set([...fork.keys(), ...head.files.keys()])]
          .sort()
          .filter(f => fork.get(f)?.sha !== head.files.get(f)?.sha)
          .map(filename => ({
            filename,
            status: !fork.has(filename)
              ? 'added'
              : !head.files.has(filename)
                ? 'removed'
                : 'modified'
          }))
        return {
          status: 200,
          body: rep.comparison(req.params.basehead, base, at ?? base, commits, files)
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
      handler: req => {
        const sha = req.params.commit_sha
        const known = model.commits.get(sha)
        if (known) return { status: 200, body: rep.commit(known) }
        const files = model.commitFiles(sha)
        if (!files) throw new HttpError(404, 'Not Found')
        const commit = {
          sha,
          tree: model.treeOf(files),
          parents: [],
          message: 'commit',
          files,
          authorId: model.userByLogin('maintainer')!.id,
          at: model.createdAt
        }
        return { status: 200, body: rep.commit(commit) }
      }
    }
  ]
}
