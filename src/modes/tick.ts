/**
 * mode: tick — one unattended pass (SPEC §5): scan → classify → wave within the budgets →
 * dispatch and claim (re-reading each issue first) → fix wave → review wave → report.
 * Never waits, never polls, never merges. Dry runs compute the same wave and write nothing.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { normaliseLogin } from '../compile/plan.js'
import { LABEL_UNIT, labelStyle } from '../compile/render.js'
import type { GitHubPort, ScannedIssue, ScannedPull } from '../github/port.js'
import { cell, neutralizeMentions, table } from '../report/markdown.js'
import { compileRoadmap } from '../roadmap/compile-roadmap.js'
import { markerIdOf } from '../roadmap/ids.js'
import { logExcerpt } from '../discover/excerpt.js'
import { branchFor, CLAIM_MARKER, RECOVERY_MARKER } from '../prompt/worker-prompt.js'
import { AssignRefusedError, createAdapter, type DispatchTask } from '../tick/adapters.js'
import {
  CLAIM_LABEL,
  pullFor,
  classify,
  HELD_LABELS,
  orderReady,
  type Classification,
  type UnitIssue
} from '../tick/classify.js'
import { ACTIONS_BOT } from './compile.js'
import type { ModeEnvironment, ModeResult } from './types.js'

export const REVIEW_CHECK = 'loopreview'
/** Requests one dispatch costs at most (re-read, adapter, label, comment, and one spare). */
const REQUESTS_PER_DISPATCH = 5

export interface AttemptRecord {
  at: string
  attempt: number
  branch: string
  adapter: string
  run: string
  kind: 'dispatch' | 'fix'
  head_sha?: string
}

export interface TickState {
  attempts: Record<string, AttemptRecord[]>
  paused?: boolean
}

function tickState(state: Record<string, unknown>): TickState {
  const t = state.tick as TickState | undefined
  return { attempts: { ...(t?.attempts ?? {}) }, ...(t?.paused ? { paused: true } : {}) }
}

/** Slice id → position in the roadmap's creation order (blockers first, then document order). */
async function roadmapRank(
  env: ModeEnvironment,
  defaultBranch: string
): Promise<Map<string, number>> {
  const file = env.inputs.roadmapPath
  const local = path.resolve(env.context.workspace, file)
  const checkout =
    existsSync(path.join(env.context.workspace, '.git')) &&
    env.context.ref === `refs/heads/${defaultBranch}`
  const text =
    checkout && existsSync(local)
      ? readFileSync(local, 'utf8')
      : (await env.github.readFile(file))?.text
  if (!text) return new Map()
  const compiled = compileRoadmap(text, file)
  if (compiled.diagnostics.length) {
    env.logger.warning(
      `${file} is invalid (${compiled.diagnostics.length} error(s)); ready issues are ordered by priority and age only`
    )
    return new Map()
  }
  return new Map(compiled.order.map((id, i) => [id, i]))
}

