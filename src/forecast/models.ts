/**
 * What the forecast assumes about everything the loop does not control: when ticks run, how long
 * agents, CI, the reviewer and people take, how often each fails, and how often parallel pull
 * requests conflict. Every model has a documented default (docs/forecast.md) and can be set from
 * a YAML or JSON file (`--models`), validated against `forecastModelsSchema`.
 */
import type { SliceKind } from '../roadmap/types.js'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { LineCounter, parseDocument } from 'yaml'
import { didYouMean } from '../suggest.js'
import { ConfigError, type Diagnostic } from '../errors.js'
import { validate as precompiled } from '../generated/forecast-models-validator.js'
import { dotted, lineOf, pathOf } from '../config/load.js'
import type { Duration } from './random.js'

/** One agent: how long its runs take, how often they come to nothing, what they cost. */
export interface WorkerModel {
  duration: Duration
  conflict_duration: Duration
  failure_rate: number
  cost_usd: Duration
}

export interface ForecastModels {
  ticks: {
    /** Minutes between scheduled ticks (the cron); 0 = no schedule. */
    cron_minutes: number
    /** GitHub's delay of a scheduled run (often many minutes under load). */
    schedule_delay: Duration
    /** Whether the workflows tick on events (merge, CI done, verdict); the shipped ones do. */
    events: boolean
    /** From an event to its tick job running. */
    event_delay: Duration
  }
  worker: {
    duration: Duration
    conflict_duration: Duration
    failure_rate: number
    cost_usd: Duration
  }
  /**
   * Agents besides the default worker, by name: each step not given is `worker`'s. Which one
   * works each kind of slice is `agent_by_kind` (steering tries every assignment).
   */
  agents?: Record<string, Partial<WorkerModel>>
  agent_by_kind?: Partial<Record<SliceKind, string>>
  ci: { duration: Duration; failure_rate: number }
  review: { duration: Duration; pass_rate: number }
  merge: {
    /** From a pass verdict to a person's merge. */
    delay: Duration
    /**
     * Merges only on weekdays between these hours, when set: UTC, or the local time of
     * `timezone` (an IANA name, e.g. Europe/Berlin — its own weekdays and summer time).
     */
    working_hours?: { start: number; end: number; timezone?: string }
    /**
     * People who merge, one pull request at a time each: a pull request that passes waits for a
     * free one, and `delay` is then each merge's own time. Unset: no queue (every pull request
     * waits `delay` alone).
     */
    reviewers?: number
  }
  people: {
    /** From a freeze (needs-human) to a person removing the label after looking. */
    unfreeze_delay: Duration
    /** Supervised mode: from a wave proposed on the dashboard to a person approving it. */
    approve_delay: Duration
  }
  conflicts: {
    /** When a pull request merges, the chance that another open one touching the same paths conflicts. */
    on_overlap: number
    /** …and that one whose paths are unknown (no `(files: …)`) conflicts anyway. */
    unknown_paths: number
  }
}

/**
 * The longest step a model may describe: 30 days, in minutes (or dollars, for a run's cost). A
 * longer step is a typo (or `.inf`), and it would make a run wait out the whole horizon.
 */
export const MAX_MODEL_VALUE = 43_200
const bounded = { type: 'number', minimum: 0, maximum: MAX_MODEL_VALUE } as const
const positive = { type: 'number', exclusiveMinimum: 0, maximum: MAX_MODEL_VALUE } as const

const duration = (description: string, fallback: Duration) => ({
  description,
  default: fallback,
  oneOf: [
    bounded,
    {
      type: 'object',
      additionalProperties: false,
      required: ['uniform'],
      properties: {
        uniform: { type: 'array', items: bounded, minItems: 2, maxItems: 2 }
      }
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['lognormal'],
      properties: {
        lognormal: {
          type: 'object',
          additionalProperties: false,
          required: ['median', 'p90'],
          properties: {
            median: positive,
            p90: positive
          }
        }
      }
    }
  ]
})
/** A duration with no default: an agent's step it does not give is the worker's. */
const ownDuration = (description: string) => {
  const { default: _fallback, ...rest } = duration(description, 0)
  return rest
}

const rate = (description: string, fallback: number) => ({
  type: 'number',
  minimum: 0,
  maximum: 1,
  default: fallback,
  description
})
const section = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  default: {},
  properties
})

