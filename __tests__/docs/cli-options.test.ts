/**
 * The CLI's help is generated from its option table: a flag cannot be parsed without saying,
 * for some command, what it does — and each command's help lists exactly its flags.
 */
import { describe, expect, it } from '@jest/globals'
import { modeHelp } from '../../src/cli-help.js'
import { CLI_OPTIONS, optionLines } from '../../src/cli-options.js'

/** Parsed but never advertised: the global switches and an old name that still works. */
const UNLISTED = ['apply-local', 'version', 'help']

describe('the CLI option table', () => {
  it('says what every flag does for at least one command', () => {
    const silent = Object.entries(CLI_OPTIONS)
      .filter(([, o]) => Object.keys(o.help).length === 0)
      .map(([flag]) => flag)
    expect(silent).toEqual(UNLISTED)
  })

  it("prints each command's flags in its help, and the common ones for the API modes", () => {
    for (const [flag, o] of Object.entries(CLI_OPTIONS))
      for (const topic of Object.keys(o.help))
        if (topic !== 'common') expect(modeHelp(topic)).toContain(`  --${flag}`)
    expect(modeHelp('tick')).toContain('  --dry-run ')
    expect(modeHelp('plan')).not.toContain('--dry-run')
    // init's --pull-request is a switch there; the modes' takes a number.
    expect(optionLines('init')).toContainEqual(expect.stringMatching(/^ {2}--pull-request {6}open/))
    expect(optionLines('doctor')).toContainEqual(expect.stringMatching(/^ {2}--pull-request N /))
  })
})
