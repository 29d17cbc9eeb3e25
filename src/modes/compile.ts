/**
 * mode: compile — ROADMAP.md → an idempotent issue DAG (docs/specs/0000-product.md §2–§4).
 * Parse and validate (zero writes on any error) → read marked issues → plan → then, depending on
 * the event: a sticky plan comment on a pull request, the plan alone for dry runs and branches
 * other than the default, or apply + marker write-back on the default branch.
 */
import { applyOperations, type ApplyResult } from '../compile/apply.js'
import { issueFacts, roadmapFacts, writeFacts, type RoadmapFacts } from '../compile/facts.js'
import {
  planWriteback,
  writeMarkers,
  type WritebackPlan,
  type WritebackResult,
  type WritebackSettings
} from '../compile/markers-writeback.js'
import { planOperations, requestOf, type OperationsPlan } from '../compile/operations.js'
import { planCompile, type CompilePlan } from '../compile/plan.js'
import {
  appliedMarkdown,
  diagnosticsMarkdown,
  planMarkdown,
  warningsMarkdown
} from '../compile/summary.js'
import type { Diagnostic } from '../errors.js'
import { PLAN_COMMENT_MARKER, unitMarkerOf } from '../loop/markers.js'
import { applyPlanComment } from '../compile/plan-comment.js'
import { COMMENT_ROOM_CHARS } from '../github/limits.js'
import type { CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import { checkClosures, type ClosureCheck } from '../compile/closure-guard.js'
import { now } from '../clock.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

function annotate(env: ModeEnvironment, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics)
    env.logger.error(d.message, { file: d.file, line: d.line, title: 'Roadmap error' })
}

function annotateWarnings(env: ModeEnvironment, warnings: Diagnostic[]): void {
  for (const w of warnings)
    env.logger.warning(w.message, { file: w.file, line: w.line, title: 'Roadmap warning' })
}

function entryOf(compiled: CompiledRoadmap, plan: CompilePlan) {
  return plan.items.map(p => ({
    issue: p.issue?.number ?? null,
    id: p.item.key,
    ref: p.item.ref,
    kind: p.item.kind,
    title: p.item.title,
    action: p.action,
    changes: p.changes,
    line: p.item.line
  }))
}

/** Where this compile runs and what it may do: the roadmap's facts and the mode's environment. */
type CompileRun = RoadmapFacts & { env: ModeEnvironment }

/** Errors in the roadmap or the plan: annotations, the PR comment, zero issue writes. */
async function invalid(run: CompileRun, diagnostics: Diagnostic[]): Promise<ModeResult> {
  const { env, file, source, pull } = run
  const { warnings } = run.compiled
  annotate(env, diagnostics)
  // The warnings go with the errors: a near miss ("- Code: …") often explains an unknown reference.
  annotateWarnings(env, warnings)
  const markdown = [
    '## Delivery Loop · compile',
    '',
    diagnosticsMarkdown(diagnostics),
    ...(warnings.length ? ['', ...warningsMarkdown(warnings)] : [])
  ].join('\n')
  if (pull !== undefined && !env.inputs.dryRun)
    await applyPlanComment(env.github, env.logger, pull, markdown, run.trust.isLoop)
  return {
    status: 'invalid',
    report: {
      roadmap: { file, source },
      errors: diagnostics.map(d => ({ file: d.file, line: d.line, message: d.message })),
      warnings: warnings.map(w => ({ file: w.file, line: w.line, message: w.message }))
    },
    summary: markdown,
    failure: `${file} has ${diagnostics.length} error(s); nothing was written`
  }
}

function baseReport(run: CompileRun, plan: CompilePlan) {
  return {
    roadmap: {
      file: run.file,
      source: run.source,
      units: run.compiled.roadmap.units.length,
      slices: run.compiled.roadmap.slices.length
    },
    ignored: plan.ignored,
    warnings: run.compiled.warnings.map(w => ({ file: w.file, line: w.line, message: w.message }))
  }
}

/** Everything this compile decided: the reconciled plan, its writes, the markers, the guard. */
interface Decided {
  plan: CompilePlan
  operations: OperationsPlan
  writeback: WritebackPlan
  closure: ClosureCheck
}

/** The planned writes as the report lists them: each operation and the request it is sent as. */
function operationsReport(d: Decided) {
  const list = (groups: OperationsPlan['groups']) =>
    groups.flatMap(g => g.operations.map(o => ({ request: requestOf(o), ...o })))
  return {
    operations: list(d.operations.groups),
    ...(d.operations.deferred.length ? { deferred: list(d.operations.deferred) } : {}),
    markers: d.writeback
  }
}

