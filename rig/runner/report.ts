/**
 * A finished run as a person reads it, or as JSON for the CLI: each job's result and outputs,
 * each leg's steps and errors, the requests its tokens made (refused ones with the permission
 * they lacked), and GitHub's warnings.
 */
import type { RunResult } from './run-types.js'

export function runReport(run: RunResult): Record<string, unknown> {
  return {
    workflow: run.workflow,
    event: run.event,
    actor: run.actor,
    conclusion: run.conclusion,
    ...(run.warnings.length ? { warnings: run.warnings } : {}),
    jobs: Object.fromEntries(
      Object.values(run.jobs).map(job => [
        job.id,
        {
          result: job.result,
          ...(job.error ? { error: job.error } : {}),
          ...(Object.keys(job.outputs).length ? { outputs: job.outputs } : {}),
          legs: job.legs.map(leg => ({
            name: leg.name,
            conclusion: leg.conclusion,
            steps: leg.steps.map(s => ({
              name: s.name,
              conclusion: s.conclusion,
              ...(s.outcome !== s.conclusion ? { outcome: s.outcome } : {}),
              ...(s.error ? { error: s.error } : {})
            })),
            requests: leg.requests.map(
              r => `${r.method} ${r.path} ${r.status}${r.denied ? ` (lacks ${r.denied})` : ''}`
            )
          }))
        }
      ])
    )
  }
}

/** One line per job, and the log tail of a failed leg: what a test prints when a run went wrong. */
export function runText(run: RunResult): string {
  const lines = [`${run.workflow} on ${run.event} by ${run.actor}: ${run.conclusion}`]
  for (const w of run.warnings) lines.push(`  warning: ${w}`)
  for (const job of Object.values(run.jobs)) {
    lines.push(`  ${job.id}: ${job.result}${job.error ? ` — ${job.error}` : ''}`)
    for (const leg of job.legs.filter(l => l.conclusion === 'failure')) {
      for (const s of leg.steps.filter(s => s.error)) lines.push(`    ${s.name}: ${s.error}`)
      for (const r of leg.requests.filter(r => r.denied))
        lines.push(`    refused: ${r.method} ${r.path} (lacks ${r.denied})`)
      lines.push(
        ...leg.log
          .filter(l => !l.startsWith('::debug'))
          .slice(-12)
          .map(l => `      ${l}`)
      )
    }
  }
  return lines.join('\n')
}