export const forecastModelsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://delivery-loop.dev/schema/forecast.schema.json',
  title:
    'Delivery Loop forecast models (minutes; durations are a number, {uniform: [a, b]} or {lognormal: {median, p90}})',
  type: 'object',
  additionalProperties: false,
  properties: {
    ticks: section({
      cron_minutes: {
        type: 'integer',
        minimum: 0,
        maximum: 1440,
        default: 30,
        description: 'Minutes between scheduled ticks; 0 for none.'
      },
      schedule_delay: duration("GitHub's delay of a scheduled run.", {
        lognormal: { median: 4, p90: 15 }
      }),
      events: {
        type: 'boolean',
        default: true,
        description: 'Ticks on merges, CI runs and verdicts (the shipped workflows do).'
      },
      event_delay: duration('From an event to its tick running.', {
        lognormal: { median: 0.5, p90: 2 }
      })
    }),
    worker: section({
      duration: duration('One agent run, start to pushed change.', {
        lognormal: { median: 25, p90: 60 }
      }),
      conflict_duration: duration('An agent run that resolves a conflict.', {
        lognormal: { median: 10, p90: 25 }
      }),
      failure_rate: rate('Chance an agent run ends without a change to publish.', 0.1),
      cost_usd: duration('What one agent run costs (USD).', {
        lognormal: { median: 0.6, p90: 1.5 }
      })
    }),
    agents: {
      type: 'object',
      maxProperties: 8,
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$' },
      description:
        "Agents besides the default worker, by name (e.g. claude, codex): each step not given is worker's.",
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          duration: ownDuration('One run of this agent, start to pushed change.'),
          conflict_duration: ownDuration('A run of this agent that resolves a conflict.'),
          failure_rate: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'Chance a run of this agent ends without a change.'
          },
          cost_usd: ownDuration('What one run of this agent costs (USD).')
        }
      }
    },
    agent_by_kind: {
      type: 'object',
      additionalProperties: false,
      description:
        'Which agent (a name under agents) works each kind of slice; the worker where none is named. `forecast --deadline` tries every assignment.',
      properties: {
        doc: { type: 'string', minLength: 1 },
        code: { type: 'string', minLength: 1 }
      }
    },
    ci: section({
      duration: duration('One CI run on a pushed head.', { lognormal: { median: 8, p90: 15 } }),
      failure_rate: rate('Chance a CI run fails (a fix task follows).', 0.15)
    }),
    review: section({
      duration: duration("The reviewer's run.", { lognormal: { median: 6, p90: 12 } }),
      pass_rate: rate('Chance the reviewer passes a head (else a review-fix follows).', 0.8)
    }),
    merge: section({
      delay: duration("From a pass verdict to a person's merge.", {
        lognormal: { median: 45, p90: 240 }
      }),
      working_hours: {
        type: 'object',
        additionalProperties: false,
        required: ['start', 'end'],
        description:
          'Merges only on weekdays between these hours: UTC, or the local time of timezone.',
        properties: {
          start: { type: 'integer', minimum: 0, maximum: 23 },
          end: { type: 'integer', minimum: 1, maximum: 24 },
          timezone: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
            description: 'An IANA time zone, e.g. Europe/Berlin or America/New_York (default UTC).'
          }
        }
      },
      reviewers: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        description:
          "People who merge, one pull request at a time each: a passed pull request waits for a free one, and `delay` is each merge's own time. Unset: no queue."
      }
    }),
    people: section({
      unfreeze_delay: duration(
        'From a freeze (needs-human) to a person removing the label after looking into it.',
        { lognormal: { median: 120, p90: 600 } }
      ),
      approve_delay: duration(
        'Supervised mode (dispatch.approval: wave): from a wave proposed on the dashboard to a person approving it.',
        { lognormal: { median: 60, p90: 240 } }
      )
    }),
    conflicts: section({
      on_overlap: rate(
        'On a merge, the chance an open pull request touching the same paths conflicts.',
        0.5
      ),
      unknown_paths: rate('…and the chance for one whose paths are unknown.', 0.05)
    })
  }
} as const

const validator = () => precompiled as unknown as ValidateFunction<ForecastModels>

/** The defaults, every key filled in. */
export function defaultModels(): ForecastModels {
  return parseModels('{}', '(defaults)')
}

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The sections of durations: the top-level ones, and each agent's under `agents`. */
function durationSections(models: ForecastModels): [string[], Record<string, unknown>][] {
  const { agents, agent_by_kind: _kinds, ...top } = models
  return [
    ...(Object.entries(top) as [string, Record<string, unknown>][]).map(
      ([k, v]) => [[k], v] as [string[], Record<string, unknown>]
    ),
    ...Object.entries(agents ?? {}).map(
      ([name, a]) =>
        [['agents', name], a as Record<string, unknown>] as [string[], Record<string, unknown>]
    )
  ]
}

