/**
 * Every hidden `lc:` marker the loop writes, each as a render/parse pair, in one place.
 *
 * Markers are read only where the loop writes them: body markers from the *header* of a body
 * (its leading lines that are HTML comments), comment markers from the first line of a comment.
 * Quoted text further down — an issue body pasted into a PR, a CI log excerpt, a review finding —
 * can never plant a marker the loop would honour. Callers still check the author (trust.ts).
 */
import { rememberedByText } from '../text/remembered.js'

/** Roadmap marker ids (loopcoder's alphabet). */
export const MARKER_ID_PATTERN = '[A-Za-z0-9._:-]+'
export const MARKER_ID = new RegExp(`^${MARKER_ID_PATTERN}$`)

// ── unit id: `<!-- lc:u=<id> -->` (roadmap lines and the first line of unit issues) ──────────

const WHOLE_UNIT_MARKER = new RegExp(`^<!--\\s*lc:u=(${MARKER_ID_PATTERN})\\s*-->$`)

/**
 * The unit marker at the end of a roadmap line: its id and where it starts (the whitespace before
 * it included). Found from the line's end — the last `<!--` is the only place an id's alphabet
 * lets a marker start — so a line of any shape costs one pass, never a regex retried at every
 * offset (a line of 40,000 spaces took seconds that way).
 */
export function trailingUnitMarker(line: string): { id: string; index: number } | undefined {
  const trimmed = line.trimEnd()
  if (!trimmed.endsWith('-->')) return undefined
  const open = trimmed.lastIndexOf('<!--')
  if (open < 0) return undefined
  const m = WHOLE_UNIT_MARKER.exec(trimmed.slice(open))
  return m ? { id: m[1], index: trimmed.slice(0, open).trimEnd().length } : undefined
}
/** Any `<!-- lc:u` opening, well-formed or not: compile reports the ones it cannot read. */
export const STRAY_UNIT_MARKER = /<!--\s*lc:u\b/i
/** Any unit marker, anywhere (to strip markers from intent text). */
export const ANY_UNIT_MARKER = new RegExp(`<!--\\s*lc:u=(${MARKER_ID_PATTERN})\\s*-->`, 'g')

export function unitMarker(id: string): string {
  return `<!-- lc:u=${id} -->`
}

/** The lines at the top of a body that are HTML comments: where the loop puts its markers. */
export function headerLines(body: string | null | undefined): readonly string[] {
  return headerOf(body ?? '')
}

const headerOf = rememberedByText((body: string): string[] => {
  const text = body.replace(/^\uFEFF/, '')
  const out: string[] = []
  // Line by line from the top, stopping at the first that is not a comment: a long body is
  // never split whole (a tick reads every issue's header several times).
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, text[end - 1] === '\r' ? end - 1 : end)
    if (!/^\s*<!--.*-->\s*$/.test(line)) break
    out.push(line.trim())
    start = end + 1
  }
  return out
})

function fromHeader(body: string | null | undefined, pattern: RegExp): RegExpExecArray | null {
  for (const line of headerLines(body)) {
    const m = pattern.exec(line)
    if (m) return m
  }
  return null
}

/** The unit id of an issue body: only from the body's marker header. */
const UNIT_MARKER_LINE = new RegExp(`^<!--\\s*lc:u=(${MARKER_ID_PATTERN})\\s*-->$`)

export function unitMarkerOf(body: string | null | undefined): string | undefined {
  return unitMarkerIn(body ?? '')
}

const unitMarkerIn = rememberedByText(
  (body: string): string | undefined => fromHeader(body, UNIT_MARKER_LINE)?.[1]
)

// ── claim: `<!-- lc:claim attempt=N branch=B run=R kind=K phase=P [head=SHA] -->` ───────────

/**
 * What a worker is sent to do: new work, a fix of failed checks, the reviewer's changes, or a
 * pull request that conflicts with its base brought back to mergeable (a fast-forward of its
 * branch whose commit also has the base head as a parent).
 */
