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

/**
 * A roadmap shaped like real ones, for the forecast: units of 8 slices (2 docs, then code that
 * needs its unit's docs), every third unit's first code slice also needing the previous unit's
 * last code slice (fan-in across units), and code slices declaring the files they touch.
 */
export function forecastRoadmap(slices: number): string {
  const lines = ['# Generated roadmap for the forecast', '']
  const units = Math.ceil(slices / 8)
  let made = 0
  for (let u = 0; u < units && made < slices; u++) {
    lines.push(`## Area ${u}`, `Intent of area ${u}.`, '')
    for (let s = 0; s < 8 && made < slices; s++, made++) {
      if (s < 2) {
        lines.push(`- doc: Describe part ${s} of area ${u}`)
        continue
      }
      const needs =
        s === 2 && u > 0 && u % 3 === 0 ? ` (needs: doc-1, doc-2, area-${u - 1}/code-6)` : ''
      lines.push(`- code: Build part ${s} of area ${u}${needs} (files: src/area${u}/part${s}.ts)`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
