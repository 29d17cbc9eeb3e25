/** The one comment a frozen issue gets: the evidence, and what a human can do (pure). */
import { FROZEN_MARKER } from '../loop/markers.js'
import { neutralizeMentions } from '../text/sanitize.js'
import type { AttemptRecord } from '../state/tick.js'

export function freezeComment(reason: string, attempts: AttemptRecord[], events: string[]): string {
  const evidence = attempts.length
    ? attempts.map(
        a =>
          `- attempt ${a.attempt} (${a.kind}) on \`${a.branch}\`, dispatched ${a.at} by run ${a.run} through \`${a.adapter}\``
      )
    : ['- the attempts are recorded in the claim comments above']
  return neutralizeMentions(
    [
      FROZEN_MARKER,
      `Delivery Loop **froze** this issue: ${reason}. It will not be dispatched again until a human looks.`,
      '',
      '**Evidence**',
      '',
      ...evidence,
      ...events.map(e => `- ${e}`),
      '',
      '**What you can do**',
      '',
      "- Read the attempts' branches and logs; clarify the issue, split it, or fix what blocks the agent.",
      '- Then remove the `needs-human` label: the next tick clears the no-progress streak, gives the issue a fresh attempt budget, and dispatches it again.',
      '- Or close the issue if it is not worth doing.',
      ''
    ].join('\n')
  )
}
