/**
 * A secret sealed for GitHub: libsodium's sealed box to the repository's public key, as the
 * Actions secrets API requires. Only GitHub's private key opens it; the value goes nowhere else.
 */
import sodium from 'libsodium-wrappers'

export async function sealSecret(value: string, publicKey: string): Promise<string> {
  await sodium.ready
  const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL)
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key)
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL)
}
