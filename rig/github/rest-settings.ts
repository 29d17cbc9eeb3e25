/**
 * The emulator's set-up routes — what `doctor` reads: the workflows GitHub knows (the default
 * branch's `.github/workflows/*.yml`) and their runs, the Actions settings (admins only, as on
 * GitHub), branch protection and rulesets, and the repositories an App installation can reach —
 * and a person's merge of a pull request (the action never sends one: the rig fails any test in
 * which it does, rig/github/server.ts).
 */
import { createHash } from 'node:crypto'
import { parse as parseYaml } from 'yaml'
import { mergeFiles, type Model, type WorkflowRun } from './model.js'
import { deleteBranchOf } from './model-git.js'
import type { Representer } from './represent.js'
import { HttpError, type RestRequest, type Route } from './rest.js'

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/

interface WorkflowEntry {
  id: number
  name: string
  path: string
}

/** A stable id per workflow path, as GitHub keeps one per file. */
function workflowId(path: string): number {
  return 100000 + (createHash('sha1').update(path).digest().readUInt32BE(0) % 900000)
}

function workflowName(path: string, text: string): string {
  try {
    const doc = parseYaml(text) as { name?: unknown } | null
    if (doc && typeof doc.name === 'string' && doc.name) return doc.name
  } catch {
    // GitHub lists a workflow it cannot parse under its path.
  }
  return path
}

function requireAdmin(req: RestRequest): void {
  if (req.actor.permission !== 'admin')
    throw new HttpError(403, 'Resource not accessible by integration')
}

