/**
 * The claude-code-action stand-in reads `claude_args` as the pinned action does
 * (base-action/src/parse-sdk-options.ts at 24dcd50c): shell-split, so an unquoted tool list with
 * spaces falls apart — the flaw the shipped workflow had.
 */
import { describe, expect, it } from '@jest/globals'
import { parseClaudeArgs } from '../../rig/runner/actions/claude-args.js'

describe('claude_args as claude-code-action reads them', () => {
  it('an unquoted list splits at its spaces: Bash(npm ci) is lost', () => {
    const parsed = parseClaudeArgs(
      '--allowedTools Read,Edit,Bash(npm ci),Bash(npm test) --max-turns 60'
    )
    expect(parsed.allowedTools).toEqual(['Read', 'Edit', 'Bash(npm', 'ci)', 'test)'])
    expect(parsed.maxTurns).toBe(60)
  })

  it('a quoted list keeps each tool whole, scoped rules and globs as written', () => {
    const parsed = parseClaudeArgs(
      '--allowedTools "Read,Edit,Bash(npm ci --ignore-scripts),Bash(npm test)" --allowed-tools Bash(gh:*) --model claude-opus-4'
    )
    expect(parsed.allowedTools).toEqual([
      'Read',
      'Edit',
      'Bash(npm ci --ignore-scripts)',
      'Bash(npm test)',
      'Bash(gh:*)'
    ])
    expect(parsed.model).toBe('claude-opus-4')
  })

  it('several values after one flag accumulate; comment lines are dropped', () => {
    expect(
      parseClaudeArgs('# tools\n--allowedTools "Read" "Grep"\n--disallowedTools Write')
    ).toEqual({ allowedTools: ['Read', 'Grep'], disallowedTools: ['Write'] })
  })
})
