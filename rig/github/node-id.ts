/** A GraphQL global node id as the emulator mints them: a type prefix and the object's id. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`
}
