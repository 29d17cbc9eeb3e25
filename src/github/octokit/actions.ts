/** GitHub Actions: workflow dispatch, runs, jobs and logs. */
import type { ActionsPort } from '../port.js'
import { attempt, statusOf, toApiError, type OctokitApi } from './api.js'
import { createOnce, SEND_ONCE } from './send-once.js'

/** The names of the Actions secrets and variables; undefined when the token may not list them. */
function configNames(api: OctokitApi) {
  const { octokit, repo } = api
  return attempt('list the Actions secrets and variables', async () => {
    try {
      const secrets = await octokit.paginate(octokit.rest.actions.listRepoSecrets, {
        ...repo,
        per_page: 100
      })
      const variables = await octokit.paginate(octokit.rest.actions.listRepoVariables, {
        ...repo,
        per_page: 30
      })
      return { secrets: secrets.map(s => s.name), variables: variables.map(v => v.name) }
    } catch (error) {
      // A token without the right to list them (GITHUB_TOKEN): not checked, not an error.
      if (statusOf(error) === 403 || statusOf(error) === 404) return undefined
      throw error
    }
  })
}

export function actionsAdapter(api: OctokitApi): ActionsPort {
  const { octokit, repo } = api
  return {
    // A dispatch starts a paid run and GitHub answers it with no id to look for: after an
    // ambiguous failure it is never sent again (UnconfirmedWriteError; the tick counts the attempt).
    dispatchWorkflow: (workflow, ref, inputs) =>
      createOnce(`dispatch workflow ${workflow} on ${ref}`, async () => {
        // Ask for the run's id: a finished worker run then settles its claim at once.
        const { data } = await octokit.rest.actions.createWorkflowDispatch({
          ...repo,
          workflow_id: workflow,
          ref,
          inputs,
          return_run_details: true,
          ...SEND_ONCE
        })
        const id = (data as { workflow_run_id?: unknown } | undefined)?.workflow_run_id
        return typeof id === 'number' ? id : undefined
      }),
    async getRun(runId) {
      try {
        const { data } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId })
        return { id: data.id, status: data.status ?? 'unknown', conclusion: data.conclusion }
      } catch (error) {
        if (statusOf(error) === 404) return undefined
        throw toApiError(error, `read workflow run ${runId}`)
      }
    },
    listWorkflows: () =>
      attempt('list the workflows', async () =>
        (
          await octokit.paginate(octokit.rest.actions.listRepoWorkflows, { ...repo, per_page: 100 })
        ).map(w => ({ id: w.id, name: w.name, path: w.path, state: w.state }))
      ),
    actionsConfigNames: () => configNames(api),
    recentRuns: (workflowId, limit) =>
      attempt(`list the runs of workflow ${workflowId}`, async () => {
        const { data } = await octokit.rest.actions.listWorkflowRuns({
          ...repo,
          workflow_id: workflowId,
          per_page: Math.min(limit, 100),
          exclude_pull_requests: true
        })
        return data.workflow_runs.map(r => ({
          id: r.id,
          event: r.event,
          status: r.status ?? 'unknown',
          conclusion: r.conclusion,
          createdAt: r.created_at
        }))
      }),
    listRunJobs: runId =>
      attempt(`list the jobs of run ${runId}`, async () => {
        const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
          ...repo,
          run_id: runId,
          filter: 'latest',
          per_page: 100
        })
        return jobs.map(j => ({
          id: j.id,
          name: j.name,
          conclusion: j.conclusion,
          htmlUrl: j.html_url ?? '',
          steps: (j.steps ?? []).map(st => ({
            name: st.name,
            number: st.number,
            conclusion: st.conclusion
          }))
        }))
      }),
    jobLog: jobId =>
      attempt(`download the log of job ${jobId}`, async () => {
        const { data } = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
          ...repo,
          job_id: jobId
        })
        return typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer).toString('utf8')
      })
  }
}
