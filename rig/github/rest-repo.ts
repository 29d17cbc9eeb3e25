/** The emulator's REST routes for the repository, the rate limit, the user and collaborator permissions. */
import { HttpError, type Route, type RouteContext } from './rest-common.js'

export function repoRoutes(ctx: RouteContext): Route[] {
  const { model, rep } = ctx
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}',
      handler: () => ({ status: 200, body: rep.repository() })
    },
    {
      method: 'GET',
      template: '/rate_limit',
      handler: () => ({ status: 200, body: undefined }) // filled in by the server (per token)
    },
    {
      method: 'GET',
      template: '/user',
      handler: req => {
        // Installation tokens (GITHUB_TOKEN) may not read /user, as on GitHub.
        if (req.actor.type === 'Bot')
          throw new HttpError(403, 'Resource not accessible by integration')
        return { status: 200, body: rep.user(req.actor) }
      }
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/collaborators/{username}/permission',
      handler: req => {
        const user = model.userByLogin(req.params.username)
        if (!user) throw new HttpError(404, 'Not Found')
        const permission = user.permission === 'none' ? 'none' : user.permission
        return {
          status: 200,
          body: {
            permission,
            role_name: permission,
            user: { ...rep.user(user), role_name: permission }
          }
        }
      }
    }
  ]
}
