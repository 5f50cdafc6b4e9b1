import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * An API route that needs a token scope (`catalog:read`, `orders:write`…).
 */
export default class ApiScopeMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { scope: string }) {
    const token = ctx.tenant?.currentAccessToken
    if (!token?.allows(options.scope)) {
      return ctx.response.forbidden({
        errors: [{ message: `This API token does not have the "${options.scope}" scope.` }],
      })
    }
    return next()
  }
}
