/**
 * doctor's checks of the workflows' triggers, schedule and concurrency (pure): a tick with a schedule and
 * the events that move it, groups that never cancel a running tick, compile on the roadmap's
 * pushes, and the CI workflows discover and the review and fix waves listen to.
 */
import type { DoctorFacts } from './facts.js'
import type { Finding } from './finding.js'
import type { ModeJob } from './mode-jobs.js'
import { cronGapMinutes } from './cron-gap.js'

/** The tick's schedule is late when no run came for this many intervals (GitHub delays them). */
const LATE_INTERVALS = 3

/** A tick workflow without a schedule moves only when someone runs it. */
function missingScheduleFindings(ticks: ModeJob[]): Finding[] {
  return [...new Set(ticks.map(j => j.file))].flatMap(file =>
    file.on.has('schedule')
      ? []
      : [
          {
            check: 'triggers',
            status: 'warn' as const,
            message: `${file.path} has no schedule: the loop moves only when someone runs it`,
            fix: "add on.schedule with a cron such as '17,47 * * * *' (off the hour and the half hour, GitHub's busiest minutes)",
            file: file.path
          }
        ]
  )
}

/** Ticks need a concurrency group that never cancels a running tick; others need their own. */
function concurrencyFindings(ticks: ModeJob[], jobs: ModeJob[]): Finding[] {
  const out: Finding[] = []
  for (const j of ticks) {
    const group = j.job.concurrency ?? j.file.concurrency
    if (!group?.group)
      out.push({
        check: 'concurrency',
        status: 'warn',
        message: `job ${j.job.id} (tick) has no concurrency group: two ticks can run at once and race for the same claims`,
        fix: 'add concurrency: { group: delivery-loop-tick, cancel-in-progress: false } to the tick job',
        file: j.file.path,
        line: j.job.line
      })
    else if (group.cancelInProgress === 'true')
      out.push({
        check: 'concurrency',
        status: 'fail',
        message: `job ${j.job.id} (tick) cancels the running tick when a new one starts: a tick cut off mid-write leaves claims half made`,
        fix: 'set cancel-in-progress: false',
        file: j.file.path,
        line: j.job.line
      })
  }
  const tickGroups = new Set(
    ticks.map(j => (j.job.concurrency ?? j.file.concurrency)?.group).filter(Boolean)
  )
  for (const j of jobs.filter(j => j.mode === 'compile' || j.mode === 'discover')) {
    const group = (j.job.concurrency ?? j.file.concurrency)?.group
    if (group && tickGroups.has(group))
      out.push({
        check: 'concurrency',
        status: 'warn',
        message: `job ${j.job.id} (${j.mode}) shares the tick's concurrency group ${group}: GitHub keeps one pending run per group and cancels the others, so ${j.mode} runs are dropped`,
        fix: `give ${j.mode} its own group (e.g. delivery-loop-${j.mode})`,
        file: j.file.path,
        line: j.job.line
      })
  }
  return out
}

/** compile runs on pushes to the default branch that touch the roadmap. */
function compileTriggerFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const out: Finding[] = []
  const main = facts.repository.defaultBranch
  for (const file of new Set(jobs.filter(j => j.mode === 'compile').map(j => j.file))) {
    const push = file.on.get('push')
    if (!push) {
      if (!file.on.has('workflow_dispatch') || file.on.size > 1)
        out.push({
          check: 'triggers',
          status: 'warn',
          message: `${file.path} does not run on push: roadmap changes reach the issues only when someone runs compile`,
          fix: `add on.push with branches: [${main}] and paths: [ROADMAP.md, .delivery.yml]`,
          file: file.path
        })
      continue
    }
    const branches = (push.branches ?? []) as string[]
    const paths = (push.paths ?? []) as string[]
    if (branches.length && !branches.includes(main))
      out.push({
        check: 'triggers',
        status: 'fail',
        message: `${file.path} runs on pushes to ${branches.join(', ')}, not to the default branch ${main}`,
        fix: `list ${main} under on.push.branches`,
        file: file.path
      })
    if (paths.length && !paths.some(p => p === 'ROADMAP.md' || p.includes('*')))
      out.push({
        check: 'triggers',
        status: 'fail',
        message: `${file.path} runs on pushes touching ${paths.join(', ')}, which does not include ROADMAP.md`,
        fix: 'add ROADMAP.md (and .delivery.yml) under on.push.paths',
        file: file.path
      })
  }
  return out
}

