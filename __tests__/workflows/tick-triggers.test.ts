/**
 * The example tick's triggers, as GitHub evaluates them: the job's `if:` is run through GitHub's
 * own expression evaluator (@actions/expressions) against real webhook payloads
 * (@octokit/webhooks-examples) shaped as each event reaches the workflow. What the loop waits for
 * starts a tick; what cannot matter to it skips at once; forks never start one.
 */
import { describe, expect, it } from '@jest/globals'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { examples } from '../../rig/events.js'

const workflow = parseYaml(readFileSync('examples/workflows/delivery-tick.yml', 'utf8')) as {
  on: Record<string, { types?: string[]; workflows?: string[] } | null>
  jobs: Record<
    string,
    {
      if?: string
      needs?: string[]
      concurrency?: { group: string; 'cancel-in-progress': boolean }
    }
  >
}

const REPO = 'acme/widgets'

type Payload = Record<string, unknown>

/** Set a value at a dotted path of a webhook payload (the few fields each case changes). */
function set(payload: Payload, dotted: string, value: unknown): void {
  const keys = dotted.split('.')
  let at = payload
  for (const key of keys.slice(0, -1)) at = at[key] as Payload
  at[keys.at(-1)!] = value
}

function evaluate(expression: string, contexts: Record<string, unknown>): boolean {
  const lexed = new Lexer(expression).lex()
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse()
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary
  return truthy(new Evaluator(parsed, context).evaluate())
}

/** A real payload of `name` with `action` (from `like`'s example when none has it), made ours. */
function payload(name: string, action?: string, like = action): Payload {
  const found = examples.find(e => e.name === name)!.examples.find(e => e.action === like) as
    Payload | undefined
  if (!found) throw new Error(`no ${name} ${like} example`)
  const p = structuredClone(found)
  if (action) p.action = action
  if (p.repository) set(p, 'repository.full_name', REPO)
  return p
}

function ticks(eventName: string, event: Record<string, unknown>, actor = 'maintainer'): boolean {
  if (eventName !== 'schedule' && eventName !== 'workflow_dispatch') {
    const on = workflow.on[eventName]
    expect(on).toBeDefined()
    const types = on?.types
    if (types) expect(types).toContain(event.action)
  }
  return evaluate(workflow.jobs.tick.if!, {
    github: { event_name: eventName, event, repository: REPO, actor }
  })
}

const withLabels = (p: Payload, labels: string[]) => {
  set(
    p,
    'issue.labels',
    labels.map(name => ({ name }))
  )
  return p
}

describe('the example tick starts on what the loop waits for', () => {
  it('on its schedule and by hand (a scheduled event names no repository)', () => {
    expect(ticks('schedule', { schedule: '17,47 * * * *' })).toBe(true)
    expect(ticks('workflow_dispatch', payload('workflow_dispatch'))).toBe(true)
  })

  it('when a person ticks a dashboard box, not when anyone edits another issue', () => {
    expect(ticks('issues', withLabels(payload('issues', 'edited'), ['delivery:dashboard']))).toBe(
      true
    )
    expect(ticks('issues', withLabels(payload('issues', 'edited'), ['delivery:unit']))).toBe(false)
    expect(ticks('issues', withLabels(payload('issues', 'edited'), ['bug']))).toBe(false)
  })

  it('when a unit issue is closed (its pull request merged), reopened or relabelled', () => {
    // The examples have no `closed` issue event: a `reopened` one with its action changed.
    const closed = () => payload('issues', 'closed', 'reopened')
    expect(ticks('issues', withLabels(closed(), ['delivery:unit']))).toBe(true)
    for (const action of ['reopened', 'labeled', 'unlabeled'])
      expect(ticks('issues', withLabels(payload('issues', action), ['delivery:unit']))).toBe(true)
    expect(ticks('issues', withLabels(closed(), ['question']))).toBe(false)
  })

  it("when a pull request from this repository's branches is merged or closed, never a fork's", () => {
    const merged = payload('pull_request', 'closed')
    set(merged, 'pull_request.head.repo.full_name', REPO)
    expect(ticks('pull_request', merged)).toBe(true)
    const fork = payload('pull_request', 'closed')
    set(fork, 'pull_request.head.repo.full_name', 'outsider/widgets')
    expect(ticks('pull_request', fork)).toBe(false)
  })

  it("never for Dependabot's runs (a read-only token and no secrets: the App token step fails)", () => {
    const closed = payload('pull_request', 'closed')
    set(closed, 'pull_request.head.repo.full_name', REPO)
    expect(ticks('pull_request', closed, 'dependabot[bot]')).toBe(false)
    expect(ticks('schedule', { schedule: '17,47 * * * *' }, 'dependabot[bot]')).toBe(false)
    expect(ticks('pull_request', closed, 'loop-app[bot]')).toBe(true)
  })

  it("when CI completes on a loop branch of this repository, not on others' or a fork's", () => {
    const run = (branch: string, repo: string) => {
      const p = payload('workflow_run', 'completed')
      set(p, 'workflow_run.head_branch', branch)
      set(p, 'workflow_run.head_repository.full_name', repo)
      return p
    }
    expect(workflow.on.workflow_run?.workflows).toEqual(['ci'])
    expect(ticks('workflow_run', run('loop/issue-12', REPO))).toBe(true)
    expect(ticks('workflow_run', run('main', REPO))).toBe(false)
    expect(ticks('workflow_run', run('loop/issue-12', 'outsider/widgets'))).toBe(false)
  })

  it('after its own verdicts, by dispatching itself, only when they were published; bursts coalesce in one group', () => {
    const next = workflow.jobs.next
    expect(next.needs).toEqual(['tick', 'verdict'])
    // `!cancelled()` is a status function the evaluator leaves to the runner: a cancelled run
    // starts no further tick (`always()` would); the rest decides.
    const condition = next.if!.replace(/^\$\{\{\s*/, '').replace(/\s*\}\}$/, '')
    expect(condition.startsWith('!cancelled() && ')).toBe(true)
    const rest = condition.replace(/^!cancelled\(\) && /, '')
    const verdictsRan = (wave: string, result = 'success', verdict = 'success') =>
      evaluate(rest, {
        needs: { tick: { result, outputs: { 'review-wave': wave } }, verdict: { result: verdict } }
      })
    expect(verdictsRan('[{"pull":7}]')).toBe(true)
    expect(verdictsRan('[]')).toBe(false)
    expect(verdictsRan('[{"pull":7}]', 'failure')).toBe(false)
    // A verdict job that failed (the checks API down) must not buy the same review again.
    expect(verdictsRan('[{"pull":7}]', 'success', 'failure')).toBe(false)
    expect(workflow.jobs.tick.concurrency).toEqual({
      group: 'delivery-loop-tick',
      'cancel-in-progress': false
    })
  })

  it('no job after the tick runs on always(): a cancelled run stops', () => {
    for (const [id, job] of Object.entries(workflow.jobs))
      expect([id, job.if ?? '']).not.toEqual([id, expect.stringContaining('always()')])
  })
})
