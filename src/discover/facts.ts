/** discover's facts (reads only): the failed jobs of a run with their logs, and what was filed before. */
import type { ActionsPort, IssuesPort, TrackedIssue } from '../github/port.js'
import type { Logger } from '../logging.js'
import { LABEL_DISCOVERED } from '../loop/labels.js'
import { logExcerpt } from './excerpt.js'
import type { Failure } from './render.js'
import { failureSignature } from './signature.js'
import { FAILED_CONCLUSIONS, type WorkflowRunPayload } from './trigger.js'

/** The failures of a run, one per signature. */
export async function runFailures(
  github: IssuesPort & ActionsPort,
  logger: Logger,
  run: WorkflowRunPayload
): Promise<Failure[]> {
  const failures: Failure[] = []
  for (const job of await github.listRunJobs(run.id)) {
    if (!FAILED_CONCLUSIONS.includes(job.conclusion ?? '')) continue
    const step =
      job.steps.find(s => FAILED_CONCLUSIONS.includes(s.conclusion ?? ''))?.name ??
      '(no failed step)'
    let log = ''
    try {
      log = await github.jobLog(job.id)
    } catch (error) {
      logger.warning(`No log for job ${job.name}: ${(error as Error).message}`)
    }
    const excerpt = logExcerpt(log)
    const signature = failureSignature({
      workflowPath: run.path,
      job: job.name,
      step,
      errorLine: excerpt.errorLine
    })
    if (failures.some(f => f.signature === signature)) continue
    failures.push({
      signature,
      workflow: run.name,
      workflowPath: run.path,
      job: job.name,
      jobUrl: job.htmlUrl,
      step,
      errorLine: excerpt.errorLine,
      excerpt: excerpt.markdown
    })
  }
  return failures
}

/** Every discovered issue, open and closed, all pages. */
export function discoveredIssues(github: IssuesPort): Promise<TrackedIssue[]> {
  return github.listIssuesWithLabels([LABEL_DISCOVERED])
}
