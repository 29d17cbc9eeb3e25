/**
 * The dependency graph: a stable topological order (blockers first, otherwise document order)
 * and cycle paths for error messages. Pure; nodes are strings, edges point blocker → dependent.
 */

export interface TopoResult {
  order: string[]
  /** One cycle as a path that starts and ends on the same node, when the graph has any. */
  cycle?: string[]
}

/**
 * Kahn's algorithm with a min-heap on document position, so independent nodes keep the order
 * they were written in. `blockersOf(n)` lists the nodes n depends on (unknown ones are ignored).
 */
export function topologicalOrder(
  nodes: string[],
  blockersOf: (node: string) => string[]
): TopoResult {
  const position = new Map(nodes.map((n, i) => [n, i]))
  const indegree = new Map<string, number>()
  const dependents = new Map<string, string[]>()
  for (const n of nodes) {
    const blockers = [...new Set(blockersOf(n))].filter(b => position.has(b))
    indegree.set(n, blockers.length)
    for (const b of blockers) {
      let list = dependents.get(b)
      if (!list) dependents.set(b, (list = []))
      list.push(n)
    }
  }
  const heap = new MinHeap<string>((a, b) => position.get(a)! - position.get(b)!)
  for (const n of nodes) if (indegree.get(n) === 0) heap.push(n)
  const order: string[] = []
  while (heap.size) {
    const n = heap.pop()!
    order.push(n)
    for (const d of dependents.get(n) ?? []) {
      const left = indegree.get(d)! - 1
      indegree.set(d, left)
      if (left === 0) heap.push(d)
    }
  }
  if (order.length === nodes.length) return { order }
  const remaining = new Set(nodes.filter(n => indegree.get(n)! > 0))
  return {
    order,
    cycle: findCycle(
      nodes.filter(n => remaining.has(n)),
      blockersOf,
      remaining
    )
  }
}

/** A cycle among `candidates`, as dependent → blocker → … → the first node again. */
function findCycle(
  candidates: string[],
  blockersOf: (node: string) => string[],
  within: Set<string>
): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (n: string): string[] | undefined => {
    state.set(n, 'open')
    stack.push(n)
    for (const b of blockersOf(n)) {
      if (!within.has(b)) continue
      if (state.get(b) === 'open') return [...stack.slice(stack.indexOf(b)), b]
      if (!state.has(b)) {
        const found = visit(b)
        if (found) return found
      }
    }
    stack.pop()
    state.set(n, 'done')
    return undefined
  }
  for (const n of candidates) {
    if (state.has(n)) continue
    const found = visit(n)
    if (found) return found
  }
  return undefined
}

class MinHeap<T> {
  private readonly items: T[] = []
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length
  }
  push(item: T): void {
    const a = this.items
    a.push(item)
    let i = a.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (this.less(a[i], a[p]) >= 0) break
      ;[a[i], a[p]] = [a[p], a[i]]
      i = p
    }
  }
  pop(): T | undefined {
    const a = this.items
    if (!a.length) return undefined
    const top = a[0]
    const last = a.pop()!
    if (a.length) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && this.less(a[l], a[m]) < 0) m = l
        if (r < a.length && this.less(a[r], a[m]) < 0) m = r
        if (m === i) break
        ;[a[i], a[m]] = [a[m], a[i]]
        i = m
      }
    }
    return top
  }
}
