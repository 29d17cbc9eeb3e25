/** `.delivery.yml` after validation, with every default filled in (see schema.ts). */
export type DispatchAdapterName = 'matrix' | 'workflow' | 'assign' | 'comment' | 'label'

export interface DeliveryConfig {
  version: 1
  dispatch: {
    adapter: DispatchAdapterName
    workflow?: string
    ref?: string
    assignee?: string
    comment_template?: string
    label?: string
    lease_minutes: number
    fix_wave: boolean
  }
  guardrails: {
    budget: {
      max_in_flight: number
      max_dispatches_per_tick: number
      max_dispatches_per_day: number
      max_attempts_per_issue: number
      max_total_tokens?: number
      max_total_cost_usd?: number
      window_hours: number
    }
    circuit_breaker: {
      max_no_progress_attempts: number
      trip_after_failed_ticks: number
      cooldown_minutes: number
    }
  }
  ci: { checks: string[]; no_checks_after_minutes: number }
  verification: { require_distinct_reviewer: boolean }
  adapters: { worker?: string; verifier?: string }
  skills: { paths: string[]; include: string[]; mode: 'metadata' | 'full'; budget_bytes: number }
  discover: {
    workflows: string[]
    branches: string[]
    max_issues_per_run: number
    comment_every_hours: number
    enqueue: boolean
  }
  compile: {
    write_markers: 'commit' | 'pr' | 'off'
    markers_branch: string
    max_writes_per_run: number
  }
  dependencies: { satisfied_by: 'closed' | 'pr-open' }
  trust: { bot_logins: string[] }
  api: { reserve: number }
}
