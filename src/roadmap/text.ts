/**
 * A roadmap file's bytes as text, before anything parses it: a UTF-8 byte-order mark is dropped
 * (editors on Windows add one; the first heading must still be a heading), and a file that is not
 * UTF-8 text — binary junk, NUL bytes, another encoding — is refused with a clear error, so a broken
 * file can never read as "an empty roadmap" whose plan closes every issue.
 */
import { ConfigError } from '../errors.js'

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

export function roadmapText(bytes: Buffer, file: string): string {
  const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes
  const refuse = (why: string) =>
    new ConfigError(`${file} is not a Markdown roadmap: ${why}`, [
      { file, message: `${why}; nothing was written` }
    ])
  const nul = body.indexOf(0)
  if (nul !== -1) throw refuse(`it contains a NUL byte at offset ${nul} (binary data)`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    throw refuse('it is not valid UTF-8 text')
  }
}
