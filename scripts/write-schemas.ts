// Publish the JSON Schemas shipped in the code to docs/, where users and editors can find them.
import { writeFileSync } from 'node:fs'
import { configSchema } from '../src/config/schema.js'
import { attestationSchema } from '../src/guardrails/attestation.js'
import { stateSchema } from '../src/state/document.js'
import { verdictSchema } from '../src/review/verdict-schema.js'

const published = {
  'docs/delivery.schema.json': configSchema,
  'docs/state.schema.json': stateSchema,
  'docs/attestation.schema.json': attestationSchema,
  'docs/verdict.schema.json': verdictSchema
}
for (const [file, schema] of Object.entries(published))
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`)
console.log(`wrote ${Object.keys(published).join(', ')}`)
