import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import { enabledModulesOf } from '#kernel/modules/request_modules'

/**
 * A module's routes answer only for workspaces that have it enabled; for
 * any other workspace they do not exist (404), on the back office, the
 * storefront and the API alike.
 */
export default class ModuleGateMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { module: string }) {
    const enabled = await enabledModulesOf(ctx)
    if (!enabled.has(options.module)) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    return next()
  }
}
