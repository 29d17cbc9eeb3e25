/**
 * The state in two places: the Actions cache and the dashboard issue's hidden block. Load reads
 * both and merges them (a corrupt or schema-invalid copy is a warning, never fatal); save writes
 * the cache every run and the mirror only when the state's content changed — so a quiet tick
 * makes no write to GitHub — after merging in whatever a concurrent run wrote meanwhile.
 */
import type { IssuesPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import type { TrustPolicy } from '../loop/trust.js'
import { emptyState, type StateDocument } from './document.js'
import { mergeStates, stateContent } from './merge.js'
import {
  compactForMirror,
  decodeState,
  findDashboard,
  visiblePart,
  writeMirror,
  type DashboardIssue
} from './mirror.js'
import type { LoadedState, StateStore } from './store.js'

/** How long a write of the mirror settles before it is read back (only on ticks that wrote). */
const SETTLE_MS = 500

export class MirroredStateStore implements StateStore {
  private loadedMirror?: StateDocument
  private dashboard?: DashboardIssue
  private younger: number[] = []

  constructor(
    private readonly cache: StateStore,
    private readonly github: IssuesPort,
    private readonly trust: () => Promise<TrustPolicy>,
    private readonly logger: Logger,
    /** This repository's id: a state block naming another repository is refused. */
    private readonly repositoryId?: number
  ) {}

  get available(): boolean {
    return true
  }

  private async readMirror(problems: string[]): Promise<StateDocument | undefined> {
    const { issue, ignored, younger } = await findDashboard(this.github, await this.trust())
    this.younger = younger
    for (const n of ignored)
      problems.push(`#${n} looks like the dashboard but was not written by the loop: ignored`)
    this.dashboard = issue
    if (!issue) return undefined
    const decoded = decodeState(issue.body)
    if (!decoded.state) {
      problems.push(`dashboard #${issue.number}: ${decoded.problem}`)
      return undefined
    }
    const named = decoded.state.repository?.id
    // A block that names no repository cannot show it is this one's (a copy with the name cut
    // off): refused like one that names another; GitHub's facts rebuild what it held.
    if (this.repositoryId !== undefined && named !== this.repositoryId) {
      problems.push(
        named === undefined
          ? `dashboard #${issue.number}: its state block names no repository, so it cannot be this one's (${this.repositoryId}): ignored`
          : `dashboard #${issue.number}: its state block belongs to repository id ${named}, not this one (${this.repositoryId}): a copied block is ignored`
      )
      return undefined
    }
    return decoded.state
  }

  async load(): Promise<LoadedState> {
    const problems: string[] = []
    const cached = this.cache.available
      ? await this.cache.load()
      : { state: emptyState(), source: 'none', problems: [] }
    problems.push(...cached.problems)
    const mirror = await this.readMirror(problems)
    this.loadedMirror = mirror
    const sources = [
      ...(cached.source !== 'none' ? [cached.source] : []),
      ...(mirror ? [`dashboard:#${this.dashboard!.number}`] : [])
    ]
    const state = mirror
      ? cached.source !== 'none'
        ? mergeStates(cached.state, mirror)
        : mirror
      : cached.state
    return {
      state,
      source: sources.length ? sources.join('+') : 'none',
      problems,
      ...(this.dashboard ? { dashboard: this.dashboard } : {})
    }
  }

  /**
   * Write the mirror only when its content differs. A concurrent run may write it too: read it
   * back before and after each write and merge what it holds (a few rounds at most), so that the
   * copy left behind has both runs' attempts.
   */
  private async saveMirror(
    state: StateDocument,
    visible: string | undefined
  ): Promise<{ state: StateDocument; wrote?: number }> {
    let next = state
    let wrote: number | undefined
    // A quiet tick: the mirror as loaded already holds this content and the view is unchanged,
    // so there is nothing to write — and nothing of a concurrent run's to merge into a write.
    const sameView =
      visible === undefined || visiblePart(this.dashboard?.body ?? '') === visible.trimEnd()
    if (
      this.loadedMirror &&
      sameView &&
      stateContent(this.loadedMirror) === stateContent(compactForMirror(next).state)
    )
      return { state: next }
    for (let round = 0; round < 3; round++) {
      const current = await this.readMirror([])
      if (current) {
        const merged = mergeStates(next, current)
        if (stateContent(merged) !== stateContent(next)) {
          this.logger.info(
            `state: merged the copy another run wrote meanwhile (seq ${current.seq})`
          )
          next = { ...merged, seq: Math.max(next.seq, current.seq) + 1 }
        }
        const sameView =
          visible === undefined || visiblePart(this.dashboard?.body ?? '') === visible.trimEnd()
        if (stateContent(current) === stateContent(compactForMirror(next).state) && sameView) break
      }
      wrote = await writeMirror(this.github, this.dashboard, next, visible)
      if (!this.dashboard) this.dashboard = { number: wrote, body: '' }
      // GitHub has no compare-and-swap for an issue body: let a racing writer's request land
      // before reading back, so that whichever run reads last sees — and merges — both copies.
      await new Promise(resolve => setTimeout(resolve, SETTLE_MS))
    }
    return { state: next, ...(wrote !== undefined ? { wrote } : {}) }
  }

  async save(state: StateDocument, dashboard?: string): Promise<string> {
    let next = state
    let wrote: number | undefined
    try {
      ;({ state: next, wrote } = await this.saveMirror(state, dashboard))
    } catch (error) {
      // The cache copy still goes; the next run merges from it.
      this.logger.warning(`State was not mirrored to the dashboard: ${(error as Error).message}`)
    }
    const where: string[] = []
    if (this.cache.available) {
      try {
        where.push(await this.cache.save(next))
      } catch (error) {
        this.logger.warning(`State was not saved to the cache: ${(error as Error).message}`)
      }
    }
    if (wrote !== undefined) where.push(`dashboard:#${wrote}`)
    for (const n of this.younger) {
      await this.github.updateIssue(n, { state: 'closed', stateReason: 'duplicate' })
      this.logger.info(
        `closed #${n}: another open dashboard issue of the loop, holding an older state (a concurrent first tick made it, or a human reopened it)`
      )
    }
    return where.join('+') || 'unchanged'
  }
}