function plannedWrites(d: Decided): number {
  return d.operations.groups.reduce((n, g) => n + g.operations.length, 0)
}

/** The plan alone: a pull request's sticky comment, a dry run, or a push to another branch. */
async function planOnly(run: CompileRun, d: Decided, why: string): Promise<ModeResult> {
  const { env, compiled, pull } = run
  const { plan, closure } = d
  const warning = closure.blocked
    ? `\n\n**⚠️ Applying this plan would stop: ${closure.blocked}**`
    : ''
  const writes = `A run that applies it sends ${plannedWrites(d)} write request(s) (the \`report\` output lists them).`
  const heading = `## Delivery Loop · compile plan\n\n${why} ${writes}${warning}`
  const markdown = planMarkdown(compiled, plan, heading)
  const comment =
    pull !== undefined && !env.inputs.dryRun
      ? await applyPlanComment(
          env.github,
          env.logger,
          pull,
          planMarkdown(
            compiled,
            plan,
            heading,
            COMMENT_ROOM_CHARS - PLAN_COMMENT_MARKER.length - 1
          ),
          run.trust.isLoop
        )
      : undefined
  return {
    status: 'planned',
    outputs: { created: '0', updated: '0', closed: '0' },
    report: {
      ...baseReport(run, plan),
      plan: entryOf(compiled, plan),
      closes: plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
      ...operationsReport(d),
      ...(closure.blocked ? { needs_confirmation: closure.blocked } : {}),
      ...(comment ? { comment } : {})
    },
    summary: markdown
  }
}

function writebackLine(file: string, writeback: WritebackResult): string[] {
  switch (writeback.outcome) {
    case 'committed':
      return [`Wrote ${writeback.markers} marker(s) to \`${file}\`.`, '']
    case 'pull-request':
      return [
        `Proposed ${writeback.markers} marker(s) in pull request #${writeback.pullRequest}.`,
        ''
      ]
    case 'off':
      return writeback.markers
        ? [`${writeback.markers} marker(s) not written back (\`compile.write_markers: off\`).`, '']
        : []
    default:
      return []
  }
}

function appliedReport(
  run: CompileRun,
  plan: CompilePlan,
  result: ApplyResult,
  writeback: WritebackResult
) {
  return {
    ...baseReport(run, plan),
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    closed: result.closed,
    remaining: result.remaining,
    native_dependencies: result.nativeDependencies,
    notices: result.notices,
    markers: writeback,
    sent: result.sent,
    totals: {
      created: result.created.length,
      updated: result.updated.length,
      unchanged: result.unchanged.length,
      closed: result.closed.length,
      remaining: result.remaining.length,
      writes: result.writes
    }
  }
}

/**
 * Whether the workflow should start the next compile at once: the run stopped at
 * `max_writes_per_run` with work left. Not when GitHub's rate limit or the quota left stopped
 * it (the next run would stop again before the reset), nor when GitHub refused what is left.
 */
function continues(env: ModeEnvironment, result: ApplyResult): boolean {
  return (
    result.remaining.length > 0 &&
    !result.rateLimited &&
    result.writes >= env.config.compile.max_writes_per_run
  )
}

/** Apply on the default branch, then write the markers back once every write is done. */
async function applyCompile(run: CompileRun, d: Decided): Promise<ModeResult> {
  const { env, compiled, file } = run
  const { github, logger } = env
  const result = await applyOperations({
    operations: d.operations,
    github,
    logger,
    render: run.render
  })
  const writeback: WritebackResult = result.remaining.length
    ? { markers: 0, outcome: 'none' }
    : await writeMarkers(github, logger, d.writeback)
  return {
    status: result.remaining.length ? 'partial' : 'applied',
    outputs: {
      created: String(result.created.length),
      updated: String(result.updated.length),
      closed: String(result.closed.length),
      continue: String(continues(env, result))
    },
    report: appliedReport(run, d.plan, result, writeback),
    summary: appliedMarkdown(compiled, result, writebackLine(file, writeback)),
    state: {
      ...env.state,
      compile: {
        remaining: result.remaining.length,
        ...(result.remaining.length ? {} : { completed_at: now().toISOString() })
      }
    }
  }
}

