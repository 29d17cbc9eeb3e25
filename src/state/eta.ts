/**
 * The dashboard's ETA as the state keeps it (`tick/eta.ts` makes it): the last forecast of the
 * open slices, the key of what it was made from — run again only when that changes or it is a day
 * old — and a short history of forecasts with the slices delivered at each, for the burn-up.
 */

/** A forecast the ETA made: when, how much was delivered then, and when it said the rest ends. */
export interface EtaPoint {
  at: string
  delivered: number
  p50: string
  p90: string
}

export interface EtaState extends EtaPoint {
  /** sha256 of the roadmap, the models, the configuration and the open slices it forecast. */
  key: string
  total: number
  runs: number
  /** Runs that delivered every open slice within a year. */
  done: number
  /** Slice-hours per phase (mean per run) of the open slices' forecast. */
  phases: Record<string, number>
  /** Earlier forecasts, oldest first (at most ETA_HISTORY). */
  history: EtaPoint[]
}

export const ETA_HISTORY = 20

const point = {
  at: { type: 'string', format: 'date-time' },
  delivered: { type: 'integer', minimum: 0 },
  p50: { type: 'string', format: 'date-time' },
  p90: { type: 'string', format: 'date-time' }
} as const

export const etaStateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'at', 'delivered', 'p50', 'p90', 'total', 'runs', 'done', 'phases', 'history'],
  properties: {
    ...point,
    key: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    total: { type: 'integer', minimum: 0 },
    runs: { type: 'integer', minimum: 1 },
    done: { type: 'integer', minimum: 0 },
    phases: {
      type: 'object',
      maxProperties: 20,
      additionalProperties: { type: 'number', minimum: 0 }
    },
    history: {
      type: 'array',
      maxItems: ETA_HISTORY,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'delivered', 'p50', 'p90'],
        properties: point
      }
    }
  }
} as const
