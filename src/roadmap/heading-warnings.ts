/**
 * Headings that look like units but are not (warnings; the grammar follows loopcoder, where only
 * a level-2 ATX heading opens a unit). A `### Heading` with slices under it inside a unit is a
 * section of that unit: its slices are the unit's, wait for the unit's doc slices and share its
 * intent — often not what its author meant. A roadmap with no `##` at all defines no work.
 */
import type { Heading, RootContent } from 'mdast'
import type { Diagnostic } from '../errors.js'

const headingText = (text: string, node: Heading) =>
  text.slice(node.position!.start.offset!, node.position!.end.offset!).trim().slice(0, 120)

/** Each level-3+ heading in a unit's body that has slices under it (before the next heading). */
export function sectionHeadingWarnings(
  text: string,
  file: string,
  unitTitle: string,
  body: readonly RootContent[],
  sliceLines: readonly number[]
): Diagnostic[] {
  const headings = body.filter((n): n is Heading => n.type === 'heading' && n.depth >= 3)
  return headings.flatMap((h, k) => {
    const from = h.position!.start.line
    const to = k + 1 < headings.length ? headings[k + 1].position!.start.line : Infinity
    const under = sliceLines.filter(l => l > from && l < to).length
    if (!under) return []
    return [
      {
        file,
        line: from,
        message: `"${headingText(text, h)}" is not a unit (units are \`## \` headings): its ${under} slice(s) belong to unit "${unitTitle.slice(0, 120)}" (its code slices wait for that unit's doc slices); write \`## ${headingText(
          text,
          h
        )
          .replace(/^#+\s*/, '')
          .replace(
            /\s*#+$/,
            ''
          )}\` to make it a unit of its own, or leave it as a section of "${unitTitle.slice(0, 120)}"`
      }
    ]
  })
}

/** The roadmap has no unit: say so, and point at a heading that was probably meant as one. */
export function noUnitWarning(text: string, file: string, top: readonly RootContent[]): Diagnostic {
  // A level-1 heading is usually the document's title; a deeper one, a unit written too deep.
  const near = top.find((n): n is Heading => n.type === 'heading' && n.depth >= 3)
  return {
    file,
    line: near?.position?.start.line ?? 1,
    message: `no \`## \` unit heading: the roadmap defines no work and compile creates no issue (units are level-2 headings)${near ? `; "${headingText(text, near)}" is a level-${near.depth} heading — write it as \`## …\` if it is a unit` : ''}`
  }
}
