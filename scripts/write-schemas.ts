// Publish the JSON Schemas shipped in the code to docs/, where users and editors can find them,
// and write their precompiled validators to src/generated/.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { configSchema } from '../src/config/schema.js'
import { forecastModelsSchema } from '../src/forecast/models.js'
import { attestationSchema } from '../src/guardrails/attestation.js'
import { stateSchema } from '../src/state/document.js'
import { verdictSchema } from '../src/review/verdict-schema.js'
import { EXAMPLES_MODULE, examplesSource } from './examples-module.js'
import { GENERATED_DIR, validatorSources } from './validators.js'

const published = {
  'docs/delivery.schema.json': configSchema,
  'docs/state.schema.json': stateSchema,
  'docs/attestation.schema.json': attestationSchema,
  'docs/verdict.schema.json': verdictSchema,
  'docs/forecast.schema.json': forecastModelsSchema
}
for (const [file, schema] of Object.entries(published))
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`)
console.log(`wrote ${Object.keys(published).join(', ')}`)

// The same schemas as precompiled validators, which the code imports (scripts/validators.ts).
mkdirSync(GENERATED_DIR, { recursive: true })
const validators = validatorSources()
for (const [file, source] of Object.entries(validators))
  writeFileSync(path.join(GENERATED_DIR, file), source)
console.log(
  `wrote ${Object.keys(validators)
    .map(f => path.join(GENERATED_DIR, f))
    .join(', ')}`
)

// The examples `init` writes, as a module the bundle carries.
writeFileSync(EXAMPLES_MODULE, examplesSource())
console.log(`wrote ${EXAMPLES_MODULE}`)
