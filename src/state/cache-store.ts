/**
 * State in the Actions cache. Cache entries are immutable per key, so every save goes under a new
 * key (`delivery-loop-state-v1-<repo id>-<run id>-<run attempt>-<seq>`) and a restore asks for the
 * prefix, which GitHub answers with the newest entry. Nothing is ever deleted, so the action needs
 * no `actions: write` (the mistake of a fixed key with delete-then-save).
 */
import * as cache from '@actions/cache'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Logger } from '../logging.js'
import { emptyState, parseState, type StateDocument } from './document.js'
import type { LoadedState, StateStore } from './store.js'

export interface CacheStoreOptions {
  repoId: number
  runId: string
  runAttempt: string
  /** A runner-local directory; the same absolute path must be used on save and restore. */
  directory: string
  logger: Logger
}

export function stateKeyPrefix(repoId: number): string {
  return `delivery-loop-state-v1-${repoId}-`
}

export class CacheStateStore implements StateStore {
  private readonly file: string

  constructor(private readonly options: CacheStoreOptions) {
    this.file = path.join(options.directory, 'state.json')
  }

  async load(): Promise<LoadedState> {
    const prefix = stateKeyPrefix(this.options.repoId)
    const problems: string[] = []
    if (!cache.isFeatureAvailable()) {
      problems.push('the Actions cache is not available in this environment')
      return { state: emptyState(), source: 'none', problems }
    }
    await fs.rm(this.options.directory, { recursive: true, force: true })
    await fs.mkdir(this.options.directory, { recursive: true })
    let key: string | undefined
    try {
      // A failed restore looks like a miss: the caller treats "none" as unknown, not as empty.
      key = await cache.restoreCache([this.options.directory], prefix, [prefix])
    } catch (error) {
      problems.push(`state restore failed: ${(error as Error).message}`)
    }
    if (!key) return { state: emptyState(), source: 'none', problems }
    let text: string
    try {
      text = await fs.readFile(this.file, 'utf8')
    } catch {
      problems.push(`cache entry ${key} holds no state file`)
      return { state: emptyState(), source: 'none', problems }
    }
    const parsed = parseState(text)
    if (!parsed.state) {
      problems.push(`cache entry ${key}: ${parsed.problem}`)
      return { state: emptyState(), source: 'none', problems }
    }
    this.options.logger.debug(`state seq ${parsed.state.seq} restored from cache key ${key}`)
    return { state: parsed.state, source: `cache:${key}`, problems }
  }

  async save(state: StateDocument): Promise<string> {
    const key = `${stateKeyPrefix(this.options.repoId)}${this.options.runId}-${this.options.runAttempt}-${state.seq}`
    await fs.mkdir(this.options.directory, { recursive: true })
    await fs.writeFile(this.file, `${JSON.stringify(state, null, 2)}\n`)
    const id = await cache.saveCache([this.options.directory], key)
    if (id === -1) throw new Error(`the Actions cache refused to save state under ${key}`)
    return `cache:${key}`
  }
}