export async function tickMode(env: ModeEnvironment): Promise<ModeResult> {
  const { github, config, context, inputs, logger } = env
  const budget = config.guardrails.budget
  const repository = await github.repository()
  const state = tickState(env.state)
  const now = new Date()
  const runLink = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`

  const scan = await github.scanLoop(LABEL_UNIT, REVIEW_CHECK)
  const viewer = await github.viewerLogin()
  const trustedLogins = new Set(
    [ACTIONS_BOT, ...(viewer ? [viewer] : []), ...config.trust.bot_logins].map(normaliseLogin)
  )
  const trusted = (login: string | null) => trustedLogins.has(normaliseLogin(login))
  const rank = await roadmapRank(env, repository.defaultBranch)

  const attemptsOf = (n: number) => state.attempts[String(n)] ?? []
  // Claims are GitHub facts: the newest claim comment of the loop says when and which attempt,
  // so losing state never re-dispatches an in-flight issue. Read only for claimed issues
  // without a pull request (at most max_in_flight of them).
  const claims = new Map<number, { at: string; attempt: number }>()
  for (const i of scan.issues) {
    if (!i.labels.some(l => l.toLowerCase() === CLAIM_LABEL) || pullFor(i.number, scan.pulls))
      continue
    for (const c of await github.listComments(i.number)) {
      const m = CLAIM_MARKER.exec(c.body)
      if (m && trusted(c.author)) claims.set(i.number, { at: c.createdAt, attempt: Number(m[1]) })
    }
  }
  const attemptCount = (n: number) => Math.max(attemptsOf(n).length, claims.get(n)?.attempt ?? 0)
  const unit = (i: ScannedIssue): UnitIssue => ({
    number: i.number,
    labels: i.labels,
    author: i.author,
    authorAssociation: i.authorAssociation,
    createdAt: i.createdAt,
    blockers: i.blockers,
    ...(i.labels.some(l => l.toLowerCase() === CLAIM_LABEL)
      ? { claimedAt: claims.get(i.number)?.at ?? attemptsOf(i.number).at(-1)?.at ?? i.updatedAt }
      : {})
  })
  const ctx = {
    paused: state.paused === true,
    trusted,
    blockers: scan.blockers,
    pulls: scan.pulls,
    satisfiedBy: config.dependencies.satisfied_by,
    requiredChecks: config.ci.checks,
    now,
    leaseMinutes: config.dispatch.lease_minutes,
    noChecksAfterMinutes: config.ci.no_checks_after_minutes
  }
  const byNumber = new Map(scan.issues.map(i => [i.number, i]))
  const classes = scan.issues.map(i => classify(unit(i), ctx))

  // Label mirror vs native graph: report disagreements (compile keeps both in step).
  const disagreements = scan.issues.flatMap(i => {
    const fromLabels = i.labels.flatMap(
      l => /^blocked-by:#(\d+)$/i.exec(l)?.slice(1).map(Number) ?? []
    )
    const onlyLabel = fromLabels.filter(n => !i.nativeBlockers.includes(n))
    const onlyNative = i.nativeBlockers.filter(n => !fromLabels.includes(n))
    return onlyLabel.length || onlyNative.length
      ? [{ issue: i.number, only_label: onlyLabel, only_native: onlyNative }]
      : []
  })

  // The wave: free slots, per-tick and per-day budgets, attempts, and the API quota.
  const busy = classes.filter(c => c.class === 'in-flight' || c.class === 'claimed').length
  const dayAgo = now.getTime() - 24 * 3600_000
  const today = Object.values(state.attempts)
    .flat()
    .filter(a => Date.parse(a.at) >= dayAgo).length
  const rate = await github.rateLimit()
  const apiRoom = Math.max(
    0,
    Math.floor((rate.remaining - config.api.reserve) / REQUESTS_PER_DISPATCH)
  )
  // Fixes go to pull requests that already hold a slot; new work needs a free slot too.
  const capacity = Math.max(
    0,
    Math.min(budget.max_dispatches_per_tick, budget.max_dispatches_per_day - today, apiRoom)
  )
  const room = Math.min(capacity, Math.max(0, budget.max_in_flight - busy))
  const limits = {
    free_slots: budget.max_in_flight - busy,
    per_tick: budget.max_dispatches_per_tick,
    day_left: budget.max_dispatches_per_day - today,
    api_room: apiRoom
  }

  const skipped: { issue: number; reason: string }[] = []
  const candidates = orderReady(
    classes
      .filter(c => c.class === 'ready' || c.class === 'stalled')
      .map(c => unit(byNumber.get(c.issue)!)),
    i => {
      const id = markerIdOf(byNumber.get(i.number)!.body)
      return id === undefined ? undefined : rank.get(id)
    }
  )
  const wave: DispatchTask[] = []
  for (const u of candidates) {
    const used = attemptCount(u.number)
    if (used >= budget.max_attempts_per_issue) {
      skipped.push({
        issue: u.number,
        reason: `attempt budget used (${used}/${budget.max_attempts_per_issue})`
      })
      continue
    }
    if (wave.length >= room) {
      skipped.push({ issue: u.number, reason: 'no room in this wave (budgets or free slots)' })
      continue
    }
    wave.push({
      issue: u.number,
      title: byNumber.get(u.number)!.title,
      attempt: used + 1,
      branch: branchFor(u.number, used + 1)
    })
  }

  // Fix wave: pull requests whose required checks failed go back to their worker, once per head.
  const fixWave: DispatchTask[] = []
  if (config.dispatch.fix_wave) {
    for (const c of classes.filter(c => c.class === 'in-flight' && c.sub === 'fixing')) {
      const pull = scan.pulls.find(p => p.number === c.pull)!
      if (attemptsOf(c.issue).some(a => a.kind === 'fix' && a.head_sha === pull.headSha)) continue
      const used = attemptCount(c.issue)
      if (used >= budget.max_attempts_per_issue) {
        skipped.push({
          issue: c.issue,
          reason: `fix not sent: attempt budget used (${used}/${budget.max_attempts_per_issue})`
        })
        continue
      }
      if (wave.length + fixWave.length >= capacity) {
        skipped.push({ issue: c.issue, reason: 'fix not sent: no room in this wave' })
        continue
      }
      fixWave.push({
        issue: c.issue,
        title: byNumber.get(c.issue)!.title,
        attempt: used + 1,
        branch: pull.headRef,
        recovery: recoveryBrief(pull)
      })
    }
  }
  const reviewWave = classes
    .filter(c => c.class === 'in-flight' && c.sub === 'awaiting-review')
    .map(c => {
      const pull = scan.pulls.find(p => p.number === c.pull)!
      return { pull: pull.number, issue: c.issue, head_sha: pull.headSha, branch: pull.headRef }
    })

  // Apply: re-read, dispatch, claim, record.
  const dispatched: DispatchTask[] = []
  let failure: string | undefined
  if (!inputs.dryRun && (wave.length || fixWave.length)) {
    const adapter = createAdapter(config, github, repository.defaultBranch)
    await ensureLabel(github, CLAIM_LABEL)
    for (const task of [...wave, ...fixWave]) {
      const fresh = await github.getIssue(task.issue)
      const labels = (fresh?.labels ?? []).map(l => l.toLowerCase())
      const stalled = classes.find(c => c.issue === task.issue)?.class === 'stalled'
      const changed =
        !fresh ||
        fresh.state !== 'OPEN' ||
        labels.some(l => HELD_LABELS.includes(l) || l.includes('needs-human')) ||
        (!task.recovery && !stalled && labels.includes(CLAIM_LABEL))
      if (changed) {
        skipped.push({
          issue: task.issue,
          reason: 'changed since the scan (closed, held, needs a human or claimed): skipped'
        })
        continue
      }
      if (task.recovery) {
        const pull = scan.pulls.find(p => p.headRef === task.branch)
        const excerpt = pull ? await failedCheckExcerpt(github, pull, logger) : ''
        await github.createComment(task.issue, `${RECOVERY_MARKER}\n${task.recovery}${excerpt}`)
      }
      try {
        await adapter.dispatch(task)
      } catch (error) {
        if (error instanceof AssignRefusedError) {
          failure = error.message
          logger.error(error.message)
          break
        }
        throw error
      }
      if (!labels.includes(CLAIM_LABEL)) await github.addLabels(task.issue, [CLAIM_LABEL])
      await github.createComment(
        task.issue,
        `<!-- lc:claim attempt=${task.attempt} branch=${task.branch} -->\nDelivery Loop ${task.recovery ? 'sent this back to its worker with a recovery brief' : 'dispatched this issue'} (attempt ${task.attempt}, adapter \`${adapter.name}\`, branch \`${task.branch}\`) in [run ${context.runId}](${runLink}). A human merges the pull request.`
      )
      const record: AttemptRecord = {
        at: new Date().toISOString(),
        attempt: task.attempt,
        branch: task.branch,
        adapter: adapter.name,
        run: context.runId,
        kind: task.recovery ? 'fix' : 'dispatch',
        ...(task.recovery
          ? { head_sha: scan.pulls.find(p => p.headRef === task.branch)?.headSha }
          : {})
      }
      state.attempts[String(task.issue)] = [...attemptsOf(task.issue), record]
      dispatched.push(task)
      logger.info(`dispatched #${task.issue} (attempt ${task.attempt}, ${task.branch})`)
    }
  }
  const sent = inputs.dryRun ? [...wave, ...fixWave] : dispatched
  const newWave = sent.filter(t => !t.recovery)
  const needsHuman = classes.some(c => c.class === 'needs-human' || c.sub === 'review-needs-human')
  const status = ctx.paused
    ? 'paused'
    : sent.length
      ? 'dispatched'
      : needsHuman
        ? 'needs-human'
        : 'no-ready-work'

  const waveOut = newWave.map(t => ({
    issue: t.issue,
    branch: t.branch,
    attempt: t.attempt,
    title: t.title
  }))
  const count = (cls: string) => classes.filter(c => c.class === cls).length
  return {
    status,
    outputs: {
      wave: JSON.stringify(waveOut),
      'review-wave': JSON.stringify(reviewWave),
      dispatched: String(newWave.length),
      fixes: String(sent.length - newWave.length),
      ready: String(count('ready') + count('stalled')),
      'in-flight': String(count('in-flight'))
    },
    report: {
      issues: classes.map(c => ({ ...c, title: byNumber.get(c.issue)!.title })),
      wave: waveOut,
      fix_wave: sent
        .filter(t => t.recovery)
        .map(t => ({ issue: t.issue, branch: t.branch, attempt: t.attempt })),
      review_wave: reviewWave,
      skipped,
      limits,
      disagreements,
      api: { remaining: rate.remaining, limit: rate.limit, reserve: config.api.reserve }
    },
    summary: summary(classes, byNumber, waveOut, reviewWave, skipped, status, inputs.dryRun),
    ...(failure ? { failure } : {}),
    state: { ...env.state, tick: state }
  }
}

