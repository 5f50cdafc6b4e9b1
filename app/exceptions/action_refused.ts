import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

/**
 * An action the application refuses for a reason the person can act on
 * ("disable Chat first"). Forms go back with the message; API clients get
 * a 409 with it. The request's changes are rolled back.
 */
export class ActionRefused extends Exception {
  static status = 409

  async handle(error: this, ctx: HttpContext) {
    const wantsJson =
      ctx.request.accepts(['html', 'json']) === 'json' && !ctx.request.header('x-inertia')
    if (wantsJson || !ctx.session || ctx.request.method() === 'GET') {
      return ctx.response.status(error.status).send({ message: error.message })
    }
    ctx.session.flash('error', error.message)
    return ctx.response.redirect().back()
  }
}
