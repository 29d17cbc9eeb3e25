/** Every relative link in the Markdown docs points at a file that exists, and at a heading in it. */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOTS = ['README.md', 'SECURITY.md', 'CHANGELOG.md', 'docs', 'examples', 'rig']

function markdownFiles(entry: string): string[] {
  if (!existsSync(entry)) return []
  if (statSync(entry).isFile()) return entry.endsWith('.md') ? [entry] : []
  return readdirSync(entry).flatMap(name => markdownFiles(path.join(entry, name)))
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '')
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(m[1])
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    anchors.add(n ? `${base}-${n}` : base)
  }
  return anchors
}

function links(file: string): { target: string; line: number }[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const found: { target: string; line: number }[] = []
  let fenced = false
  lines.forEach((text, i) => {
    if (/^\s*```/.test(text)) fenced = !fenced
    if (fenced) return
    for (const m of text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g))
      if (!/^[a-z]+:/i.test(m[1])) found.push({ target: m[1], line: i + 1 })
  })
  return found
}

const files = ROOTS.flatMap(markdownFiles)

describe('documentation links', () => {
  it('finds the docs', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/reference/outputs.md']))
  })

  it.each(files.map(f => [f]))('%s: every relative link resolves', file => {
    const broken: string[] = []
    for (const { target, line } of links(file)) {
      const [where, anchor] = target.split('#')
      const resolved = where ? path.join(path.dirname(file), decodeURI(where)) : file
      if (!existsSync(resolved)) broken.push(`${file}:${line}: ${target} (no such file)`)
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor))
        broken.push(`${file}:${line}: ${target} (no such heading)`)
    }
    expect(broken).toEqual([])
  })

  it('catches a broken link and a missing heading', () => {
    expect(slug('When the cache is lost')).toBe('when-the-cache-is-lost')
    expect(slug('Claims: one dispatch per issue, even without a concurrency group')).toBe(
      'claims-one-dispatch-per-issue-even-without-a-concurrency-group'
    )
    expect(anchorsOf('docs/reference/outputs.md').has('wave-tick')).toBe(true)
    expect(anchorsOf('docs/reference/outputs.md').has('no-such-heading')).toBe(false)
  })
})

describe('docs/reference/architecture.md', () => {
  it('names every folder under src/', () => {
    const map = readFileSync('docs/reference/architecture.md', 'utf8')
    const folders = readdirSync('src', { withFileTypes: true }).filter(d => d.isDirectory())
    expect(folders.length).toBeGreaterThan(10)
    expect(folders.map(d => d.name).filter(name => !map.includes(`${name}/`))).toEqual([])
  })
})
