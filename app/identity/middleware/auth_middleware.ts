import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/auth'
import { checkTrackedSession } from '#kernel/identity/session_tracker'

/**
 * Staff pages: requires a signed-in user whose account is enabled and whose
 * browser session has not been ended. Anyone else goes to the login page,
 * and comes back to the page they asked for once signed in.
 */
export default class AuthMiddleware {
  redirectTo = '/login'

  async handle(ctx: HttpContext, next: NextFn) {
    const web = ctx.auth.use('web')
    try {
      await ctx.auth.authenticateUsing(['web'])
    } catch (error) {
      if (error instanceof errors.E_UNAUTHORIZED_ACCESS) {
        return this.#toLogin(ctx, 'Sign in to continue.')
      }
      throw error
    }
    const user = web.user!
    if (user.disabledAt || !(await checkTrackedSession(ctx, user))) {
      await web.logout()
      return this.#toLogin(ctx, 'Your session has ended. Please sign in again.')
    }
    return next()
  }

  #toLogin(ctx: HttpContext, message: string) {
    const { request, response, session } = ctx
    if (request.accepts(['html', 'json']) === 'json' && !request.header('x-inertia')) {
      return response.unauthorized({ message })
    }
    session.flash('error', message)
    const returnTo = request.method() === 'GET' ? request.url(true) : null
    return response.redirect(
      returnTo ? `${this.redirectTo}?return_to=${encodeURIComponent(returnTo)}` : this.redirectTo
    )
  }
}
