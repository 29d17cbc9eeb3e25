/** Synthetic roadmaps for the benchmark: `units` units of `perUnit` slices with cross-unit needs. */
export function generateRoadmap(slices: number, perUnit = 10): string {
  const lines = ['# Generated roadmap', '']
  const units = Math.ceil(slices / perUnit)
  let made = 0
  for (let u = 0; u < units && made < slices; u++) {
    lines.push(
      `## Unit ${u} of the generated plan`,
      `Intent of unit ${u}: keep **everything** working.`,
      ''
    )
    for (let s = 0; s < perUnit && made < slices; s++, made++) {
      if (s < 2) lines.push(`- doc: Describe part ${s} of unit ${u}`)
      else if (u > 0 && s === 2)
        lines.push(
          `- code: Build part ${s} of unit ${u} (needs: doc-1, unit-${u - 1}-of-the-generated-plan/code-1)`
        )
      else lines.push(`- code: Build part ${s} of unit ${u} with \`code\``)
    }
    lines.push('')
  }
  return lines.join('\n')
}
