/**
 * A workflow file as doctor reads it (pure): its triggers, and per job the permissions, the
 * concurrency group, the condition and the steps — each with its line, so a finding can say
 * where to fix it. Only the shape GitHub gives meaning to is read; validity is GitHub's own
 * parser's job (facts.ts).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { MODES, type Mode } from '../inputs.js'

export interface StepUse {
  uses: string
  with: Record<string, string>
  line: number
}

export interface JobShape {
  id: string
  line: number
  /** `permissions:` of the job, else of the workflow: a map, `read-all`/`write-all`, or absent. */
  permissions?: Record<string, string> | 'read-all' | 'write-all'
  permissionsLine?: number
  condition?: string
  concurrency?: { group: string; cancelInProgress: string }
  steps: StepUse[]
  /** Modes of this action the job runs (steps whose `uses:` is delivery-loop). */
  modes: { mode: Mode; step: StepUse }[]
}

export interface WorkflowShape {
  path: string
  name: string
  /** Trigger names, with their settings (`schedule` → crons, `workflow_run` → workflows…). */
  on: Map<string, Record<string, unknown>>
  concurrency?: { group: string; cancelInProgress: string }
  jobs: JobShape[]
  /** YAML errors (GitHub's parser adds its own in facts.ts). */
  problems: { line: number; message: string }[]
}

/** This action, whatever its owner or ref: `…/delivery-loop@…`, or the repository's own `./`. */
export function isDeliveryLoop(uses: string, inputs: Record<string, string>): boolean {
  return /(^|\/)delivery-loop(@|$)/.test(uses) || (uses === './' && 'mode' in inputs)
}

const text = (node: unknown): string =>
  isScalar(node) ? String(node.value ?? '') : node === undefined ? '' : JSON.stringify(node)

function plain(node: unknown): unknown {
  return node && typeof node === 'object' && 'toJSON' in node
    ? (node as { toJSON(): unknown }).toJSON()
    : node
}

export function readWorkflow(path: string, source: string): WorkflowShape {
  const lines = new LineCounter()
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false })
  const lineOf = (node: unknown) =>
    node && typeof node === 'object' && 'range' in node && (node as Node).range
      ? lines.linePos((node as Node).range![0]).line
      : 1
  const problems = doc.errors.map(e => ({
    line: e.linePos?.[0].line ?? 1,
    message: e.message.split('\n')[0]
  }))
  const root = doc.contents
  const shape: WorkflowShape = { path, name: path, on: new Map(), jobs: [], problems }
  if (!isMap<unknown, unknown>(root)) return shape
  const name = root.get('name')
  if (typeof name === 'string' && name) shape.name = name
  const on: unknown = root.get('on', true) ?? root.get(true as unknown as string, true)
  if (isScalar(on)) shape.on.set(text(on), {})
  else if (isSeq(on)) for (const item of on.items) shape.on.set(text(item), {})
  else if (isMap(on))
    for (const pair of on.items)
      shape.on.set(text(pair.key), (plain(pair.value) ?? {}) as Record<string, unknown>)
  shape.concurrency = concurrencyOf(root.get('concurrency', true))
  const top = permissionsOf(root.get('permissions', true))
  const jobs = root.get('jobs', true)
  if (!isMap(jobs)) return shape
  for (const pair of jobs.items) {
    const job = pair.value
    if (!isMap(job)) continue
    const own = job.has('permissions') ? permissionsOf(job.get('permissions', true)) : undefined
    const permissions = job.has('permissions') ? own : top
    // The line of the `permissions:` key itself, where a fix goes.
    const keyOf = (map: typeof job, key: string) => map.items.find(p => text(p.key) === key)?.key
    const permNode = job.has('permissions') ? keyOf(job, 'permissions') : keyOf(root, 'permissions')
    const steps: StepUse[] = []
    const stepsNode = job.get('steps', true)
    if (isSeq(stepsNode))
      for (const step of stepsNode.items) {
        if (!isMap(step) || !step.has('uses')) continue
        const withNode = step.get('with', true)
        const inputs: Record<string, string> = {}
        if (isMap(withNode)) for (const p of withNode.items) inputs[text(p.key)] = text(p.value)
        steps.push({ uses: text(step.get('uses', true)), with: inputs, line: lineOf(step) })
      }
    const uses = job.get('uses')
    if (typeof uses === 'string') steps.push({ uses, with: {}, line: lineOf(job) })
    const modes = steps
      .filter(s => isDeliveryLoop(s.uses, s.with))
      .filter(s => (MODES as readonly string[]).includes(s.with.mode?.trim() ?? ''))
      .map(step => ({ mode: step.with.mode.trim() as Mode, step }))
    const condition = job.get('if')
    shape.jobs.push({
      id: text(pair.key),
      line: lineOf(pair.key),
      ...(permissions !== undefined ? { permissions, permissionsLine: lineOf(permNode) } : {}),
      ...(condition !== undefined ? { condition: String(condition) } : {}),
      ...(job.has('concurrency')
        ? { concurrency: concurrencyOf(job.get('concurrency', true)) }
        : {}),
      steps,
      modes
    })
  }
  return shape
}

function permissionsOf(node: unknown): JobShape['permissions'] {
  if (node === undefined || node === null) return undefined
  if (isScalar(node)) {
    const v = text(node)
    if (v === 'read-all' || v === 'write-all') return v
    return {}
  }
  if (!isMap(node)) return {}
  const out: Record<string, string> = {}
  for (const pair of node.items) out[text(pair.key)] = text(pair.value)
  return out
}

function concurrencyOf(node: unknown): WorkflowShape['concurrency'] {
  if (node === undefined || node === null) return undefined
  if (isScalar(node)) return { group: text(node), cancelInProgress: 'false' }
  if (!isMap(node)) return undefined
  return {
    group: text(node.get('group', true)),
    cancelInProgress: node.has('cancel-in-progress')
      ? text(node.get('cancel-in-progress', true))
      : 'false'
  }
}

/** The permission a job grants for `scope`: `write`, `read` or `none`; undefined = the default. */
export function granted(job: JobShape, scope: string): string | undefined {
  const p = job.permissions
  if (p === undefined) return undefined
  if (p === 'read-all') return 'read'
  if (p === 'write-all') return 'write'
  return p[scope] ?? 'none'
}

/**
 * The writes a job's token holds, as `scope: write` (`write-all` whole; `id-token` is no write
 * to the repository): "the default token" when the job sets no permissions at all.
 */
export function writeGrants(job: JobShape): string[] {
  const p = job.permissions
  if (p === undefined) return ['the default token']
  if (p === 'write-all') return ['write-all']
  if (p === 'read-all') return []
  return Object.entries(p)
    .filter(([scope, access]) => access === 'write' && scope !== 'id-token')
    .map(([scope]) => `${scope}: write`)
}
