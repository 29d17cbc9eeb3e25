/**
 * `init --pull-request`: the set-up as one pull request instead of local files — what its
 * anchors do (gh aw add, Renovate's onboarding, claude-code-action's installer). The facts come
 * from the repository's default branch; the files go on the branch `delivery-loop/setup` as one
 * commit (a re-run adds a commit on top, never a force-push) and the pull request explains each
 * file and what is left.
 */
import { InputError } from '../errors.js'
import type { ContentsPort, PullsPort, RepoPort } from '../github/port.js'

/** What the set-up pull request reads and writes: the repository, its files, its pull requests. */
export type SetupRepository = RepoPort & ContentsPort & PullsPort
import type { RepositoryFacts } from './answers.js'
import type { InitPlan } from './plan.js'
import { detectCommands, TOOLCHAIN_FILES, workflowsFound } from './repository.js'

export const SETUP_BRANCH = 'delivery-loop/setup'

/** What init reads off the default branch: its files' names, toolchain and workflows. */
export async function remoteFacts(
  github: SetupRepository
): Promise<{ facts: RepositoryFacts; existing: Set<string>; defaultBranch: string }> {
  const { defaultBranch } = await github.repository()
  const { paths } = await github.listFiles(defaultBranch)
  const existing = new Set(paths)
  const workflowPaths = paths.filter(p => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p))
  const texts = await github.readFiles(workflowPaths, defaultBranch)
  const workflows = new Map([...texts].map(([p, bytes]) => [p, bytes.toString('utf8')]))
  return {
    facts: {
      commands: detectCommands(new Set(TOOLCHAIN_FILES.filter(f => existing.has(f)))),
      workflows: workflowsFound(workflows),
      defaultBranch
    },
    existing,
    defaultBranch
  }
}

/** What each file is for, in the pull request's words. */
const PURPOSE: Record<string, string> = {
  '.delivery.yml':
    "the loop's configuration: budgets, guardrails, who is trusted (every key optional but `version`; docs/reference/configuration.md)",
  '.github/workflows/delivery-compile.yml':
    'turns ROADMAP.md into a dependency graph of issues on every push to the default branch, and comments the plan on pull requests that change it',
  '.github/workflows/delivery-tick.yml':
    'dispatches ready issues to the agent on a schedule and on events, reviews their pull requests, keeps the dashboard',
  '.github/workflows/delivery-discover.yml':
    'turns a failed CI run on the default branch into an issue the loop can work on',
  '.github/workflows/delivery-worker.yml': 'the Codex worker: one run per dispatched issue',
  '.github/dependabot.yml':
    "keeps the workflows' pinned actions current, a week after each release",
  '.github/delivery-loop-app.json':
    'the permissions of the GitHub App the loop publishes with (for making it by hand)'
}

export function pullRequestBody(plan: InitPlan, repository: string): string {
  const written = plan.files.filter(f => f.action !== 'keep')
  const kept = plan.files.filter(f => f.action === 'keep')
  return [
    'This pull request sets the repository up for [Delivery Loop](https://github.com/delivery-loop/delivery-loop): a plan in `ROADMAP.md` becomes issues, agents work on them, and a person always merges.',
    '',
    '### The files',
    '',
    ...written.map(f => `- \`${f.path}\` — ${PURPOSE[f.path] ?? ''}`),
    ...(kept.length
      ? ['', `Kept as they are (they exist already): ${kept.map(f => `\`${f.path}\``).join(', ')}.`]
      : []),
    '',
    '### Left to do',
    '',
    ...plan.steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    `Check the set-up before and after merging: \`GITHUB_TOKEN=$(gh auth token) delivery-loop doctor --repo ${repository} --pull-request <this number>\` comments here with what is missing.`
  ].join('\n')
}

/** Commit the plan's files on the set-up branch and open (or update) its pull request. */
export async function openSetupPullRequest(
  github: SetupRepository,
  plan: InitPlan,
  defaultBranch: string,
  body: string
): Promise<{ number: number; url: string; created: boolean }> {
  const files = plan.files.filter(f => f.action !== 'keep')
  if (!files.length)
    throw new InputError(
      '--pull-request',
      'every file init writes exists on the default branch already: nothing to propose (--force proposes them anew)'
    )
  const base = await github.branchSha(defaultBranch)
  if (!base)
    throw new InputError(
      '--pull-request',
      `the default branch ${defaultBranch} has no commit yet: push a first commit (a README) and run init again`
    )
  const existing = await github.branchSha(SETUP_BRANCH)
  const parent = existing ?? base
  const entries = []
  for (const f of files)
    entries.push({
      path: f.path,
      mode: '100644' as const,
      sha: await github.createBlob(Buffer.from(f.content))
    })
  const tree = await github.createTree(await github.commitTree(parent), entries)
  const commit = await github.createCommit({
    message: 'Set up Delivery Loop (delivery-loop init)',
    tree,
    parents: [parent]
  })
  if (!existing) await github.createBranch(SETUP_BRANCH, commit)
  else if ((await github.moveBranch(SETUP_BRANCH, commit)) !== 'moved')
    throw new InputError(
      '--pull-request',
      `the branch ${SETUP_BRANCH} moved while init wrote to it: run init again`
    )
  const title = 'Set up Delivery Loop'
  const open = await github.findOpenPull(SETUP_BRANCH, defaultBranch)
  if (open) {
    await github.updatePull(open, { title, body })
    return { number: open, url: await pullUrl(github, open), created: false }
  }
  const number = await github.createPull({ head: SETUP_BRANCH, base: defaultBranch, title, body })
  return { number, url: await pullUrl(github, number), created: true }
}

async function pullUrl(github: SetupRepository, number: number): Promise<string> {
  const { htmlUrl } = await github.repository()
  return `${htmlUrl}/pull/${number}`
}
