/**
 * The compile plan's other write: the plan as one sticky comment on the pull request that
 * changes the roadmap (created once, then edited; only the loop's own comment is edited). A
 * pull request from a fork gets a read-only token: the plan then stays in the job summary.
 */
import { ApiError } from '../errors.js'
import type { IssuesPort } from '../github/port.js'
import type { Logger } from '../logging.js'
import { PLAN_COMMENT_MARKER } from '../loop/markers.js'
import { writeStickyComment } from '../report/sticky-comment.js'

export async function applyPlanComment(
  github: IssuesPort,
  logger: Logger,
  pull: number,
  body: string,
  trusted: (login: string | null) => boolean
): Promise<'created' | 'updated' | 'unchanged' | 'refused'> {
  try {
    return await writeStickyComment(github, pull, PLAN_COMMENT_MARKER, body, trusted)
  } catch (error) {
    // Pull requests from forks get a read-only token: the plan stays in the job summary.
    if (error instanceof ApiError && error.status === 403) {
      logger.notice(
        `Could not comment the plan on #${pull} (read-only token, e.g. a pull request from a fork); the plan is in the job summary.`
      )
      return 'refused'
    }
    throw error
  }
}
