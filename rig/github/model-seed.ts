/**
 * Seeding what GitHub has no API to create, or what a test stands up in one step: a finished
 * workflow run with its jobs, a pull request from a new branch off the default branch, a
 * completed check run on a commit.
 */
import type { CheckRun, Issue, Model, WorkflowRun } from './model.js'

/** Seed a finished workflow run (GitHub has no API to create one). */
export function addRunOf(
  m: Model,
  fields: {
    /** A given id, e.g. the GITHUB_RUN_ID a tick ran under. */
    id?: number
    status?: 'queued' | 'in_progress' | 'completed'
    name: string
    path?: string
    headBranch?: string
    headSha?: string
    event?: string
    conclusion?: string
    headRepository?: string
    /** Who started it (the `workflow_run` event's sender); default: the maintainer. */
    actor?: string
    jobs: {
      name: string
      conclusion?: string
      steps?: { name: string; conclusion?: string }[]
      log?: string
    }[]
  }
): WorkflowRun {
  const now = m.now()
  const run: WorkflowRun = {
    id: fields.id ?? 30433642 + m.runs.length * 1000 + m.id(),
    name: fields.name,
    path:
      fields.path ??
      `.github/workflows/${fields.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yml`,
    headBranch: fields.headBranch ?? m.defaultBranch,
    headSha: fields.headSha ?? m.branch(m.defaultBranch)!.commitSha,
    event: fields.event ?? 'push',
    status: fields.status ?? 'completed',
    conclusion:
      fields.status && fields.status !== 'completed' ? null : (fields.conclusion ?? 'failure'),
    runAttempt: 1,
    runNumber: m.runs.length + 1,
    createdAt: now,
    headRepository: fields.headRepository ?? `${m.owner}/${m.name}`,
    jobs: fields.jobs.map(job => ({
      id: m.id() + 390000000,
      name: job.name,
      conclusion: job.conclusion ?? 'failure',
      startedAt: now,
      steps: (job.steps ?? [{ name: 'Run tests', conclusion: job.conclusion ?? 'failure' }]).map(
        (step, i) => ({
          name: step.name,
          number: i + 1,
          conclusion: step.conclusion ?? 'success'
        })
      ),
      log: job.log ?? ''
    }))
  }
  m.runs.push(run)
  if (run.status === 'completed')
    m.emit({
      name: 'workflow_run',
      action: 'completed',
      actor: fields.actor ?? 'maintainer',
      run: run.id
    })
  return run
}

/** Seed a pull request from a new branch off the default branch (its own head commit). */
export function openPullOf(
  m: Model,
  fields: {
    head: string
    title: string
    body: string
    userId: number
    draft?: boolean
    /** Open it from a fork (`owner/name`): its branch lives there, not in this repository. */
    fork?: string
  }
): Issue {
  const base = m.branch(m.defaultBranch)!
  const headSha = m.commitSha(fields.head)
  const branch = {
    name: fields.head,
    commitSha: headSha,
    files: new Map(base.files),
    protected: false,
    forkFiles: new Map(base.files)
  }
  if (fields.fork) m.forkBranches.set(`${fields.fork}:${fields.head}`, branch)
  else m.branches.set(fields.head, branch)
  return m.createIssue({
    title: fields.title,
    body: fields.body,
    userId: fields.userId,
    pull: {
      head: fields.head,
      ...(fields.fork ? { headRepo: fields.fork } : {}),
      headSha,
      base: m.defaultBranch,
      draft: fields.draft ?? false,
      merged: false
    }
  })
}

/** Seed a completed check run on a commit. */
export function addCheckRunOf(
  m: Model,
  fields: {
    name: string
    headSha: string
    conclusion: string
    id?: number
    appSlug?: string
    externalId?: string
  }
): CheckRun {
  const now = m.now()
  const run: CheckRun = {
    id: fields.id ?? m.id(),
    name: fields.name,
    headSha: fields.headSha,
    status: 'completed',
    conclusion: fields.conclusion,
    startedAt: now,
    completedAt: now,
    title: null,
    summary: null,
    appSlug: fields.appSlug ?? 'github-actions',
    // A workflow job's check run: Actions sets its external id, the job cannot choose it.
    externalId: fields.externalId ?? `job-${m.nextId}`,
    annotations: [],
    detailsUrl: null
  }
  m.checkRuns.push(run)
  return run
}
