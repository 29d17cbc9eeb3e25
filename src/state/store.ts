/** The state-store port: load the newest state, save a new one. */
import type { StateDocument } from './document.js'

export interface LoadedState {
  state: StateDocument
  /** Where it came from: a cache key, or `none` when nothing usable was found. */
  source: string
  /** Why a stored copy was ignored (corrupt, schema-invalid, restore failed). */
  problems: string[]
  /** The dashboard issue read while loading (tick), so the mode need not read it again. */
  dashboard?: { number: number; body: string; editor?: string | null }
}

export interface StateStore {
  /** False where no storage exists (e.g. the CLI outside a runner): state is then not used. */
  readonly available: boolean
  load(): Promise<LoadedState>
  /**
   * Persist `state` (already with its new seq); returns where it went. `dashboard` is the visible
   * dashboard content, for stores that keep the state in the dashboard issue.
   */
  save(state: StateDocument, dashboard?: string): Promise<string>
}
