/**
 * Every `DELIVERY_LOOP_*` environment variable, once: its name, who sets it and what it does.
 * Code reads them through these names (lint refuses the literal elsewhere in src/), and
 * docs/reference/environment.md lists the same table (a test keeps the two equal).
 */
export interface EnvironmentVariable {
  name: string
  /** user: a person or workflow may set it; test: tests and the rig only; internal: the action's own. */
  who: 'user' | 'test' | 'internal'
  does: string
}

export const ENV = {
  pushToken: {
    name: 'DELIVERY_LOOP_PUSH_TOKEN',
    who: 'user',
    does: "The CLI's push token (publish pushes with it; doctor checks its installation): the `push-token` input of the action."
  },
  forecastWorkers: {
    name: 'DELIVERY_LOOP_FORECAST_WORKERS',
    who: 'user',
    does: 'How many processes a forecast runs its simulations in (default: one per core, never more than runs).'
  },
  writePacingMs: {
    name: 'DELIVERY_LOOP_WRITE_PACING_MS',
    who: 'test',
    does: 'Spacing of write requests in ms (default 1000; the rig uses 0).'
  },
  retryBaseMs: {
    name: 'DELIVERY_LOOP_RETRY_BASE_MS',
    who: 'test',
    does: 'Base delay of retried requests in ms (the rig uses a few ms).'
  },
  requestTimeoutMs: {
    name: 'DELIVERY_LOOP_REQUEST_TIMEOUT_MS',
    who: 'test',
    does: 'Request timeout in ms (default 30,000), so a stalled-server test finishes quickly.'
  },
  testNow: {
    name: 'DELIVERY_LOOP_TEST_NOW',
    who: 'test',
    does: 'An ISO 8601 time the run takes as now (leases, rolling windows); never set it in a workflow.'
  },
  testTmp: {
    name: 'DELIVERY_LOOP_TEST_TMP',
    who: 'test',
    does: "The folder every test and bench folder is made in, removed at the run's end."
  },
  rigNode: {
    name: 'DELIVERY_LOOP_RIG_NODE',
    who: 'test',
    does: 'The Node binary the rig runs the bundle with (default: the test’s own).'
  },
  cli: {
    name: 'DELIVERY_LOOP_CLI',
    who: 'internal',
    does: 'Set by bin/delivery-loop.js: the bundle runs as the command line, not as the action.'
  },
  forecastShard: {
    name: 'DELIVERY_LOOP_FORECAST_SHARD',
    who: 'internal',
    does: 'Set by the forecast for the processes it starts: this process simulates a share of the runs.'
  }
} as const satisfies Record<string, EnvironmentVariable>
