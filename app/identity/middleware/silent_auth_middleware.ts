import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Public pages that adapt to a signed-in staff user (the landing page
 * offers "Open the app" instead of "Sign in").
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await ctx.auth.use('web').check()
    return next()
  }
}
