/**
 * The state in two places: the Actions cache and the dashboard issue's hidden block. Load reads
 * both and merges them (a corrupt or schema-invalid copy is a warning, never fatal); save writes
 * the cache every run and the mirror only when the state's content changed — so a quiet tick
 * makes no write to GitHub — after merging in whatever a concurrent run wrote meanwhile.
 */
import type { GitHubPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import type { TrustPolicy } from '../loop/trust.js'
import { emptyState, type StateDocument } from './document.js'
import { mergeStates, stateContent } from './merge.js'
import { decodeState, findDashboard, writeMirror, type DashboardIssue } from './mirror.js'
import type { LoadedState, StateStore } from './store.js'

export class MirroredStateStore implements StateStore {
  private loadedMirror?: StateDocument
  private dashboard?: DashboardIssue

  constructor(
    private readonly cache: StateStore,
    private readonly github: GitHubPort,
    private readonly trust: () => Promise<TrustPolicy>,
    private readonly logger: Logger
  ) {}

  get available(): boolean {
    return true
  }

  private async readMirror(problems: string[]): Promise<StateDocument | undefined> {
    const { issue, ignored } = await findDashboard(this.github, await this.trust())
    for (const n of ignored)
      problems.push(`#${n} looks like the dashboard but was not written by the loop: ignored`)
    this.dashboard = issue
    if (!issue) return undefined
    const decoded = decodeState(issue.body)
    if (!decoded.state) {
      problems.push(`dashboard #${issue.number}: ${decoded.problem}`)
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
    return { state, source: sources.length ? sources.join('+') : 'none', problems }
  }

  async save(state: StateDocument): Promise<string> {
    // A concurrent run may have written the mirror since we loaded: merge, never overwrite.
    const problems: string[] = []
    const current = await this.readMirror(problems)
    let next = state
    if (
      current &&
      current.seq > (this.loadedMirror?.seq ?? -1) &&
      stateContent(current) !== stateContent(this.loadedMirror ?? emptyState())
    ) {
      next = mergeStates(state, current)
      next.seq = Math.max(state.seq, current.seq) + 1
      this.logger.info(`state: merged a copy written meanwhile (seq ${current.seq})`)
    }
    const where: string[] = []
    if (this.cache.available) {
      try {
        where.push(await this.cache.save(next))
      } catch (error) {
        this.logger.warning(`State was not saved to the cache: ${(error as Error).message}`)
      }
    }
    if (!current || stateContent(current) !== stateContent(next)) {
      const number = await writeMirror(this.github, this.dashboard, next)
      where.push(`dashboard:#${number}`)
    }
    return where.join('+') || 'unchanged'
  }
}
