/** The repo-local skills section of a prompt or review packet, read from the default branch. */
import type { ModeEnvironment } from '../mode.js'
import { loadSkillFiles } from './skill-source.js'
import { renderSkills } from './skills.js'

/**
 * `workspace: false` reads through the API even on the default branch: a reviewer job may have
 * checked out the pull request's head, whose skills are the worker's to change.
 */
export async function repoSkills(
  env: ModeEnvironment,
  defaultBranch: string,
  workspace = true
): Promise<{ text: string; files: string[]; source: string }> {
  const { context, config, github } = env
  const onDefault =
    workspace &&
    context.ref === `refs/heads/${defaultBranch}` &&
    !context.eventName.startsWith('pull_request')
  const { files, source } = await loadSkillFiles({
    useWorkspace: onDefault,
    workspace: context.workspace,
    github,
    defaultBranch,
    globs: config.skills.paths,
    include: config.skills.include
  })
  return {
    text: renderSkills(files, config.skills.mode, config.skills.budget_bytes),
    files: files.map(f => f.path),
    source
  }
}