export const TASK_KINDS = ['new', 'fix', 'review-fix', 'conflict'] as const
export type TaskKind = (typeof TASK_KINDS)[number]
/**
 * `claiming`: written before the dispatch, as the lock; `dispatching`: the lock is won and the
 * adapter is about to hand the task over — from here on the attempt counts, whatever happens
 * next; `dispatched`: the worker was handed the task; `released`: the claim no longer holds (its
 * run died before dispatching, or GitHub refused the dispatch).
 */
export type ClaimPhase = 'claiming' | 'dispatching' | 'dispatched' | 'released'
const CLAIM_PHASES: readonly ClaimPhase[] = ['claiming', 'dispatching', 'dispatched', 'released']

export interface ClaimMarker {
  attempt: number
  branch: string
  /** Run id of the tick that claimed; absent in claims written before runs were recorded. */
  run?: string
  kind: TaskKind
  phase: ClaimPhase
  /** Head SHA a fix was sent for; a stacked task's: the blocker's head it starts from. */
  head?: string
  /** A stacked task's base: the blocker's branch its pull request merges into. */
  base?: string
  /** The worker's own run, when GitHub said which (the `workflow` adapter's dispatch). */
  worker?: string
}

export function claimMarker(c: ClaimMarker): string {
  const fields = [
    `attempt=${c.attempt}`,
    `branch=${c.branch}`,
    ...(c.run ? [`run=${c.run}`] : []),
    `kind=${c.kind}`,
    `phase=${c.phase}`,
    ...(c.head ? [`head=${c.head}`] : []),
    ...(c.base ? [`base=${c.base}`] : []),
    ...(c.worker ? [`worker=${c.worker}`] : [])
  ]
  return `<!-- lc:claim ${fields.join(' ')} -->`
}

const CLAIM_LINE = /^<!--\s*lc:claim((?:\s+[a-z]+=[A-Za-z0-9._/-]+)+)\s*-->$/

/** The claim a comment's first line holds (remembered: a tick reads every claim each time). */
export const parseClaim = rememberedByText((comment: string): ClaimMarker | undefined => {
  const first = comment.split(/\r?\n/, 1)[0].trim()
  const m = CLAIM_LINE.exec(first)
  if (!m) return undefined
  const f = Object.fromEntries(
    m[1]
      .trim()
      .split(/\s+/)
      .map(kv => kv.split('=') as [string, string])
  )
  if (!/^\d+$/.test(f.attempt ?? '') || !f.branch) return undefined
  const kind = TASK_KINDS.find(k => k === f.kind) ?? 'new'
  const phase = CLAIM_PHASES.find(p => p === f.phase) ?? 'dispatched'
  return {
    attempt: Number(f.attempt),
    branch: f.branch,
    ...(f.run ? { run: f.run } : {}),
    kind,
    phase,
    ...(f.head ? { head: f.head } : {}),
    ...(f.base ? { base: f.base } : {}),
    ...(/^\d+$/.test(f.worker ?? '') ? { worker: f.worker } : {})
  }
})

// ── recovery brief: a comment the worker prompt reads back ───────────────────────────────────

export const RECOVERY_MARKER = '<!-- lc:recovery -->'

export function recoveryComment(brief: string): string {
  return `${RECOVERY_MARKER}\n${brief}`
}

/**
 * The brief of a recovery comment (first line is the marker), or undefined. A refusal of the
 * worker's change by publish is a recovery brief too: the next attempt must know the rule.
 */
export function recoveryOf(comment: string): string | undefined {
  const [first, ...rest] = comment.split(/\r?\n/)
  const marker = first.trim()
  return marker === RECOVERY_MARKER || /^<!--\s*lc:refused\b/.test(marker)
    ? rest.join('\n').trim()
    : undefined
}

// ── refused change: `<!-- lc:refused attempt=N -->` (publish refused a worker's change) ──────

export function refusedMarker(attempt: number): string {
  return `<!-- lc:refused attempt=${attempt} -->`
}

/** The attempt a refusal comment is about (first line only), or undefined. */
export const refusedAttemptOf = rememberedByText((comment: string): number | undefined => {
  const m = /^<!--\s*lc:refused\s+attempt=(\d+)\s*-->$/.exec(comment.split(/\r?\n/, 1)[0].trim())
  return m ? Number(m[1]) : undefined
})

