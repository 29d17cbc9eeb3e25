/**
 * The tick's first decision: whether the event that started it is obeyed at all
 * (`loop/event-actors.ts`). Facts: the actors' repository roles, one request per person, none on
 * a scheduled or dispatched tick. A refused event is a run that writes nothing, saves no state,
 * sends no wave and no review wave: its report names who and why.
 */
import type { ModeEnvironment, ModeResult } from '../mode.js'
import { actorsToLookUp, eventActors, judgeEventActors } from '../loop/event-actors.js'

export const IGNORED_EVENT_STATUS = 'ignored'

/** The result of a tick whose event is not obeyed, or undefined when it is. */
export async function refusedEvent(env: ModeEnvironment): Promise<ModeResult | undefined> {
  const actors = eventActors(env.context)
  if (!actors.length) return undefined
  const trust = await env.trust()
  const roles = new Map<string, string>()
  for (const login of actorsToLookUp(actors, trust))
    roles.set(login, await env.github.permission(login))
  const verdict = judgeEventActors(actors, roles, trust)
  if (verdict.obeyed) return undefined
  const why = verdict.refused.map(r => r.reason).join('; ')
  env.logger.warning(
    `This ${env.context.eventName} event is not obeyed: ${why}. Nothing is dispatched or reviewed; the next scheduled tick looks at the loop.`
  )
  return {
    status: IGNORED_EVENT_STATUS,
    outputs: {
      wave: '[]',
      'review-wave': '[]',
      dispatched: '0',
      fixes: '0',
      ready: '0',
      'in-flight': '0'
    },
    report: { event: env.context.eventName, ignored: true, refused: verdict.refused },
    summary: [
      '## Delivery Loop · tick',
      '',
      `Status: **${IGNORED_EVENT_STATUS}** — this \`${env.context.eventName}\` event was started by someone the loop does not obey, so this tick wrote nothing and sends no work:`,
      '',
      ...verdict.refused.map(r => `- ${r.reason}`),
      '',
      'The next scheduled tick looks at the loop as usual.'
    ].join('\n')
  }
}
