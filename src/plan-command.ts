/** `delivery-loop plan`: offline validation and preview of the roadmap. */
import { NotAvailableError } from './errors.js'

export interface PlanCommandOptions {
  roadmapPath: string
  json: boolean
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
}

export async function runPlanCommand(_options: PlanCommandOptions): Promise<number> {
  throw new NotAvailableError('plan')
}
