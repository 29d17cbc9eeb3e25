/**
 * GitHub's size limits on what the loop writes, declared once with the headroom the loop keeps
 * below each. Text is cut to fit them by text/cut.ts.
 */
import { WRITE_KEY_ROOM } from '../loop/markers.js'
import { cutChars } from '../text/cut.js'

/** An issue, pull request or comment body: 65,536 characters (422 "body is too long"). */
export const BODY_LIMIT_CHARS = 65_536
/** An issue or pull request title: 256 characters. */
export const TITLE_LIMIT_CHARS = 256
/** A step's job summary: GitHub drops one over 1 MiB (and shows an error annotation instead). */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024

/** A body the loop writes itself leaves room for the write key the port appends (markers.ts). */
export const COMMENT_ROOM_CHARS = BODY_LIMIT_CHARS - WRITE_KEY_ROOM
/** A rendered issue body (compile's, the dashboard's) keeps 536 characters for later additions. */
export const ISSUE_BODY_ROOM_CHARS = BODY_LIMIT_CHARS - 536
/**
 * The loopreview check's summary (GitHub takes 65,535 characters there) and the loop's review
 * body keep 5,536 below the body limit for the lines added around them (marker, head, link).
 */
export const REVIEW_TEXT_ROOM_CHARS = BODY_LIMIT_CHARS - 5_536

/** A title GitHub accepts: cut to 256 characters with an ellipsis when longer. */
export function fitTitle(title: string): string {
  return title.length <= TITLE_LIMIT_CHARS ? title : `${cutChars(title, TITLE_LIMIT_CHARS - 1)}…`
}
