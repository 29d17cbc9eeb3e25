/** One thing doctor checked, with what to do about it. */
export type FindingStatus = 'ok' | 'note' | 'warn' | 'fail'

export interface Finding {
  /** The check, e.g. `permissions`, `triggers`, `ci-on-loop-prs`. */
  check: string
  status: FindingStatus
  message: string
  fix?: string
  file?: string
  line?: number
}

/** Where a repository's Actions settings are, for the fixes that name them. */
export const SETTINGS_ACTIONS = 'Settings → Actions → General'
