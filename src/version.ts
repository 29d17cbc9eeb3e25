/**
 * The release version, printed by `delivery-loop --version`: the package.json of the package the
 * command runs from (`bin/delivery-loop.js` → `../package.json`, in this repository and in the CLI
 * tarball alike), so a release changes that one file and needs no rebuild. Found from the
 * command's path at run time: a path the bundler could see, it would copy the file into `dist/`.
 */
import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'

export function version(command = process.argv[1] ?? ''): string {
  try {
    const file = path.join(path.dirname(realpathSync(command)), '..', 'package.json')
    return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version)
  } catch {
    return 'unknown'
  }
}
