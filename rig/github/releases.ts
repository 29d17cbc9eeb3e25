/**
 * Tags and releases in the emulator, for the release workflow: lightweight tags by name (a
 * person pushes `vX.Y.Z`; the workflow moves the major tag through the refs API), releases with
 * their notes and uploaded assets (raw bytes on GitHub's upload host, here the same server), and
 * the download a user's `npm install <url>` makes.
 */

export interface ReleaseAsset {
  id: number
  name: string
  contentType: string
  content: Buffer
}

export interface Release {
  id: number
  tag: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  author: string
  createdAt: string
  assets: ReleaseAsset[]
}

export class ReleaseStore {
  /** Tags by name → the commit they point at. */
  readonly tags = new Map<string, string>()
  readonly releases: Release[] = []
  private nextId = 7000001

  create(fields: Omit<Release, 'id' | 'assets'>): Release {
    const release: Release = { ...fields, id: this.nextId++, assets: [] }
    this.releases.push(release)
    return release
  }

  byTag(tag: string): Release | undefined {
    return this.releases.find(r => r.tag === tag)
  }

  byId(id: number): Release | undefined {
    return this.releases.find(r => r.id === id)
  }

  upload(release: Release, name: string, contentType: string, content: Buffer): ReleaseAsset {
    const asset = { id: this.nextId++, name, contentType, content }
    release.assets.push(asset)
    return asset
  }
}
