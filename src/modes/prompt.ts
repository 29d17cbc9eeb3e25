/**
 * mode: prompt — the worker prompt for one issue (docs/specs/0000-product.md §6, §11), written to a file and set as a
 * multi-line output. Attempt, branch and recovery context come from the loop's own comments on
 * the issue (`<!-- lc:claim attempt=N branch=… -->`, `<!-- lc:recovery -->`), so a worker job
 * needs nothing but the issue number. With `pull-request` instead, the registry (modes/index.ts)
 * runs the review packet (modes/review-packet.ts).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { repoSkills } from '../prompt/repo-skills.js'
import { promptFacts } from '../prompt/facts.js'
import { workerPrompt } from '../prompt/worker-prompt.js'
import type { ModeEnvironment, ModeResult } from '../mode.js'

export async function promptMode(env: ModeEnvironment): Promise<ModeResult> {
  const { inputs, github, context } = env
  if (inputs.issue === undefined)
    throw new InputError('issue', 'is required for mode prompt (the issue number to implement)')
  const issue = await github.getIssue(inputs.issue)
  if (!issue)
    throw new InputError(
      'issue',
      `#${inputs.issue} is not an issue in ${context.repo.owner}/${context.repo.repo}`
    )

  const { attempt, branch, recovery, stackedOn } = await promptFacts(
    github,
    issue,
    await env.trust()
  )
  const repository = await github.repository()
  const skills = await repoSkills(env, repository.defaultBranch)
  const prompt = workerPrompt({
    repo: `${context.repo.owner}/${context.repo.repo}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    attempt,
    branch,
    skills: skills.text,
    ...(recovery ? { recovery } : {}),
    ...(stackedOn ? { stackedOn } : {})
  })
  const file = path.join(context.runnerTemp, `delivery-loop-prompt-${issue.number}.md`)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, prompt)
  return {
    status: 'ready',
    outputs: { prompt, 'prompt-file': file, branch, attempt: String(attempt) },
    report: {
      issue: issue.number,
      attempt,
      branch,
      prompt_file: file,
      prompt_bytes: Buffer.byteLength(prompt, 'utf8'),
      skills: { source: skills.source, files: skills.files },
      recovery: Boolean(recovery)
    },
    summary: [
      '## Delivery Loop · prompt',
      '',
      `Worker prompt for #${issue.number} (attempt ${attempt}, branch \`${branch}\`): ${Buffer.byteLength(prompt, 'utf8')} bytes, ${skills.files.length} skill file(s) from ${skills.source}.`
    ].join('\n')
  }
}
