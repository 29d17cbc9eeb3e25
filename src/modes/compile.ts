/**
 * mode: compile — ROADMAP.md → an idempotent issue DAG (SPEC §2–§4).
 * Parse and validate (zero writes on any error) → read marked issues → plan → then, depending on
 * the event: a sticky plan comment on a pull request, the plan alone for dry runs and branches
 * other than the default, or apply + marker write-back on the default branch.
 */
import { pullRequestOf } from '../events.js'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { applyPlan, type ApplyResult } from '../compile/apply.js'
import { writeBackMarkers, type WritebackResult } from '../compile/markers-writeback.js'
import { planCompile, type CompilePlan } from '../compile/plan.js'
import {
  appliedMarkdown,
  diagnosticsMarkdown,
  planMarkdown,
  warningsMarkdown
} from '../compile/summary.js'
import { ApiError, ConfigError, type Diagnostic } from '../errors.js'
import type { GitHubPort, IssueFacts } from '../github/port.js'
import type { Logger } from '../logging.js'
import { LABEL_EPIC_PARENT, LABEL_UNIT } from '../loop/labels.js'
import { PLAN_COMMENT_MARKER, startsWithMarker, unitMarkerOf } from '../loop/markers.js'
import { COMMENT_ROOM_CHARS } from '../github/limits.js'
import { compileRoadmap, type CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import { roadmapText } from '../roadmap/text.js'
import { checkClosures, type ClosureCheck } from '../compile/closure-guard.js'
import type { RenderContext } from '../compile/render.js'
import { now } from '../clock.js'
import type { ModeEnvironment, ModeResult } from './types.js'

/**
 * The roadmap to compile: the checked-out file; without a checkout, the pull request's head for
 * a pull request's plan (what its merge would bring), else the default branch's.
 */
async function readRoadmap(
  env: ModeEnvironment,
  pull: number | undefined
): Promise<{ text: string; source: string }> {
  const file = env.inputs.roadmapPath
  const local = path.resolve(env.context.workspace, file)
  if (existsSync(local))
    return { text: roadmapText(readFileSync(local), file), source: 'workspace' }
  const head = pull !== undefined ? (await env.github.getPull(pull))?.headSha : undefined
  const remote = await env.github.readFile(file, head)
  if (remote)
    return {
      text: roadmapText(remote.bytes, file),
      source: head ? `pull request #${pull} (head ${head.slice(0, 7)})` : 'default branch'
    }
  throw new ConfigError(`${file} not found`, [
    {
      file,
      message:
        'the roadmap file does not exist in the workspace or on the default branch (input `roadmap`)'
    }
  ])
}

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

async function upsertPlanComment(
  github: GitHubPort,
  logger: Logger,
  pull: number,
  body: string,
  trusted: (login: string | null) => boolean
): Promise<'created' | 'updated' | 'unchanged' | 'refused'> {
  try {
    return await writePlanComment(github, pull, body, trusted)
  } catch (error) {
    // Pull requests from forks get a read-only token: the plan stays in the job summary.
    if (error instanceof ApiError && error.status === 403) {
      logger.notice(
        `Could not comment the plan on #${pull} (read-only token, e.g. a pull request from a fork); the plan is in the job summary.`
      )
      return 'refused'
    }
    throw error
  }
}

async function writePlanComment(
  github: GitHubPort,
  pull: number,
  body: string,
  trusted: (login: string | null) => boolean
): Promise<'created' | 'updated' | 'unchanged'> {
  const comments = await github.listComments(pull)
  // Only our own comment is updated: anyone can paste the marker into theirs.
  const mine = comments.find(
    c => startsWithMarker(c.body, PLAN_COMMENT_MARKER) && trusted(c.author)
  )
  const text = `${PLAN_COMMENT_MARKER}\n${body}`
  if (!mine) {
    await github.createComment(pull, text)
    return 'created'
  }
  if (mine.body === text) return 'unchanged'
  await github.updateComment(mine.id, text)
  return 'updated'
}

/** Where this compile runs and what it may do. */
interface CompileRun {
  env: ModeEnvironment
  file: string
  source: string
  text: string
  compiled: CompiledRoadmap
  /** The pull request whose plan this is, on a pull_request event. */
  pull?: number
  defaultBranch: string
  render: RenderContext
  trusted: () => Promise<(login: string | null) => boolean>
}

async function compileRun(env: ModeEnvironment): Promise<CompileRun> {
  const { github, context, inputs } = env
  const file = inputs.roadmapPath
  const pull = pullRequestOf(context)
  const { text, source } = await readRoadmap(env, pull)
  const repository = await github.repository()
  return {
    env,
    file,
    source,
    text,
    compiled: compileRoadmap(text, file),
    ...(pull !== undefined ? { pull } : {}),
    defaultBranch: repository.defaultBranch,
    render: {
      roadmapUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${repository.defaultBranch}/${file}`
    },
    trusted: async () => (await env.trust()).isLoop
  }
}

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
    await upsertPlanComment(env.github, env.logger, pull, markdown, await run.trusted())
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

/** Facts: every marked issue (both labels, all pages, open and closed) and outside blockers. */
async function existingFacts(run: CompileRun) {
  const { github } = run.env
  const { roadmap } = run.compiled
  const existing = await github.listIssuesWithLabels([LABEL_UNIT, LABEL_EPIC_PARENT])
  const externalNumbers = [
    ...new Set(
      roadmap.slices.flatMap(s =>
        (roadmap.blockers.get(s.id) ?? []).flatMap(b => (b.type === 'issue' ? [b.number] : []))
      )
    )
  ]
  const external = externalNumbers.length ? await github.lookupIssues(externalNumbers) : new Map()
  return { existing, external }
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

/** The plan alone: a pull request's sticky comment, a dry run, or a push to another branch. */
async function planOnly(
  run: CompileRun,
  plan: CompilePlan,
  why: string,
  closure: ClosureCheck
): Promise<ModeResult> {
  const { env, compiled, pull } = run
  const warning = closure.blocked
    ? `\n\n**⚠️ Applying this plan would stop: ${closure.blocked}**`
    : ''
  const heading = `## Delivery Loop · compile plan\n\n${why}${warning}`
  const markdown = planMarkdown(compiled, plan, heading)
  const comment =
    pull !== undefined && !env.inputs.dryRun
      ? await upsertPlanComment(
          env.github,
          env.logger,
          pull,
          planMarkdown(
            compiled,
            plan,
            heading,
            COMMENT_ROOM_CHARS - PLAN_COMMENT_MARKER.length - 1
          ),
          await run.trusted()
        )
      : undefined
  return {
    status: 'planned',
    outputs: { created: '0', updated: '0', closed: '0' },
    report: {
      ...baseReport(run, plan),
      plan: entryOf(compiled, plan),
      closes: plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
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

/** Apply on the default branch, then write the markers back once every write is done. */
async function applyCompile(
  run: CompileRun,
  plan: CompilePlan,
  external: Map<number, IssueFacts | null>
): Promise<ModeResult> {
  const { env, compiled, file } = run
  const { github, logger, config } = env
  // Plan the writes within the quota left (keeping api.reserve), never run dry mid-compile.
  const quiet = plan.items.every(i => i.action === 'unchanged') && !plan.closes.length
  const rate = quiet ? undefined : await github.rateLimit()
  const quota = rate
    ? Math.max(0, rate.remaining - config.api.reserve)
    : config.compile.max_writes_per_run
  if (rate && quota < config.compile.max_writes_per_run)
    logger.warning(
      `${rate.remaining} API requests left until ${rate.resetAt} (api.reserve ${config.api.reserve}): this compile makes at most ${quota} writes and the next one continues`
    )
  const result: ApplyResult = await applyPlan({
    plan,
    github,
    logger,
    render: run.render,
    maxWrites: Math.min(config.compile.max_writes_per_run, quota),
    external
  })
  const writeback: WritebackResult = result.remaining.length
    ? { markers: 0, outcome: 'none' }
    : await writeBackMarkers({
        github,
        logger,
        roadmap: compiled.roadmap,
        text: run.text,
        path: file,
        mode: config.compile.write_markers,
        branch: config.compile.markers_branch,
        defaultBranch: run.defaultBranch
      })
  return {
    status: result.remaining.length ? 'partial' : 'applied',
    outputs: {
      created: String(result.created.length),
      updated: String(result.updated.length),
      closed: String(result.closed.length)
    },
    report: {
      ...baseReport(run, plan),
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      closed: result.closed,
      remaining: result.remaining,
      native_dependencies: result.nativeDependencies,
      notices: result.notices,
      markers: writeback,
      totals: {
        created: result.created.length,
        updated: result.updated.length,
        unchanged: result.unchanged.length,
        closed: result.closed.length,
        remaining: result.remaining.length,
        writes: result.writes
      }
    },
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
function needsConfirmation(run: CompileRun, plan: CompilePlan, why: string): ModeResult {
  run.env.logger.error(why, { file: run.file, title: 'Roadmap change would close many issues' })
  const markdown = planMarkdown(
    run.compiled,
    plan,
    `## Delivery Loop · compile\n\n**⚠️ Stopped before any write: ${why}**`
  )
  return {
    status: 'needs-confirmation',
    outputs: { created: '0', updated: '0', closed: '0' },
    report: {
      ...baseReport(run, plan),
      closes: plan.closes.map(c => ({ issue: c.issue.number, id: c.key, reason: c.reason })),
      needs_confirmation: why
    },
    summary: markdown,
    failure: why
  }
}

export async function compileMode(env: ModeEnvironment): Promise<ModeResult> {
  const run = await compileRun(env)
  if (run.compiled.diagnostics.length) return invalid(run, run.compiled.diagnostics)
  annotateWarnings(env, run.compiled.warnings)
  const { existing, external } = await existingFacts(run)
  const plan = planCompile({
    compiled: run.compiled,
    existing,
    trusted: await run.trusted(),
    external,
    render: run.render
  })
  if (plan.diagnostics.length) return invalid(run, plan.diagnostics)
  for (const i of plan.ignored) {
    env.logger.warning(
      `#${i.issue} carries roadmap marker ${i.key} but was written by ${i.author ?? 'an unknown author'}, who is not trusted; it is ignored (add the login to trust.bot_logins if it is yours)`
    )
  }
  const { context, inputs } = env
  const onDefaultBranch =
    context.eventName !== 'push' ||
    !context.ref ||
    context.ref === `refs/heads/${run.defaultBranch}`
  const trusted = await run.trusted()
  const closure = checkClosures({
    closes: plan.closes,
    openUnits: existing.filter(
      i => i.state === 'OPEN' && trusted(i.author) && unitMarkerOf(i.body) !== undefined
    ).length,
    maxCloses: env.config.compile.max_closes_per_run,
    ...(inputs.confirmCloses !== undefined ? { confirmed: inputs.confirmCloses } : {}),
    file: run.file
  })
  if (run.pull !== undefined)
    return planOnly(run, plan, 'Plan for this pull request: merging it applies the plan.', closure)
  if (inputs.dryRun) return planOnly(run, plan, 'Dry run: nothing was written.', closure)
  if (!onDefaultBranch)
    return planOnly(
      run,
      plan,
      `Push to ${context.ref}: compile applies only on ${run.defaultBranch}.`,
      closure
    )
  if (closure.blocked) return needsConfirmation(run, plan, closure.blocked)
  return applyCompile(run, plan, external)
}
