/**
 * Conformance with GitHub's official REST description (`@octokit/openapi`, read as one JSON file):
 * validates the emulator's responses and the action's request bodies against each operation's
 * schemas with ajv. OpenAPI 3.0's `nullable` is rewritten into JSON Schema first.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Exchange } from './request-log.js'

// ajv-formats is CommonJS: under NodeNext its function is the `default` property.
const addFormats = addFormatsModule.default

type Json = Record<string, unknown>

let cached: { ajv: Ajv; spec: Json; version: string } | undefined

/**
 * Rewrite OpenAPI 3.0 into what ajv validates: `nullable: true` becomes JSON Schema's `null` type,
 * and `oneOf` becomes `anyOf`, because GitHub's description uses `oneOf` over branches that
 * overlap (e.g. `basic-error` requires nothing, so every error body matches it and any second
 * branch), which no instance could satisfy exactly once.
 */
export function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable)
  if (!node || typeof node !== 'object') return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node as Json))
    out[k === 'oneOf' ? 'anyOf' : k] = rewriteNullable(v)
  if (out.nullable === true) {
    delete out.nullable
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null']
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    } else {
      return { anyOf: [out, { type: 'null' }] }
    }
  }
  return out
}

export function loadOpenApi(): { ajv: Ajv; spec: Json; version: string } {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  const pkgPath = require.resolve('@octokit/openapi/package.json')
  const file = pkgPath.replace(/package\.json$/, 'generated/api.github.com.json')
  const spec = rewriteNullable(JSON.parse(readFileSync(file, 'utf8'))) as Json
  const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false })
  addFormats(ajv)
  ajv.addSchema({ ...spec, $id: 'gh' })
  cached = { ajv, spec, version }
  return cached
}

function pointer(...segments: string[]): string {
  return segments.map(s => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')
}

export interface Violation {
  operation: string
  status?: number
  kind: 'response' | 'request' | 'undocumented'
  errors: string
}

export class ConformanceChecker {
  readonly violations: Violation[] = []
  readonly checked = { responses: 0, requests: 0 }
  private readonly validators = new Map<string, ValidateFunction | null>()
  private readonly api = loadOpenApi()

  private operation(method: string, template: string): Json | undefined {
    const paths = this.api.spec.paths as Record<string, Record<string, Json>>
    return paths[template]?.[method.toLowerCase()]
  }

  private validator(key: string, ref: () => string | undefined): ValidateFunction | null {
    if (!this.validators.has(key)) {
      const target = ref()
      this.validators.set(key, target ? this.api.ajv.compile({ $ref: `gh#/${target}` }) : null)
    }
    return this.validators.get(key)!
  }

  check(exchange: Exchange): void {
    const { method, template, status } = exchange
    const op = this.operation(method, template)
    const name = `${method} ${template}`
    if (!op) {
      this.violations.push({
        operation: name,
        kind: 'undocumented',
        errors: 'no such operation in the OpenAPI description'
      })
      return
    }
    const responses = op.responses as Record<string, Json>
    const declared = responses[String(status)]
    if (!declared) {
      if (status < 400) {
        this.violations.push({
          operation: name,
          status,
          kind: 'undocumented',
          errors: `status ${status} is not documented`
        })
      }
    } else if (exchange.responseBody !== undefined && status !== 204) {
      const validate = this.validator(`res ${name} ${status}`, () => {
        const base = ['paths', template, method.toLowerCase(), 'responses', String(status)]
        let response = declared
        let path = pointer(...base)
        if (typeof response.$ref === 'string') {
          path = (response.$ref as string).replace(/^#\//, '')
          response = (this.api.spec.components as Record<string, Record<string, Json>>).responses[
            (response.$ref as string).split('/').pop()!
          ]
        }
        const content = response.content as Record<string, Json> | undefined
        return content?.['application/json']?.schema
          ? `${path}/content/${pointer('application/json')}/schema`
          : undefined
      })
      if (validate) {
        this.checked.responses++
        if (!validate(exchange.responseBody)) {
          this.violations.push({
            operation: name,
            status,
            kind: 'response',
            errors: this.api.ajv.errorsText(validate.errors)
          })
        }
      }
    }
    if (exchange.requestBody !== undefined) {
      const validate = this.validator(`req ${name}`, () => {
        const body = op.requestBody as Json | undefined
        const content = body?.content as Record<string, Json> | undefined
        return content?.['application/json']?.schema
          ? `${pointer('paths', template, method.toLowerCase())}/requestBody/content/${pointer('application/json')}/schema`
          : undefined
      })
      if (validate) {
        this.checked.requests++
        if (!validate(exchange.requestBody)) {
          this.violations.push({
            operation: name,
            kind: 'request',
            errors: this.api.ajv.errorsText(validate.errors)
          })
        }
      }
    }
  }

  /** A readable list of violations, for test failure messages. */
  report(): string {
    return this.violations
      .map(v => `${v.kind} ${v.operation}${v.status ? ` → ${v.status}` : ''}: ${v.errors}`)
      .join('\n')
  }
}
