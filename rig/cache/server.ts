/**
 * A local Actions cache service (v2): the Twirp JSON API that `@actions/cache` calls
 * (CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL) and the Azure-blob-shaped
 * upload/download endpoints its storage SDK uses (Put Blob, Put Block, Put Block List, Get Blob
 * with ranges, Get Blob Properties). The real client runs unmodified against it.
 *
 * Matching follows GitHub's documented order: the primary key exact, then as a prefix, then each
 * restore key exact then as a prefix; newest entry first; only entries of the same version.
 *
 * Entries are scoped to the ref of the run that saved them, as GitHub's are: a run reads its own
 * ref's entries first, then the default branch's, and no other — a pull request's or another
 * branch's cache is invisible to the default branch, so it cannot poison it. The ref rides in the
 * runtime token (`env(ref)`), as GitHub's token carries its scopes.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SimulatedClock, type RigClock } from '../clock.js'

interface Entry {
  id: number
  /** The ref whose run saved it. */
  scope: string
  key: string
  version: string
  blob: string
  createdAt: number
  finalized: boolean
  size: number
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'
const TOKEN = 'rig-runtime-token'
/** The default branch's ref: its entries are visible to every run. */
export const DEFAULT_SCOPE = 'refs/heads/main'

export class CacheService {
  readonly entries: Entry[] = []
  private readonly blobs = new Map<string, Buffer>()
  private readonly blocks = new Map<string, Map<string, Buffer>>()
  private server?: http.Server
  private nextId = 1
  private clock = 0
  constructor(private readonly time: RigClock = new SimulatedClock()) {}

  /** Fault: the next N download lookups fail (the client treats this as a miss with a warning). */
  failLookups = 0
  url = ''
  readonly calls: string[] = []

  /** The value for ACTIONS_RESULTS_URL (with the trailing slash the client expects). */
  get resultsUrl(): string {
    return `${this.url}/`
  }

