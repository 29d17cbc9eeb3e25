/** The forecast as text (a terminal, the job summary) and as a Mermaid Gantt chart of a typical run. */
import { table } from '../report/markdown.js'
import type { Forecast } from './forecast.js'
import { PHASE_WORDS } from './phases.js'

/** Slices the chart shows at most (the first merged); a chart of hundreds is unreadable. */
const CHART_SLICES = 40

const at = (start: Date, minutes: number) =>
  new Date(start.getTime() + minutes * 60_000).toISOString().slice(0, 16)

export function gantt(f: Forecast, start: Date): string {
  const slices = f.typical.slices
    .filter(s => s.readyAt !== undefined && s.mergedAt !== undefined)
    .sort((a, b) => a.mergedAt! - b.mergedAt!)
    .slice(0, CHART_SLICES)
  const name = (title: string) => title.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').slice(0, 50)
  return [
    '```mermaid',
    'gantt',
    `  title A typical run (seed ${f.typical.seed}): from ready to merged`,
    '  dateFormat YYYY-MM-DDTHH:mm',
    '  axisFormat %m-%d %H:%M',
    ...slices.map(
      s =>
        `  ${name(`#${s.issue} ${s.title}`)} : s${s.issue}, ${at(start, s.readyAt!)}, ${at(start, Math.max(s.mergedAt!, s.readyAt! + 1))}`
    ),
    '```'
  ].join('\n')
}

export function forecastText(f: Forecast, start: Date, label = ''): string {
  const money = (n: number) => `$${n.toFixed(2)}`
  return [
    `## Delivery Loop · forecast${label ? ` · ${label}` : ''}`,
    '',
    `${f.slices} slices, ${f.runs} simulated runs (seeds ${f.seed}–${f.seed + f.runs - 1}); ${f.done}/${f.runs} delivered everything.`,
    '',
    table(
      ['', 'value'],
      [
        [
          'calendar time, median',
          `${f.makespan.median} h (${(f.makespan.median / 24).toFixed(1)} days)`
        ],
        ['calendar time, 90th percentile', `${f.makespan.p90} h`],
        [
          'lower bound (no run beats it)',
          `${f.bound.hours} h — ${f.bound.binding} binds (every step at the least its model draws)`
        ],
        [
          'ideal path at the medians',
          `${f.ideal.hours} h — ${f.ideal.binding} binds (${f.ideal.depth} slice(s) deep, ${(f.ideal.perSlice / 60).toFixed(1)} h a slice)`
        ],
        ['median / ideal path', `${f.ratio}×`],
        [
          "the loop's own overhead (median, p90)",
          `${f.overhead.median}×, ${f.overhead.p90}× an oracle scheduler on each run's own work (no tick waits, no per-tick cap)`
        ],
        ['attempts (median, p90)', `${f.attempts.median}, ${f.attempts.p90}`],
        ['agent spend (median, p90)', `${money(f.spendUsd.median)}, ${money(f.spendUsd.p90)}`],
        [
          '… of it on conflict tasks (median, p90)',
          `${money(f.conflictSpendUsd.median)}, ${money(f.conflictSpendUsd.p90)}`
        ],
        [
          'a passed pull request waits for its merge (median, p90)',
          `${f.mergeWait.median} h, ${f.mergeWait.p90} h`
        ],
        [
          'GitHub REST requests per hour (median, peak)',
          `${f.api.medianPerHour}, ${f.api.peakPerHour} — ${(f.api.quotaShare * 100).toFixed(1)}% of the 1,000/h GITHUB_TOKEN quota at the peak`
        ],
        [
          'GitHub GraphQL points per hour (median, peak)',
          `${f.api.points.medianPerHour}, ${f.api.points.peakPerHour} — ${(f.api.points.quotaShare * 100).toFixed(1)}% of the 1,000/h GITHUB_TOKEN points at the peak`
        ]
      ]
    ),
    '',
    '### Where the time goes (slice-hours, mean per run)',
    '',
    table(
      ['phase', 'hours', 'share'],
      f.phases
        .filter(p => p.hours > 0)
        .sort((a, b) => b.hours - a.hours)
        .map(p => [PHASE_WORDS[p.phase], String(p.hours), `${(p.share * 100).toFixed(1)}%`])
    ),
    '',
    gantt(f, start)
  ].join('\n')
}

/** The forecast as JSON: everything but the typical run's tick log, which is its own story. */
export function forecastJson(f: Forecast): Record<string, unknown> {
  const { typical, ...rest } = f
  return {
    ...rest,
    typical: {
      seed: typical.seed,
      makespan_hours: Math.round((typical.makespan / 60) * 10) / 10,
      ticks: typical.tickCount,
      slices: typical.slices
    }
  }
}
