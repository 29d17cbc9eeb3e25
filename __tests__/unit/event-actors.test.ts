/** Whose event a tick obeys (loop/event-actors.ts): the run's actors, each judged once. */
import { describe, expect, it } from '@jest/globals'
import { actorsToLookUp, eventActors, judgeEventActors } from '../../src/loop/event-actors.js'
import { trustPolicy } from '../../src/loop/trust.js'

const trust = trustPolicy('github-actions[bot]', ['loop-app[bot]'])
const ctx = (eventName: string, actor?: string, sender?: string, triggeringActor?: string) => ({
  eventName,
  payload: sender ? { sender: { login: sender } } : {},
  ...(actor ? { actor } : {}),
  ...(triggeringActor ? { triggeringActor } : {})
})

describe('the actors of a run', () => {
  it('none for a schedule or a dispatch: the repository’s own, no look-up', () => {
    expect(eventActors(ctx('schedule', 'someone', 'someone'))).toEqual([])
    expect(eventActors(ctx('workflow_dispatch', 'maintainer'))).toEqual([])
  })

  it('the actor, a re-run’s actor and the sender, each once', () => {
    expect(eventActors(ctx('issues', 'Maintainer', 'maintainer', 'outsider'))).toEqual([
      'Maintainer',
      'outsider'
    ])
  })

  it('looks up people only: the loop’s identities and bots are judged by name', () => {
    expect(actorsToLookUp(['maintainer', 'loop-app[bot]', 'dependabot[bot]'], trust)).toEqual([
      'maintainer'
    ])
  })
})

describe('judging them', () => {
  const roles = new Map([
    ['maintainer', 'admin'],
    ['writer', 'write'],
    ['triager', 'triage'],
    ['reader', 'read']
  ])
  it.each([
    [['maintainer'], true],
    [['writer', 'loop-app[bot]'], true],
    [['github-actions[bot]'], true],
    [['triager'], false],
    [['reader'], false],
    [['stranger'], false],
    [['dependabot[bot]'], false],
    [['maintainer', 'outsider'], false]
  ])('%j obeyed: %s', (actors, obeyed) => {
    expect(judgeEventActors(actors, roles, trust).obeyed).toBe(obeyed)
  })

  it('says who and why', () => {
    expect(judgeEventActors(['triager', 'dependabot[bot]'], roles, trust).refused).toEqual([
      { login: 'triager', reason: 'triager cannot write to the repository (role: triage)' },
      {
        login: 'dependabot[bot]',
        reason:
          "dependabot[bot] is a bot that is not the loop's (list it in trust.bot_logins if it is yours)"
      }
    ])
  })
})
