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
  /** The job's workspace; the state directory lives there only while it is saved or restored. */
  workspace: string
  logger: Logger
}

export function stateKeyPrefix(repoId: number): string {
  return `delivery-loop-state-v1-${repoId}-`
}

/**
 * The cache path, relative to the workspace. A cache entry only restores under the same path
 * list (the list is part of its version), and a relative path is the same on every runner,
 * whatever its temp directory is called.
 */
export const STATE_DIR = '.delivery-loop-state'

export class CacheStateStore implements StateStore {
  private readonly directory: string
  private readonly file: string
  private readonly cachePath: string

  constructor(private readonly options: CacheStoreOptions) {
    this.directory = path.join(options.workspace, STATE_DIR)
    this.file = path.join(this.directory, 'state.json')
    // @actions/cache resolves relative paths from the working directory (the workspace on a runner).
    this.cachePath =
      path.resolve(process.cwd()) === path.resolve(options.workspace) ? STATE_DIR : this.directory
  }

  get available(): boolean {
    return cache.isFeatureAvailable()
  }

  /**
   * Never leave the directory behind: a later step might commit the workspace. Best effort: a
   * directory that cannot be removed is a warning, never a reason to lose the state just read.
   */
  private async cleanUp(): Promise<void> {
    try {
      await fs.rm(this.directory, { recursive: true, force: true })
    } catch (error) {
      this.options.logger.warning(`could not remove ${this.directory}: ${(error as Error).message}`)
    }
  }

  /**
   * A restore that fails in any way — the service, the archive, the file system — looks like a
   * miss with a problem: the caller treats "none" as unknown (and falls back to the mirror).
   */
  async load(): Promise<LoadedState> {
    const prefix = stateKeyPrefix(this.options.repoId)
    const problems: string[] = []
    if (!cache.isFeatureAvailable()) {
      problems.push('the Actions cache is not available in this environment')
      return { state: emptyState(), source: 'none', problems }
    }
    await this.cleanUp()
    let restored: { key: string; text: string } | undefined
    try {
      restored = await this.restore(prefix)
    } catch (error) {
      problems.push(`state restore failed: ${(error as Error).message}`)
    } finally {
      await this.cleanUp()
    }
    if (!restored) return { state: emptyState(), source: 'none', problems }
    const { key, text } = restored
    const parsed = parseState(text)
    if (!parsed.state) {
      problems.push(`cache entry ${key}: ${parsed.problem}`)
      return { state: emptyState(), source: 'none', problems }
    }
    this.options.logger.debug(`state seq ${parsed.state.seq} restored from cache key ${key}`)
    return { state: parsed.state, source: `cache:${key}`, problems }
  }

  /** The newest entry under the prefix and its state file, or undefined on a miss. */
  private async restore(prefix: string): Promise<{ key: string; text: string } | undefined> {
    const key = await cache.restoreCache([this.cachePath], prefix, [prefix])
    if (!key) return undefined
    try {
      return { key, text: await fs.readFile(this.file, 'utf8') }
    } catch {
      throw new Error(`cache entry ${key} holds no state file`)
    }
  }

  async save(state: StateDocument): Promise<string> {
    const key = `${stateKeyPrefix(this.options.repoId)}${this.options.runId}-${this.options.runAttempt}-${state.seq}`
    if (!cache.isFeatureAvailable()) {
      // Outside a runner (the CLI) there is no cache service; without this check the client
      // spends ~10 s retrying before it gives up.
      throw new Error('the Actions cache is not available in this environment')
    }
    await fs.mkdir(this.directory, { recursive: true })
    await fs.writeFile(this.file, `${JSON.stringify(state, null, 2)}\n`)
    try {
      const id = await cache.saveCache([this.cachePath], key)
      if (id === -1) throw new Error(`the Actions cache refused to save state under ${key}`)
    } finally {
      await this.cleanUp()
    }
    return `cache:${key}`
  }
}