function recoveryBrief(pull: ScannedPull): string {
  const failed = pull.checks.filter(c => c.state === 'failure').map(c => `\`${c.name}\``)
  return [
    `Pull request #${pull.number} (\`${pull.headRef}\`, head ${pull.headSha.slice(0, 7)}) failed its required checks: ${failed.join(', ')}.`,
    "Read the failing checks' logs on the pull request, fix the cause on the same branch, and push. Do not weaken or skip tests."
  ].join('\n')
}

/**
 * A bounded excerpt of the first failed check's log. For GitHub Actions checks the check run id
 * is the job id; other checks have no log here, and then the brief names the checks only.
 */
async function failedCheckExcerpt(
  github: GitHubPort,
  pull: ScannedPull,
  logger: ModeEnvironment['logger']
): Promise<string> {
  const failed = pull.checks.find(c => c.state === 'failure' && c.id !== undefined)
  if (!failed) return ''
  try {
    const excerpt = logExcerpt(await github.jobLog(failed.id!), 2048)
    return `\n\nLog of \`${failed.name}\` around its first error:\n\n${excerpt.markdown}`
  } catch (error) {
    logger.debug(`no log for check ${failed.name}: ${(error as Error).message}`)
    return ''
  }
}

async function ensureLabel(github: GitHubPort, name: string): Promise<void> {
  const labels = await github.listLabels()
  if (labels.some(l => l.toLowerCase() === name)) return
  const style = labelStyle(name)
  await github.createLabel(name, style.color, style.description)
}

