/**
 * The one comment the loop keeps on a pull request for a purpose (compile's plan, doctor's
 * findings): found by its marker on the first line, and only when the loop wrote it — anyone can
 * paste a marker into their own comment — then created, updated, or left as it is.
 */
import type { IssuesPort } from '../github/port.js'
import { startsWithMarker } from '../loop/markers.js'

export async function writeStickyComment(
  github: Pick<IssuesPort, 'listComments' | 'createComment' | 'updateComment'>,
  pull: number,
  marker: string,
  body: string,
  trusted: (login: string | null) => boolean
): Promise<'created' | 'updated' | 'unchanged'> {
  const comments = await github.listComments(pull)
  const mine = comments.find(c => startsWithMarker(c.body, marker) && trusted(c.author))
  const text = `${marker}\n${body}`
  if (!mine) {
    await github.createComment(pull, text)
    return 'created'
  }
  if (mine.body === text) return 'unchanged'
  await github.updateComment(mine.id, text)
  return 'updated'
}
