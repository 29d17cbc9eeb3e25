/**
 * compile's facts (reads only), in two rounds so a quiet compile reads little: the roadmap and
 * the issues it manages (enough to reconcile), then — only when the reconciled plan writes —
 * what its writes depend on: the repository's labels, the rate limit left, and the roadmap on
 * the default branch that markers are written back to.
 */
import { pullRequestOf } from '../events.js'
import { ConfigError } from '../errors.js'
import type {
  ContentsPort,
  FileContent,
  IssueFacts,
  IssuesPort,
  ApiBudgets,
  RepoPort,
  TrackedIssue
} from '../github/port.js'
import { LABEL_EPIC_PARENT, LABEL_UNIT } from '../loop/labels.js'
import type { TrustPolicy } from '../loop/trust.js'
import { compileRoadmap, type CompiledRoadmap } from '../roadmap/compile-roadmap.js'
import { readRoadmapSource } from '../roadmap/source.js'
import { roadmapText } from '../roadmap/text.js'
import type { ModeEnvironment } from '../mode.js'
import { markersMissing, type WritebackSettings } from './markers-writeback.js'
import type { CompilePlan } from './plan.js'
import type { RenderContext } from './render.js'

/** The roadmap this compile is about, and where it runs. */
export interface RoadmapFacts {
  file: string
  source: string
  text: string
  compiled: CompiledRoadmap
  /** The pull request whose plan this is, on a pull_request event. */
  pull?: number
  defaultBranch: string
  render: RenderContext
  trust: TrustPolicy
}

/** Every marked issue (both labels, all pages, open and closed) and the `#N` blockers named. */
export interface IssueFactsOfRoadmap {
  existing: TrackedIssue[]
  external: Map<number, IssueFacts | null>
}

/** What the writes depend on, read only when there are writes. */
export interface WriteFacts {
  labels: Set<string>
  /** Both API budgets; compile's writes are REST requests, so its pacing reads `core`. */
  rate?: ApiBudgets
  /** The roadmap on the default branch, when markers are to be written back. */
  current?: FileContent
}

export async function roadmapFacts(env: ModeEnvironment): Promise<RoadmapFacts> {
  const { github, context, inputs } = env
  const file = inputs.roadmapPath
  const pull = pullRequestOf(context)
  const found = await readRoadmapSource(github, context, file, { of: 'event', pull })
  if (!found)
    throw new ConfigError(`${file} not found`, [
      {
        file,
        message:
          'the roadmap file does not exist in the workspace or on the default branch (input `roadmap`)'
      }
    ])
  const text = roadmapText(found.bytes, file)
  const repository = await github.repository()
  return {
    file,
    source: found.source,
    text,
    compiled: compileRoadmap(text, file),
    ...(pull !== undefined ? { pull } : {}),
    defaultBranch: repository.defaultBranch,
    render: {
      roadmapUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${repository.defaultBranch}/${file}`
    },
    trust: await env.trust()
  }
}

export async function issueFacts(
  github: IssuesPort,
  compiled: CompiledRoadmap
): Promise<IssueFactsOfRoadmap> {
  const { roadmap } = compiled
  const existing = await github.listIssuesWithLabels([LABEL_UNIT, LABEL_EPIC_PARENT])
  const externalNumbers = [
    ...new Set(
      roadmap.slices.flatMap(s =>
        (roadmap.blockers.get(s.id) ?? []).flatMap(b => (b.type === 'issue' ? [b.number] : []))
      )
    )
  ]
  const external = externalNumbers.length ? await github.lookupIssues(externalNumbers) : new Map()
  return { existing, external }
}

export async function writeFacts(
  github: IssuesPort & RepoPort & ContentsPort,
  plan: CompilePlan,
  writeback: WritebackSettings
): Promise<WriteFacts> {
  const writes = plan.items.some(i => i.action !== 'unchanged') || plan.closes.length > 0
  const labelled = plan.items.some(i => i.action === 'create' || i.changes.includes('labels'))
  return {
    labels: new Set(labelled ? (await github.listLabels()).map(l => l.toLowerCase()) : []),
    ...(writes ? { rate: await github.rateLimit() } : {}),
    ...(markersMissing(writeback)
      ? { current: await github.readFile(writeback.path, writeback.defaultBranch) }
      : {})
  }
}