  /** Environment for a process on `ref` that should use this service through the real client. */
  env(ref = DEFAULT_SCOPE): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: this.resultsUrl,
      ACTIONS_RUNTIME_TOKEN: ref === DEFAULT_SCOPE ? TOKEN : `${TOKEN}:${ref}`
    }
  }

  /** Forget every entry, as when GitHub evicts caches unused for 7 days. */
  evictAll(): void {
    this.entries.length = 0
    this.blobs.clear()
  }

  async start(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch(error => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(String((error as Error).stack))
      })
    })
    await new Promise<void>(resolve => this.server!.listen(port, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server!.close(() => resolve()))
    this.server = undefined
  }

  private twirpError(res: http.ServerResponse, status: number, code: string, msg: string): void {
    // 4xx, not 5xx: the client retries 5xx for several seconds.
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ code, msg }))
  }

  private json(res: http.ServerResponse, body: unknown): void {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  private match(
    key: string,
    restoreKeys: string[],
    version: string,
    scope: string
  ): Entry | undefined {
    for (const visible of [...new Set([scope, DEFAULT_SCOPE])]) {
      const candidates = this.entries
        .filter(e => e.finalized && e.version === version && e.scope === visible)
        .sort((a, b) => b.createdAt - a.createdAt)
      for (const k of [key, ...restoreKeys]) {
        const exact = candidates.find(e => e.key === k)
        if (exact) return exact
        const prefix = candidates.find(e => e.key.startsWith(k))
        if (prefix) return prefix
      }
    }
    return undefined
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)

    if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
      const method = url.pathname.slice(SERVICE.length)
      this.calls.push(method)
      const auth = req.headers.authorization ?? ''
      if (auth !== `Bearer ${TOKEN}` && !auth.startsWith(`Bearer ${TOKEN}:`)) {
        return this.twirpError(res, 401, 'unauthenticated', 'invalid runtime token')
      }
      const scope = auth.startsWith(`Bearer ${TOKEN}:`)
        ? auth.slice(`Bearer ${TOKEN}:`.length)
        : DEFAULT_SCOPE
      const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
      const key = String(input.key ?? '')
      const version = String(input.version ?? '')
      switch (method) {
        case 'CreateCacheEntry': {
          if (this.entries.some(e => e.key === key && e.version === version && e.scope === scope)) {
            return this.twirpError(
              res,
              409,
              'already_exists',
              'cache entry with the same key, version, and scope already exists'
            )
          }
          const blob = randomBytes(8).toString('hex')
          this.entries.push({
            id: this.nextId++,
            scope,
            key,
            version,
            blob,
            createdAt: ++this.clock,
            finalized: false,
            size: 0
          })
          return this.json(res, {
            ok: true,
            signed_upload_url: `${this.url}/rigaccount/caches/${blob}?sig=upload`
          })
        }
        case 'FinalizeCacheEntryUpload': {
          const entry = this.entries.find(
            e => e.key === key && e.version === version && e.scope === scope && !e.finalized
          )
          if (!entry || !this.blobs.has(entry.blob)) {
            return this.twirpError(res, 404, 'not_found', 'no upload in progress for this key')
          }
          entry.finalized = true
          entry.size = this.blobs.get(entry.blob)!.length
          return this.json(res, { ok: true, entry_id: String(entry.id) })
        }
        case 'GetCacheEntryDownloadURL': {
          if (this.failLookups > 0) {
            this.failLookups--
            return this.twirpError(res, 400, 'internal', 'injected lookup failure')
          }
          const restoreKeys = Array.isArray(input.restore_keys)
            ? input.restore_keys.map(String)
            : []
          const entry = this.match(key, restoreKeys, version, scope)
          if (!entry) return this.json(res, { ok: false, signed_download_url: '', matched_key: '' })
          return this.json(res, {
            ok: true,
            signed_download_url: `${this.url}/rigaccount/caches/${entry.blob}?sig=download`,
            matched_key: entry.key
          })
        }
        default:
          return this.twirpError(res, 404, 'bad_route', `no handler for ${method}`)
      }
    }

    const blobMatch = /^\/rigaccount\/caches\/([0-9a-f]+)$/.exec(url.pathname)
    if (blobMatch) return this.blob(blobMatch[1], url, req, res, body)
    res.writeHead(404)
    res.end()
  }

  private blob(
    name: string,
    url: URL,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Buffer
  ): void {
    const headers = {
      'x-ms-request-id': randomBytes(8).toString('hex'),
      'x-ms-version': '2024-11-04',
      date: new Date(this.time.peek()).toUTCString()
    }
    const comp = url.searchParams.get('comp')
    if (req.method === 'PUT') {
      if (comp === 'block') {
        const id = url.searchParams.get('blockid') ?? ''
        if (!this.blocks.has(name)) this.blocks.set(name, new Map())
        this.blocks.get(name)!.set(id, body)
        res.writeHead(201, { ...headers, 'content-length': '0' })
        return void res.end()
      }
      if (comp === 'blocklist') {
        const ids = [
          ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)
        ].map(m => m[1])
        const staged = this.blocks.get(name) ?? new Map<string, Buffer>()
        this.blobs.set(name, Buffer.concat(ids.map(id => staged.get(id) ?? Buffer.alloc(0))))
        this.blocks.delete(name)
        res.writeHead(201, {
          ...headers,
          etag: `"0x${name}"`,
          'last-modified': headers.date,
          'content-length': '0'
        })
        return void res.end()
      }
      this.blobs.set(name, body)
      res.writeHead(201, {
        ...headers,
        etag: `"0x${name}"`,
        'last-modified': headers.date,
        'content-length': '0'
      })
      return void res.end()
    }
    const data = this.blobs.get(name)
    if (!data) {
      res.writeHead(404, { ...headers, 'x-ms-error-code': 'BlobNotFound', 'content-length': '0' })
      return void res.end()
    }
    const props = {
      ...headers,
      etag: `"0x${name}"`,
      'last-modified': headers.date,
      'x-ms-blob-type': 'BlockBlob',
      'accept-ranges': 'bytes',
      'content-type': 'application/octet-stream'
    }
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...props, 'content-length': String(data.length) })
      return void res.end()
    }
    const range = /bytes=(\d+)-(\d*)/.exec(
      String(req.headers['x-ms-range'] ?? req.headers.range ?? '')
    )
    if (range) {
      const start = Number(range[1])
      const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1
      const part = data.subarray(start, end + 1)
      res.writeHead(206, {
        ...props,
        'content-length': String(part.length),
        'content-range': `bytes ${start}-${end}/${data.length}`
      })
      return void res.end(part)
    }
    res.writeHead(200, { ...props, 'content-length': String(data.length) })
    res.end(data)
  }
}