/** A tick on its schedule only waits for the next slot after every merge or green run. */
function eventTriggerFindings(ticks: ModeJob[]): Finding[] {
  return [...new Set(ticks.map(j => j.file))].flatMap(file => {
    const events = ['pull_request', 'workflow_run', 'issues'].filter(e => file.on.has(e))
    if (!file.on.has('schedule') || events.length >= 2) return []
    return [
      {
        check: 'triggers',
        status: 'note' as const,
        message: `${file.path} ticks on its schedule${events.length ? ` and ${events.join(', ')}` : ''} only: after a merge or a green CI run the loop waits for the next scheduled tick`,
        fix: 'add the event triggers of examples/workflows/delivery-tick.yml (docs/dashboard.md#when-tick-runs)',
        file: file.path
      }
    ]
  })
}

/** on.workflow_run naming a workflow that is not here never starts anything. */
function watchedWorkflowFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const names = new Set(facts.workflows.flatMap(w => [w.name, w.path]))
  const watching = jobs.filter(j => j.mode === 'discover' || j.mode === 'tick')
  return [...new Set(watching.map(j => j.file))].flatMap(file => {
    const watched = (file.on.get('workflow_run')?.workflows ?? []) as string[]
    const unknown = watched.filter(w => !names.has(w))
    if (!unknown.length) return []
    return [
      {
        check: 'triggers',
        status: 'warn' as const,
        message: `${file.path} waits for ${unknown.map(w => `"${w}"`).join(', ')} (on.workflow_run), which is no workflow here: it never starts it`,
        fix: `list the workflows to watch under on.workflow_run.workflows by their name: (here: ${facts.workflows
          .filter(w => !facts.files.find(f => f.path === w.path)?.jobs.some(j => j.modes.length))
          .map(w => `"${w.name}"`)
          .join(', ')})`,
        file: file.path
      }
    ]
  })
}

/** The workflows' triggers and concurrency, one finding per rule, in order. */
export function triggerFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const ticks = jobs.filter(j => j.mode === 'tick')
  const out = [
    ...missingScheduleFindings(ticks),
    ...concurrencyFindings(ticks, jobs),
    ...compileTriggerFindings(facts, jobs),
    ...eventTriggerFindings(ticks),
    ...watchedWorkflowFindings(facts, jobs)
  ]
  if (!out.length && jobs.length)
    out.push({
      check: 'triggers',
      status: 'ok',
      message:
        'the tick is scheduled and has its own concurrency group; compile runs on roadmap pushes'
    })
  return out
}

/** Minutes between scheduled runs of a cron (its longest gap); a day when it cannot be read. */
function cronInterval(cron: string): number {
  return cronGapMinutes(cron) ?? 24 * 60
}

export function scheduleFindings(facts: DoctorFacts, jobs: ModeJob[]): Finding[] {
  const out: Finding[] = []
  for (const file of new Set(jobs.filter(j => j.mode === 'tick').map(j => j.file))) {
    const crons = ((file.on.get('schedule') ?? []) as unknown as { cron?: string }[])
      .map(s => s.cron ?? '')
      .filter(Boolean)
    if (!crons.length || !Array.isArray(file.on.get('schedule'))) continue
    const interval = Math.min(...crons.map(cronInterval))
    const runs = facts.runs.get(file.path) ?? []
    const scheduled = runs.filter(r => r.event === 'schedule')
    const last = scheduled[0] ?? runs[0]
    if (!last) {
      out.push({
        check: 'schedule',
        status: 'note',
        message: `${file.path} has not run yet: its schedule starts once the file is on the default branch (GitHub may take a while to pick it up)`,
        fix: 'start it now with "Run workflow" (workflow_dispatch)',
        file: file.path
      })
      continue
    }
    const age = (facts.now.getTime() - Date.parse(last.createdAt)) / 60_000
    const late = Math.max(LATE_INTERVALS * interval, 120)
    if (!scheduled.length || age > late)
      out.push({
        check: 'schedule',
        status: 'warn',
        message: `${file.path}: the last ${scheduled.length ? 'scheduled ' : ''}run was ${Math.round(age / 60)} h ago (schedule every ${interval} min)`,
        fix: 'check that the workflow is enabled and on the default branch; GitHub disables schedules in public repositories after 60 days without activity',
        file: file.path
      })
    else
      out.push({
        check: 'schedule',
        status: 'ok',
        message: `${file.path} last ran on schedule ${Math.round(age)} min ago`
      })
    const failed = runs
      .slice(0, 3)
      .filter(r => r.status === 'completed' && r.conclusion === 'failure')
    if (failed.length === 3)
      out.push({
        check: 'schedule',
        status: 'warn',
        message: `${file.path}: its last 3 runs failed`,
        fix: 'open the latest run: its summary says what to fix (docs/troubleshooting.md)',
        file: file.path
      })
  }
  return out
}