/** A mass closure stops before any write and says how to confirm it. */
function needsConfirmation(run: CompileRun, d: Decided, why: string): ModeResult {
  run.env.logger.error(why, { file: run.file, title: 'Roadmap change would close many issues' })
  const markdown = planMarkdown(
    run.compiled,
    d.plan,
    `## Delivery Loop · compile\n\n**⚠️ Stopped before any write: ${why}**`
  )
  return {
    status: 'needs-confirmation',
    outputs: { created: '0', updated: '0', closed: '0' },
    report: {
      ...baseReport(run, d.plan),
      closes: d.plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
      ...operationsReport(d),
      needs_confirmation: why
    },
    summary: markdown,
    failure: why
  }
}

/** The writes within the quota left (keeping api.reserve): never run dry mid-compile. */
function writeQuota(env: ModeEnvironment, budgets: WriteFactsOf['rate']): number {
  const { config, logger } = env
  // Compile's writes (issues, labels, edges, sub-issues) are REST requests: the core budget.
  const rate = budgets?.core
  const quota = rate ? Math.max(0, rate.remaining - config.api.reserve) : Infinity
  if (rate && quota < config.compile.max_writes_per_run)
    logger.warning(
      `${rate.remaining} API requests left until ${rate.resetAt} (api.reserve ${config.api.reserve}): this compile makes at most ${quota} writes and the next one continues`
    )
  return Math.min(config.compile.max_writes_per_run, quota)
}

type WriteFactsOf = Awaited<ReturnType<typeof writeFacts>>

/** Reconcile, then the writes it takes, from the facts (the second round read only if it writes). */
async function decide(
  run: CompileRun,
  plan: CompilePlan,
  existing: { state: string; author: string | null; body: string | null }[],
  external: Map<number, { databaseId: number } | null>
): Promise<Decided> {
  const { env } = run
  const { config, inputs } = env
  const settings: WritebackSettings = {
    roadmap: run.compiled.roadmap,
    path: run.file,
    mode: config.compile.write_markers,
    branch: config.compile.markers_branch,
    defaultBranch: run.defaultBranch
  }
  const facts = await writeFacts(env.github, plan, settings)
  const closure = checkClosures({
    closes: plan.closes,
    openUnits: existing.filter(
      i => i.state === 'OPEN' && run.trust.isLoop(i.author) && unitMarkerOf(i.body) !== undefined
    ).length,
    maxCloses: config.compile.max_closes_per_run,
    ...(inputs.confirmCloses !== undefined ? { confirmed: inputs.confirmCloses } : {}),
    file: run.file
  })
  return {
    plan,
    operations: planOperations({
      plan,
      labels: facts.labels,
      external,
      maxWrites: writeQuota(env, facts.rate)
    }),
    writeback: planWriteback({ ...settings, text: run.text, current: facts.current }),
    closure
  }
}

export async function compileMode(env: ModeEnvironment): Promise<ModeResult> {
  const run: CompileRun = { ...(await roadmapFacts(env)), env }
  if (run.compiled.diagnostics.length) return invalid(run, run.compiled.diagnostics)
  annotateWarnings(env, run.compiled.warnings)
  const { existing, external } = await issueFacts(env.github, run.compiled)
  const plan = planCompile({
    compiled: run.compiled,
    existing,
    trusted: run.trust.isLoop,
    external,
    render: run.render
  })
  if (plan.diagnostics.length) return invalid(run, plan.diagnostics)
  for (const i of plan.ignored) {
    env.logger.warning(
      `#${i.issue} carries roadmap marker ${i.key} but was written by ${i.author ?? 'an unknown author'}, who is not trusted; it is ignored (add the login to trust.bot_logins if it is yours)`
    )
  }
  const decided = await decide(run, plan, existing, external)
  const { context, inputs } = env
  const onDefaultBranch =
    context.eventName !== 'push' ||
    !context.ref ||
    context.ref === `refs/heads/${run.defaultBranch}`
  if (run.pull !== undefined)
    return planOnly(run, decided, 'Plan for this pull request: merging it applies the plan.')
  if (inputs.dryRun) return planOnly(run, decided, 'Dry run: nothing was written.')
  if (!onDefaultBranch)
    return planOnly(
      run,
      decided,
      `Push to ${context.ref}: compile applies only on ${run.defaultBranch}.`
    )
  if (decided.closure.blocked) return needsConfirmation(run, decided, decided.closure.blocked)
  return applyCompile(run, decided)
}
