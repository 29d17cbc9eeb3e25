/**
 * doctor's reads (no writes: the mode runs on a read-only port): the repository's workflows as
 * GitHub knows them and as the default branch holds them, the Actions settings, what guards the
 * default branch, the labels and the DAG's issues, the loop's open pull requests and the tick's
 * recent runs. A handful of requests, none per issue.
 */
import { now } from '../clock.js'
import type { DeliveryConfig } from '../config/types.js'
import type {
  ActionsSettings,
  BranchGuard,
  GitHubPort,
  RepositoryInfo,
  RunSummary,
  TrackedIssue,
  WorkflowInfo
} from '../github/port.js'
import { LABEL_DASHBOARD, LABEL_EPIC_PARENT, LABEL_UNIT } from '../loop/labels.js'
import { pullFacts, type PullFacts } from '../loop/pulls.js'
import { ACTIONS_BOT, normaliseLogin, trustPolicy } from '../loop/trust.js'
import { loopWork, workPolicy } from '../loop/work.js'
import { readWorkflow, type WorkflowShape } from './workflows.js'
import { configRefs, type ConfigRef } from './config-refs.js'
import { sameConfig, type ConfigFileFacts } from './config-file.js'
import type { ConfigFile } from '../mode.js'

/** The runs of each tick workflow looked at: enough to see the schedule's rhythm. */
const RECENT_RUNS = 20

export interface DoctorFacts {
  now: Date
  repository: RepositoryInfo
  /** The token's identity, and its role when it is a person's. */
  viewer?: string
  viewerRole?: string
  settings?: ActionsSettings
  guard: BranchGuard
  workflows: WorkflowInfo[]
  /** The default branch's workflow files, read and checked by GitHub's own parser. */
  files: WorkflowShape[]
  labels: string[]
  /** The DAG's issues and the dashboards, open and closed. */
  issues: TrackedIssue[]
  /** Native issue dependencies, when there was an issue to ask about. */
  dependencies?: boolean
  /** The loop's own open pull requests. */
  pulls: PullFacts[]
  /** Newest runs of every workflow that ticks, by path. */
  runs: Map<string, RunSummary[]>
  /** The push token's App installation reaches this repository; undefined: not an App's. */
  app?: { reaches: boolean | undefined }
  /** The secrets and variables the workflows name, and those the repository has (names only). */
  configRefs: ConfigRef[]
  configNames?: { secrets: string[]; variables: string[] }
  /** Which configuration file was checked, and how it compares with the default branch's. */
  configFile: ConfigFileFacts
}

export async function gatherDoctorFacts(options: {
  github: GitHubPort
  push?: GitHubPort
  config: DeliveryConfig
  configFile: ConfigFile
}): Promise<DoctorFacts> {
  const { github, config } = options
  const repository = await github.repository()
  const viewer = await github.viewerLogin()
  // An App's token (GITHUB_TOKEN among them) has no role to ask for: its jobs' permissions say.
  const isApp =
    !viewer || viewer.endsWith('[bot]') || normaliseLogin(viewer) === normaliseLogin(ACTIONS_BOT)
  const viewerRole = isApp ? undefined : await github.permission(viewer)
  const workflows = (await github.listWorkflows()).filter(w =>
    w.path.startsWith('.github/workflows/')
  )
  const texts = await github.readFiles(
    workflows.map(w => w.path),
    repository.defaultBranch
  )
  const files: WorkflowShape[] = []
  const configRefsFound: ConfigRef[] = []
  for (const w of workflows) {
    const text = texts.get(w.path)?.toString('utf8')
    if (text === undefined) continue
    configRefsFound.push(...configRefs(w.path, text))
    const shape = readWorkflow(w.path, text)
    shape.problems.push(...(await parserProblems(w.path, text)))
    files.push(shape)
  }
  const issues = await github.listIssuesWithLabels([LABEL_UNIT, LABEL_EPIC_PARENT, LABEL_DASHBOARD])
  const probe = issues.find(i => i.labels.includes(LABEL_UNIT))
  const trust = trustPolicy(viewer, config.trust.bot_logins)
  const pulls = loopWork(
    (await github.scanOpenPulls()).map(pullFacts),
    workPolicy(trust, config)
  ).pulls.filter(p => p.owner === 'loop')
  const runs = new Map<string, RunSummary[]>()
  for (const shape of files.filter(f => f.jobs.some(j => j.modes.some(m => m.mode === 'tick')))) {
    const info = workflows.find(w => w.path === shape.path)
    if (info) runs.set(shape.path, await github.recentRuns(info.id, RECENT_RUNS))
  }
  return {
    now: now(),
    repository,
    ...(viewer ? { viewer } : {}),
    ...(viewerRole ? { viewerRole } : {}),
    settings: await github.actionsSettings(),
    guard: await github.branchGuard(repository.defaultBranch),
    workflows,
    files,
    labels: await github.listLabels(),
    issues,
    ...(probe ? { dependencies: await github.dependenciesAvailable(probe.number) } : {}),
    pulls,
    runs,
    ...(options.push ? { app: { reaches: await options.push.installationReaches() } } : {}),
    configRefs: configRefsFound,
    ...(await configNamesOf(github)),
    configFile: await configFileOf(github, options.configFile)
  }
}

/** The configuration checked; a local one is compared with the default branch's copy. */
async function configFileOf(github: GitHubPort, file: ConfigFile): Promise<ConfigFileFacts> {
  const facts: ConfigFileFacts = { path: file.path, origin: file.origin }
  if (file.origin !== 'workspace' || file.text === undefined) return facts
  const there = await github.readFile(file.path)
  return {
    ...facts,
    branch: !there ? 'absent' : sameConfig(there.text, file.text) ? 'same' : 'differs'
  }
}

/** The repository's secret and variable names, when the token may list them. */
async function configNamesOf(github: GitHubPort) {
  const names = await github.actionsConfigNames()
  return names ? { configNames: names } : {}
}

/**
 * GitHub's own workflow parser on the file, as GitHub runs it when the workflow starts: what it
 * rejects fails the run before any job. Loaded only here (it is a big module).
 */
async function parserProblems(
  path: string,
  content: string
): Promise<{ line: number; message: string }[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
    await import('@actions/workflow-parser')
  const { ErrorPolicy } = await import('@actions/workflow-parser/model/convert')
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map(e => ({
    line: e.range?.start.line ?? 1,
    message: e.message.replace(/^.*?\(Line: \d+, Col: \d+\): /, '')
  }))
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, undefined, {
      errorPolicy: ErrorPolicy.TryConversion
    })
    for (const e of template.errors ?? []) {
      const message = e.Message.replace(/^.*?\(Line: \d+, Col: \d+\): /, '')
      const line = Number(/\(Line: (\d+),/.exec(e.Message)?.[1] ?? 1)
      if (!errors.some(x => x.message === message)) errors.push({ line, message })
    }
  }
  return errors
}
