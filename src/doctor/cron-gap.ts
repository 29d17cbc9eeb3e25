/**
 * The longest wait between two runs of a schedule, in minutes, from its minute and hour fields
 * (lists, ranges, steps, `*`): `17,47 * * * *` is 30, `0 *\/6 * * *` 360. Day-of-month, month and
 * weekday fields are taken as every day: doctor only needs to tell a late schedule from a quiet
 * one. GitHub's own parser says whether the cron is valid; this says how often it fires.
 */
function expand(field: string, low: number, high: number): number[] | undefined {
  const out = new Set<number>()
  for (const part of field.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part)
    if (!m) return undefined
    const from = m[1] === '*' ? low : Number(m[2])
    const to = m[1] === '*' ? high : m[3] !== undefined ? Number(m[3]) : m[4] ? high : from
    const step = m[4] ? Number(m[4]) : 1
    if (from < low || to > high || from > to || step < 1) return undefined
    for (let v = from; v <= to; v += step) out.add(v)
  }
  return [...out].sort((a, b) => a - b)
}

/** Minutes between the most distant consecutive runs; undefined when the fields cannot be read. */
export function cronGapMinutes(cron: string): number | undefined {
  const [minute, hour] = cron.trim().split(/\s+/)
  const minutes = expand(minute ?? '', 0, 59)
  const hours = expand(hour ?? '', 0, 23)
  if (!minutes?.length || !hours?.length) return undefined
  const fires = hours.flatMap(h => minutes.map(m => h * 60 + m))
  let gap = fires[0] + 24 * 60 - fires[fires.length - 1]
  for (let i = 1; i < fires.length; i++) gap = Math.max(gap, fires[i] - fires[i - 1])
  return gap
}
