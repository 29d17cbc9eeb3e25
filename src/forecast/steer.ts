/**
 * Steering to a date (and a budget): the settings that decide how fast and how dear a roadmap
 * goes — how many slices at once (`max_in_flight`), whether ticks also run on events or only on
 * the schedule, supervised or unattended dispatch, which agent works each kind of slice (when the
 * models name agents) — each forecast the same way, and the cheapest
 * that finishes by the deadline at the 90th percentile (within the budget, when one is given)
 * recommended, with the table of every alternative. The choice itself is pure.
 */
import type { DeliveryConfig } from '../config/types.js'
import type { SliceKind } from '../roadmap/types.js'
import { forecast, type Forecast, type ForecastInput } from './forecast.js'
import { roadmapToDeliver } from './remaining.js'

/** A configuration to try: what it changes, in words, and the changed inputs. */
export interface Candidate {
  label: string
  maxInFlight: number
  events: boolean
  approval: DeliveryConfig['dispatch']['approval']
  /** Which agent works each kind of slice (`agent_by_kind`), when the models name agents. */
  agents?: Partial<Record<SliceKind, string>>
}

/** The agents to choose from (the worker is `worker`) and the kinds of slice to assign them. */
export interface AgentChoice {
  names: string[]
  kinds: SliceKind[]
}

/** Every assignment of `choice.names` to `choice.kinds`. */
export function assignments(choice: AgentChoice): Partial<Record<SliceKind, string>>[] {
  return choice.kinds.reduce<Partial<Record<SliceKind, string>>[]>(
    (acc, kind) => acc.flatMap(a => choice.names.map(name => ({ ...a, [kind]: name }))),
    [{}]
  )
}

/** Past this many assignments, they are tried at the configured width and triggers only. */
const CROSS_ASSIGNMENTS = 4

export interface SteerRow extends Candidate {
  /** When the 90th percentile of runs has delivered, and the median. */
  p90At: string
  medianAt: string
  spendUsd: number
  /** Runs that delivered everything within the horizon. */
  done: number
  meets: boolean
  /** Why it does not meet the goal, when it does not. */
  misses?: string
}

export interface SteerResult {
  deadline: string
  budgetUsd?: number
  rows: SteerRow[]
  /** The cheapest row that meets the goal; undefined when none does. */
  recommended?: SteerRow
}

const IN_FLIGHT = [1, 2, 3, 4, 6, 8]

/** The settings tried: `max_in_flight` around the configured one, events on and off, approval. */
export function candidates(
  config: DeliveryConfig,
  events: boolean,
  choice?: AgentChoice
): Candidate[] {
  const approvals: DeliveryConfig['dispatch']['approval'][] =
    config.dispatch.approval === 'wave' ? ['wave', 'none'] : ['none']
  const configured = config.guardrails.budget.max_in_flight
  const widths = [...new Set([...IN_FLIGHT, configured])].sort((a, b) => a - b)
  const all = choice && choice.names.length > 1 ? assignments(choice) : [undefined]
  return widths.flatMap(maxInFlight =>
    [events, !events].flatMap(ev =>
      approvals.flatMap(approval =>
        all
          .filter(
            (a, i) =>
              all.length <= CROSS_ASSIGNMENTS ||
              i === 0 ||
              (maxInFlight === configured && ev === events)
          )
          .map(agents => ({
            label: `max_in_flight ${maxInFlight}, ${ev ? 'events + schedule' : 'schedule only'}${approval === 'wave' ? ', supervised' : ''}${
              agents
                ? `, ${Object.entries(agents)
                    .map(([k, n]) => `${k} by ${n}`)
                    .join(', ')}`
                : ''
            }`,
            maxInFlight,
            events: ev,
            approval,
            ...(agents ? { agents } : {})
          }))
      )
    )
  )
}

function inputOf(base: ForecastInput, c: Candidate): ForecastInput {
  const budget = { ...base.config.guardrails.budget, max_in_flight: c.maxInFlight }
  return {
    ...base,
    config: {
      ...base.config,
      guardrails: { ...base.config.guardrails, budget },
      dispatch: { ...base.config.dispatch, approval: c.approval }
    },
    models: {
      ...base.models,
      ticks: { ...base.models.ticks, events: c.events },
      ...(c.agents ? { agent_by_kind: withoutWorker(c.agents) } : {})
    }
  }
}

/** An assignment as the models say it: `worker` is the default, named by no agent. */
function withoutWorker(a: Partial<Record<SliceKind, string>>): Partial<Record<SliceKind, string>> {
  return Object.fromEntries(Object.entries(a).filter(([, name]) => name !== WORKER))
}

/** The default worker's name among the agents steering chooses from. */
export const WORKER = 'worker'

/** The agents steering chooses from: the worker and the models' agents, for the roadmap's kinds. */
export function agentChoice(base: ForecastInput): AgentChoice | undefined {
  const names = Object.keys(base.models.agents ?? {})
  if (!names.length) return undefined
  const kinds = [
    ...new Set(
      roadmapToDeliver(base.roadmap, base.roadmapFile, base.delivered).roadmap.slices.map(
        s => s.kind
      )
    )
  ]
  return { names: [WORKER, ...names.filter(n => n !== WORKER)], kinds }
}

/** A candidate's forecast as a row: finish dates, spend, and whether it meets the goal. */
export function rowOf(
  c: Candidate,
  f: Forecast,
  goal: { start: Date; deadline: Date; budgetUsd?: number }
): SteerRow {
  const at = (hours: number) => new Date(goal.start.getTime() + hours * 3600_000).toISOString()
  const late =
    f.done < f.runs || goal.start.getTime() + f.makespan.p90 * 3600_000 > goal.deadline.getTime()
  const dear = goal.budgetUsd !== undefined && f.spendUsd.median > goal.budgetUsd
  const misses = [
    ...(late ? ['not delivered by the deadline at p90'] : []),
    ...(dear ? [`spends $${f.spendUsd.median.toFixed(2)}, over the budget`] : [])
  ]
  return {
    ...c,
    p90At: at(f.makespan.p90),
    medianAt: at(f.makespan.median),
    spendUsd: f.spendUsd.median,
    done: f.done,
    meets: !misses.length,
    ...(misses.length ? { misses: misses.join('; ') } : {})
  }
}

/** The cheapest row that meets the goal; on a tie, fewer agents at once, then the earlier p90. */
export function recommend(rows: SteerRow[]): SteerRow | undefined {
  return rows
    .filter(r => r.meets)
    .sort(
      (a, b) =>
        a.spendUsd - b.spendUsd || a.maxInFlight - b.maxInFlight || a.p90At.localeCompare(b.p90At)
    )[0]
}

export async function steer(
  base: ForecastInput,
  goal: { deadline: Date; budgetUsd?: number }
): Promise<SteerResult> {
  const rows: SteerRow[] = []
  for (const c of candidates(base.config, base.models.ticks.events, agentChoice(base)))
    rows.push(rowOf(c, await forecast(inputOf(base, c)), { ...goal, start: base.start }))
  rows.sort((a, b) => a.p90At.localeCompare(b.p90At) || a.spendUsd - b.spendUsd)
  const recommended = recommend(rows)
  return {
    deadline: goal.deadline.toISOString(),
    ...(goal.budgetUsd !== undefined ? { budgetUsd: goal.budgetUsd } : {}),
    rows,
    ...(recommended ? { recommended } : {})
  }
}
