/**
 * The `forecast` section of `.delivery.yml`: the dashboard's ETA (forecast/eta.ts). Its own file
 * to keep the schema's file readable; `schema.ts` embeds it.
 */
export const forecastConfigSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description:
    "The dashboard's ETA: a forecast of the open slices from now, kept in the state and run again when the roadmap, the models, the configuration or the slices delivered change (at least daily).",
  properties: {
    eta: {
      type: 'boolean',
      default: true,
      description: 'Show the ETA (p50/p90) and the burn-up of delivered slices on the dashboard.'
    },
    runs: {
      type: 'integer',
      minimum: 1,
      maximum: 200,
      default: 20,
      description: 'Simulated runs per ETA forecast.'
    },
    models: {
      type: 'string',
      minLength: 1,
      description:
        'A models file in the repository, read from the default branch (what `forecast --calibrate` wrote); the default models without it.'
    },
    deadline: {
      type: 'string',
      pattern:
        '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2}))?$',
      description:
        'A date (2027-02-01 is its start, UTC) or a time: the dashboard says when the ETA at p90 is past it, and why.'
    }
  }
} as const
