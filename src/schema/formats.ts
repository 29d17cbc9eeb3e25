/**
 * The `format` checks and runtime helpers of the shipped schemas. The precompiled validators (src/generated/) call
 * these by name, so a format is defined once here and nowhere else.
 */

/** State timestamps: anything `Date.parse` reads (the state is the loop's own writing). */
export const stateFormats = {
  'date-time': (value: string): boolean => !Number.isNaN(Date.parse(value))
}

/** Attestation timestamps come from workers: an ISO 8601 date and time, nothing looser. */
export const attestationFormats = {
  'date-time': (value: string): boolean =>
    !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT/.test(value)
}

/** A string's length in code points, as JSON Schema's `minLength` / `maxLength` count it. */
export function codePoints(value: string): number {
  let n = 0
  for (const _ of value) n++
  return n
}
