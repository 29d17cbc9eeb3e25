/**
 * How many dispatches GitHub's two budgets leave room for, keeping `api.reserve` of each: REST
 * requests (the claim, labels, the adapter) and GraphQL points (the issue re-read before a
 * claim; the next tick's scan needs the rest). The budget with less room binds.
 */
import type { ApiBudgets } from '../github/port.js'

/** REST requests one dispatch costs at most (re-read ×2, claim, label, adapter, confirm, spares). */
export const REQUESTS_PER_DISPATCH = 8
/** GraphQL points one dispatch costs at most (the issue re-read, a spare). */
export const POINTS_PER_DISPATCH = 2

export interface ApiRoom {
  /** Dispatches both budgets leave room for. */
  dispatches: number
  /** The budget that binds: `core` (REST requests) or `graphql` (points). */
  binding: 'core' | 'graphql'
  budgets: ApiBudgets
  reserve: number
}

export function apiRoom(budgets: ApiBudgets, reserve: number): ApiRoom {
  const room = (left: number, per: number) => Math.max(0, Math.floor((left - reserve) / per))
  const core = room(budgets.core.remaining, REQUESTS_PER_DISPATCH)
  const graphql = room(budgets.graphql.remaining, POINTS_PER_DISPATCH)
  return graphql < core
    ? { dispatches: graphql, binding: 'graphql', budgets, reserve }
    : { dispatches: core, binding: 'core', budgets, reserve }
}

/**
 * "420 requests and 900 GraphQL points left, 100 of each kept in reserve — room for 40
 * dispatch(es) this tick"; the binding budget named first when it is the GraphQL one.
 */
export function describeApiRoom(room: ApiRoom): string {
  const { core, graphql } = room.budgets
  const left =
    room.binding === 'graphql'
      ? `the GraphQL points bind: ${graphql.remaining} points and ${core.remaining} requests left`
      : `${core.remaining} requests and ${graphql.remaining} GraphQL points left`
  return `${left}, ${room.reserve} of each kept in reserve — room for ${room.dispatches} dispatch(es) this tick`
}
