/**
 * REST renderings of Actions and checks — workflow runs, jobs, check runs and their annotations —
 * field for field as GitHub's OpenAPI description requires them.
 */
import type { CheckAnnotationData, CheckRun, JobData, WorkflowRun } from './model.js'
import { nodeId } from './node-id.js'
import type { Representer } from './represent.js'

export function workflowRunOf(rep: Representer, run: WorkflowRun): Record<string, unknown> {
  const r = `${rep.repoApi}/actions/runs/${run.id}`
  const html = `${rep.web}/${rep.model.owner}/${rep.model.name}/actions/runs/${run.id}`
  const person = { name: 'maintainer', email: 'maintainer@example.com' }
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: `${run.name} on ${run.headBranch}`,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: 161335,
    url: r,
    html_url: html,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.createdAt,
    run_started_at: run.createdAt,
    jobs_url: `${r}/jobs`,
    logs_url: `${r}/logs`,
    check_suite_url: `${rep.repoApi}/check-suites/${run.id}`,
    artifacts_url: `${r}/artifacts`,
    cancel_url: `${r}/cancel`,
    rerun_url: `${r}/rerun`,
    workflow_url: `${rep.repoApi}/actions/workflows/161335`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha,
      message: rep.model.commits.get(run.headSha)?.message ?? 'A commit',
      timestamp: run.createdAt,
      author: person,
      committer: person
    },
    repository: rep.minimalRepository(`${rep.model.owner}/${rep.model.name}`),
    head_repository: rep.minimalRepository(run.headRepository)
  }
}

export function jobOf(rep: Representer, run: WorkflowRun, job: JobData): Record<string, unknown> {
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${rep.repoApi}/actions/runs/${run.id}`,
    run_attempt: run.runAttempt,
    node_id: nodeId('J', job.id),
    head_sha: run.headSha,
    head_branch: run.headBranch,
    workflow_name: run.name,
    url: `${rep.repoApi}/actions/jobs/${job.id}`,
    html_url: `${rep.web}/${rep.model.owner}/${rep.model.name}/actions/runs/${run.id}/job/${job.id}`,
    status: 'completed',
    conclusion: job.conclusion,
    created_at: job.startedAt,
    started_at: job.startedAt,
    completed_at: job.startedAt,
    name: job.name,
    steps: job.steps.map(step => ({
      name: step.name,
      status: 'completed',
      conclusion: step.conclusion,
      number: step.number,
      started_at: job.startedAt,
      completed_at: job.startedAt
    })),
    check_run_url: `${rep.repoApi}/check-runs/${job.id}`,
    labels: ['ubuntu-latest'],
    runner_id: 1,
    runner_name: 'GitHub Actions 1',
    runner_group_id: 2,
    runner_group_name: 'GitHub Actions'
  }
}

export function checkRunOf(rep: Representer, run: CheckRun): Record<string, unknown> {
  const url = `${rep.repoApi}/check-runs/${run.id}`
  const now = run.startedAt
  return {
    id: run.id,
    node_id: nodeId('CR', run.id),
    head_sha: run.headSha,
    external_id: run.externalId,
    url,
    html_url: `${rep.web}/${rep.model.owner}/${rep.model.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.title,
      summary: run.summary,
      text: null,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`
    },
    name: run.name,
    check_suite: { id: 5 },
    app: rep.app(run.appSlug, now),
    pull_requests: []
  }
}

export function annotationOf(
  rep: Representer,
  run: CheckRun,
  a: CheckAnnotationData
): Record<string, unknown> {
  return {
    path: a.path,
    blob_href: `${rep.web}/${rep.model.owner}/${rep.model.name}/blob/${run.headSha}/${a.path}`,
    start_line: a.startLine,
    end_line: a.endLine,
    start_column: null,
    end_column: null,
    annotation_level: a.level,
    title: a.title,
    message: a.message,
    raw_details: null
  }
}
