/**
 * REST routes of the emulator, one file per resource (rest-*.ts; set-up routes and a person's
 * merge in rest-settings.ts). Paths are written as GitHub's OpenAPI templates, so the router and
 * the conformance check agree on which operation a request is.
 */
import type { Model } from './model.js'
import type { Representer } from './represent.js'
import { routeContext, type Route } from './rest-common.js'
import { actionRoutes } from './rest-actions.js'
import { checkRoutes } from './rest-checks.js'
import { gitRoutes } from './rest-git.js'
import { issueRoutes } from './rest-issues.js'
import { pullRoutes } from './rest-pulls.js'
import { repoRoutes } from './rest-repo.js'
import { setupRoutes } from './rest-setup.js'
import { releaseRoutes } from './rest-releases.js'

export {
  errorBody,
  HttpError,
  type RestHandler,
  type RestRequest,
  type RestResponse,
  type Route
} from './rest-common.js'

export function buildRoutes(model: Model, rep: Representer): Route[] {
  const ctx = routeContext(model, rep)
  return [
    ...repoRoutes(ctx),
    ...issueRoutes(ctx),
    ...gitRoutes(ctx),
    ...actionRoutes(ctx),
    ...checkRoutes(ctx),
    ...pullRoutes(ctx),
    ...setupRoutes(ctx),
    ...releaseRoutes(ctx)
  ]
}

/** A route with its template compiled: the path's pattern and its parameters' names. */
export interface RoutePattern {
  route: Route
  pattern: RegExp
  names: string[]
}

export function routePatterns(routes: Route[]): RoutePattern[] {
  return routes.map(route => {
    const names: string[] = []
    const source = route.template
      .split(/(\{[^}]+\})/)
      .map(part => {
        const m = /^\{([^}]+)\}$/.exec(part)
        if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        names.push(m[1])
        // `path` and `ref` may contain slashes, as on GitHub.
        return m[1] === 'path' || m[1] === 'ref' ? '(.+)' : '([^/]+)'
      })
      .join('')
    return { route, pattern: new RegExp(`^${source}$`), names }
  })
}
