import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import type User from '#kernel/identity/models/user'
import { checkTrackedSession } from '#kernel/identity/session_tracker'

/**
 * The operator console (`/ops`) exists only for platform operators: to
 * anyone else, signed in or not, it is a page that does not exist (404),
 * whether they ask for HTML or JSON. An operator acting as a tenant user
 * is that user here too, until the impersonation ends.
 */
export default class OperatorMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const web = ctx.auth.use('web')
    await web.check()
    const user = web.user as User | undefined
    const allowed =
      user !== undefined &&
      user.isOperator &&
      user.disabledAt === null &&
      (await checkTrackedSession(ctx, user))
    if (!allowed) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    ctx.operator = user
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /** The signed-in platform operator, on `/ops` routes. */
    operator?: User
  }
}
