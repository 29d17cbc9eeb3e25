/**
 * Whether an event starts a workflow, as GitHub decides it from `on:`: the event name, its
 * activity types (with GitHub's defaults for pull requests), branch and path filters, and the
 * workflows a `workflow_run` follows. Filters the rig cannot decide are an error, never a guess.
 */
import { minimatch } from 'minimatch'

export interface TriggerEvent {
  name: string
  payload: Record<string, unknown>
  /** Files the push or pull request changed, for `paths:` filters. */
  changed?: string[]
}

type Filter = Record<string, unknown> | null

/** `on:` as a map of event → filter, whichever of its three spellings a workflow uses. */
export function triggersOf(on: unknown): Record<string, Filter> {
  if (typeof on === 'string') return { [on]: null }
  if (Array.isArray(on)) return Object.fromEntries(on.map(name => [String(name), null]))
  if (on && typeof on === 'object') return on as Record<string, Filter>
  throw new Error('workflow has no `on:`')
}

const DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened']
}

const list = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.map(String) : [String(value)]

/** GitHub's filter patterns: globs where `!` negates, the last match wins. */
function matchesPatterns(value: string, patterns: string[]): boolean {
  let matched = false
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (minimatch(value, pattern.slice(1), { dot: true })) matched = false
    } else if (minimatch(value, pattern, { dot: true })) matched = true
  }
  return matched
}

function branchOf(event: TriggerEvent): string | undefined {
  const p = event.payload as Record<string, Record<string, Record<string, unknown>>>
  if (event.name === 'push') return String(p.ref ?? '').replace(/^refs\/heads\//, '')
  if (event.name.startsWith('pull_request')) return String(p.pull_request?.base?.ref ?? '')
  if (event.name === 'workflow_run') return String(p.workflow_run?.head_branch ?? '')
  return undefined
}

function passesBranches(filter: Record<string, unknown>, event: TriggerEvent): boolean {
  const branches = list(filter.branches)
  const ignore = list(filter['branches-ignore'])
  if (!branches && !ignore) return true
  const branch = branchOf(event)
  if (branch === undefined) return true
  if (branches) return matchesPatterns(branch, branches)
  return !matchesPatterns(branch, ignore!)
}

function passesPaths(filter: Record<string, unknown>, event: TriggerEvent): boolean {
  const paths = list(filter.paths)
  const ignore = list(filter['paths-ignore'])
  if (!paths && !ignore) return true
  if (!event.changed)
    throw new Error(`a paths filter on ${event.name} needs the files the event changed`)
  if (paths) return event.changed.some(file => matchesPatterns(file, paths))
  return event.changed.some(file => !matchesPatterns(file, ignore!))
}

export function triggered(on: unknown, event: TriggerEvent): boolean {
  const triggers = triggersOf(on)
  if (!(event.name in triggers)) return false
  const filter = triggers[event.name] ?? {}
  if (event.name === 'schedule') {
    const crons = (Array.isArray(filter) ? filter : []) as { cron: string }[]
    const cron = event.payload.schedule
    return cron === undefined || crons.some(c => c.cron === cron)
  }
  const types = list(filter.types) ?? DEFAULT_TYPES[event.name]
  if (types && !types.includes(String(event.payload.action))) return false
  if (event.name === 'workflow_run') {
    const workflows = list(filter.workflows) ?? []
    const run = event.payload.workflow_run as { name?: string }
    if (!workflows.includes(String(run?.name))) return false
  }
  if (event.name === 'push') return passesPushRef(filter, event)
  return passesBranches(filter, event) && passesPaths(filter, event)
}

/**
 * A push of a branch or a tag, as GitHub filters it: with only `tags` filters a branch push does
 * not start the workflow, with only `branches` filters a tag push does not, and `paths` filters
 * are not evaluated for tags.
 */
function passesPushRef(filter: Record<string, unknown>, event: TriggerEvent): boolean {
  const ref = String(event.payload.ref ?? '')
  const tags = list(filter.tags)
  const tagsIgnore = list(filter['tags-ignore'])
  const byTags = !!(tags || tagsIgnore)
  const byBranches = !!(filter.branches || filter['branches-ignore'])
  if (ref.startsWith('refs/tags/')) {
    if (!byTags) return !byBranches
    const tag = ref.slice('refs/tags/'.length)
    return tags ? matchesPatterns(tag, tags) : !matchesPatterns(tag, tagsIgnore!)
  }
  if (byTags && !byBranches) return false
  return passesBranches(filter, event) && passesPaths(filter, event)
}