/** An agent `agent_by_kind` names that `agents` does not have. */
function unknownAgents(models: ForecastModels): { path: string[]; message: string }[] {
  const names = Object.keys(models.agents ?? {})
  return Object.entries(models.agent_by_kind ?? {}).flatMap(([kind, name]) =>
    name !== undefined && !names.includes(name)
      ? [
          {
            path: ['agent_by_kind', kind],
            message: `no agent "${name}" under agents${didYouMean(name, names)}`
          }
        ]
      : []
  )
}

/**
 * What the schema cannot see: ranges backwards (`uniform: [b, a]`, a p90 under its median,
 * hours) and an agent named that does not exist.
 */
function reversedRanges(models: ForecastModels): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = unknownAgents(models)
  for (const [section, values] of durationSections(models))
    for (const [key, value] of Object.entries(values ?? {})) {
      const d = value as { uniform?: number[]; lognormal?: { median: number; p90: number } }
      if (d?.uniform && d.uniform[0] > d.uniform[1])
        out.push({
          path: [...section, key, 'uniform'],
          message: `[${d.uniform.join(', ')}] is backwards: the low end comes first`
        })
      if (d?.lognormal && d.lognormal.p90 < d.lognormal.median)
        out.push({
          path: [...section, key, 'lognormal', 'p90'],
          message: `p90 ${d.lognormal.p90} is below the median ${d.lognormal.median}`
        })
    }
  const hours = models.merge?.working_hours
  if (hours && hours.start >= hours.end)
    out.push({
      path: ['merge', 'working_hours'],
      message: `start ${hours.start} is not before end ${hours.end}`
    })
  if (hours?.timezone !== undefined && !knownTimeZone(hours.timezone))
    out.push({
      path: ['merge', 'working_hours', 'timezone'],
      message: `"${hours.timezone}" is not an IANA time zone (e.g. Europe/Berlin, America/New_York)`
    })
  return out
}

function message(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty)
    const siblings = Object.keys(schemaAt(pathOf(error).slice(0, -1)).properties ?? {})
    return `unknown key ${key}${didYouMean(key, siblings)}`
  }
  return error.message ?? 'is invalid'
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>
}

/** The models schema's node at `path` (an object's keys, for "did you mean"). */
function schemaAt(path: readonly string[]): SchemaNode {
  let node = forecastModelsSchema as unknown as SchemaNode
  for (const key of path) node = node.properties?.[key] ?? {}
  return node
}

/** Models from YAML or JSON text; a ConfigError with the file, line and key of each problem. */
export function parseModels(text: string, file: string): ForecastModels {
  const counter = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: counter,
    prettyErrors: false
  })
  if (doc.errors.length)
    throw new ConfigError(
      `${file} is not valid YAML`,
      doc.errors.map(e => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        message: e.message.split('\n')[0]
      }))
    )
  const data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as ForecastModels
  const validate = validator()
  if (validate(data)) {
    const reversed = reversedRanges(data)
    if (!reversed.length) return data
    const problems = reversed.map(r => ({
      file,
      line: lineOf(doc, counter, r.path),
      path: dotted(r.path),
      message: r.message
    }))
    throw new ConfigError(`${file} has ${problems.length} error(s)`, problems)
  }
  // oneOf reports every branch; the first error per key says enough.
  const seen = new Set<string>()
  const problems: Diagnostic[] = []
  for (const error of validate.errors ?? []) {
    const path = pathOf(error)
    const key = dotted(path)
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({ file, line: lineOf(doc, counter, path), path: key, message: message(error) })
  }
  throw new ConfigError(`${file} has ${problems.length} error(s)`, problems)
}

/** The model of the agent that works slices of `kind`: the worker, with its agent's steps. */
export function workerFor(models: ForecastModels, kind: SliceKind | undefined): WorkerModel {
  const name = kind ? models.agent_by_kind?.[kind] : undefined
  const agent = name ? models.agents?.[name] : undefined
  return agent ? { ...models.worker, ...agent } : models.worker
}

/** Every agent model a run may use: the worker and each named agent, filled in. */
export function workerModels(models: ForecastModels): WorkerModel[] {
  return [
    models.worker,
    ...Object.values(models.agents ?? {}).map(a => ({ ...models.worker, ...a }))
  ]
}
