/**
 * Whose event the loop obeys. A tick started by an event acts as that event's people: every job
 * of the run (the workers, the reviewer) runs as `GITHUB_ACTOR`, and the agents' own actions
 * refuse actors without write access — so a tick an outsider starts (closing their own pull
 * request, reopening their own enrolled issue, CI of a pull request they opened between two of
 * the repository's branches) would spend attempts on runs that are refused, or leave a refused
 * review on a loop pull request. Such an event is reported and not obeyed; the next scheduled
 * tick does the work. `schedule` and `workflow_dispatch` are the repository's own (a dispatch
 * needs write access), so they cost no look-up.
 */
import type { RunContext } from '../context.js'
import { canWrite, type TrustPolicy } from './trust.js'

/** Events whose run is the repository's own, whoever its actor is. */
const OWN_EVENTS = ['schedule', 'workflow_dispatch']

/** The logins a run acts as: the run's actor, a re-run's actor and the event's sender. */
export function eventActors(
  context: Pick<RunContext, 'eventName' | 'payload' | 'actor' | 'triggeringActor'>
): string[] {
  if (OWN_EVENTS.includes(context.eventName)) return []
  const sender = (context.payload.sender as { login?: unknown } | undefined)?.login
  const logins = [
    context.actor,
    context.triggeringActor,
    typeof sender === 'string' ? sender : undefined
  ]
  const seen = new Set<string>()
  return logins.filter((l): l is string => {
    if (!l || seen.has(l.toLowerCase())) return false
    seen.add(l.toLowerCase())
    return true
  })
}

/** A login is a bot by its suffix: GitHub names every App's actor `<slug>[bot]`. */
export const isBotLogin = (login: string): boolean => login.toLowerCase().endsWith('[bot]')

/** Which of the actors need their repository role read: people, not bots nor the loop itself. */
export function actorsToLookUp(actors: readonly string[], trust: TrustPolicy): string[] {
  return actors.filter(a => !trust.isLoop(a) && !isBotLogin(a))
}

export interface EventVerdict {
  obeyed: boolean
  /** Why each refused actor is not obeyed. */
  refused: { login: string; reason: string }[]
}

/**
 * Obey the event only if every actor is the loop's own identity or a person who can write.
 * Bots other than the loop's (Dependabot, another App) are refused: their runs get a read-only
 * token and no secrets, and the agents refuse them.
 */
export function judgeEventActors(
  actors: readonly string[],
  roles: ReadonlyMap<string, string>,
  trust: TrustPolicy
): EventVerdict {
  const refused: EventVerdict['refused'] = []
  for (const login of actors) {
    if (trust.isLoop(login)) continue
    if (isBotLogin(login)) {
      refused.push({
        login,
        reason: `${login} is a bot that is not the loop's (list it in trust.bot_logins if it is yours)`
      })
      continue
    }
    const role = roles.get(login) ?? 'none'
    if (!canWrite(role))
      refused.push({ login, reason: `${login} cannot write to the repository (role: ${role})` })
  }
  return { obeyed: refused.length === 0, refused }
}
