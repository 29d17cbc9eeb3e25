// Publish the JSON Schemas shipped in the code to docs/, where users and editors can find them.
import { writeFileSync } from 'node:fs'
import { configSchema } from '../src/config/schema.js'
import { stateSchema } from '../src/state/document.js'

writeFileSync('docs/delivery.schema.json', `${JSON.stringify(configSchema, null, 2)}\n`)
writeFileSync('docs/state.schema.json', `${JSON.stringify(stateSchema, null, 2)}\n`)
console.log('wrote docs/delivery.schema.json and docs/state.schema.json')
