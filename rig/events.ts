/** Event payloads for runs of the action, derived from the real ones in @octokit/webhooks-examples. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { WorkflowRun } from './github/model.js'

const require = createRequire(import.meta.url)
export type Example = { name: string; examples: Record<string, unknown>[] }
export const examples = JSON.parse(
  readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')
) as Example[]

/** A real `workflow_run` completed payload, turned into a failure of `run` on this repository. */
export function failedRunEvent(run: WorkflowRun, repo = 'acme/widgets'): Record<string, unknown> {
  const example = structuredClone(
    examples
      .find(e => e.name === 'workflow_run')!
      .examples.find(
        e =>
          e.action === 'completed' &&
          (e.workflow_run as { conclusion: string }).conclusion === 'success'
      )!
  ) as Record<string, Record<string, unknown>>
  const wr = example.workflow_run
  Object.assign(wr, {
    id: run.id,
    name: run.name,
    path: run.path,
    conclusion: run.conclusion,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    run_attempt: run.runAttempt,
    html_url: `https://github.com/acme/widgets/actions/runs/${run.id}`
  })
  ;(wr.head_repository as Record<string, unknown>).full_name = run.headRepository
  ;(wr.repository as Record<string, unknown>).full_name = repo
  ;(example.repository as Record<string, unknown>).full_name = repo
  return example
}
