/**
 * The usage ledger (pure): attestation records found in the scan are charged once (by content
 * id, so a record seen on many ticks costs once), summed over the rolling window, and checked for
 * evidence — with a token or cost cap set, a worker pull request without any record stops
 * dispatch (fail closed).
 */
import { timeOf } from '../clock.js'
import type { IssueComment } from '../github/port.js'
import type { TrustPolicy } from '../loop/trust.js'
import type { PullFacts } from '../loop/pulls.js'
import {
  attestationsIn,
  readAttestations,
  type FoundRecord,
  type InvalidRecord
} from './attestation.js'
import type { UsageRecord } from '../state/guardrails.js'
import { bindRecord, type AttemptDispatch } from './usage-binding.js'

export interface AttestationSource {
  issue: number
  pull?: Pick<PullFacts, 'number' | 'body' | 'author' | 'authorAssociation' | 'comments'>
  comments: readonly IssueComment[]
  /**
   * The latest the loop could first have seen its records (GitHub's time a closed pull request
   * closed): a record with no attempt to bind to is charged then, not at every tick that finds
   * it again — else a merged pull request's spend came back each window while it stayed in sight.
   */
  seenBy?: string
}

/** One record as found: where, on which issue (and pull request), with its content id. */
export interface TrustedRecord extends FoundRecord {
  where: string
  issue: number
  pull?: number
  seenBy?: string
}

/** Every record in trusted bodies and comments of unit issues and their pull requests. */
export function trustedRecords(
  sources: readonly AttestationSource[],
  trust: TrustPolicy
): { records: TrustedRecord[]; invalid: InvalidRecord[] } {
  const records: TrustedRecord[] = []
  const invalid: InvalidRecord[] = []
  let seenBy: string | undefined
  // `where` is only written for a text that holds a record (most comments hold none).
  const take = (text: string, whereOf: () => string, issue: number, pull?: number) => {
    const found = attestationsIn(text)
    if (!found.records.length && !found.invalid.length) return
    const where = whereOf()
    const read = readAttestations(text, where)
    invalid.push(...read.invalid)
    // Written out, not spread: a key added to a spread copy is slow (most of all on Node.js 20).
    for (const r of read.records)
      records.push({ id: r.id, record: r.record, where, issue, pull, seenBy: seenBy || undefined })
  }
  const trusted = (c: { author: string | null; authorAssociation: string }) =>
    trust.isTrustedAuthor(c.author, c.authorAssociation)
  for (const s of sources) {
    seenBy = s.seenBy
    for (const c of s.comments)
      if (trusted(c)) take(c.body, () => `comment ${c.id} on #${s.issue}`, s.issue)
    const pull = s.pull
    if (pull && trusted(pull))
      take(pull.body, () => `pull request #${pull.number}`, s.issue, pull.number)
    for (const c of pull?.comments ?? [])
      if (trusted(c))
        take(c.body, () => `comment ${c.id} on #${pull!.number}`, s.issue, pull!.number)
  }
  return { records, invalid }
}

/**
 * The usage to charge: trusted records, each bound to an attempt the loop dispatched on its
 * issue (usage-binding.ts); the ones that cannot belong to one are refused and reported with
 * the invalid ones.
 */
export function findUsage(
  sources: readonly AttestationSource[],
  trust: TrustPolicy,
  now: Date,
  dispatchesOf: (issue: number) => readonly AttemptDispatch[]
): { found: Map<string, UsageRecord>; invalid: InvalidRecord[] } {
  const { records, invalid } = trustedRecords(sources, trust)
  const found = new Map<string, UsageRecord>()
  for (const { id, record, where, issue, pull, seenBy } of records) {
    const firstSeen = seenBy ? new Date(Math.min(timeOf(seenBy), now.getTime())) : now
    const bound = bindRecord(record, issue, dispatchesOf(issue), now, firstSeen)
    if ('refused' in bound) {
      invalid.push({ where, reason: `refused: ${bound.refused}` })
      continue
    }
    found.set(id, {
      at: bound.at,
      issue,
      ...(pull !== undefined ? { pull } : {}),
      role: record.role,
      provider: record.provider,
      model: record.model,
      tokens: record.tokens.input + record.tokens.output,
      cost_usd: record.cost_usd
    })
  }
  return { found, invalid }
}

/** The ledger with the records not charged yet; returns the ids charged now. */
export function charge(
  ledger: Record<string, UsageRecord>,
  found: Map<string, UsageRecord>
): { ledger: Record<string, UsageRecord>; charged: string[] } {
  const charged = [...found.keys()].filter(id => !ledger[id])
  // Nothing new (most ticks): the ledger as it was, not a copy of it.
  if (!charged.length) return { ledger, charged }
  const next = { ...ledger }
  for (const id of charged) next[id] = found.get(id)!
  return { ledger: next, charged }
}

export interface UsageTotals {
  window_hours: number
  tokens: number
  cost_usd: number
  /** Mean tokens and cost of one worker run, from every worker record; undefined without any. */
  per_attempt?: { tokens: number; cost_usd: number }
}

export function usageTotals(
  ledger: Record<string, UsageRecord>,
  windowHours: number,
  now: Date
): UsageTotals {
  const since = now.getTime() - windowHours * 3600_000
  const records = Object.values(ledger)
  const recent = records.filter(r => timeOf(r.at) >= since)
  const workers = records.filter(r => r.role === 'worker')
  const sum = (rs: UsageRecord[], key: 'tokens' | 'cost_usd') => rs.reduce((t, r) => t + r[key], 0)
  return {
    window_hours: windowHours,
    tokens: sum(recent, 'tokens'),
    cost_usd: Math.round(sum(recent, 'cost_usd') * 1e6) / 1e6,
    ...(workers.length
      ? {
          per_attempt: {
            tokens: sum(workers, 'tokens') / workers.length,
            cost_usd: sum(workers, 'cost_usd') / workers.length
          }
        }
      : {})
  }
}
