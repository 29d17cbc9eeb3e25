/**
 * The state's second copy, in a hidden block of the loop's dashboard issue (docs/specs/0000-product.md §8): cache
 * entries are evicted after 7 days unused, an issue is not. The block is the state as JSON,
 * deflated and base64-encoded, on the body's last line. The dashboard issue is found by its label
 * and its header marker, and only when the action's own identity wrote it: an outsider's
 * look-alike is reported and ignored.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { IssuesPort } from '../github/port.js'
import { LabelEnsurer } from '../github/labels.js'
import { ISSUE_BODY_ROOM_CHARS } from '../github/limits.js'
import { LABEL_DASHBOARD } from '../loop/labels.js'
import { DASHBOARD_MARKER, headerLines, STATE_BLOCK, stateBlock } from '../loop/markers.js'
import type { TrustPolicy } from '../loop/trust.js'
import { parseState, type StateDocument } from './document.js'

const BLOCK = STATE_BLOCK
/** The state block's share of the dashboard body: the visible part keeps at least 5,000. */
export const MIRROR_LIMIT = ISSUE_BODY_ROOM_CHARS - 5_000

export function encodeState(state: StateDocument): string {
  return stateBlock(deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64'))
}

export function decodeState(body: string): { state?: StateDocument; problem?: string } {
  const m = BLOCK.exec(body)
  if (!m) return { problem: 'the dashboard issue holds no state block' }
  let text: string
  try {
    text = inflateRawSync(Buffer.from(m[1], 'base64')).toString('utf8')
  } catch (error) {
    return {
      problem: `the dashboard's state block does not decompress (${(error as Error).message})`
    }
  }
  return parseState(text)
}

const PLACEHOLDER = [
  DASHBOARD_MARKER,
  '# Delivery Loop',
  '',
  "This issue is the loop's dashboard; it keeps a copy of the loop's state in the hidden block below."
].join('\n')

/** The visible part of a dashboard body: everything before the state block. */
export function visiblePart(body: string): string {
  return body.replace(BLOCK, '').trimEnd()
}

export function dashboardBody(state: StateDocument, visible = PLACEHOLDER): string {
  return `${visible.trimEnd()}\n\n${encodeState(state)}`
}

/** Room left for the visible part once the state block is in (the block is never cut). */
export function visibleRoom(state: StateDocument): number {
  return ISSUE_BODY_ROOM_CHARS - encodeState(state).length
}

export interface DashboardIssue {
  number: number
  body: string
  /** Who last edited its body. */
  editor?: string | null
}

/**
 * The dashboard issue, and look-alikes written by anyone else. Of the loop's own open dashboards
 * the one holding the newest state wins — the highest `seq` — never merely the oldest: a human
 * reopening an old dashboard while the cache is lost must not resume a paused loop with the old
 * state. On a tie (two first ticks at once) the older issue wins, so racing runs agree on one and
 * merge into it. The others are closed as duplicates.
 */
export async function findDashboard(
  github: IssuesPort,
  trust: TrustPolicy
): Promise<{ issue?: DashboardIssue; ignored: number[]; younger: number[] }> {
  const candidates = (await github.listOpenIssuesBrief(LABEL_DASHBOARD)).filter(i =>
    headerLines(i.body).includes(DASHBOARD_MARKER)
  )
  const seqOf = (body: string) => decodeState(body).state?.seq ?? -1
  const ours = candidates
    .filter(i => trust.isLoop(i.author))
    .map(i => ({ i, seq: seqOf(i.body) }))
    .sort((a, b) => b.seq - a.seq || a.i.number - b.i.number)
    .map(x => x.i)
  const ignored = candidates.filter(i => !trust.isLoop(i.author)).map(i => i.number)
  return {
    ...(ours[0]
      ? { issue: { number: ours[0].number, body: ours[0].body, editor: ours[0].editor } }
      : {}),
    ignored,
    // Two first ticks at once each create one, or a human reopened an old one: closed as duplicates.
    younger: ours.slice(1).map(i => i.number)
  }
}

/**
 * A copy small enough for the dashboard. A big loop's history is compacted, not dropped: first
 * each issue keeps only its newest attempt (the claims on GitHub keep the rest), then only the
 * attempts of the last day. Returns the copy and what was left out.
 */
export function compactForMirror(state: StateDocument): {
  state: StateDocument
  compacted?: string
} {
  if (encodeState(state).length <= MIRROR_LIMIT || !state.tick) return { state }
  // A guard with no streak, no freeze and no human reset says nothing the next tick needs.
  const guardrails = state.guardrails && {
    ...state.guardrails,
    issues: Object.fromEntries(
      Object.entries(state.guardrails.issues).filter(
        ([, g]) =>
          g.streak > 0 || g.frozen !== undefined || g.attempts_base > 0 || g.reset_at !== undefined
      )
    )
  }
  const newest = Object.fromEntries(
    Object.entries(state.tick.attempts).map(([issue, list]) => [issue, list.slice(-1)])
  )
  const one: StateDocument = {
    ...state,
    tick: { ...state.tick, attempts: newest },
    ...(guardrails ? { guardrails } : {})
  }
  if (encodeState(one).length <= MIRROR_LIMIT)
    return {
      state: one,
      compacted: 'older attempts per issue left out (claims on GitHub keep them)'
    }
  // Review sends: a frozen head's, and one sent within the last day, say what a tick needs.
  const reviewSince = Date.parse(state.updated_at) - 24 * 3600_000
  const reviews = Object.fromEntries(
    Object.entries(state.tick.reviews ?? {}).filter(
      ([, r]) => r.frozen || r.sent.some(s => Date.parse(s.at) >= reviewSince)
    )
  )
  const fewer: StateDocument = { ...one, tick: { ...one.tick!, reviews } }
  if (encodeState(fewer).length <= MIRROR_LIMIT)
    return {
      state: fewer,
      compacted:
        'older attempts per issue and review sends older than a day left out (the cache keeps them)'
    }
  const since = Date.parse(state.updated_at) - 24 * 3600_000
  const recent = Object.fromEntries(
    Object.entries(newest).filter(([, list]) => list.some(a => Date.parse(a.at) >= since))
  )
  return {
    state: { ...fewer, tick: { ...fewer.tick!, attempts: recent } },
    compacted: 'attempts and review sends older than a day left out (claims on GitHub keep them)'
  }
}

/** Write the mirror: update the dashboard issue in place, or create it on first use. */
export async function writeMirror(
  github: IssuesPort,
  issue: DashboardIssue | undefined,
  state: StateDocument,
  visible?: string
): Promise<number> {
  const { state: fitted } = compactForMirror(state)
  const body = dashboardBody(fitted, visible)
  if (encodeState(fitted).length > MIRROR_LIMIT)
    throw new Error(
      `the state is ${encodeState(fitted).length} characters encoded even compacted, over the dashboard's room`
    )
  if (issue) {
    await github.updateIssue(issue.number, { body })
    return issue.number
  }
  await new LabelEnsurer(github).ensure([LABEL_DASHBOARD])
  const created = await github.createIssue({
    title: 'Delivery Loop dashboard',
    body,
    labels: [LABEL_DASHBOARD]
  })
  return created.number
}
