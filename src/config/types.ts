/**
 * `.delivery.yml` after validation, with every default filled in. The type is derived from the
 * JSON Schema in `schema.ts` (the single source), so the two cannot drift: a key with a `default`
 * is always present, a key without one is optional.
 */
import type { FromSchema } from 'json-schema-to-ts'
import type { configSchema } from './schema.js'

export type DeliveryConfig = FromSchema<typeof configSchema>

export type DispatchAdapterName = DeliveryConfig['dispatch']['adapter']
