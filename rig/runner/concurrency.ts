/**
 * `concurrency:` groups as GitHub keeps them: one running holder per group, and pending entries —
 * by default at most one, a newer pending entry replacing (cancelling) the older; with
 * `queue: max` up to 100 waiting in order. Group names compare without case, as GitHub's do.
 * `cancel-in-progress: true` is refused: the rig cannot stop a step midway the way GitHub does,
 * and says so.
 */
interface Pending {
  grant: (granted: boolean) => void
}

/** GitHub's bound on a `queue: max` group's waiting runs. */
export const MAX_QUEUED = 100

export class ConcurrencyGroups {
  private readonly held = new Set<string>()
  private readonly pending = new Map<string, Pending[]>()

  /** Resolves true when the group is ours (release it after), false when it was cancelled. */
  acquire(
    name: string,
    cancelInProgress: boolean,
    queue: 'single' | 'max' = 'single'
  ): Promise<boolean> {
    if (cancelInProgress)
      throw new Error(
        `concurrency group ${name}: cancel-in-progress: true is not emulated by the rig's runner`
      )
    const group = name.toLowerCase()
    if (!this.held.has(group)) {
      this.held.add(group)
      return Promise.resolve(true)
    }
    const waiting = this.pending.get(group) ?? []
    const room = queue === 'max' ? MAX_QUEUED : 1
    while (waiting.length >= room) waiting.shift()!.grant(false)
    return new Promise(resolve => {
      waiting.push({ grant: resolve })
      this.pending.set(group, waiting)
    })
  }

  release(name: string): void {
    const group = name.toLowerCase()
    const next = this.pending.get(group)?.shift()
    if (next) next.grant(true)
    else this.held.delete(group)
  }
}
