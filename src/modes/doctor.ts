/**
 * mode: doctor — check a repository's set-up for the loop through the API, in one run: gather
 * (reads only; the facts are read through a read-only port) → judge (pure, src/doctor/plan.ts)
 * → report. With `pull-request` (e.g. init's set-up pull request) its one write is the report as
 * a comment there, kept up to date on each run; otherwise nothing is written. The step fails when
 * something must be fixed; warnings leave it green.
 */
import { gatherDoctorFacts } from '../doctor/facts.js'
import { planDoctor } from '../doctor/plan.js'
import { doctorLines, doctorSummary, sortedFindings } from '../doctor/render.js'
import { readOnlyPort } from '../github/read-only.js'
import { DOCTOR_COMMENT_MARKER } from '../loop/markers.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'
import { writeStickyComment } from '../report/sticky-comment.js'

export async function doctorMode(env: ModeEnvironment): Promise<ModeResult> {
  const facts = await gatherDoctorFacts({
    github: readOnlyPort(env.github),
    ...(env.push ? { push: readOnlyPort(env.push) } : {}),
    config: env.config,
    configFile: env.configFile
  })
  const plan = planDoctor(facts, env.config)
  const failing = plan.findings.filter(f => f.status === 'fail')
  const summary = doctorSummary(plan, facts.repository.fullName)
  const pull = env.inputs.pullRequest
  const comment =
    pull === undefined
      ? undefined
      : await writeStickyComment(
          env.github,
          pull,
          DOCTOR_COMMENT_MARKER,
          summary,
          (await env.trust()).isLoop
        )
  return {
    status: plan.status,
    outputs: {
      problems: String(failing.length),
      warnings: String(plan.findings.filter(f => f.status === 'warn').length)
    },
    report: { findings: sortedFindings(plan), ...(comment ? { comment, pull_request: pull } : {}) },
    summary,
    terminal: doctorLines(plan, facts.repository.fullName),
    ...(failing.length
      ? {
          failure: `doctor found ${failing.length} problem(s) to fix: ${[...new Set(failing.map(f => f.check))].join(', ')} (each listed with its fix)`
        }
      : {})
  }
}
