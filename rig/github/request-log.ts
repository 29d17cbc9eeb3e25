/**
 * What the emulator records of each request — for "zero writes" and cost assertions, least
 * privilege and the human-only guard — and what it reports of each REST exchange to an observer
 * (the OpenAPI conformance check).
 */

export interface LoggedRequest {
  method: string
  path: string
  /** OpenAPI template of the matched route, or `graphql`, or undefined when nothing matched. */
  route?: string
  status: number
  actor?: string
  /** True for requests that change something (any non-GET REST call, GraphQL mutations). */
  write: boolean
  body?: unknown
  /** The job a scoped token belongs to (rig/runner), when the request carried one. */
  credential?: string
  /** What the request needed from a scoped token (`issues: write`…), for least-privilege checks. */
  needs?: string[]
  /** The permission a scoped token lacked (`issues: write`), when the request was refused. */
  denied?: string
  /** GraphQL only: the points GitHub would charge for the query (rig/github/graphql-cost.ts). */
  points?: number
}

export interface Exchange {
  method: string
  template: string
  status: number
  requestBody: unknown
  responseBody: unknown
}