// ── discovered failures: `<!-- lc:d1=<signature> -->` and its bookkeeping ────────────────────

export function discoverMarker(signature: string): string {
  return `<!-- lc:d1=${signature} -->`
}

export function discoverMarkerOf(body: string | null | undefined): string | undefined {
  return fromHeader(body, /^<!--\s*lc:d1=([0-9a-f]{16})\s*-->$/)?.[1]
}

export function discoverRunMarker(run: number, attempt: number): string {
  return `<!-- lc:d1-run=${run}.${attempt} -->`
}

export function discoverRunOf(
  body: string | null | undefined
): { run: number; attempt: number } | undefined {
  const m = fromHeader(body, /^<!--\s*lc:d1-run=(\d+)\.(\d+)\s*-->$/)
  return m ? { run: Number(m[1]), attempt: Number(m[2]) } : undefined
}

export function discoverCommentedMarker(at: string): string {
  return `<!-- lc:d1-commented=${at} -->`
}

export function discoverCommentedOf(body: string | null | undefined): string | undefined {
  return fromHeader(body, /^<!--\s*lc:d1-commented=(\S+)\s*-->$/)?.[1]
}

/** The summary issue of one run whose failures overflowed `discover.max_issues_per_run`. */
export function discoverSummaryMarker(run: number, attempt: number): string {
  return `<!-- lc:d1s=${run}.${attempt} -->`
}

export function isDiscoverSummaryFor(body: string, run: number, attempt: number): boolean {
  return headerLines(body).includes(discoverSummaryMarker(run, attempt))
}

// ── comments the loop keeps one of ──────────────────────────────────────────────────────────

/** compile's sticky plan comment on a pull request. */
export const PLAN_COMMENT_MARKER = '<!-- delivery-loop:compile-plan -->'
/** doctor's comment on a pull request (`doctor --pull-request N`, e.g. init's set-up one). */
export const DOCTOR_COMMENT_MARKER = '<!-- delivery-loop:doctor -->'
/** discover's one comment on an issue that joined the loop by label. */
export const ENROLLED_MARKER = '<!-- delivery-loop:enrolled -->'

/** The header of the loop's dashboard issue (one per repository). */
export const DASHBOARD_MARKER = '<!-- lc:dashboard -->'

// ── dashboard commands: task-list checkboxes with hidden ids ─────────────────────────────────

export type DashboardCommand =
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'reset-breaker' }
  | { kind: 'retry'; issue: number }
  /** Supervised mode: dispatch this proposal — the issue as it was when proposed (`rev`). */
  | { kind: 'approve'; issue: number; rev: string }
  /** Supervised mode: every proposal the dashboard lists. */
  | { kind: 'approve-wave' }

export function commandId(c: DashboardCommand): string {
  switch (c.kind) {
    case 'retry':
      return `retry:${c.issue}`
    case 'approve':
      return `approve:${c.issue}@${c.rev}`
    default:
      return c.kind
  }
}

export function commandMarker(c: DashboardCommand): string {
  return `<!-- lc:cmd=${commandId(c)} -->`
}

const COMMAND_LINE =
  /^\s*[-*] \[([ xX])\] .*<!-- lc:cmd=(pause|resume|reset-breaker|approve-wave|retry:(\d+)|approve:(\d+)@([0-9a-f]{8,40})) -->\s*$/

function commandOf(m: RegExpExecArray): DashboardCommand {
  if (m[3]) return { kind: 'retry', issue: Number(m[3]) }
  if (m[4]) return { kind: 'approve', issue: Number(m[4]), rev: m[5] }
  return { kind: m[2] as 'pause' | 'resume' | 'reset-breaker' | 'approve-wave' }
}

/** The command checkboxes of a dashboard body, ticked or not. */
export function commandBoxes(body: string): { command: DashboardCommand; ticked: boolean }[] {
  return body.split(/\r?\n/).flatMap(line => {
    const m = COMMAND_LINE.exec(line)
    return m ? [{ command: commandOf(m), ticked: m[1] !== ' ' }] : []
  })
}

