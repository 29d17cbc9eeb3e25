/**
 * REST renderings of the repository and the apps around it, field for field as GitHub's OpenAPI
 * description requires them (the conformance check validates each).
 */
import { nodeId } from './node-id.js'
import type { Representer } from './represent.js'

export function repositoryOf(rep: Representer): Record<string, unknown> {
  const m = rep.model
  const r = rep.repoApi
  return {
    id: m.repoId,
    node_id: nodeId('R', m.repoId),
    name: m.name,
    full_name: `${m.owner}/${m.name}`,
    owner: rep.ownerUser(),
    private: false,
    html_url: `${rep.web}/${m.owner}/${m.name}`,
    description: 'A repository emulated by the Delivery Loop test rig',
    fork: false,
    url: r,
    archive_url: `${r}/{archive_format}{/ref}`,
    assignees_url: `${r}/assignees{/user}`,
    blobs_url: `${r}/git/blobs{/sha}`,
    branches_url: `${r}/branches{/branch}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    comments_url: `${r}/comments{/number}`,
    commits_url: `${r}/commits{/sha}`,
    compare_url: `${r}/compare/{base}...{head}`,
    contents_url: `${r}/contents/{+path}`,
    contributors_url: `${r}/contributors`,
    deployments_url: `${r}/deployments`,
    downloads_url: `${r}/downloads`,
    events_url: `${r}/events`,
    forks_url: `${r}/forks`,
    git_commits_url: `${r}/git/commits{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_url: `git://github.com/${m.owner}/${m.name}.git`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    issue_events_url: `${r}/issues/events{/number}`,
    issues_url: `${r}/issues{/number}`,
    keys_url: `${r}/keys{/key_id}`,
    labels_url: `${r}/labels{/name}`,
    languages_url: `${r}/languages`,
    merges_url: `${r}/merges`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    pulls_url: `${r}/pulls{/number}`,
    releases_url: `${r}/releases{/id}`,
    ssh_url: `git@github.com:${m.owner}/${m.name}.git`,
    stargazers_url: `${r}/stargazers`,
    statuses_url: `${r}/statuses/{sha}`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    tags_url: `${r}/tags`,
    teams_url: `${r}/teams`,
    trees_url: `${r}/git/trees{/sha}`,
    clone_url: `${rep.web}/${m.owner}/${m.name}.git`,
    mirror_url: null,
    hooks_url: `${r}/hooks`,
    svn_url: `${rep.web}/${m.owner}/${m.name}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: m.defaultBranch,
    open_issues_count: m.issues.filter(i => i.state === 'open').length,
    open_issues: m.issues.filter(i => i.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: rep.model.createdAt,
    created_at: rep.model.createdAt,
    updated_at: rep.model.createdAt,
    license: null,
    network_count: 0,
    subscribers_count: 0
  }
}

export function minimalRepositoryOf(rep: Representer, fullName: string): Record<string, unknown> {
  const full = rep.repository()
  const [owner, name] = fullName.split('/')
  const keys = Object.keys(full).filter(
    k =>
      k.endsWith('_url') ||
      ['url', 'id', 'node_id', 'private', 'fork', 'description', 'owner'].includes(k)
  )
  const out: Record<string, unknown> = Object.fromEntries(keys.map(k => [k, full[k]]))
  out.name = name
  out.full_name = fullName
  if (fullName !== `${rep.model.owner}/${rep.model.name}`) {
    out.id = 99000001
    out.fork = true
    out.owner = rep.user({
      id: 9920,
      login: owner,
      type: 'User',
      token: '',
      permission: 'none',
      association: 'NONE'
    })
  }
  return out
}

export function appOf(rep: Representer, slug: string, at: string): Record<string, unknown> {
  const actions = slug === 'github-actions'
  const id = actions ? 15368 : 900000 + [...slug].reduce((n, c) => n + c.charCodeAt(0), 0)
  return {
    id,
    slug,
    node_id: nodeId('A', id),
    owner: rep.ownerUser(),
    name: actions ? 'GitHub Actions' : slug,
    description: actions ? 'Automate your workflow from idea to production' : null,
    external_url: actions ? 'https://help.github.com/en/actions' : `https://example.com/${slug}`,
    html_url: `https://github.com/apps/${slug}`,
    created_at: at,
    updated_at: at,
    permissions: { checks: 'write' },
    events: []
  }
}
