/** Create the loop's labels where missing, listing the repository's labels once per run. */
import { labelStyle } from '../loop/labels.js'
import type { IssuesPort } from './port.js'

export class LabelEnsurer {
  private known?: Set<string>

  constructor(private readonly github: IssuesPort) {}

  /** How many of `names` do not exist yet (all of them before the first look-up). */
  missing(names: string[]): number {
    return this.known ? names.filter(n => !this.known!.has(n.toLowerCase())).length : names.length
  }

  /** Create the missing ones with their stable colours; returns how many were created. */
  async ensure(names: string[]): Promise<number> {
    this.known ??= new Set((await this.github.listLabels()).map(l => l.toLowerCase()))
    let created = 0
    for (const name of names) {
      if (this.known.has(name.toLowerCase())) continue
      const style = labelStyle(name)
      await this.github.createLabel(name, style.color, style.description)
      this.known.add(name.toLowerCase())
      created++
    }
    return created
  }
}