export function settingsRoutes(model: Model, rep: Representer): Route[] {
  const web = () => `https://github.com/${model.owner}/${model.name}`
  const workflows = (): WorkflowEntry[] => {
    const files = model.branch(model.defaultBranch)?.files ?? new Map()
    return [...files.entries()]
      .filter(([path]) => WORKFLOW_FILE.test(path))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, entry]) => ({
        id: workflowId(path),
        name: workflowName(path, entry.content.toString('utf8')),
        path
      }))
  }
  const workflowOr404 = (key: string): WorkflowEntry => {
    const found = workflows().find(
      w => String(w.id) === key || w.path.slice('.github/workflows/'.length) === key
    )
    if (!found) throw new HttpError(404, 'Not Found')
    return found
  }
  const represent = (w: WorkflowEntry, base: string) => ({
    id: w.id,
    node_id: `W_${w.id}`,
    name: w.name,
    path: w.path,
    state: model.workflowStates.get(w.path) ?? 'active',
    created_at: model.createdAt,
    updated_at: model.createdAt,
    url: `${base}/repos/${model.owner}/${model.name}/actions/workflows/${w.id}`,
    html_url: `${web()}/blob/${model.defaultBranch}/${w.path}`,
    badge_url: `${web()}/workflows/${encodeURIComponent(w.name)}/badge.svg`
  })
  const runsOf = (w: WorkflowEntry, req: RestRequest): WorkflowRun[] => {
    const event = req.query.get('event')
    const perPage = Math.min(Math.max(Number(req.query.get('per_page') ?? 30) || 30, 1), 100)
    return model.runs
      .filter(r => r.path === w.path && (!event || r.event === event))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
      .slice(0, perPage)
  }

  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/workflows',
      handler: req => {
        const list = workflows()
        return {
          status: 200,
          body: { total_count: list.length, workflows: list.map(w => represent(w, req.baseUrl)) }
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      handler: req => {
        const runs = runsOf(workflowOr404(req.params.workflow_id), req)
        return {
          status: 200,
          body: { total_count: runs.length, workflow_runs: runs.map(r => rep.workflowRun(r)) }
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/permissions',
      handler: req => {
        requireAdmin(req)
        const s = model.actionsSettings
        return {
          status: 200,
          body: {
            enabled: s.enabled,
            ...(s.enabled ? { allowed_actions: s.allowedActions } : {})
          }
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/permissions/workflow',
      handler: req => {
        requireAdmin(req)
        const s = model.actionsSettings
        return {
          status: 200,
          body: {
            default_workflow_permissions: s.defaultWorkflowPermissions,
            can_approve_pull_request_reviews: s.canApprovePullRequestReviews
          }
        }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/rules/branches/{branch}',
      handler: req => ({
        status: 200,
        body: (model.branchRules.get(req.params.branch) ?? []).map(type => ({
          type,
          ruleset_source_type: 'Repository',
          ruleset_source: `${model.owner}/${model.name}`,
          ruleset_id: 42
        }))
      })
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/branches/{branch}/protection',
      handler: req => {
        requireAdmin(req)
        const branch = model.branch(req.params.branch)
        if (!branch) throw new HttpError(404, 'Branch not found')
        if (!branch.protected) throw new HttpError(404, 'Branch not protected')
        const url = `${req.baseUrl}/repos/${model.owner}/${model.name}/branches/${branch.name}/protection`
        return {
          status: 200,
          body: {
            url,
            required_pull_request_reviews: {
              url: `${url}/required_pull_request_reviews`,
              dismiss_stale_reviews: false,
              require_code_owner_reviews: false,
              required_approving_review_count: 1
            }
          }
        }
      }
    },
    {
      method: 'PUT',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
      handler: req => {
        if (!['write', 'admin'].includes(req.actor.permission))
          throw new HttpError(403, 'Resource not accessible by integration')
        const issue = model.issue(Number(req.params.pull_number))
        const pull = issue?.pull
        if (!issue || !pull) throw new HttpError(404, 'Not Found')
        if (pull.merged || issue.state !== 'open')
          throw new HttpError(405, 'Pull Request is not mergeable')
        if (typeof req.body.sha === 'string' && req.body.sha !== pull.headSha)
          throw new HttpError(409, 'Head branch was modified. Review and try the merge again.')
        const base = model.branch(pull.base)
        const head = model.headBranch(pull)
        if (!base || !head) throw new HttpError(405, 'Pull Request is not mergeable')
        const merge = mergeFiles(head.forkFiles ?? base.files, base.files, head.files)
        if (merge.conflicts.length || model.mergeableOf(pull) === 'CONFLICTING')
          throw new HttpError(405, 'Pull Request is not mergeable')
        if (model.mergeStateOf(pull) === 'BEHIND')
          throw new HttpError(405, 'Head branch is out of date. Review and try the merge again.')
        const before = base.commitSha
        const sha = model.commitMerge(
          base,
          merge.files,
          [base.commitSha, pull.headSha],
          String(req.body.commit_title ?? `Merge pull request #${issue.number}`),
          req.actor.id
        )
        pull.merged = true
        issue.state = 'closed'
        issue.closedAt = model.now()
        pull.mergedAt = issue.closedAt
        pull.mergedBy = req.actor.id
        model.touch(issue)
        // Closing keywords close their issues when the base is the default branch, as on GitHub.
        const closedNow: number[] = []
        if (pull.base === model.defaultBranch)
          for (const closed of model.closingReferences(issue).filter(i => i.state === 'open')) {
            closedNow.push(closed.number)
            closed.state = 'closed'
            closed.stateReason = 'completed'
            closed.closedAt = model.now()
            model.touch(closed)
          }
        // What GitHub delivers to Actions: the merge, the push to the base, the issues it closed.
        const actor = req.actor.login
        model.emit({ name: 'pull_request', action: 'closed', actor, issue: issue.number })
        model.emit({ name: 'push', actor, ref: `refs/heads/${base.name}`, before, after: sha })
        for (const closed of closedNow)
          model.emit({ name: 'issues', action: 'closed', actor, issue: closed })
        if (model.deleteBranchOnMerge && !pull.headRepo) deleteBranchOf(model, pull.head, actor)
        return {
          status: 200,
          body: { sha, merged: true, message: 'Pull Request successfully merged' }
        }
      }
    },
    {
      // "Update branch": the base merged into the head, a merge commit on the head branch.
      method: 'PUT',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}/update-branch',
      handler: req => {
        if (!['write', 'admin'].includes(req.actor.permission))
          throw new HttpError(403, 'Resource not accessible by integration')
        const issue = model.issue(Number(req.params.pull_number))
        const pull = issue?.pull
        if (!issue || !pull || issue.state !== 'open') throw new HttpError(404, 'Not Found')
        const expected = req.body.expected_head_sha
        if (typeof expected === 'string' && expected !== pull.headSha)
          throw new HttpError(422, 'expected_head_sha does not match the head of the pull request')
        const base = model.branch(pull.base)
        const head = model.headBranch(pull)
        if (!base || !head || pull.headRepo) throw new HttpError(422, 'Cannot update this branch')
        const merge = mergeFiles(head.forkFiles ?? base.files, head.files, base.files)
        if (merge.conflicts.length) throw new HttpError(422, 'merge conflict between base and head')
        model.commitMerge(
          head,
          merge.files,
          [pull.headSha, base.commitSha],
          `Merge branch '${base.name}' into ${head.name}`,
          req.actor.id
        )
        head.forkFiles = new Map(base.files)
        return {
          status: 202,
          body: {
            message: 'Updating pull request branch.',
            url: `https://github.com/${model.owner}/${model.name}/pull/${issue.number}`
          }
        }
      }
    },
    {
      method: 'GET',
      template: '/installation/repositories',
      handler: req => {
        if (req.actor.type !== 'Bot')
          throw new HttpError(
            403,
            'You must authenticate with an installation access token in order to list repositories for an installation.'
          )
        const reachable = !model.uninstalledApps.has(req.actor.login)
        return {
          status: 200,
          body: {
            total_count: reachable ? 1 : 0,
            repositories: reachable ? [rep.repository()] : []
          }
        }
      }
    }
  ]
}
