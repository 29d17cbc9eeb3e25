/**
 * mode: prompt with `pull-request` — the review packet for an independent reviewer (docs/specs/0000-product.md §9):
 * gather the pull request, its linked issue, its files and diff (all pages), the spec files the
 * issue or pull request names (default branch, never the PR head) and the repo's skills; render
 * the bounded packet; write it to a file and set it as a multi-line output.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { repoSkills } from '../prompt/repo-skills.js'
import { reviewPacket, specPathsIn } from '../review/packet.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

async function specFiles(env: ModeEnvironment, paths: string[]) {
  const specs: { path: string; text: string }[] = []
  const missing: string[] = []
  for (const p of paths) {
    // No ref: the default branch. A spec a pull request adds or edits is not the spec yet.
    const file = await env.github.readFile(p)
    if (file) specs.push({ path: p, text: file.text })
    else missing.push(p)
  }
  return { specs, missing }
}

export async function reviewPacketMode(env: ModeEnvironment): Promise<ModeResult> {
  const { inputs, github, context, config } = env
  const number = inputs.pullRequest!
  const pull = await github.getPull(number)
  if (!pull)
    throw new InputError(
      'pull-request',
      `#${number} is not a pull request in ${context.repo.owner}/${context.repo.repo}`
    )
  const linked = pull.closes[0] !== undefined ? await github.getIssue(pull.closes[0]) : undefined
  const files = await github.listPullFiles(number)
  const { specs, missing } = await specFiles(env, specPathsIn(linked?.body ?? '', pull.body))
  const repository = await github.repository()
  const skills = await repoSkills(env, repository.defaultBranch, false)
  const packet = reviewPacket({
    repo: `${context.repo.owner}/${context.repo.repo}`,
    pull,
    ...(linked ? { issue: { number: linked.number, title: linked.title, body: linked.body } } : {}),
    files,
    specs,
    missingSpecs: missing,
    skills: skills.text,
    limits: config.verification.packet
  })
  const file = path.join(context.runnerTemp, `delivery-loop-review-${number}.md`)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, packet)
  const size = Buffer.byteLength(packet, 'utf8')
  const cuts = [...packet.matchAll(/^\[TRUNCATED ([^:\]]+)/gm)].map(m => m[1])
  return {
    status: 'ready',
    outputs: { prompt: packet, 'prompt-file': file, 'head-sha': pull.headSha },
    report: {
      pull_request: number,
      head_sha: pull.headSha,
      linked_issue: linked?.number ?? null,
      files: files.length,
      specs: specs.map(s => s.path),
      missing_specs: missing,
      skills: { source: skills.source, files: skills.files },
      prompt_file: file,
      prompt_bytes: size,
      truncated: cuts
    },
    summary: [
      '## Delivery Loop · review packet',
      '',
      `Review packet for #${number} at ${pull.headSha.slice(0, 7)}: ${size} bytes, ${files.length} changed file(s), linked issue ${linked ? `#${linked.number}` : 'none'}, ${specs.length} spec file(s).${cuts.length ? ` Cut: ${cuts.join(', ')}.` : ''}`
    ].join('\n')
  }
}
