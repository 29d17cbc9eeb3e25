/**
 * The forecast's models fitted to a repository's own history (pure): from the loop's pull
 * requests closed since a date — the usage records publish wrote into them (each agent run's
 * start, end and spend), the attempts it noted (new, fix, review-fix, conflict), the checks of
 * the commit each was merged at (CI's start and end, the loop's verdict) and the merge itself —
 * each step's distribution as a log-normal (median and 90th percentile of what happened), with
 * the number of samples it rests on. A step with too few samples keeps its default, and says so.
 */
import { readRecord } from '../guardrails/attestation.js'
import type { ClosedPullNode, RollupEntry } from '../github/port.js'
import { attestBlocksOf } from '../loop/markers.js'
import { issueOfBranch, mergedAfterReview, REVIEW_CHECK } from '../loop/pulls.js'
import { parseModels, type ForecastModels } from './models.js'

export type HistoryPull = ClosedPullNode & { createdAt: string }

/** Fewer samples than this fit nothing: the default stays. */
export const MIN_SAMPLES = 5
/** Rates need more: a failure rate from four pushes says little. */
export const MIN_RATE_SAMPLES = 10

export interface Fitted {
  /** The models key, e.g. `worker.duration`. */
  key: string
  samples: number
  /** What the models file says, or undefined when the default stays. */
  value?: string
  note: string
}

export interface Calibration {
  /** The models file: fitted values, each with its sample count; defaults where data is thin. */
  text: string
  models: ForecastModels
  fitted: Fitted[]
  /** The loop's pull requests the history held, and how many of them merged. */
  pulls: number
  merged: number
}

const MINUTE = 60_000
const minutesBetween = (from?: string, to?: string) =>
  from && to ? (Date.parse(to) - Date.parse(from)) / MINUTE : undefined

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places

/** A log-normal through the samples' median and 90th percentile (a number when they agree). */
function lognormalOf(samples: number[], places = 1): string {
  const median = round(Math.max(quantile(samples, 0.5), 0.01), places)
  const p90 = round(quantile(samples, 0.9), places)
  return p90 > median ? `{ lognormal: { median: ${median}, p90: ${p90} } }` : String(median)
}

function durationFit(key: string, samples: number[], what: string, places = 1): Fitted {
  const clean = samples.filter(s => Number.isFinite(s) && s >= 0)
  return clean.length >= MIN_SAMPLES
    ? {
        key,
        samples: clean.length,
        value: lognormalOf(clean, places),
        note: `${clean.length} ${what}`
      }
    : {
        key,
        samples: clean.length,
        note: `default kept: ${clean.length} ${what} (${MIN_SAMPLES} needed)`
      }
}

function rateFit(key: string, hits: number, of: number, what: string): Fitted {
  return of >= MIN_RATE_SAMPLES
    ? { key, samples: of, value: String(round(hits / of, 2)), note: `${hits} ${what} in ${of}` }
    : { key, samples: of, note: `default kept: ${of} to count from (${MIN_RATE_SAMPLES} needed)` }
}

/** The attempts publish noted in a pull request's body: `**Attempt N** (kind):`. */
function attemptsNoted(body: string): { attempt: number; kind: string }[] {
  return [...body.matchAll(/\*\*Attempt (\d+)\*\* \((new|fix|review-fix|conflict)\):/g)].map(m => ({
    attempt: Number(m[1]),
    kind: m[2]
  }))
}

const attemptKinds = (body: string) => attemptsNoted(body).map(a => a.kind)

/**
 * Agent runs that came to nothing: attempts the loop claimed on an issue (`dispatched`, its
 * claims: new work, fixes, review-fixes) that none of the issue's pull requests noted as
 * published. Counted over issues whose work merged: their story is complete.
 */
function refusedRuns(
  pulls: HistoryPull[],
  dispatched: ReadonlyMap<number, ReadonlySet<number>>
): { refused: number; claimed: number } {
  const noted = new Map<number, Set<number>>()
  const merged = new Set<number>()
  for (const p of pulls) {
    const issue = issueOfBranch(p.headRef)
    if (issue === undefined) continue
    const set = noted.get(issue) ?? new Set<number>()
    for (const a of attemptsNoted(p.body)) set.add(a.attempt)
    noted.set(issue, set)
    if (p.mergedAt) merged.add(issue)
  }
  let refused = 0
  let claimed = 0
  for (const issue of merged) {
    const attempts = dispatched.get(issue)
    if (!attempts) continue
    claimed += attempts.size
    refused += [...attempts].filter(a => !noted.get(issue)!.has(a)).length
  }
  return { refused, claimed }
}

const isCheck = (e: RollupEntry): e is Extract<RollupEntry, { type: 'check-run' }> =>
  e.type === 'check-run'

