/**
 * `concurrency:` groups as GitHub keeps them: one running holder and at most one pending entry
 * per group; a newer pending entry replaces (cancels) the older. `cancel-in-progress: true` is
 * refused: the rig cannot stop a step midway the way GitHub does, and says so.
 */
interface Pending {
  grant: (granted: boolean) => void
}

export class ConcurrencyGroups {
  private readonly held = new Set<string>()
  private readonly pending = new Map<string, Pending>()

  /** Resolves true when the group is ours (release it after), false when a newer run replaced us. */
  acquire(group: string, cancelInProgress: boolean): Promise<boolean> {
    if (cancelInProgress)
      throw new Error(
        `concurrency group ${group}: cancel-in-progress: true is not emulated by the rig's runner`
      )
    if (!this.held.has(group)) {
      this.held.add(group)
      return Promise.resolve(true)
    }
    this.pending.get(group)?.grant(false)
    return new Promise(resolve => this.pending.set(group, { grant: resolve }))
  }

  release(group: string): void {
    const next = this.pending.get(group)
    if (next) {
      this.pending.delete(group)
      next.grant(true)
    } else this.held.delete(group)
  }
}
