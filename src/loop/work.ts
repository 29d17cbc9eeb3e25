/**
 * Which open pull requests are the loop's work (docs/specs/0000-product.md §15), once for every mode. A pull request
 * counts only when it is shown to be:
 *
 * - **the loop's**: from this repository, on the loop's branch for an issue (`loop/issue-N…`),
 *   opened by an identity that publishes for the loop (the token's, `github-actions[bot]`,
 *   `trust.bot_logins`, or a collaborator whose PAT is the `push-token`: only writers can make a
 *   branch in this repository, but anyone can open a pull request from one); or, with an adapter whose agent opens its own pull request (assign,
 *   comment, label, workflow), opened by a login the policy accepts for that agent
 *   (`trust.agent_logins`, the `dispatch.assignee`) on the loop's branch or closing the issue;
 * - **a trusted human's**: opened by an owner, member or collaborator from another branch (or a
 *   fork), closing the issue — the issue is in flight by a human: the loop neither dispatches,
 *   reviews nor fixes it.
 *
 * Every other pull request that names a unit issue is ignored with its reason: no slot, no wave,
 * no spend, never "ready for human merge".
 */
import type { DeliveryConfig } from '../config/types.js'
import { issueOfBranch, type PullFacts } from './pulls.js'
import { normaliseLogin, TRUSTED_ASSOCIATIONS, type TrustPolicy } from './trust.js'

/** Adapters whose agent opens its own pull request (the matrix worker's is opened by publish). */
const AGENT_ADAPTERS: readonly string[] = ['assign', 'comment', 'label', 'workflow']

export interface WorkPolicy {
  trust: TrustPolicy
  /** Whether the configured adapter's agent opens its own pull requests. */
  agentOpensPulls: boolean
  /** Logins such an agent opens pull requests as. */
  agents: readonly string[]
}

export interface IgnoredPull {
  pull: number
  author: string | null
  /** The issues it names (closes, or by its branch) that it does not count for. */
  issues: number[]
  reason: string
}

export interface LoopWork {
  /** The pull requests that count, each with its owner and the issues it works on. */
  pulls: PullFacts[]
  ignored: IgnoredPull[]
}

export function workPolicy(trust: TrustPolicy, config: DeliveryConfig): WorkPolicy {
  const { adapter, assignee } = config.dispatch
  const agentOpensPulls = AGENT_ADAPTERS.includes(adapter)
  return {
    trust,
    agentOpensPulls,
    agents: agentOpensPulls
      ? [...config.trust.agent_logins, ...(adapter === 'assign' && assignee ? [assignee] : [])]
      : []
  }
}

type Judgement = { owner: 'loop' | 'human'; works: number[] } | { reason: string }

function judge(pull: PullFacts, policy: WorkPolicy): Judgement {
  const branchIssue = issueOfBranch(pull.headRef)
  const author = pull.author ?? '(unknown)'
  const human = TRUSTED_ASSOCIATIONS.includes(pull.authorAssociation)
  const isAgent = policy.agents.some(a => normaliseLogin(a) === normaliseLogin(pull.author))
  if (!pull.crossRepository) {
    // Only writers can make a branch here; publish with a collaborator's PAT opens as its owner.
    if ((policy.trust.isLoop(pull.author) || human) && branchIssue !== undefined)
      return { owner: 'loop', works: [branchIssue] }
    if (policy.agentOpensPulls && (isAgent || policy.trust.isLoop(pull.author))) {
      const works = branchIssue !== undefined ? [branchIssue] : pull.closes
      if (works.length) return { owner: 'loop', works }
    }
  }
  const named = [...new Set([...pull.closes, ...(branchIssue ? [branchIssue] : [])])]
  if (human && !policy.trust.isLoop(pull.author) && named.length)
    return { owner: 'human', works: named }
  if (pull.crossRepository)
    return { reason: `from a fork, opened by ${author}: the loop's work is never from a fork` }
  if (policy.trust.isLoop(pull.author))
    return { reason: `opened by the loop's ${author} but not on a loop branch (loop/issue-N)` }
  return {
    reason: `opened by ${author} (${pull.authorAssociation.toLowerCase()}), who neither publishes for the loop nor is a trusted agent or collaborator`
  }
}

/** Sort the open pull requests into the loop's work, humans' work, and the ignored. */
export function loopWork(pulls: readonly PullFacts[], policy: WorkPolicy): LoopWork {
  const work: PullFacts[] = []
  const ignored: IgnoredPull[] = []
  for (const pull of pulls) {
    const j = judge(pull, policy)
    if ('owner' in j) {
      work.push({ ...pull, owner: j.owner, works: j.works })
      continue
    }
    const branchIssue = issueOfBranch(pull.headRef)
    const named = [...new Set([...pull.closes, ...(branchIssue ? [branchIssue] : [])])]
    // A pull request that names no issue is none of the loop's business: not worth a line.
    if (named.length)
      ignored.push({ pull: pull.number, author: pull.author, issues: named, reason: j.reason })
  }
  return { pulls: work, ignored }
}
