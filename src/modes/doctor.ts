/**
 * mode: doctor — check a repository's set-up for the loop through the API, in one run: gather
 * (reads only; the port is read-only) → judge (pure, src/doctor/plan.ts) → report. Nothing is
 * written. The step fails when something must be fixed; warnings leave it green.
 */
import { gatherDoctorFacts } from '../doctor/facts.js'
import { planDoctor } from '../doctor/plan.js'
import { doctorLines, doctorSummary, sortedFindings } from '../doctor/render.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

export async function doctorMode(env: ModeEnvironment): Promise<ModeResult> {
  const facts = await gatherDoctorFacts({
    github: env.github,
    ...(env.push ? { push: env.push } : {}),
    config: env.config,
    configFile: env.configFile
  })
  const plan = planDoctor(facts, env.config)
  const failing = plan.findings.filter(f => f.status === 'fail')
  return {
    status: plan.status,
    outputs: {
      problems: String(failing.length),
      warnings: String(plan.findings.filter(f => f.status === 'warn').length)
    },
    report: { findings: sortedFindings(plan) },
    summary: doctorSummary(plan, facts.repository.fullName),
    terminal: doctorLines(plan, facts.repository.fullName),
    ...(failing.length
      ? {
          failure: `doctor found ${failing.length} problem(s) to fix: ${[...new Set(failing.map(f => f.check))].join(', ')} (each listed with its fix)`
        }
      : {})
  }
}
