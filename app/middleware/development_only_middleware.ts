import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'

/**
 * Tools for developers (the mailbox): they do not exist outside development.
 */
export default class DevelopmentOnlyMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!app.inDev) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    return next()
  }
}
