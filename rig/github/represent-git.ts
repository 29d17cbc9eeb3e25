/**
 * REST renderings of git data — contents, refs, trees, commits, comparisons, commit statuses —
 * field for field as GitHub's OpenAPI description requires them.
 */
import type { Branch, CommitSnapshot, CommitStatus, FileEntry, User } from './model.js'
import { nodeId } from './node-id.js'
import type { Representer } from './represent.js'

export function contentOf(
  rep: Representer,
  ref: string,
  path: string,
  entry: FileEntry
): Record<string, unknown> {
  const m = rep.model
  const url = `${rep.repoApi}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${rep.repoApi}/git/blobs/${entry.sha}`
  const htmlUrl = `${rep.web}/${m.owner}/${m.name}/blob/${ref}/${path}`
  return {
    type: 'file',
    encoding: 'base64',
    size: entry.content.length,
    name: path.split('/').pop(),
    path,
    content: entry.content.toString('base64').replace(/(.{60})/g, '$1\n'),
    sha: entry.sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: `https://raw.githubusercontent.com/${m.owner}/${m.name}/${ref}/${path}`,
    _links: { self: url, git: gitUrl, html: htmlUrl }
  }
}

export function fileCommitOf(
  rep: Representer,
  branch: Branch,
  path: string,
  entry: FileEntry,
  message: string,
  actor: User
): Record<string, unknown> {
  const m = rep.model
  const content = rep.content(branch.name, path, entry)
  delete content.content
  delete content.encoding
  const person = {
    name: actor.login,
    email: `${actor.id}+${actor.login}@users.noreply.github.com`,
    date: m.now()
  }
  return {
    content,
    commit: {
      sha: branch.commitSha,
      node_id: nodeId('C', branch.commitSha),
      url: `${rep.repoApi}/git/commits/${branch.commitSha}`,
      html_url: `${rep.web}/${m.owner}/${m.name}/commit/${branch.commitSha}`,
      author: person,
      committer: person,
      message,
      tree: { url: `${rep.repoApi}/git/trees/${branch.commitSha}`, sha: branch.commitSha },
      parents: [],
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null
      }
    }
  }
}

export function refOf(rep: Representer, branch: Branch): Record<string, unknown> {
  return {
    ref: `refs/heads/${branch.name}`,
    node_id: nodeId('REF', branch.name),
    url: `${rep.repoApi}/git/refs/heads/${branch.name}`,
    object: {
      type: 'commit',
      sha: branch.commitSha,
      url: `${rep.repoApi}/git/commits/${branch.commitSha}`
    }
  }
}

export function treeOf(
  rep: Representer,
  sha: string,
  files: Map<string, FileEntry>
): Record<string, unknown> {
  return {
    sha,
    url: `${rep.repoApi}/git/trees/${sha}`,
    truncated: false,
    tree: [...files.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, e]) => ({
        path,
        mode: e.mode ?? '100644',
        type: 'blob',
        sha: e.sha,
        size: e.content.length,
        url: `${rep.repoApi}/git/blobs/${e.sha}`
      }))
  }
}

export function commitOf(rep: Representer, c: CommitSnapshot): Record<string, unknown> {
  const user = rep.model.user(c.authorId)
  const person = {
    name: user.login,
    email: `${user.id}+${user.login}@users.noreply.github.com`,
    date: c.at
  }
  return {
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    url: `${rep.repoApi}/git/commits/${c.sha}`,
    html_url: `${rep.web}/${rep.model.owner}/${rep.model.name}/commit/${c.sha}`,
    author: person,
    committer: person,
    message: c.message,
    tree: { sha: c.tree, url: `${rep.repoApi}/git/trees/${c.tree}` },
    parents: c.parents.map(p => ({
      sha: p,
      url: `${rep.repoApi}/git/commits/${p}`,
      html_url: `${rep.web}/${rep.model.owner}/${rep.model.name}/commit/${p}`
    })),
    verification: {
      verified: user.type === 'Bot',
      reason: user.type === 'Bot' ? 'valid' : 'unsigned',
      signature: null,
      payload: null,
      verified_at: user.type === 'Bot' ? c.at : null
    }
  }
}

/** A commit as the commits and compare APIs give it (`commit`): the git commit inside. */
export function restCommitOf(rep: Representer, c: CommitSnapshot): Record<string, unknown> {
  const user = rep.model.user(c.authorId)
  const git = rep.commit(c)
  const web = `${rep.web}/${rep.model.owner}/${rep.model.name}/commit/${c.sha}`
  return {
    url: `${rep.repoApi}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    html_url: web,
    comments_url: `${rep.repoApi}/commits/${c.sha}/comments`,
    commit: {
      url: git.url,
      author: git.author,
      committer: git.committer,
      message: c.message,
      comment_count: 0,
      tree: git.tree
    },
    author: rep.user(user),
    committer: rep.user(user),
    parents: c.parents.map(p => ({
      sha: p,
      url: `${rep.repoApi}/commits/${p}`,
      html_url: `${rep.web}/${rep.model.owner}/${rep.model.name}/commit/${p}`
    }))
  }
}

/** The compare API's answer: `base...head` with the merge base, head's commits and files. */
export function comparisonOf(
  rep: Representer,
  basehead: string,
  base: CommitSnapshot,
  mergeBase: CommitSnapshot,
  commits: CommitSnapshot[],
  files: { filename: string; status: string }[]
): Record<string, unknown> {
  const web = `${rep.web}/${rep.model.owner}/${rep.model.name}/compare/${basehead}`
  return {
    url: `${rep.repoApi}/compare/${basehead}`,
    html_url: web,
    permalink_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    base_commit: rep.restCommit(base),
    merge_base_commit: rep.restCommit(mergeBase),
    status: commits.length ? 'diverged' : 'identical',
    ahead_by: commits.length,
    behind_by: 0,
    total_commits: commits.length,
    commits: commits.map(c => rep.restCommit(c)),
    files: files.map(f => ({
      sha: null,
      filename: f.filename,
      status: f.status,
      additions: 0,
      deletions: 0,
      changes: 0,
      blob_url: `${rep.web}/${rep.model.owner}/${rep.model.name}/blob/HEAD/${f.filename}`,
      raw_url: `${rep.web}/${rep.model.owner}/${rep.model.name}/raw/HEAD/${f.filename}`,
      contents_url: `${rep.repoApi}/contents/${f.filename}`
    }))
  }
}

export function statusOf(rep: Representer, status: CommitStatus): Record<string, unknown> {
  return {
    url: `${rep.repoApi}/statuses/${status.sha}`,
    avatar_url: null,
    id: status.id,
    node_id: nodeId('SC', status.id),
    state: status.state,
    description: status.description,
    target_url: null,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: rep.user(rep.model.user(status.creatorId))
  }
}
