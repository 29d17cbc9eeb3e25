/**
 * What the verdict mode reads before it judges (reads only): the reviewed pull request, the
 * reviewer's file (never read past its size limit), the worker's provider — from its newest
 * trusted attestation on the pull request, else the configuration — and the loop's earlier
 * reviews, which the plan replaces rather than repeats.
 */
import { promises as fs } from 'node:fs'
import type { DeliveryConfig } from '../config/types.js'
import type { PullDetails } from '../github/port.js'
import { trustedRecords } from '../guardrails/usage.js'
import type { TrustPolicy } from '../loop/trust.js'
import type { VerdictFile } from './verdict-check.js'

export async function readVerdictFile(file: string, limit: number): Promise<VerdictFile> {
  const stat = await fs.stat(file).catch(() => undefined)
  if (!stat?.isFile()) return { kind: 'missing', path: file }
  if (stat.size > limit) return { kind: 'too-big', path: file, bytes: stat.size, limit }
  return { kind: 'bytes', path: file, bytes: await fs.readFile(file) }
}

/** The worker's provider: its newest trusted attestation on the pull request, else the config. */
export function workerProvider(
  pull: PullDetails,
  trust: TrustPolicy,
  config: DeliveryConfig
): { provider: string; from: string } | undefined {
  // Which provider did the work: any trusted record says so, whatever its dates.
  const { records } = trustedRecords(
    [{ issue: pull.closes[0] ?? pull.number, pull, comments: [] }],
    trust
  )
  const newest = records
    .map(r => r.record)
    .filter(r => r.role === 'worker')
    .sort((a, b) => Date.parse(a.ended_at) - Date.parse(b.ended_at))
    .at(-1)
  if (newest)
    return { provider: newest.provider, from: 'the worker attestation on the pull request' }
  const configured = config.adapters.worker
  return configured ? { provider: configured, from: 'adapters.worker' } : undefined
}
