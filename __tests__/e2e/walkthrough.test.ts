/**
 * docs/rig.md's walkthrough, run exactly as written (with the rig's address swapped in): every
 * mode from a terminal, against the rig. A step that fails fails the script (`set -e`, `curl -f`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { childTemp, ROOT } from '../../rig/harness.js'
import { startRig, type Rig } from '../../rig/index.js'

let rig: Rig
beforeAll(async () => {
  rig = await startRig()
})
afterAll(async () => {
  await rig.stop()
})

function walkthrough(): string {
  const doc = readFileSync(path.join(ROOT, 'docs/rig.md'), 'utf8')
  const section = doc.split('## Walkthrough: every mode against the rig')[1]
  return /```sh\n([\s\S]*?)```/.exec(section)![1]
}

describe('docs/rig.md walkthrough', () => {
  it('runs as pasted: compile, a pull request plan from its head, tick, prompt, publish, verdict, discover, faults', async () => {
    const script = walkthrough().replace('G=http://127.0.0.1:8080', `G=${rig.github.url}`)
    expect(script).toContain(`G=${rig.github.url}`)
    // Asynchronously: the rig answers from this very process.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
      resolve => {
        const child = spawn('bash', ['-c', script], {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...childTemp() }
        })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', c => (stdout += c))
        child.stderr.on('data', c => (stderr += c))
        child.on('close', status => resolve({ status, stdout, stderr }))
      }
    )
    expect({ code: run.status, stderr: run.status ? run.stderr : '' }).toEqual({
      code: 0,
      stderr: ''
    })
    const lines = run.stdout.trim().split('\n')
    // compile created both issues; the pull request's plan, read from its head, creates one more.
    expect(JSON.parse(lines[0])).toMatchObject({ created: 2 })
    expect(lines[1]).toBe('planned')
    // The plan comment shows the pull request's roadmap (its head), not the default branch's.
    const pr = rig.github.model.issues.find(i => i.pull?.head === 'more')!
    const plan = rig.github.model.comments.find(c => c.issueNumber === pr.number)!
    expect(plan.body).toContain('Add caching')
    expect(run.stdout).toContain('"issue":1')
    expect(run.stdout).toMatch(/^pass$/m)
    expect(run.stdout).toMatch(/^filed$/m)
    expect(rig.github.model.issues.filter(i => i.pull)).toHaveLength(2)
  }, 180_000)
})