function summary(
  classes: Classification[],
  byNumber: Map<number, ScannedIssue>,
  wave: { issue: number; branch: string; attempt: number }[],
  reviewWave: { pull: number; issue: number }[],
  skipped: { issue: number; reason: string }[],
  status: string,
  dryRun: boolean
): string {
  const rows = classes.map(c => [
    `#${c.issue}`,
    cell(neutralizeMentions(byNumber.get(c.issue)!.title), 60),
    c.sub ? `${c.class} (${c.sub})` : c.class,
    cell(neutralizeMentions(c.reason), 140)
  ])
  return [
    '## Delivery Loop · tick',
    '',
    `Status: **${status}**${dryRun ? ' (dry run: nothing was written)' : ''} · ${wave.length} dispatched · ${reviewWave.length} awaiting review`,
    '',
    ...(wave.length
      ? [
          '### Wave',
          '',
          table(
            ['issue', 'branch', 'attempt'],
            wave.map(w => [`#${w.issue}`, `\`${w.branch}\``, String(w.attempt)])
          ),
          ''
        ]
      : []),
    ...(skipped.length
      ? [
          '### Not dispatched',
          '',
          table(
            ['issue', 'why'],
            skipped.map(s => [`#${s.issue}`, cell(s.reason)])
          ),
          ''
        ]
      : []),
    '### Issues',
    '',
    rows.length
      ? table(['issue', 'title', 'state', 'reason'], rows)
      : '_No open issue is labelled delivery:unit._'
  ].join('\n')
}
