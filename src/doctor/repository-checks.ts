/**
 * doctor's checks of the repository itself (pure): whether compile can write its markers back to
 * the default branch, the loop's labels, GitHub's issue dependencies, and CI on loop pull
 * requests.
 */
import type { DeliveryConfig } from '../config/types.js'
import { LABEL_CLAIM, LABEL_DASHBOARD, LABEL_NEEDS_HUMAN, LABEL_UNIT } from '../loop/labels.js'
import { REVIEW_CHECK } from '../loop/pulls.js'
import { normaliseLogin } from '../loop/trust.js'
import type { DoctorFacts } from './facts.js'
import { SETTINGS_ACTIONS, type Finding } from './finding.js'

/** A loop pull request whose head is older than this and has no check at all got no CI. */
const CI_GRACE_MINUTES = 15

/** Rules that make GitHub refuse a commit straight to the branch. */
const COMMIT_REFUSING_RULES = ['pull_request', 'update', 'required_status_checks']

export function markerFindings(facts: DoctorFacts, config: DeliveryConfig): Finding[] {
  const mode = config.compile.write_markers
  if (mode === 'off') return []
  const refusing = facts.guard.rules.filter(r => COMMIT_REFUSING_RULES.includes(r))
  const guarded = facts.guard.protected === true || refusing.length > 0
  const branch = facts.repository.defaultBranch
  const out: Finding[] = []
  const needsPr = mode === 'pr' || guarded
  if (mode === 'commit' && guarded)
    out.push({
      check: 'markers',
      status: 'note',
      message: `${branch} is protected${refusing.length ? ` (rules: ${refusing.join(', ')})` : ''}: compile's marker commit is refused, and it opens a marker pull request instead`,
      fix: 'set compile.write_markers: pr in .delivery.yml to skip the refused commit (or off)',
      file: '.delivery.yml'
    })
  if (needsPr && facts.settings?.canApprovePullRequestReviews === false)
    out.push({
      check: 'markers',
      status: 'fail',
      message: `compile opens its marker pull request with GITHUB_TOKEN, which this repository does not allow`,
      fix: `enable "Allow GitHub Actions to create and approve pull requests" in ${SETTINGS_ACTIONS} → Workflow permissions, or set compile.write_markers: off`,
      file: '.delivery.yml'
    })
  if (needsPr && !facts.settings)
    out.push({
      check: 'markers',
      status: 'note',
      message: `compile opens a marker pull request with GITHUB_TOKEN: that needs "Allow GitHub Actions to create and approve pull requests" (not readable with this token)`
    })
  if (!out.length)
    out.push({
      check: 'markers',
      status: 'ok',
      message:
        mode === 'commit'
          ? `compile can commit the unit markers to ${branch}`
          : 'compile can open its marker pull request'
    })
  return out
}

const EXPECTED_LABELS = [LABEL_UNIT, LABEL_DASHBOARD, LABEL_CLAIM, LABEL_NEEDS_HUMAN]

export function labelFindings(facts: DoctorFacts): Finding[] {
  const have = new Set(facts.labels.map(l => l.toLowerCase()))
  const missing = EXPECTED_LABELS.filter(l => !have.has(l.toLowerCase()))
  if (!missing.length)
    return [{ check: 'labels', status: 'ok', message: "the loop's labels exist" }]
  return [
    {
      check: 'labels',
      status: 'note',
      message: `${missing.join(', ')} do not exist yet: compile and tick create them on first use`
    }
  ]
}

export function dependencyFindings(facts: DoctorFacts): Finding[] {
  if (facts.dependencies === undefined)
    return [
      {
        check: 'dependencies',
        status: 'note',
        message:
          'no unit issue yet to ask about issue dependencies: compile uses them where GitHub has them, blocked-by:#N labels otherwise'
      }
    ]
  return facts.dependencies
    ? [
        {
          check: 'dependencies',
          status: 'ok',
          message: 'native issue dependencies ("blocked by") are available'
        }
      ]
    : [
        {
          check: 'dependencies',
          status: 'note',
          message:
            'issue dependencies are not available here (GitHub Enterprise Server without them, or refused for the token): the blocked-by:#N label fallback is in use'
        }
      ]
}

export function ciFindings(facts: DoctorFacts): Finding[] {
  const cutoff = facts.now.getTime() - CI_GRACE_MINUTES * 60_000
  const silent = facts.pulls.filter(
    p =>
      Date.parse(p.headCommittedAt ?? p.createdAt) < cutoff &&
      Date.parse(p.createdAt) < cutoff &&
      !p.checks.some(c => c.name !== REVIEW_CHECK)
  )
  if (!facts.pulls.length)
    return [
      {
        check: 'ci-on-loop-prs',
        status: 'note',
        message: 'no loop pull request is open: CI on them is checked once there is one'
      }
    ]
  if (!silent.length)
    return [
      {
        check: 'ci-on-loop-prs',
        status: 'ok',
        message: `CI ran on the loop's open pull requests (${facts.pulls.length})`
      }
    ]
  const byActions = silent.filter(p => normaliseLogin(p.author) === 'github-actions')
  return [
    {
      check: 'ci-on-loop-prs',
      status: 'fail',
      message: `no CI ran on ${silent.map(p => `#${p.number}`).join(', ')} (more than ${CI_GRACE_MINUTES} minutes after their last push)${byActions.length ? `: ${byActions.map(p => `#${p.number}`).join(', ')} were pushed with GITHUB_TOKEN, whose pushes start no workflows` : ''}`,
      fix: "give publish a GitHub App's token as push-token (or a PAT), and make sure the CI workflow runs on pull_request"
    }
  ]
}
