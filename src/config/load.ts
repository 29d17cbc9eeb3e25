/**
 * Load `.delivery.yml`: parse YAML (keeping source positions), validate with ajv against the
 * shipped schema, fill defaults. Every error names the key path and the line; unknown keys are
 * warnings (a newer file should still run on an older action); a missing file means defaults.
 */
import { didYouMean } from '../suggest.js'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node } from 'yaml'
import { ConfigError, type Diagnostic } from '../errors.js'
import { validate as precompiled } from '../generated/config-validator.js'
import { configSchema } from './schema.js'
import type { DeliveryConfig } from './types.js'

export interface LoadedConfig {
  config: DeliveryConfig
  warnings: Diagnostic[]
  /** Where the file came from, for messages; undefined when defaults were used. */
  source?: string
  /** Whose file it is: the checkout's, or the default branch's read through the API. */
  origin?: 'workspace' | 'default-branch'
  /** The file's text, to compare with another copy (doctor). */
  text?: string
}

/** Precompiled from `configSchema` (all errors, defaults filled) by `npm run schema`. */
const configValidator = () => precompiled as unknown as ValidateFunction<DeliveryConfig>

/** Defaults for a repository without `.delivery.yml`. */
export function defaultConfig(): DeliveryConfig {
  const config = { version: 1 } as unknown as DeliveryConfig
  configValidator()(config)
  return config
}

/** Key path segments of an ajv error, e.g. ['guardrails', 'budget', 'max_in_flight']. */
export function pathOf(error: ErrorObject): string[] {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (error.keyword === 'additionalProperties') {
    segments.push(String((error.params as { additionalProperty: string }).additionalProperty))
  }
  return segments
}

export function dotted(path: string[]): string {
  return path.length ? path.join('.') : '(root)'
}

/** Line (1-based) of the key at `path`, or of its nearest existing ancestor. */
export function lineOf(doc: Document, counter: LineCounter, path: string[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth - 1)
    const parent = depth === 0 ? doc.contents : (doc.getIn(parentPath, true) as Node | undefined)
    if (depth === 0) {
      const range = (parent as Node | null)?.range
      return range ? counter.linePos(range[0]).line : undefined
    }
    if (!isMap(parent)) continue
    const key = path[depth - 1]
    const pair = parent.items.find(p => isScalar(p.key) && String(p.key.value) === key)
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined
    if (range) return counter.linePos(range[0]).line
  }
  return undefined
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues
        .map(v => JSON.stringify(v))
        .join(', ')}`
    case 'exclusiveMinimum':
      return 'must be a positive number (0 or a negative value is not "unlimited"; remove the key for the default)'
    case 'type':
      return `must be of type ${(error.params as { type: string }).type}`
    case 'const':
      return `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`
    case 'additionalProperties':
      return `unknown key (ignored)${didYouMean(
        String((error.params as { additionalProperty: string }).additionalProperty),
        Object.keys(schemaAt(pathOf(error).slice(0, -1)).properties ?? {})
      )}`
    default:
      return error.message ?? 'is invalid'
  }
}

/** A configuration file is a few hundred bytes; anything this big is a mistake, not a config. */
export const MAX_CONFIG_BYTES = 64 * 1024

/**
 * Parse and validate configuration text. `file` is only used in messages.
 * Throws ConfigError with one diagnostic per problem.
 */
export function parseConfig(text: string, file = '.delivery.yml'): LoadedConfig {
  const size = Buffer.byteLength(text, 'utf8')
  if (size > MAX_CONFIG_BYTES)
    throw new ConfigError(`${file} is ${size} bytes`, [
      {
        file,
        message: `the file is ${size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit of a configuration file`
      }
    ])
  const counter = new LineCounter()
  // A BOM is an editor's habit, not content; aliases stay bounded (no "billion laughs").
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: counter,
    prettyErrors: false
  })
  if (doc.errors.length) {
    throw new ConfigError(
      `${file} is not valid YAML`,
      doc.errors.map(e => {
        const at = counter.linePos(e.pos[0])
        return { file, line: at.line, column: at.col, message: e.message.split('\n')[0] }
      })
    )
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    throw new ConfigError(`${file} cannot be read`, [{ file, message: (error as Error).message }])
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`${file} must be a mapping of keys`, [
      { file, line: 1, message: 'expected a mapping such as "version: 1"' }
    ])
  }
  const config = data as DeliveryConfig
  const validate = configValidator()
  validate(config)
  const errors: Diagnostic[] = []
  const warnings: Diagnostic[] = []
  for (const error of validate.errors ?? []) {
    const path = pathOf(error)
    const diagnostic: Diagnostic = {
      file,
      line: lineOf(doc, counter, path),
      path: dotted(path),
      message: describe(error)
    }
    if (error.keyword === 'additionalProperties') warnings.push(diagnostic)
    else errors.push(diagnostic)
  }
  if (errors.length) {
    // The warnings go with the errors: an unknown key often explains a missing one.
    throw new ConfigError(`${file} has ${errors.length} error(s)`, [
      ...errors,
      ...warnings.map(w => ({ ...w, severity: 'warning' as const }))
    ])
  }
  removeUnknownKeys(config, configSchema as unknown as SchemaNode)
  return { config, warnings, source: file, text }
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>
}

/** The schema of the mapping at `path` (the root when the path leaves the schema). */
function schemaAt(path: string[]): SchemaNode {
  let node = configSchema as unknown as SchemaNode
  for (const key of path) node = node.properties?.[key] ?? {}
  return node
}

/** Drop warned-about unknown keys so that later code only sees what the schema describes. */
function removeUnknownKeys(value: unknown, schema: SchemaNode): void {
  if (!schema.properties || typeof value !== 'object' || value === null) return
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const child = schema.properties[key]
    if (!child) delete record[key]
    else removeUnknownKeys(record[key], child)
  }
}
