/** The repo-local skills section of a prompt or review packet, read from the default branch. */
import type { ModeEnvironment } from '../modes/types.js'
import { loadSkillFiles } from './skill-source.js'
import { renderSkills } from './skills.js'

export async function repoSkills(
  env: ModeEnvironment,
  defaultBranch: string
): Promise<{ text: string; files: string[]; source: string }> {
  const { context, config, github } = env
  const onDefault =
    context.ref === `refs/heads/${defaultBranch}` && !context.eventName.startsWith('pull_request')
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
