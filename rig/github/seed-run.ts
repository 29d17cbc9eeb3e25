/**
 * Test-only seeding of a finished workflow run, `POST /_rig/repos/{owner}/{repo}/actions/runs`
 * with the maintainer token (docs/rig.md): GitHub has no API that creates one.
 */
import type { Model, User } from './model.js'
import type { Representer } from './represent.js'

/** The answer to a seeding request; undefined for any other request. */
export function seedRunRequest(
  model: Model,
  rep: Representer,
  request: { method: string; path: string; body: Record<string, unknown>; actor: User }
): { status: number; body: unknown } | undefined {
  const { method, path, body, actor } = request
  if (path !== `/_rig/repos/${model.owner}/${model.name}/actions/runs` || method !== 'POST')
    return undefined
  if (actor.permission !== 'admin')
    return { status: 403, body: { message: 'seeding needs the maintainer token' } }
  try {
    const run = model.addRun(body as unknown as Parameters<Model['addRun']>[0])
    return { status: 201, body: rep.workflowRun(run) }
  } catch (error) {
    return { status: 422, body: { message: (error as Error).message } }
  }
}