/** The one comment that explains why an issue was frozen. */
export const FROZEN_MARKER = '<!-- lc:frozen -->'

/** A comment whose first line is `marker`. */
export function startsWithMarker(comment: string, marker: string): boolean {
  return comment.split(/\r?\n/, 1)[0].trim() === marker
}

// ── attestation: `<!-- lc:attest {json} -->`, a usage record in a worker's PR or comment ──────

/**
 * A record is a line of its own: text quoted inside a line — a file name in a list, a path in a
 * refusal — can never be read as one, however it is spelt.
 */
const ATTEST_BLOCK = /^[ \t]*<!--[ \t]*lc:attest[ \t]+([^\r\n]*?)-->[ \t]*\r?$/gm

/**
 * The block for a record. `-->` can only sit inside a JSON string here; escaped as `\u003e`, it
 * cannot end the block early, and JSON reads it back as the same text.
 */
export function attestMarker(record: unknown): string {
  return `<!-- lc:attest ${JSON.stringify(record).replace(/-->/g, '--\\u003e')} -->`
}

/** The raw contents of every attestation block (a line of its own) in `text`, trimmed, in order. */
export function attestBlocksOf(text: string): string[] {
  return [...text.matchAll(ATTEST_BLOCK)].map(m => m[1].trim())
}

// ── verdict: `<!-- lc:verdict sha=<head> -->` (first line of the loop's review on a PR) ──────

export function verdictMarker(sha: string): string {
  return `<!-- lc:verdict sha=${sha} -->`
}

/** The head a review of the loop's was written for; only from the review's first line. */
export function verdictMarkerOf(body: string): string | undefined {
  return /^<!--\s*lc:verdict\s+sha=([0-9a-fA-F]{7,40})\s*-->$/.exec(
    body.split(/\r?\n/, 1)[0].trim()
  )?.[1]
}

/**
 * The `external_id` of the loop's `loopreview` check run: it binds the verdict to the head it
 * judged, and no workflow job can produce it — Actions sets the external id of a job's check run
 * itself, so a job named `loopreview` (in a fork's pull request, say) proves nothing.
 */
export function verdictCheckId(sha: string): string {
  return `delivery-loop:verdict:${sha.toLowerCase()}`
}

// ── write key: `<!-- lc:write-key=<uuid> -->` (idempotency key of a creating write) ──────────

/**
 * The hidden key a creating write carries at the end of its text, so that after an ambiguous
 * failure (a dropped connection, a timeout, a 5xx after the request was sent) the loop can read
 * back whether GitHub applied it instead of sending it again. Keys are random per write: no one
 * can know one before the loop writes it, so no one can plant it.
 */
export function writeKeyMarker(key: string): string {
  return `<!-- lc:write-key=${key} -->`
}

/** Characters `withWriteKey` adds at most (a UUID key): bodies leave this much room. */
export const WRITE_KEY_ROOM = 64

/** `text` with the write key appended as its last line. */
export function withWriteKey(text: string, key: string): string {
  return `${text}\n\n${writeKeyMarker(key)}`
}

/** Whether `text` carries exactly this write key (the read-back of a creating write). */
export function hasWriteKey(text: string | null | undefined, key: string): boolean {
  return (text ?? '').includes(writeKeyMarker(key))
}

const ANY_WRITE_KEY = /\n*<!-- lc:write-key=[A-Za-z0-9-]+ -->/g

/**
 * `text` without write keys: the port strips them from everything it reads, so no rule (a body
 * compare, a brief, a prompt) ever sees one.
 */
export function withoutWriteKey<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? text.replace(ANY_WRITE_KEY, '') : text) as T
}

// ── the state mirror: `<!-- lc:state v1 <base64 deflated JSON> -->` at the end of the dashboard ──
export const STATE_BLOCK = /^<!-- lc:state v1 ([A-Za-z0-9+/=]+) -->$/m

export function stateBlock(encoded: string): string {
  return `<!-- lc:state v1 ${encoded} -->`
}
