/**
 * Publish's applier: the Git Data API writes (blobs, one tree on the base's tree, one commit, the
 * branch created or moved fast-forward — never forced), the pull request, or the refusal. The
 * push port carries the push token, so the pull request's CI runs; the loop port writes comments.
 */
import { ApiError } from '../errors.js'
import type { ContentsPort, IssuesPort, PullsPort, TreeEntry } from '../github/port.js'
import { LABEL_CLAIM } from '../loop/labels.js'
import type { PublishOperation, PublishPlan } from './plan.js'

export interface PublishApplied {
  commit?: string
  pull?: number
}

async function commit(
  push: ContentsPort,
  o: Extract<PublishOperation, { op: 'commit' }>,
  contents: Map<string, Buffer>
): Promise<string> {
  const entries: TreeEntry[] = []
  for (const c of o.changes) {
    if (c.from) entries.push({ path: c.from, mode: '100644', sha: null })
    if (c.status === 'deleted') {
      entries.push({ path: c.path, mode: '100644', sha: null })
      continue
    }
    const sha = await push.createBlob(contents.get(c.path) ?? Buffer.alloc(0))
    entries.push({ path: c.path, mode: c.mode === '100755' ? '100755' : '100644', sha })
  }
  const tree = await push.createTree(await push.commitTree(o.base), entries)
  const sha = await push.createCommit({ message: o.message, tree, parents: o.parents })
  if (o.create) await push.createBranch(o.branch, sha)
  else if ((await push.moveBranch(o.branch, sha)) === 'non-fast-forward')
    throw new ApiError(
      `${o.branch} moved while this change was being published (someone pushed to it); nothing was forced — run publish again on the new head`
    )
  return sha
}

export async function applyPublish(
  github: IssuesPort,
  push: ContentsPort & PullsPort,
  plan: PublishPlan,
  contents: Map<string, Buffer>
): Promise<PublishApplied> {
  const applied: PublishApplied = {}
  for (const o of plan.operations) {
    switch (o.op) {
      case 'commit':
        applied.commit = await commit(push, o, contents)
        break
      case 'open-pull':
        applied.pull =
          (await push.findOpenPull(o.branch, o.base)) ??
          (await push.createPull({ head: o.branch, base: o.base, title: o.title, body: o.body }))
        break
      case 'update-pull':
        await push.updatePull(o.number, { body: o.body })
        applied.pull = o.number
        break
      case 'comment':
        await github.createComment(o.issue, o.body)
        break
      case 'release-claim':
        await github.updateComment(o.commentId, o.body)
        break
      case 'remove-claim-label':
        await github.removeLabel(o.issue, LABEL_CLAIM)
        break
    }
  }
  return applied
}
