/**
 * What the emulator keeps for setting a repository up: Apps made through GitHub's manifest flow
 * (the code the form hands back, its one-time conversion, the installation a person clicks), the
 * Actions secrets box (a libsodium key pair: secrets arrive sealed, as GitHub requires), and other
 * repositories' refs — a team's own copy of this action, which `init --action` pins by commit.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto'
import sodium from 'libsodium-wrappers'

export interface CreatedApp {
  id: number
  slug: string
  name: string
  clientId: string
  pem: string
  owner: string
  permissions: Record<string, string>
  events: string[]
  webhookActive: boolean
  /** Installed on the repository (a person's click on the installation page). */
  installed: boolean
}

interface PendingManifest {
  manifest: Record<string, unknown>
  owner: string
  expires: number
}

const CODE_TTL_MS = 60 * 60 * 1000

export class AppRegistry {
  readonly apps: CreatedApp[] = []
  private readonly pending = new Map<string, PendingManifest>()
  private nextId = 900001

  constructor(private readonly now: () => number) {}

  /** GitHub's form took a manifest: the code its redirect carries (valid one hour, once). */
  accept(manifest: Record<string, unknown>, owner: string): string {
    const code = randomBytes(10).toString('hex')
    this.pending.set(code, { manifest, owner, expires: this.now() + CODE_TTL_MS })
    return code
  }

  /** `POST /app-manifests/{code}/conversions`: the App, made once per code. */
  convert(code: string): CreatedApp | undefined {
    const at = this.pending.get(code)
    this.pending.delete(code)
    if (!at || at.expires < this.now()) return undefined
    const m = at.manifest
    const name = String(m.name)
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    if (this.apps.some(a => a.slug === slug)) return undefined
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const app: CreatedApp = {
      id: this.nextId++,
      slug,
      name,
      clientId: `Iv23${createHash('sha1').update(slug).digest('hex').slice(0, 16)}`,
      pem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      owner: at.owner,
      permissions: (m.default_permissions ?? {}) as Record<string, string>,
      events: (m.default_events ?? []) as string[],
      webhookActive: (m.hook_attributes as { active?: boolean } | undefined)?.active !== false,
      installed: false
    }
    this.apps.push(app)
    return app
  }

  bySlug(slug: string): CreatedApp | undefined {
    return this.apps.find(a => a.slug === slug)
  }

  byClientId(id: string): CreatedApp | undefined {
    return this.apps.find(a => a.clientId === id)
  }
}

/**
 * The repository's Actions secrets key pair: secrets are sealed to its public key. The routes
 * are synchronous: the emulator awaits `sodium.ready` when it starts (`SecretsBox.ready`).
 */
export class SecretsBox {
  static readonly ready = sodium.ready
  readonly keyId = '3380204578043523366'
  private pair?: { publicKey: Uint8Array; privateKey: Uint8Array }

  publicKey(): string {
    this.pair ??= sodium.crypto_box_keypair()
    return sodium.to_base64(this.pair.publicKey, sodium.base64_variants.ORIGINAL)
  }

  /** The value a sealed secret holds, or undefined when it was not sealed to this key. */
  open(encrypted: string): string | undefined {
    if (!this.pair) return undefined
    try {
      const box = sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL)
      return sodium.to_string(
        sodium.crypto_box_seal_open(box, this.pair.publicKey, this.pair.privateKey)
      )
    } catch {
      return undefined
    }
  }
}

/** Other repositories the emulator answers commit look-ups for: `owner/name` → ref → sha. */
export type OtherRepositories = Map<string, Map<string, string>>
