/** Which open pull requests are loop work (loop/work.ts): one table, every shape. */
import { describe, expect, it } from '@jest/globals'
import type { PullFacts } from '../../src/loop/pulls.js'
import { trustPolicy } from '../../src/loop/trust.js'
import { loopWork, type WorkPolicy } from '../../src/loop/work.js'

const pull = (more: Partial<PullFacts>): PullFacts => ({
  number: 50,
  headRef: 'loop/issue-7',
  headSha: 'a'.repeat(40),
  draft: false,
  createdAt: '2026-11-01T00:00:00Z',
  author: 'github-actions',
  authorAssociation: 'NONE',
  crossRepository: false,
  body: 'Closes #7',
  comments: [],
  closes: [7],
  checks: [],
  ...more
})

const trust = trustPolicy('github-actions[bot]', ['acme-loop[bot]'])
const matrix: WorkPolicy = { trust, agentOpensPulls: false, agents: [] }
const agents: WorkPolicy = { trust, agentOpensPulls: true, agents: ['claude[bot]'] }

const cases: [string, Partial<PullFacts>, WorkPolicy, string][] = [
  ["the loop's bot on the loop branch", {}, matrix, 'loop:7'],
  [
    'a retry branch, no closing keyword',
    { headRef: 'loop/issue-7-retry-2', closes: [] },
    matrix,
    'loop:7'
  ],
  ['the App bot of bot_logins', { author: 'acme-loop' }, matrix, 'loop:7'],
  ['the loop branch is what counts, not what the body closes', { closes: [8] }, matrix, 'loop:7'],
  ["the loop's bot off a loop branch", { headRef: 'feature' }, matrix, 'ignored'],
  ['a loop-looking branch that is not one', { headRef: 'loop/issue-7x' }, matrix, 'ignored'],
  ['an outsider from a fork', { author: 'mallory', crossRepository: true }, matrix, 'ignored'],
  [
    'an outsider from a fork, named like the bot',
    { author: 'github-actions', crossRepository: true },
    matrix,
    'ignored'
  ],
  [
    'a contributor in this repository',
    { author: 'dev', authorAssociation: 'CONTRIBUTOR' },
    matrix,
    'ignored'
  ],
  [
    'a collaborator closing the issue',
    { author: 'dev', authorAssociation: 'COLLABORATOR', headRef: 'mine' },
    matrix,
    'human:7'
  ],
  [
    'a collaborator from their fork',
    { author: 'dev', authorAssociation: 'MEMBER', crossRepository: true },
    matrix,
    'human:7'
  ],
  [
    'a collaborator on the loop branch (publish with a PAT)',
    { author: 'dev', authorAssociation: 'OWNER', closes: [] },
    matrix,
    'loop:7'
  ],
  [
    'an outsider opening a pull request from a branch of this repository',
    { author: 'mallory', authorAssociation: 'NONE' },
    matrix,
    'ignored'
  ],
  [
    'an agent login with the matrix adapter',
    { author: 'claude', headRef: 'claude/x' },
    matrix,
    'ignored'
  ],
  [
    'the agent opening its own pull request',
    { author: 'claude', headRef: 'claude/x' },
    agents,
    'loop:7'
  ],
  ['the agent from a fork', { author: 'claude', crossRepository: true }, agents, 'ignored'],
  [
    'the agent naming no issue',
    { author: 'claude', headRef: 'claude/x', closes: [] },
    agents,
    'none'
  ]
]

function outcome(p: PullFacts, policy: WorkPolicy): string {
  const work = loopWork([p], policy)
  if (work.pulls.length) return `${work.pulls[0].owner}:${work.pulls[0].works!.join(',')}`
  return work.ignored.length ? 'ignored' : 'none'
}

describe('loop work', () => {
  it.each(cases)('%s', (_name, more, policy, expected) => {
    expect(outcome(pull(more), policy)).toBe(expected)
  })

  it('says why it ignored a pull request', () => {
    const { ignored } = loopWork([pull({ author: 'mallory', crossRepository: true })], matrix)
    expect(ignored).toEqual([
      {
        pull: 50,
        author: 'mallory',
        issues: [7],
        reason: "from a fork, opened by mallory: the loop's work is never from a fork"
      }
    ])
  })
})
