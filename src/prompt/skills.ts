/**
 * Repo-local skills for the worker prompt (docs/specs/0000-product.md §11): `.claude/skills/*\/SKILL.md`,
 * `.github/skills/*\/SKILL.md`, `skills.paths` globs and `skills.include` files, sorted by path,
 * rendered as metadata (name, description, path, headings) or in full, within one byte budget.
 */
import { minimatch } from 'minimatch'
import { parse as parseYaml } from 'yaml'
import { cutUtf8 } from '../text/cut.js'

export const DEFAULT_SKILL_GLOBS = ['.claude/skills/*/SKILL.md', '.github/skills/*/SKILL.md']

export interface SkillFile {
  path: string
  text: string
}

/** The paths among `all` that are skills or included files, sorted, without duplicates. */
export function selectSkillPaths(all: string[], globs: string[], include: string[]): string[] {
  const patterns = [...DEFAULT_SKILL_GLOBS, ...globs]
  const chosen = new Set<string>()
  for (const p of all) {
    if (patterns.some(g => minimatch(p, g, { dot: true })) || include.includes(p)) chosen.add(p)
  }
  return [...chosen].sort()
}

interface FrontMatter {
  name?: string
  description?: string
  body: string
}

/** YAML front matter (`---` … `---`), parsed by `yaml`: folded and quoted values work. */
function frontMatter(text: string): FrontMatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
  if (!m) return { body: text }
  let data: unknown
  try {
    data = parseYaml(m[1])
  } catch {
    data = undefined // a broken header is not fatal: the skill keeps its directory name
  }
  const field = (key: string) => {
    const v = (data as Record<string, unknown> | null | undefined)?.[key]
    return typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : undefined
  }
  return { name: field('name'), description: field('description'), body: text.slice(m[0].length) }
}

function skillName(file: SkillFile, fm: FrontMatter): string {
  if (fm.name) return fm.name
  const parts = file.path.split('/')
  return parts.length > 1 && parts[parts.length - 1] === 'SKILL.md'
    ? parts[parts.length - 2]
    : file.path
}

export function renderSkills(
  files: SkillFile[],
  mode: 'metadata' | 'full',
  budgetBytes: number
): string {
  if (!files.length) return '_No repo-local skills._'
  const blocks = [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(file => {
      const fm = frontMatter(file.text)
      const head = [
        `### ${skillName(file, fm)}`,
        `- path: \`${file.path}\``,
        ...(fm.description ? [`- description: ${fm.description}`] : [])
      ]
      if (mode === 'full') return [...head, '', fm.body.trim()].join('\n')
      const headings = fm.body.split(/\r?\n/).filter(l => /^#{1,6}\s/.test(l))
      return [
        ...head,
        ...(headings.length ? ['- headings:', ...headings.map(h => `  - ${h.trim()}`)] : [])
      ].join('\n')
    })
  const text = blocks.join('\n\n')
  if (Buffer.byteLength(text, 'utf8') <= budgetBytes) return text
  const markerRoom = 120
  const kept = cutUtf8(text, Math.max(0, budgetBytes - markerRoom))
  const rest = text.slice(kept.length)
  const omittedBytes = Buffer.byteLength(rest, 'utf8')
  const omittedLines = rest.split('\n').length
  return `${kept}\n[TRUNCATED repo skills: omitted ${omittedBytes} bytes, ${omittedLines} lines]`
}