/** The samples of every step, from the loop's pull requests. */
function samplesOf(pulls: HistoryPull[]) {
  const out = {
    worker: [] as number[],
    cost: [] as number[],
    ci: [] as number[],
    review: [] as number[],
    merge: [] as number[],
    /** Agent runs by provider (the usage record's): for an agent each under `agents`. */
    providers: new Map<string, { worker: number[]; cost: number[] }>(),
    pushes: 0,
    fixes: 0,
    reviewFixes: 0,
    passes: 0
  }
  for (const pull of pulls) {
    for (const block of attestBlocksOf(pull.body)) {
      const read = readRecord(block, `#${pull.number}`)
      if (!('record' in read) || read.record.role !== 'worker') continue
      const took = minutesBetween(read.record.started_at, read.record.ended_at)
      const mine = out.providers.get(read.record.provider) ?? { worker: [], cost: [] }
      out.providers.set(read.record.provider, mine)
      if (took !== undefined) {
        out.worker.push(took)
        mine.worker.push(took)
      }
      out.cost.push(read.record.cost_usd)
      mine.cost.push(read.record.cost_usd)
    }
    const kinds = attemptKinds(pull.body)
    out.pushes += kinds.length
    out.fixes += kinds.filter(k => k === 'fix').length
    out.reviewFixes += kinds.filter(k => k === 'review-fix').length
    const checks = (pull.rollup ?? []).filter(isCheck)
    const ci = checks.filter(c => c.name !== REVIEW_CHECK && c.startedAt && c.completedAt)
    if (ci.length)
      out.ci.push(Math.max(...ci.map(c => minutesBetween(c.startedAt, c.completedAt)!)))
    const ready = mergedAfterReview(pull)
    if (!ready) continue
    out.passes += 1
    out.merge.push(minutesBetween(ready.readyAt, ready.mergedAt)!)
    const ciDone = ci
      .map(c => c.completedAt!)
      .sort()
      .at(-1)
    const review = minutesBetween(ciDone, ready.readyAt)
    if (review !== undefined && review >= 0) out.review.push(review)
  }
  return out
}

/** The loop's own pull requests among the history: its branches, in this repository. */
export function loopPulls(pulls: HistoryPull[], since: Date): HistoryPull[] {
  return pulls.filter(
    p =>
      issueOfBranch(p.headRef) !== undefined &&
      !p.crossRepository &&
      Date.parse(p.updatedAt) >= since.getTime()
  )
}

/** A provider's name as an agent's (docs/forecast.schema.json's pattern), or undefined. */
const agentName = (provider: string) =>
  /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/.test(provider) ? provider : undefined

/**
 * With two or more providers each with enough runs, an agent for each under `agents` (its
 * duration and cost): what steering chooses between for each kind of slice.
 */
function providerFits(providers: Map<string, { worker: number[]; cost: number[] }>): Fitted[] {
  const enough = [...providers].filter(
    ([name, p]) => agentName(name) && p.worker.length >= MIN_SAMPLES
  )
  if (enough.length < 2) return []
  return enough.flatMap(([name, p]) => [
    durationFit(`agents.${name}.duration`, p.worker, `${name} runs (usage records)`),
    durationFit(`agents.${name}.cost_usd`, p.cost, `${name} runs (usage records)`, 2)
  ])
}

/** The lines of one section: `key: value # note`, or a commented key that kept its default. */
function sectionLines(fitted: Fitted[], prefix: string, indent: string): string[] {
  const lines: string[] = []
  for (const f of fitted) {
    const key = f.key.slice(prefix.length + 1)
    lines.push(
      f.value !== undefined
        ? `${indent}${key}: ${f.value} # ${f.note}`
        : `${indent}# ${key}: ${f.note}`
    )
  }
  return lines
}

function render(fitted: Fitted[], header: string[]): string {
  const lines = header.map(h => `# ${h}`)
  for (const group of [...new Set(fitted.map(f => f.key.split('.')[0]))]) {
    const mine = fitted.filter(f => f.key.startsWith(`${group}.`))
    // A section with nothing fitted stays empty: every key of it at its default.
    lines.push(mine.some(f => f.value !== undefined) ? `${group}:` : `${group}: {}`)
    if (group !== 'agents') {
      lines.push(...sectionLines(mine, group, '  '))
      continue
    }
    // agents.NAME.key: one mapping per agent.
    for (const name of [...new Set(mine.map(f => f.key.split('.')[1]))]) {
      const its = mine.filter(f => f.key.startsWith(`agents.${name}.`))
      lines.push(its.some(f => f.value !== undefined) ? `  ${name}:` : `  ${name}: {}`)
      lines.push(...sectionLines(its, `agents.${name}`, '    '))
    }
  }
  return `${lines.join('\n')}\n`
}

export function calibrate(
  history: HistoryPull[],
  context: { repo: string; since: Date; now: Date },
  /** The attempts the loop's claims dispatched, by issue: for the agent's failure rate. */
  dispatched: ReadonlyMap<number, ReadonlySet<number>> = new Map()
): Calibration {
  const pulls = loopPulls(history, context.since)
  const s = samplesOf(pulls)
  const runs = refusedRuns(pulls, dispatched)
  const fitted: Fitted[] = [
    durationFit('worker.duration', s.worker, 'agent runs (usage records)'),
    durationFit('worker.cost_usd', s.cost, 'agent runs (usage records)', 2),
    rateFit(
      'worker.failure_rate',
      runs.refused,
      runs.claimed,
      "runs with nothing published in the loop's claims"
    ),
    durationFit('ci.duration', s.ci, 'CI runs on merged heads'),
    rateFit('ci.failure_rate', s.fixes, s.pushes, 'fix attempts (CI failed) in pushes'),
    durationFit('review.duration', s.review, 'verdicts after CI'),
    rateFit('review.pass_rate', s.passes, s.passes + s.reviewFixes, 'passes in verdicts'),
    durationFit('merge.delay', s.merge, "merges after the loop's pass"),
    ...providerFits(s.providers)
  ]
  const text = render(fitted, [
    `Forecast models calibrated from ${context.repo}: ${pulls.length} of the loop's pull requests closed since ${context.since.toISOString().slice(0, 10)} (${pulls.filter(p => p.mergedAt).length} merged), read ${context.now.toISOString().slice(0, 16)}Z.`,
    'Each value says how many samples it rests on; a commented key kept its default (docs/forecast.md).'
  ])
  return {
    text,
    models: parseModels(text, 'calibrated models'),
    fitted,
    pulls: pulls.length,
    merged: pulls.filter(p => p.mergedAt).length
  }
}
